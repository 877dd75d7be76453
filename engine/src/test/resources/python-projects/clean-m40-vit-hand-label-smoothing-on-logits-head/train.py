import torch
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

from src.losses import LabelSmoothingCrossEntropy
from src.vit import TinyViT


def main():
    tf = transforms.Compose([transforms.RandomCrop(32, padding=4), transforms.ToTensor()])
    train = DataLoader(datasets.CIFAR100("data", train=True, download=True, transform=tf), batch_size=128, shuffle=True)
    model = TinyViT()
    criterion = LabelSmoothingCrossEntropy(smoothing=0.1)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.05)
    for epoch in range(100):
        for images, labels in train:
            loss = criterion(model(images), labels)
            opt.zero_grad()
            loss.backward()
            opt.step()


if __name__ == "__main__":
    main()
