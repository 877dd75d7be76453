import torch
import torch.nn as nn
from torch.utils.data import DataLoader

from segclf.model import HeadMode, PatchClassifier


def run(train_set, epochs=12, device="cpu"):
    net = PatchClassifier(head_mode=HeadMode.PROBABILITIES).to(device)
    loss_fn = nn.CrossEntropyLoss(label_smoothing=0.05)
    opt = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    loader = DataLoader(train_set, batch_size=64, shuffle=True)
    for epoch in range(epochs):
        for patches, tissue in loader:
            patches, tissue = patches.to(device), tissue.to(device)
            opt.zero_grad()
            loss = loss_fn(net(patches), tissue)
            loss.backward()
            opt.step()
    return net
