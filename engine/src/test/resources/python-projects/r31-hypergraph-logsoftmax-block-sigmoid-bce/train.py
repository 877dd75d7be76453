import argparse

import torch
import torch.nn.functional as F

from hgnn.model import EmotionHGNN


def train_epoch(model, optimizer, feats, incidence, labels, train_idx):
    model.train()
    optimizer.zero_grad()
    outs = model(feats, incidence)[train_idx]
    loss = F.binary_cross_entropy(outs, labels[train_idx])
    loss.backward()
    optimizer.step()
    return loss.item()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=300)
    args = parser.parse_args()
    data = torch.load("data/ascertain.pt")
    model = EmotionHGNN(dim_feat=data["feats"].shape[1])
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=5e-4)
    for epoch in range(args.epochs):
        loss = train_epoch(model, optimizer, data["feats"], data["incidence"], data["labels"].float(), data["train_idx"])
        print(f"epoch {epoch}: loss {loss:.4f}")
