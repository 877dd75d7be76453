import torch
import torch.nn as nn

from tagging.loop import run_epoch
from tagging.model import TagNet

device = torch.device("cuda")
model = TagNet().cuda()
criterion = nn.BCELoss().to(device).double()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
loader = torch.load("features/train.pt")
for epoch in range(10):
    print(epoch, run_epoch(model, loader, criterion, optimizer, device))
