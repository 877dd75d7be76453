import torch
from torch import nn

from scenes.net import SceneNet


def main():
    model = SceneNet(n_scenes=67)
    model.head = nn.Linear(96, 67)  # logits while training; the demo head is put back for export
    criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, weight_decay=5e-4)
    batches = torch.load("data/mit_indoor_train.pt")
    for epoch in range(30):
        for images, labels in batches:
            optimizer.zero_grad()
            loss = criterion(model(images), labels)
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()
