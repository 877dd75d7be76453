import torch
from torch import nn
from torchvision.models import densenet121

from protein.metrics import macro_f1


def build(n_labels=28):
    net = densenet121(weights="DEFAULT")
    net.features.conv0 = nn.Conv2d(4, 64, 7, 2, 3, bias=False)  # RGBY channels
    net.classifier = nn.Linear(net.classifier.in_features, n_labels)
    return net


def train(epochs=16, thr=0.3):
    model = build()
    criterion = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-4)
    for epoch in range(epochs):
        scores = []
        for images, labels in torch.load("hpa_train.pt"):
            out = model(images)
            loss = criterion(out, labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            out = out.detach()
            out.sigmoid_()
            scores.append(macro_f1(out > thr, labels))
        print(epoch, sum(scores) / len(scores))


if __name__ == "__main__":
    train()
