"""Fine-tunes an ImageNet MobileNetV2 on the PlantVillage leaf images (38 disease classes)."""
import torch
from torch import nn
from torch.utils.data import DataLoader
from torchvision import datasets, models, transforms

NUM_CLASSES = 38


def build():
    model = models.mobilenet_v2(weights=models.MobileNet_V2_Weights.IMAGENET1K_V2)
    for p in model.features.parameters():
        p.requires_grad = False
    model.classifier[1] = nn.Linear(model.last_channel, NUM_CLASSES)
    model.classifier.add_module("2", nn.LogSoftmax(dim=1))
    return model


def main(root="data/plantvillage", epochs=5):
    tf = transforms.Compose([transforms.Resize(256), transforms.CenterCrop(224), transforms.ToTensor()])
    loader = DataLoader(datasets.ImageFolder(root, tf), batch_size=64, shuffle=True, num_workers=4)
    model = build()
    criterion = nn.NLLLoss()
    optimizer = torch.optim.Adam(model.classifier.parameters(), lr=1e-3)
    for epoch in range(epochs):
        for images, labels in loader:
            loss = criterion(model(images), labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()
