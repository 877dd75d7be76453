import tensorflow as tf

from speech.net import command_net
from speech.trainer import CommandTrainer

ds = tf.data.Dataset.load("cache/speech_commands_train").batch(128)
trainer = CommandTrainer(command_net())
for epoch in range(20):
    for audio, labels in ds:
        loss = trainer.train_step(audio, labels)
    print(epoch, float(loss))
