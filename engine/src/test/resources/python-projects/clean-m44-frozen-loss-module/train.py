import sys

import pytorch_lightning as pl
import torch

from counting.encoder import CountEncoder
from counting.sleep import SleepPhase


def main(path):
    loader = torch.load(path)
    model = SleepPhase(CountEncoder(n_bands=1, max_sources=3))
    trainer = pl.Trainer(max_epochs=50)
    trainer.fit(model, loader)


if __name__ == "__main__":
    main(sys.argv[1])
