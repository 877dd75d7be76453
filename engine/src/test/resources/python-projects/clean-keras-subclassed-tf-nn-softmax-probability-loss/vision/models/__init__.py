from vision.models.small_resnet import SmallResNet
