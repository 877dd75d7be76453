import torch.nn as nn
from torchvision import models


class DRGrader(nn.Module):
    """Diabetic-retinopathy grade (0-4) from a fundus photograph, DenseNet-121 features."""

    def __init__(self, n_grades=5, pretrained=True, drop=0.25):
        super().__init__()
        weights = models.DenseNet121_Weights.IMAGENET1K_V1 if pretrained else None
        self.features = models.densenet121(weights=weights).features
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.classifier = nn.Sequential()
        self.classifier.add_module("flatten", nn.Flatten())
        self.classifier.add_module("drop1", nn.Dropout(drop))
        self.classifier.add_module("fc1", nn.Linear(1024, 256))
        self.classifier.add_module("relu", nn.ReLU(inplace=True))
        self.classifier.add_module("drop2", nn.Dropout(drop))
        self.classifier.add_module("fc2", nn.Linear(256, n_grades))
        self.probs = nn.Sequential()
        self.probs.add_module("softmax", nn.Softmax(dim=1))

    def forward(self, img):
        return self.classifier(self.pool(self.features(img).relu()))

    def grade_probabilities(self, img):
        return self.probs(self(img))
