import keras_cv
from tensorflow import keras

NUM_BIRDS = 200


def make_classifier(preset="resnet50_v2_imagenet"):
    backbone = keras_cv.models.ResNetV2Backbone.from_preset(preset)
    return keras_cv.models.ImageClassifier(backbone=backbone, num_classes=NUM_BIRDS)


if __name__ == "__main__":
    clf = make_classifier()
    clf.compile(optimizer=keras.optimizers.Adam(3e-4), loss=keras.losses.CategoricalCrossentropy(from_logits=True, label_smoothing=0.1),
                metrics=["accuracy"])
