import torch
from torch import nn

from tagnet import heads  # noqa: F401  (fills HEADS)
from tagnet.registry import HEADS

HEAD_CFG = {"type": "mlp", "in_dim": 768, "num_tags": 1000, "hidden": 2048, "use_sigmoid": False}


def build(cfg):
    args = dict(cfg)
    head_cls = HEADS.get(args.pop("type"))
    return head_cls(**args)


def train(loader, epochs=10):
    head = build(HEAD_CFG)
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.full((1000,), 3.0))
    opt = torch.optim.Adam(head.parameters(), lr=3e-4)
    for _ in range(epochs):
        for feats, tags in loader:
            loss = loss_fn(head(feats), tags.float())
            opt.zero_grad()
            loss.backward()
            opt.step()
