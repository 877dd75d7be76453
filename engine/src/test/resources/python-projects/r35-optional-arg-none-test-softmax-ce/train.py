import argparse
import logging

import torch
from torch.utils.data import DataLoader, TensorDataset

from intents.model import IntentNet
from intents.trainer import Trainer

parser = argparse.ArgumentParser(description="Train the intent classifier")
parser.add_argument("--data", default="data/intents.pt")
parser.add_argument("--init-from", action="store", dest="init_from",
                    help="a saved model to keep training")
parser.add_argument("--epochs", type=int, default=5)
parser.add_argument("--batch-size", type=int, default=64)
args = parser.parse_args()
logging.basicConfig(level=logging.INFO)

tokens, labels, vocab_size, num_intents = torch.load(args.data)
loader = DataLoader(TensorDataset(tokens, labels), batch_size=args.batch_size, shuffle=True)

if args.init_from is not None:
    logging.info("resuming from %s", args.init_from)
    model = torch.load(args.init_from)
else:
    model = IntentNet(vocab_size, num_intents)

trainer = Trainer()
trainer.fit(model, loader, epochs=args.epochs)
torch.save(model, "intent_net.pt")
