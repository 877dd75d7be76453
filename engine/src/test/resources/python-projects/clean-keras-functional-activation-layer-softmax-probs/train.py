import tensorflow as tf

from flowers.model import build_flower_net

train_ds = tf.keras.utils.image_dataset_from_directory("data/flower_photos", validation_split=0.2, subset="training", seed=123, image_size=(180, 180))
val_ds = tf.keras.utils.image_dataset_from_directory("data/flower_photos", validation_split=0.2, subset="validation", seed=123, image_size=(180, 180))

model = build_flower_net(num_classes=len(train_ds.class_names))
model.compile(
    optimizer="adam",
    loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=False),
    metrics=["accuracy"],
)
model.fit(train_ds, validation_data=val_ds, epochs=15)
