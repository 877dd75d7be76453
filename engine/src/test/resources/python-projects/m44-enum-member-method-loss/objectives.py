from enum import Enum

import torch.nn as nn


class Objective(Enum):
    MULTILABEL = "multilabel"
    MULTICLASS = "multiclass"

    def make_loss(self):
        if self is Objective.MULTILABEL:
            return nn.BCELoss()
        return nn.CrossEntropyLoss()
