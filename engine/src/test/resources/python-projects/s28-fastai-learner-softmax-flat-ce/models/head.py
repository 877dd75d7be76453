from torch import nn


def classifier_head(n_in, n_out, p=0.25):
    return nn.Sequential(
        nn.BatchNorm1d(n_in),
        nn.Dropout(p),
        nn.Linear(n_in, n_out),
        nn.Softmax(dim=1),
    )


class AudioNet(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten())
        self.head = classifier_head(32, n_classes)

    def forward(self, spec):
        return self.head(self.body(spec))
