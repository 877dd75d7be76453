import torch.nn as nn


class TabularMLP(nn.Module):
    """A plain MLP for the churn table; the blocks are named so checkpoints stay readable."""

    def __init__(self, in_features: int, num_classes: int, hidden=(256, 64), dropout: float = 0.2):
        super().__init__()
        self.dropout_p = dropout
        blocks = [
            ("input", nn.Linear(in_features, hidden[0])),
            ("act0", nn.ReLU()),
            ("drop0", nn.Dropout(dropout)),
            ("hidden", nn.Linear(hidden[0], hidden[1])),
            ("act1", nn.ReLU()),
            ("out", nn.Linear(hidden[1], num_classes)),
            ("probs", nn.Softmax(dim=-1)),
        ]
        for block_name, block in blocks:
            self.add_module(block_name, block)

    def forward(self, x):
        for module in self.children():
            x = module(x)
        return x
