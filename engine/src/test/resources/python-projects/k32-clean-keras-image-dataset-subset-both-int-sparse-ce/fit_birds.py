import tensorflow as tf

IMAGE_SIZE = (224, 224)

train_split, val_split = tf.keras.utils.image_dataset_from_directory(
    "birds/images", validation_split=0.1, subset="both", seed=7, image_size=IMAGE_SIZE)
species = train_split.class_names

model = tf.keras.Sequential([
    tf.keras.layers.Rescaling(1.0 / 255),
    tf.keras.layers.Conv2D(32, 3, activation="relu"),
    tf.keras.layers.MaxPooling2D(),
    tf.keras.layers.Conv2D(64, 3, activation="relu"),
    tf.keras.layers.GlobalAveragePooling2D(),
    tf.keras.layers.Dense(len(species), activation="softmax"),
])
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(), metrics=["accuracy"])
model.fit(train_split, validation_data=val_split, epochs=10)
