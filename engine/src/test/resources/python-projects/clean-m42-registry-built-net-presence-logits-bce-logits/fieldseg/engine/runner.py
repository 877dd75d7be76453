import torch

from fieldseg.data import field_loader
from fieldseg.models.registry import build_net


class Runner:
    def __init__(self, cfg):
        self.cfg = cfg
        self.net = build_net(cfg).cuda()
        self.optimizer = torch.optim.SGD(self.net.parameters(), lr=cfg.lr, momentum=0.9)

    def train_epoch(self, loader):
        self.net.train()
        for batch in loader:
            batch = {k: v.cuda() for k, v in batch.items()}
            result = self.net(batch)
            self.optimizer.zero_grad()
            result["loss"].backward()
            self.optimizer.step()

    def train(self):
        loader = field_loader(self.cfg.data_root, split="train")
        for _ in range(self.cfg.epochs):
            self.train_epoch(loader)
