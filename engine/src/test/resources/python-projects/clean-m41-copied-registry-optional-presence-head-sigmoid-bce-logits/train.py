import torch
from mmcv import Config

from roadlines.detector import LaneDetector
from roadlines.data import lane_loader


def main():
    cfg = Config.fromfile("configs/culane_r18.py")
    net = LaneDetector(cfg).cuda()
    opt = torch.optim.SGD(net.parameters(), lr=cfg.lr, momentum=0.9)
    net.train()
    for epoch in range(cfg.epochs):
        for batch in lane_loader("train"):
            opt.zero_grad()
            losses = net(batch)
            losses["loss"].backward()
            opt.step()


if __name__ == "__main__":
    main()
