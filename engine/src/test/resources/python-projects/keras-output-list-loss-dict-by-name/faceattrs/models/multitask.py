"""Age / gender / ethnicity from one face crop (UTKFace-style labels)."""
import keras
from keras import layers

from faceattrs.models.backbone import conv_backbone

NUM_ETHNICITIES = 5


def build_multitask(image_size=128):
    inputs, features = conv_backbone(image_size)
    shared = layers.Dropout(0.3)(layers.Dense(256, activation="relu")(features))
    age = layers.Dense(1, name="age")(shared)
    gender = layers.Dense(1, activation="sigmoid", name="gender")(shared)
    ethnicity = layers.Dense(NUM_ETHNICITIES, activation="softmax", name="ethnicity")(shared)
    return keras.Model(inputs=inputs, outputs=[age, gender, ethnicity], name="face_multitask")
