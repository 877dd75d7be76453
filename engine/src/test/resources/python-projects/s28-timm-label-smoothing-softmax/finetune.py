import argparse

import timm
import torch
from timm.loss import LabelSmoothingCrossEntropy
from torch import nn


class PetsClassifier(nn.Module):
    def __init__(self, backbone_name, n_breeds):
        super().__init__()
        self.backbone = timm.create_model(backbone_name, pretrained=True, num_classes=0)
        self.fc = nn.Linear(self.backbone.num_features, n_breeds)

    def forward(self, images):
        logits = self.fc(self.backbone(images))
        return logits.softmax(-1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="convnext_tiny")
    parser.add_argument("--smoothing", type=float, default=0.1)
    args = parser.parse_args()
    model = PetsClassifier(args.model, 37)
    loss_fn = LabelSmoothingCrossEntropy(smoothing=args.smoothing)
    optimizer = torch.optim.AdamW(model.parameters(), lr=5e-4)
    for images, breeds in train_loader:
        loss = loss_fn(model(images), breeds)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()
