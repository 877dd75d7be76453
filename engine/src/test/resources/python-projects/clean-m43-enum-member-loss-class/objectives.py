from enum import Enum

import torch.nn as nn


class Objective(Enum):
    """Losses the sweep can pick; each member's value is the loss class."""

    CROSS_ENTROPY = nn.CrossEntropyLoss
    NLL = nn.NLLLoss
    MARGIN = nn.MultiMarginLoss

    def make(self, **options):
        return self.value(**options)
