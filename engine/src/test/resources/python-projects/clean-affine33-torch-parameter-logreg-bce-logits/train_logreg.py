import torch
import torch.nn as nn

from linmodels.logreg import LogisticRegression


def fit(loader, num_features=30, epochs=100):
    model = LogisticRegression(num_features)
    criterion = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(epochs):
        for x, y in loader:
            loss = criterion(model(x), y.float().unsqueeze(1))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return model
