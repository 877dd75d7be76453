"""Oxford-102 flowers classifier on frozen backbone features."""
import torch.nn as nn


class FlowerHead(nn.Module):
    def __init__(self, in_features=1280, num_classes=102, p_drop=0.3):
        super().__init__()
        self.classifier = nn.Sequential(
            nn.Dropout(p_drop),
            nn.Linear(in_features, 512),
            nn.ReLU(),
            nn.Linear(512, num_classes),
            nn.Softmax(dim=1),
        )

    def forward(self, features):
        return self.classifier(features)
