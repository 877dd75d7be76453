import torch
import torch.nn as nn


def dice_bce_loss(pred, target, smooth=1.0):
    """Dice + BCE for change maps; pred is the raw output map of the network."""
    probs = torch.sigmoid(pred)
    iflat = probs.view(-1)
    tflat = target.view(-1)
    intersection = (iflat * tflat).sum()
    dice = 1 - ((2.0 * intersection + smooth) / (iflat.sum() + tflat.sum() + smooth))
    bce_loss = nn.BCELoss()
    bce = bce_loss(torch.sigmoid(probs), target)
    return dice + bce


def weighted_bce(pred, target, pos_weight=3.0):
    """The raw map is given to the loss that applies the sigmoid itself."""
    criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(pos_weight))
    return criterion(pred, target)
