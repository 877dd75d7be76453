import pandas as pd
import tensorflow as tf
from tensorflow.keras.preprocessing.image import ImageDataGenerator

IMG = (256, 256)
labels = pd.read_csv("data/train.csv")
labels["image_id"] = labels["image_id"] + ".jpg"
n_classes = 5

datagen = ImageDataGenerator(rescale=1.0 / 255, validation_split=0.2, horizontal_flip=True)
train_flow = datagen.flow_from_dataframe(labels, directory="data/images", x_col="image_id", y_col="disease",
                                         target_size=IMG, class_mode="sparse", subset="training", batch_size=32)
valid_flow = datagen.flow_from_dataframe(labels, directory="data/images", x_col="image_id", y_col="disease",
                                         target_size=IMG, class_mode="sparse", subset="validation", batch_size=32)

backbone = tf.keras.applications.EfficientNetB0(include_top=False, weights="imagenet", input_shape=IMG + (3,), pooling="avg")
model = tf.keras.Sequential([backbone, tf.keras.layers.Dropout(0.3), tf.keras.layers.Dense(5, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_flow, validation_data=valid_flow, epochs=10)
