import torch
import torch.nn as nn

from kws.net import KeywordNet

model = KeywordNet()
criterion = nn.NLLLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)


def train_epoch(loader):
    model.train()
    for spec, keyword in loader:
        optimizer.zero_grad()
        loss = criterion(model(spec), keyword)
        loss.backward()
        optimizer.step()


for epoch in range(15):
    train_epoch([])
