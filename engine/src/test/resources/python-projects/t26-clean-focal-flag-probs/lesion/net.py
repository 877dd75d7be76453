import torch.nn as nn
import timm


class LesionNet(nn.Module):
    def __init__(self, backbone="efficientnet_b0", n_classes=7):
        super().__init__()
        self.encoder = timm.create_model(backbone, pretrained=True, num_classes=0)
        self.classifier = nn.Sequential(
            nn.Dropout(0.3),
            nn.Linear(self.encoder.num_features, n_classes),
            nn.Softmax(dim=1),
        )

    def forward(self, x):
        return self.classifier(self.encoder(x))
