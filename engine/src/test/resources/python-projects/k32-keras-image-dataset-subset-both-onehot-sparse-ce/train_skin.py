import argparse

import keras


def datasets(root, size):
    return keras.utils.image_dataset_from_directory(
        root,
        validation_split=0.2,
        subset="both",
        seed=1337,
        image_size=(size, size),
        batch_size=32,
        label_mode="categorical",
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default="data/skin_lesions")
    parser.add_argument("--size", type=int, default=192)
    args = parser.parse_args()

    train_ds, val_ds = datasets(args.root, args.size)
    n_classes = len(train_ds.class_names)
    base = keras.applications.EfficientNetV2B0(include_top=False, pooling="avg", input_shape=(args.size, args.size, 3))
    inputs = keras.Input((args.size, args.size, 3))
    outputs = keras.layers.Dense(n_classes, activation="softmax")(base(inputs))
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(train_ds, validation_data=val_ds, epochs=20)


if __name__ == "__main__":
    main()
