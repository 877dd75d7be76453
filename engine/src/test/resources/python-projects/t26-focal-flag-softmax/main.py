import argparse

import torch
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

from lesion.net import LesionNet
from lesion.trainer import Trainer


def str2bool(v):
    if isinstance(v, bool):
        return v
    return v.lower() in ("yes", "true", "t", "1")


def get_args():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="data/ham10000")
    p.add_argument("--backbone", default="efficientnet_b0")
    p.add_argument("--epochs", type=int, default=15)
    p.add_argument("--lr", type=float, default=1e-4)
    p.add_argument("--focal", type=str2bool, default=False, help="use the focal loss")
    p.add_argument("--gamma", type=float, default=2.0)
    p.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    return p.parse_args()


if __name__ == "__main__":
    opts = get_args()
    tf = transforms.Compose([transforms.Resize((224, 224)), transforms.ToTensor()])
    ds = datasets.ImageFolder(opts.data, transform=tf)
    loader = DataLoader(ds, batch_size=32, shuffle=True)
    net = LesionNet(opts.backbone, n_classes=len(ds.classes)).to(opts.device)
    Trainer(net, opts).fit(loader, opts.epochs)
