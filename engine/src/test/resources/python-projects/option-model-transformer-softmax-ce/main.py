import argparse
import time

import torch
import torch.nn as nn

from lm import nets

parser = argparse.ArgumentParser(description="Word-level language model on WikiText-2")
parser.add_argument("--model", type=str, default="LSTM", help="type of network (RNN_TANH, RNN_RELU, LSTM, GRU, Transformer)")
parser.add_argument("--emsize", type=int, default=256)
parser.add_argument("--nhid", type=int, default=256)
parser.add_argument("--nlayers", type=int, default=2)
parser.add_argument("--lr", type=float, default=20)
parser.add_argument("--bptt", type=int, default=35)
args = parser.parse_args()

ntokens = 33278
if args.model == "Transformer":
    model = nets.TransformerLM(ntokens, args.emsize, 4, args.nhid, args.nlayers)
else:
    model = nets.RecurrentLM(args.model, ntokens, args.emsize, args.nhid, args.nlayers)
criterion = nn.CrossEntropyLoss()


def detach(h):
    return h.detach() if isinstance(h, torch.Tensor) else tuple(detach(v) for v in h)


def train(batches):
    model.train()
    if args.model != "Transformer":
        state = model.begin(20)
    start = time.time()
    for data, targets in batches:
        model.zero_grad()
        if args.model == "Transformer":
            output = model(data)
        else:
            state = detach(state)
            output, state = model(data, state)
        loss = criterion(output.view(-1, ntokens), targets)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 0.25)
        for p in model.parameters():
            p.data.add_(p.grad, alpha=-args.lr)
    return time.time() - start


if __name__ == "__main__":
    train([])
