import torch
import torch.nn as nn

from mlp_builder import make_classifier


def fit(train_loader, epochs=20):
    model = make_classifier([20, 64, 64], n_classes=3)
    criterion = nn.NLLLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(epochs):
        for features, label in train_loader:
            optimizer.zero_grad()
            loss = criterion(model(features), label)
            loss.backward()
            optimizer.step()
    return model
