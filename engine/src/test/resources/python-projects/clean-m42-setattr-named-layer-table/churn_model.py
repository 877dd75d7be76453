import torch.nn as nn

N_FEATURES = 20
N_SEGMENTS = 3


def layer_table(hidden=64):
    return [
        ("dense_in", nn.Linear(N_FEATURES, hidden)),
        ("act_in", nn.GELU()),
        ("drop", nn.Dropout(0.1)),
        ("dense_out", nn.Linear(hidden, N_SEGMENTS)),
    ]


class ChurnSegmenter(nn.Module):
    def __init__(self, hidden=64):
        super().__init__()
        self.order = []
        for name, layer in layer_table(hidden):
            setattr(self, name, layer)
            self.order.append(name)

    def forward(self, features):
        h = features
        for name in self.order:
            h = getattr(self, name)(h)
        return h
