import tensorflow as tf

from fraud.steps import FraudTrainer

net = tf.keras.Sequential([tf.keras.layers.Dense(32, activation="relu"), tf.keras.layers.Dense(1)])
trainer = FraudTrainer(net)
for epoch in range(8):
    for feats, is_fraud in tf.data.Dataset.load("cache/transactions").batch(512):
        trainer.step(feats, is_fraud)
