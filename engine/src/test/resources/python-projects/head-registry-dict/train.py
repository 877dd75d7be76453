import torch
import torch.nn as nn

from dogs.configs.default import CONFIG
from dogs.model import DogClassifier


def main(cfg=CONFIG):
    model = DogClassifier(cfg)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=cfg["lr"], momentum=0.9)
    for epoch in range(cfg["epochs"]):
        for images, breeds in []:
            loss = criterion(model(images), breeds)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()
