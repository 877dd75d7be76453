import torch
from monai.losses import DiceCELoss

from spleen.network import SpleenSegmenter

net = SpleenSegmenter()
loss_function = DiceCELoss(to_onehot_y=True, softmax=True, lambda_ce=0.5)
optimizer = torch.optim.AdamW(net.parameters(), lr=1e-4)


def train_epoch(loader):
    net.train()
    for batch in loader:
        optimizer.zero_grad()
        loss = loss_function(net(batch["image"]), batch["label"])
        loss.backward()
        optimizer.step()
