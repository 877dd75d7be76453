from torch import nn


class SoftDice(nn.Module):
    def __init__(self, smooth=1.0):
        super().__init__()
        self.smooth = smooth

    def forward(self, pred, mask):
        p = pred.flatten(1)
        m = mask.flatten(1)
        inter = (p * m).sum(1)
        return 1 - ((2 * inter + self.smooth) / (p.sum(1) + m.sum(1) + self.smooth)).mean()


class HybridLoss(nn.Module):
    """Weighted sum of its terms; the per-term values are kept for the logger."""

    names = ("bce", "dice")

    def __init__(self, bce_weight=1.0, dice_weight=1.0):
        super().__init__()
        self.terms = [nn.BCEWithLogitsLoss(), SoftDice()]
        self.weights = [bce_weight, dice_weight]
        self.last = {}

    def forward(self, pred, mask):
        total = 0.0
        for i, term in enumerate(self.terms):
            value = term(pred, mask)
            self.last[self.names[i]] = value.item()
            total = total + self.weights[i] * value
        return total
