import argparse

import timm
import torch
from torch import nn

from tagger.heads import build_head


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--backbone", default="vit_small_patch16_224")
    p.add_argument("--head", choices=["linear", "attention"], default="linear")
    p.add_argument("--num-tags", type=int, default=80)
    return p.parse_args()


def main():
    args = parse()
    backbone = timm.create_model(args.backbone, pretrained=True, num_classes=0)
    head = build_head(args.head, backbone.num_features, args.num_tags)
    criterion = nn.BCEWithLogitsLoss()
    params = list(backbone.parameters()) + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=1e-4, weight_decay=0.05)
    for images, tags in []:
        feats = backbone.forward_features(images) if args.head == "attention" else backbone(images)
        loss = criterion(head(feats), tags.float())
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
