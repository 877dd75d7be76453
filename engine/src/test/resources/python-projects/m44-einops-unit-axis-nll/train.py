import sys

import pytorch_lightning as pl
import torch

from detect.encoder import TileEncoder

if __name__ == "__main__":
    loader = torch.load(sys.argv[1])
    pl.Trainer(max_epochs=100).fit(TileEncoder(n_bands=5), loader)
