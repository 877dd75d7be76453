import sys
from pathlib import Path

import torch
import torch.nn as nn
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from configs.cub200 import model as model_cfg, train as train_cfg  # noqa: E402
from fgvc.registry import MODELS  # noqa: E402
import fgvc.models  # noqa: E402,F401


def main(root="data/CUB_200_2011"):
    model = MODELS.build(model_cfg)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=train_cfg["lr"], momentum=0.9)
    tf = transforms.Compose([transforms.RandomResizedCrop(448), transforms.ToTensor()])
    loader = DataLoader(datasets.ImageFolder(root, tf), batch_size=train_cfg["batch_size"], shuffle=True)
    for epoch in range(train_cfg["epochs"]):
        for images, labels in loader:
            loss = criterion(model(images), labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()
