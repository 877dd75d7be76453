import torch.nn as nn


class MultiHeadNet(nn.Module):
    def __init__(self, backbone, feat_dim=512, n_attrs=40, n_ids=1000):
        super().__init__()
        self.backbone = backbone
        self.attr_head = nn.Sequential(nn.Linear(feat_dim, n_attrs), nn.Sigmoid())
        self.id_head = nn.Linear(feat_dim, n_ids)

    def forward(self, images):
        feats = self.backbone(images).flatten(1)
        return {"attrs": self.attr_head(feats), "identity": self.id_head(feats)}
