from torch import nn


def build_criterion(name: str, smoothing: float = 0.0) -> nn.Module:
    match name:
        case "ce":
            return nn.CrossEntropyLoss(label_smoothing=smoothing)
        case "nll":
            return nn.NLLLoss()
        case "bce":
            return nn.BCEWithLogitsLoss()
        case _:
            raise ValueError(f"unknown loss: {name}")
