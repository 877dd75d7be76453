import argparse

import pytorch_lightning as pl
from torch.utils.data import DataLoader

from seg.module import RoadSegmenter
from data import RoadTiles


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default="data/roads")
    parser.add_argument("--encoder", default="resnet34")
    parser.add_argument("--epochs", type=int, default=40)
    args = parser.parse_args()

    train = DataLoader(RoadTiles(args.root, "train"), batch_size=8, shuffle=True, num_workers=4)
    val = DataLoader(RoadTiles(args.root, "val"), batch_size=8, num_workers=4)
    model = RoadSegmenter(encoder=args.encoder)
    trainer = pl.Trainer(max_epochs=args.epochs, accelerator="auto")
    trainer.fit(model, train, val)


if __name__ == "__main__":
    main()
