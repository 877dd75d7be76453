import torch

from ctr.model import WideDeep


def run(loader, n_fields=13, epochs=2):
    model = WideDeep(n_fields)
    criterion = torch.nn.BCEWithLogitsLoss()
    optimizer = torch.optim.Adagrad(model.parameters(), lr=0.01)
    for _ in range(epochs):
        for dense, sparse, offsets, clicked in loader:
            logit, _ = model(dense, sparse, offsets)
            loss = criterion(logit.squeeze(-1), clicked.float())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
