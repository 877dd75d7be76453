import torch.nn as nn

bce = nn.BCEWithLogitsLoss()


def seg_loss(pred, mask):
    return bce(pred, mask)
