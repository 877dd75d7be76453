import torch
import torchvision
from mmcv import Config

from mlcls.datasets import build_voc_loader
from mlcls.models import MultiLabelLinearHead


def main():
    cfg = Config.fromfile("configs/voc/r50_voc07.py")
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
