from torch import nn
from torchvision.ops import MLP


def build_model(n_features: int, hidden: int = 128, dropout: float = 0.2) -> nn.Module:
    # torchvision's MLP block: Linear -> BatchNorm -> ReLU -> Dropout per hidden size, the last Linear left plain
    return MLP(
        in_channels=n_features,
        hidden_channels=[hidden, hidden // 2, 1],
        norm_layer=nn.BatchNorm1d,
        dropout=dropout,
    )
