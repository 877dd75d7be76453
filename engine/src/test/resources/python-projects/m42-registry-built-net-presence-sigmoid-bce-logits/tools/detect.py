import argparse

import torch

from fieldseg.models.registry import build_net
from fieldseg.utils import Config


class Detector:
    """Runs a trained network over single tiles."""

    def __init__(self, cfg, checkpoint):
        self.cfg = cfg
        self.net = build_net(cfg)
        self.net.load_state_dict(torch.load(checkpoint, map_location="cpu"))
        self.net.eval()

    @torch.no_grad()
    def __call__(self, tile):
        return self.net({"image": tile.unsqueeze(0)})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("config")
    parser.add_argument("checkpoint")
    parser.add_argument("--tile", default="tile.pt")
    args = parser.parse_args()
    detector = Detector(Config.fromfile(args.config), args.checkpoint)
    print(detector(torch.load(args.tile))["presence"])


if __name__ == "__main__":
    main()
