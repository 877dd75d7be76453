import argparse

import torch
import torch.nn as nn


class NodeEncoder(nn.Module):
    def __init__(self, in_dim, hidden):
        super().__init__()
        self.lin = nn.Linear(in_dim, hidden)

    def forward(self, x):
        return torch.relu(self.lin(x))


class EdgeDecoder(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lin = nn.Linear(hidden, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, z_src, z_dst):
        h = torch.relu(self.lin(z_src * z_dst))
        return self.out(h)


def train(batches, x, encoder, decoder, opt):
    encoder.train()
    decoder.train()
    criterion = nn.BCEWithLogitsLoss()
    total = 0.0
    for src, dst, label in batches:
        opt.zero_grad()
        z = encoder(x)
        loss = criterion(decoder(z[src], z[dst]).view(-1), label)
        loss.backward()
        opt.step()
        total += loss.item()
    return total


@torch.no_grad()
def evaluate(batches, x, encoder, decoder):
    encoder.eval()
    decoder.eval()
    z = encoder(x)
    return [decoder(z[s], z[d]).view(-1) for s, d, _ in batches]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hidden", type=int, default=100)
    parser.add_argument("--epochs", type=int, default=10)
    args = parser.parse_args()
    x = torch.randn(500, 16)
    batches = [(torch.randint(0, 500, (64,)), torch.randint(0, 500, (64,)), torch.randint(0, 2, (64,)).float()) for _ in range(20)]
    encoder = NodeEncoder(16, args.hidden)
    decoder = EdgeDecoder(args.hidden)
    opt = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()), lr=1e-3)
    for epoch in range(args.epochs):
        loss = train(batches, x, encoder, decoder, opt)
        evaluate(batches, x, encoder, decoder)
        print(f"epoch {epoch} loss {loss:.4f}")


if __name__ == "__main__":
    main()
