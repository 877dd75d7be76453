import torch.nn as nn

from .backbones import BACKBONES
from .heads import Head


class BirdClassifier(nn.Module):
    def __init__(self, backbone="small", head="linear", num_species=264):
        super().__init__()
        self.backbone = BACKBONES[backbone]()
        self.head = Head.build(head, self.backbone.out_dim, num_species)

    def forward(self, spec):
        return self.head(self.backbone(spec))
