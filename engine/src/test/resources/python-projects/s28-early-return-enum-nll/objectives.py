from enum import Enum

import torch.nn as nn


class Objective(str, Enum):
    CE = "ce"
    NLL = "nll"


def build_objective(kind: Objective, ignore_index: int = -1) -> nn.Module:
    """Loss for the sentence classifier."""
    if kind == Objective.NLL:
        return nn.NLLLoss(ignore_index=ignore_index)
    return nn.CrossEntropyLoss(ignore_index=ignore_index)
