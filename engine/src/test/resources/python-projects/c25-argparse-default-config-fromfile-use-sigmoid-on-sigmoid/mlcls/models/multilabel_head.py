import torch
import torch.nn as nn
from mmcls.models import build_loss


class MultiLabelLinearHead(nn.Module):
    """One linear layer over pooled features, one score per label (VOC / COCO multi-label)."""

    def __init__(self, num_classes, in_channels, loss):
        super().__init__()
        self.num_classes = num_classes
        self.fc = nn.Linear(in_channels, num_classes)
        self.compute_loss = build_loss(loss)

    def forward(self, feats):
        return torch.sigmoid(self.fc(feats))

    def loss(self, cls_score, gt_label):
        # mmcls convention: gt_label is a multi-hot float tensor
        return self.compute_loss(cls_score, gt_label)

    def simple_test(self, feats):
        return torch.sigmoid(self.fc(feats)).detach().cpu()
