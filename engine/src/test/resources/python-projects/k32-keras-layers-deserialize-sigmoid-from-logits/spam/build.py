from tensorflow import keras

from spam.architectures import ARCHITECTURES


def build(vocab_size, arch="small"):
    model = keras.Sequential(name=f"spam_{arch}")
    model.add(keras.Input(shape=(vocab_size,)))
    for spec in ARCHITECTURES[arch]:
        model.add(keras.layers.deserialize(spec))
    return model
