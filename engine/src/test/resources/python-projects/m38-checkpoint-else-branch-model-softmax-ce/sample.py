import argparse

import torch

from ranker.model import DualEncoder
from ranker.trainer import Trainer

parser = argparse.ArgumentParser()
parser.add_argument("--load_checkpoint", action="store", dest="load_checkpoint")
parser.add_argument("--epochs", type=int, default=3)
parser.add_argument("--resume", action="store_true", dest="resume", default=False, help="continue the last run")
opt = parser.parse_args()

if opt.load_checkpoint is not None:
    state = torch.load(opt.load_checkpoint)
    model = state["model"]
else:
    if not opt.resume:
        model = DualEncoder(vocab_size=20000)
    batches = [(torch.randint(0, 20000, (8, 40)), torch.randint(0, 20000, (8, 10, 30)), torch.zeros(8, dtype=torch.long))]
    Trainer().train(model, batches, epochs=opt.epochs)
