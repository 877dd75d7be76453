import torch
import torch.nn.functional as F
from torch_geometric.datasets import MoleculeNet
from torch_geometric.loader import DataLoader

from tox.model import build

dataset = MoleculeNet("data", name="BBBP")
loader = DataLoader(dataset, batch_size=64, shuffle=True)
model = build(dataset.num_node_features)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

for epoch in range(50):
    for data in loader:
        optimizer.zero_grad()
        out = model(data.x.float(), data.edge_index, data.batch)
        loss = F.nll_loss(out, data.y.view(-1).long())
        loss.backward()
        optimizer.step()
