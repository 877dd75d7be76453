import torch.nn.functional as F

from core.engine import Engine


class MultiLabelEngine(Engine):
    def __init__(self, network, pos_weight=None, **kwargs):
        super().__init__(network, **kwargs)
        self.pos_weight = pos_weight

    def loss(self, preds, targets):
        return F.binary_cross_entropy_with_logits(preds, targets.float(), pos_weight=self.pos_weight)
