import segmentation_models_pytorch as smp

CLASSES = ["water", "forest", "urban", "crops", "bare"]


def make_model(cfg):
    return smp.FPN(cfg["encoder"], encoder_weights="imagenet", classes=len(CLASSES), activation="sigmoid")
