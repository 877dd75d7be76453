from dataclasses import dataclass

import torch


@dataclass
class DefectPrediction:
    logit: torch.Tensor
    prob: torch.Tensor
    features: torch.Tensor
