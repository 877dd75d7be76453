import argparse

from torch.utils.data import DataLoader

from datasets import CarvanaDataset
from segnet.trainer import Trainer
from segnet.unet import UNet

parser = argparse.ArgumentParser()
parser.add_argument("--data", default="data/carvana")
parser.add_argument("--epochs", type=int, default=20)
parser.add_argument("--lr", type=float, default=1e-3)
args = parser.parse_args()

train_loader = DataLoader(CarvanaDataset(args.data, "train"), batch_size=8, shuffle=True)
val_loader = DataLoader(CarvanaDataset(args.data, "val"), batch_size=8)
trainer = Trainer(UNet(), train_loader, val_loader, lr=args.lr)
for epoch in range(args.epochs):
    print(epoch, trainer.train_epoch())
