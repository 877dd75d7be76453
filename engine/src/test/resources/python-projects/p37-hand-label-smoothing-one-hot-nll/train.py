"""Fashion-MNIST MLP with label smoothing written out by hand."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

NUM_CLASSES = 10
SMOOTHING = 0.1
EPOCHS = 15


def smooth_targets(labels, num_classes, eps):
    one_hot = F.one_hot(labels, num_classes).float()
    return one_hot * (1.0 - eps) + eps / num_classes


model = nn.Sequential(
    nn.Flatten(),
    nn.Linear(28 * 28, 512),
    nn.ReLU(),
    nn.Dropout(0.2),
    nn.Linear(512, NUM_CLASSES),
    nn.LogSoftmax(dim=1),
)
criterion = nn.NLLLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
loader = DataLoader(datasets.FashionMNIST("data", train=True, download=True, transform=transforms.ToTensor()), batch_size=256, shuffle=True)

for epoch in range(EPOCHS):
    for images, labels in loader:
        targets = smooth_targets(labels, NUM_CLASSES, SMOOTHING)
        loss = criterion(model(images), targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print(epoch, loss.item())
