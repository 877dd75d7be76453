import torch.nn as nn


class TinyEncoder(nn.Module):
    def __init__(self, out_ch=256):
        super().__init__()
        chans = [3, 32, 64, 128, out_ch]
        layers = []
        for a, b in zip(chans, chans[1:]):
            layers += [nn.Conv2d(a, b, 3, padding=1, bias=False), nn.BatchNorm2d(b), nn.ReLU(inplace=True)]
        self.body = nn.Sequential(*layers)

    def forward(self, x):
        return self.body(x)
