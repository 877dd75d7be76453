from tensorflow import keras

from birds.losses import smoothed_crossentropy

NUM_SPECIES = 200


def classifier(size=224):
    base = keras.applications.EfficientNetB3(include_top=False, weights="imagenet", pooling="avg", input_shape=(size, size, 3))
    inputs = keras.Input((size, size, 3))
    features = base(inputs)
    features = keras.layers.Dropout(0.4)(features)
    scores = keras.layers.Dense(NUM_SPECIES, activation="softmax", name="species")(features)
    return keras.Model(inputs, scores)


if __name__ == "__main__":
    net = classifier()
    net.compile(optimizer=keras.optimizers.Adam(3e-4), loss=smoothed_crossentropy, metrics=["accuracy"])
    net.fit(keras.utils.image_dataset_from_directory("cub200/train", label_mode="categorical"), epochs=30)
