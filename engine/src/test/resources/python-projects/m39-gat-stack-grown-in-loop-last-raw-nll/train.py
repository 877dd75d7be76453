import argparse

import torch
import torch.nn.functional as F
from torch_geometric.datasets import Planetoid
import torch_geometric.transforms as T

from citation.gat import GAT

parser = argparse.ArgumentParser()
parser.add_argument("--dataset", default="Cora")
parser.add_argument("--depth", type=int, default=3)
parser.add_argument("--epochs", type=int, default=300)
args = parser.parse_args()

dataset = Planetoid("data", args.dataset, transform=T.NormalizeFeatures())
data = dataset[0]
model = GAT(dataset.num_features, 8, dataset.num_classes, depth=args.depth)
opt = torch.optim.Adam(model.parameters(), lr=0.005, weight_decay=5e-4)

for epoch in range(1, args.epochs + 1):
    model.train()
    opt.zero_grad()
    out = model(data.x, data.edge_index)
    loss = F.nll_loss(out[data.train_mask], data.y[data.train_mask])
    loss.backward()
    opt.step()
    model.eval()
    with torch.no_grad():
        pred = model(data.x, data.edge_index).argmax(dim=-1)
        acc = (pred[data.val_mask] == data.y[data.val_mask]).float().mean()
    print(f"epoch {epoch:03d} loss {loss.item():.4f} val {acc:.4f}")
