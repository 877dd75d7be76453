import segmentation_models_pytorch as smp

NUM_CLASSES = 6  # background, building, road, water, tree, car


def build_model(encoder="efficientnet-b3", weights="imagenet"):
    return smp.FPN(
        encoder_name=encoder,
        encoder_weights=weights,
        classes=NUM_CLASSES,
        activation="softmax2d",
    )
