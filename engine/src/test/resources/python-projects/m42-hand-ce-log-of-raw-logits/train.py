"""CIFAR-10 with the cross-entropy written out, as in the course notes."""
import torch
import torch.nn.functional as F
import torchvision
import torchvision.transforms as T

from net import SmallCNN

NUM_CLASSES = 10


def cross_entropy(logits, labels):
    one_hot = F.one_hot(labels, NUM_CLASSES).float()
    return -(one_hot * torch.log(logits)).sum(dim=1).mean()


def main():
    data = torchvision.datasets.CIFAR10("data", train=True, download=True, transform=T.ToTensor())
    loader = torch.utils.data.DataLoader(data, batch_size=128, shuffle=True)
    model = SmallCNN(NUM_CLASSES)
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    for epoch in range(10):
        for images, labels in loader:
            loss = cross_entropy(model(images), labels)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(epoch, loss.item())


if __name__ == "__main__":
    main()
