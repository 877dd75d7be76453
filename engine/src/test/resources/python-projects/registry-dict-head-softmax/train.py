import torch
import torch.nn as nn
import torchvision
import torchvision.transforms as T

from imgcls.config import DEFAULT_CONFIG
from imgcls.engine.loop import evaluate, train_one_epoch
from imgcls.models import build_classifier


def loaders(batch_size=128):
    tf = T.Compose([T.RandomCrop(32, padding=4), T.RandomHorizontalFlip(), T.ToTensor()])
    train = torchvision.datasets.CIFAR100("data", train=True, download=True, transform=tf)
    test = torchvision.datasets.CIFAR100("data", train=False, download=True, transform=T.ToTensor())
    return (torch.utils.data.DataLoader(train, batch_size, shuffle=True, num_workers=4),
            torch.utils.data.DataLoader(test, batch_size, num_workers=4))


def main(cfg=DEFAULT_CONFIG):
    model = build_classifier(cfg)
    criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
    optimizer = torch.optim.SGD(model.parameters(), lr=cfg["lr"], momentum=0.9, weight_decay=5e-4)
    train_loader, test_loader = loaders()
    for epoch in range(cfg["epochs"]):
        loss = train_one_epoch(model, train_loader, criterion, optimizer)
        print(f"epoch {epoch}: loss {loss:.3f} acc {evaluate(model, test_loader):.3f}")


if __name__ == "__main__":
    main()
