import argparse

import torch
from torch import nn

from tagger.model import MelTagger


def get_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tags", type=int, default=527)
    ap.add_argument("--ckpt", default="runs/speech/best.pt")
    ap.add_argument("--epochs", type=int, default=20)
    return ap.parse_args()


def main():
    args = get_args()
    net = MelTagger(n_classes=35)
    net.load_state_dict(torch.load(args.ckpt, map_location="cpu"))
    # new vocabulary: tag scores in [0, 1] for thresholding at inference
    net.classifier = nn.Sequential(nn.Linear(256, args.tags), nn.Sigmoid())
    loss_fn = nn.BCEWithLogitsLoss()
    opt = torch.optim.Adam(net.classifier.parameters(), lr=1e-3)
    clips = torch.load("data/audioset_mels.pt")
    for epoch in range(args.epochs):
        for mel, tags in clips:
            opt.zero_grad()
            loss = loss_fn(net(mel), tags.float())
            loss.backward()
            opt.step()


if __name__ == "__main__":
    main()
