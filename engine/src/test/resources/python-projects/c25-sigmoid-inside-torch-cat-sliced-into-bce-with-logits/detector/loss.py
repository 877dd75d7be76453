import torch.nn as nn
import torch.nn.functional as F


class DetectionLoss(nn.Module):
    def __init__(self, box_weight=5.0):
        super().__init__()
        self.box_weight = box_weight
        self.bce = nn.BCEWithLogitsLoss(reduction="mean")

    def forward(self, pred, target):
        # target: [batch, locations, 4 + 1 + num_classes]
        box_loss = F.smooth_l1_loss(pred[..., :4], target[..., :4])
        obj_loss = self.bce(pred[..., 4:5], target[..., 4:5])
        cls_loss = self.bce(pred[..., 5:], target[..., 5:])
        return self.box_weight * box_loss + obj_loss + cls_loss
