import argparse

import torch

from audio_tagging.models import CRNN
from audio_tagging.trainer import Trainer

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=60)
    ap.add_argument("--mels", default="data/esc50_mels.pt")
    args = ap.parse_args()
    mels, labels = torch.load(args.mels)
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(mels, labels), batch_size=32, shuffle=True)
    trainer = Trainer(CRNN())
    for epoch in range(args.epochs):
        print(epoch, trainer.epoch(loader))
