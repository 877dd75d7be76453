import argparse

import torch

from kerbnet.models import KerbNet
from kerbnet.utils.config import Config
from kerbnet.data import kerb_loader


def parse_args():
    parser = argparse.ArgumentParser(description="Train a kerb detector")
    parser.add_argument("config", help="config file, e.g. configs/kerb_r18.py")
    parser.add_argument("--epochs", type=int, default=20)
    return parser.parse_args()


def main():
    args = parse_args()
    cfg = Config.fromfile(args.config)
    net = KerbNet(cfg).cuda()
    opt = torch.optim.Adam(net.parameters(), lr=cfg.lr)
    for epoch in range(args.epochs):
        for batch in kerb_loader(cfg.data_root):
            opt.zero_grad()
            losses = net(batch)
            losses["loss"].backward()
            opt.step()


if __name__ == "__main__":
    main()
