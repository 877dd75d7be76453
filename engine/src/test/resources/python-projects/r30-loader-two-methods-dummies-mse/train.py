import argparse

import torch

from ticketroute.scorer import QueueScorer
from ticketroute.table import TicketTable


def fit(model, X, Y, epochs, lr):
    objective = torch.nn.MSELoss(reduction="sum")
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    split = int(0.9 * len(X))
    for epoch in range(epochs):
        model.train()
        opt.zero_grad()
        loss = objective(model(X[:split]), Y[:split])
        loss.backward()
        opt.step()
        if epoch % 50 == 0:
            print(f"epoch {epoch} loss {loss.item():.3f}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", default="data/tickets.csv")
    parser.add_argument("--epochs", type=int, default=400)
    args = parser.parse_args()

    table = TicketTable(cache_path=args.cache)
    X = torch.tensor(table.features.to_numpy(), dtype=torch.float32)
    Y = torch.tensor(table.queues.to_numpy(), dtype=torch.float32)
    model = QueueScorer(X.shape[1], Y.shape[1])
    fit(model, X, Y, args.epochs, lr=3e-4)
    torch.save(model.state_dict(), "queue_scorer.pt")


if __name__ == "__main__":
    main()
