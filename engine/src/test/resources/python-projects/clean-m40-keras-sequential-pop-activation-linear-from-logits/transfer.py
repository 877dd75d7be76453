from tensorflow import keras
from tensorflow.keras import layers


def pretrained_audio_net(path):
    net = keras.Sequential([
        layers.Input(shape=(124, 129, 1)),
        layers.Conv2D(32, 3, activation="relu"),
        layers.MaxPooling2D(),
        layers.Conv2D(64, 3, activation="relu"),
        layers.GlobalAveragePooling2D(),
        layers.Dense(128, activation="relu"),
        layers.Dense(1),
        layers.Activation("sigmoid"),
    ])
    net.load_weights(path)
    return net


model = pretrained_audio_net("other_wake_word.weights.h5")
model.pop()

clips = keras.utils.audio_dataset_from_directory("wake_word", label_mode="binary", output_sequence_length=16000)
model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["AUC"])
model.fit(clips, epochs=10)
