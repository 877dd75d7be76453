import argparse

import torch
import torch.nn as nn

from lrcn.model import ConvLSTM
from utils_video import build_loaders, save_checkpoint, test_model, train_model, write_epoch_summary

parser = argparse.ArgumentParser(description="UCF101 action recognition with an LRCN")
parser.add_argument("--data_dir", default="data/UCF101_frames")
parser.add_argument("--epochs", type=int, default=60)
parser.add_argument("--batch_size", type=int, default=16)
parser.add_argument("--lr", type=float, default=5e-4)
parser.add_argument("--n_class", type=int, default=101)


def main():
    args = parser.parse_args()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    loaders = build_loaders(args.data_dir, args.batch_size)
    model = ConvLSTM(n_class=args.n_class).to(device)
    optimizer = torch.optim.Adam(filter(lambda p: p.requires_grad, model.parameters()), lr=args.lr)
    criterion = nn.CrossEntropyLoss()
    for epoch in range(args.epochs):
        train_loss, train_acc = train_model(model, loaders["train"], device, optimizer, criterion)
        val_loss, val_acc = test_model(model, loaders["val"], device, criterion)
        write_epoch_summary("runs/lrcn", epoch, train_loss, train_acc, val_loss, val_acc)
        save_checkpoint(model, optimizer, epoch, "checkpoints")


if __name__ == "__main__":
    main()
