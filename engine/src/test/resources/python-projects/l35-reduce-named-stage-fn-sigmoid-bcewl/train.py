import torch
import torch.nn as nn
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

from celeba.net import StagedNet


def main(epochs=8):
    tf = transforms.Compose([transforms.Resize(64), transforms.CenterCrop(64), transforms.ToTensor()])
    data = datasets.CelebA("data", split="train", target_type="attr", transform=tf, download=False)
    loader = DataLoader(data, batch_size=256, shuffle=True, num_workers=4)
    model = StagedNet()
    criterion = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for epoch in range(epochs):
        for images, attributes in loader:
            optimizer.zero_grad()
            loss = criterion(model(images), attributes.float())
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()
