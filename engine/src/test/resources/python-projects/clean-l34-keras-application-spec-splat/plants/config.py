"""Experiment settings for the leaf-disease classifier."""
NUM_CLASSES = 38
IMAGE_SIZE = (224, 224)

BACKBONE = dict(
    include_top=True,
    weights=None,
    input_shape=IMAGE_SIZE + (3,),
    classes=NUM_CLASSES,
    classifier_activation=None,  # logits: the loss applies the softmax
)
TRAIN = dict(batch_size=64, epochs=25, learning_rate=3e-4)
