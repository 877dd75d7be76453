import argparse

import torch
import torch.nn as nn

from lm import nets

parser = argparse.ArgumentParser(description="Word-level language model")
parser.add_argument("--model", type=str, default="LSTM", help="LSTM, GRU or Transformer")
parser.add_argument("--emsize", type=int, default=200)
parser.add_argument("--nlayers", type=int, default=2)
args = parser.parse_args()

ntokens = 10000
if args.model == "Transformer":
    model = nets.TransformerLM(ntokens, args.emsize, 2, 200, args.nlayers)
else:
    model = nets.RecurrentLM(args.model, ntokens, args.emsize, 200, args.nlayers)
# the RNN gives log-probabilities, the transformer raw scores
criterion = nn.CrossEntropyLoss() if args.model == "Transformer" else nn.NLLLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=5.0)

for data, targets in []:
    optimizer.zero_grad()
    if args.model == "Transformer":
        output = model(data)
    else:
        output, _ = model(data)
    loss = criterion(output.view(-1, ntokens), targets)
    loss.backward()
    optimizer.step()
