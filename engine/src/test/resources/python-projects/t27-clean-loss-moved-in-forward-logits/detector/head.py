import torch
import torch.nn as nn


class GridHead(nn.Module):
    """Predicts, for every grid cell, an objectness score and class scores."""

    def __init__(self, in_channels, num_classes, grid=13):
        super(GridHead, self).__init__()
        self.num_classes = num_classes
        self.grid = grid
        self.pred = nn.Conv2d(in_channels, 1 + num_classes, kernel_size=1)
        self.obj_loss = nn.BCELoss()
        self.cls_loss = nn.CrossEntropyLoss()

    def forward(self, feats, targets=None):
        if feats.is_cuda:
            # keep the criteria on the features' device
            self.obj_loss = self.obj_loss.cuda()
            self.cls_loss = self.cls_loss.cuda()

        bs = feats.size(0)
        out = self.pred(feats).view(bs, 1 + self.num_classes, -1).permute(0, 2, 1)
        objectness = torch.sigmoid(out[..., 0])
        cls_scores = out[..., 1:]  # raw scores: CrossEntropyLoss applies the softmax

        if targets is None:
            return objectness, cls_scores.softmax(-1)

        obj_target, cls_target, cell_mask = targets
        loss_obj = self.obj_loss(objectness, obj_target)
        cls_scores = cls_scores[cell_mask == 1]
        loss_cls = self.cls_loss(cls_scores, cls_target[cell_mask == 1])
        return loss_obj + loss_cls
