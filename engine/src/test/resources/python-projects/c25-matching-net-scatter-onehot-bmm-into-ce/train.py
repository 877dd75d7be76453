import argparse

from experiments.builder import OneShotBuilder
from data import OmniglotNShot

parser = argparse.ArgumentParser(description="Matching networks on Omniglot")
parser.add_argument("--ways", type=int, default=5)
parser.add_argument("--epochs", type=int, default=100)
parser.add_argument("--batches", type=int, default=1000)
args = parser.parse_args()

builder = OneShotBuilder(OmniglotNShot("data/omniglot", ways=args.ways), classes_per_set=args.ways)
for epoch in range(args.epochs):
    loss, acc = builder.run_epoch(args.batches)
    print(f"epoch {epoch}: loss {loss:.4f} acc {acc:.3f}")
