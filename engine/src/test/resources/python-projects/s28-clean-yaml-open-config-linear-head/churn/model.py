import torch.nn as nn


class ChurnNet(nn.Module):
    def __init__(self, n_features, hidden, num_classes, head="linear"):
        super().__init__()
        layers, width = [], n_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.mlp = nn.Sequential(*layers)
        self.out = nn.Linear(width, num_classes)
        self.act = nn.Softmax(dim=-1) if head == "softmax" else nn.Identity()

    def forward(self, x):
        return self.act(self.out(self.mlp(x)))
