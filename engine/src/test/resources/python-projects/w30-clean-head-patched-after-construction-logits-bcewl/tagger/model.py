from torch import nn


class ConvBlock(nn.Module):
    def __init__(self, c_in, c_out):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(c_in, c_out, 3, padding=1), nn.BatchNorm2d(c_out), nn.GELU(), nn.MaxPool2d(2))

    def forward(self, x):
        return self.body(x)


class MelTagger(nn.Module):
    def __init__(self, n_classes=35, width=64):
        super().__init__()
        self.encoder = nn.Sequential(ConvBlock(1, width), ConvBlock(width, width * 2), ConvBlock(width * 2, width * 4))
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.classifier = nn.Linear(width * 4, n_classes)

    def forward(self, mel):
        h = self.pool(self.encoder(mel.unsqueeze(1))).flatten(1)
        return self.classifier(h)
