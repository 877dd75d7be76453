import argparse
import importlib

import torch
import torch.nn as nn

parser = argparse.ArgumentParser(description="multi-label audio tagging")
parser.add_argument("--net", default="gru")
parser.add_argument("--tags", type=int, default=50)
args = parser.parse_args()

net_module = importlib.import_module("networks." + args.net)
model = net_module.Net(args.tags)
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for feats, tags in loader:
    loss = criterion(model(feats), tags.float())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
