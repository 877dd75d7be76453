from torch import nn

from speech.engine import run_training
from speech.model import WordSpotter


def main(batches):
    run_training(WordSpotter(), batches, lr=3e-4, loss_fn=nn.CrossEntropyLoss())
