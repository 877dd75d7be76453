import argparse

import torch
import torch.nn.functional as F
from torch_geometric.datasets import Planetoid

from nodecls.sage import GraphSAGE

parser = argparse.ArgumentParser()
parser.add_argument("--dataset", default="PubMed")
parser.add_argument("--epochs", type=int, default=200)
args = parser.parse_args()

dataset = Planetoid("data", args.dataset)
data = dataset[0]
model = GraphSAGE(dataset.num_features, 128, dataset.num_classes, num_layers=3)
optimizer = torch.optim.Adam(model.parameters(), lr=0.005, weight_decay=5e-4)

for epoch in range(1, args.epochs + 1):
    model.train()
    optimizer.zero_grad()
    out = model(data.x, data.edge_index)
    loss = F.nll_loss(out[data.train_mask], data.y[data.train_mask])
    loss.backward()
    optimizer.step()

model.eval()
pred = model(data.x, data.edge_index).argmax(dim=-1)
print("test acc", (pred[data.test_mask] == data.y[data.test_mask]).float().mean().item())
