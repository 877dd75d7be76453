import torch
import torch.nn as nn

from newsclf.heads import HEADS

HEAD = "linearhead"  # the head used for the reported results

head = HEADS[HEAD](768, 4)
criterion = nn.CrossEntropyLoss()
opt = torch.optim.Adam(head.parameters(), lr=1e-4)
for feats, y in torch.load("ag_news_features.pt"):
    loss = criterion(head(feats), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
