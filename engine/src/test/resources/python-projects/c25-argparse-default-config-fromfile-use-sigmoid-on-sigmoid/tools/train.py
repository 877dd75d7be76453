import argparse

import torch
import torchvision
from mmcv import Config

from mlcls.datasets import build_voc_loader
from mlcls.models import MultiLabelLinearHead


def parse_args():
    parser = argparse.ArgumentParser(description="Train a multi-label classifier")
    parser.add_argument("--config", default="configs/voc_r50_multilabel.py", help="train config file path")
    parser.add_argument("--work-dir", default="work_dirs", help="the dir to save logs and models")
    parser.add_argument("--gpus", nargs="+", type=int, default=[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--validate", action="store_true", help="evaluate the checkpoint during training")
    args = parser.parse_args()
    return args


def main():
    args = parse_args()
    cfg = Config.fromfile(args.config)
    cfg.work_dir = args.work_dir
    torch.manual_seed(args.seed)
    backbone = torchvision.models.resnet50(weights="IMAGENET1K_V2")
    backbone.fc = torch.nn.Identity()
    head = MultiLabelLinearHead(**cfg.model.head)
    params = list(backbone.parameters()) + list(head.parameters())
    optimizer = torch.optim.SGD(params, lr=cfg.optimizer.lr, momentum=cfg.optimizer.momentum)
    loader = build_voc_loader(cfg.data.root, cfg.data.samples_per_gpu)
    for epoch in range(cfg.runner.max_epochs):
        for images, targets in loader:
            scores = head(backbone(images))
            loss = head.loss(scores, targets)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()
