import torch.nn as nn

ACTIVATIONS = {
    "softmax": nn.Softmax(dim=1),
    "sigmoid": nn.Sigmoid(),
    "none": nn.Identity(),
}


class MLP(nn.Module):
    def __init__(self, in_dim, hidden, num_classes, dropout=0.0, activation="none"):
        super().__init__()
        self.body = nn.Sequential(
            nn.Flatten(),
            nn.Linear(in_dim, hidden),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Linear(hidden, num_classes),
        )
        self.out = ACTIVATIONS[activation]

    def forward(self, x):
        return self.out(self.body(x))
