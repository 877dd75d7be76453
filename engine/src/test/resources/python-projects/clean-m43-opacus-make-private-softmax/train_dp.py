import torch
from opacus import PrivacyEngine
from torch import nn

from census.net import IncomeNet

EPSILON, DELTA = 3.0, 1e-5


def train(loader, n_features, epochs=20):
    model = IncomeNet(n_features)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    engine = PrivacyEngine(accountant="rdp")
    model, optimizer, loader = engine.make_private_with_epsilon(
        module=model,
        optimizer=optimizer,
        data_loader=loader,
        target_epsilon=EPSILON,
        target_delta=DELTA,
        epochs=epochs,
        max_grad_norm=1.2,
    )
    criterion = nn.CrossEntropyLoss()
    for _ in range(epochs):
        for features, bracket in loader:
            optimizer.zero_grad()
            loss = criterion(model(features), bracket)
            loss.backward()
            optimizer.step()
    return engine.get_epsilon(DELTA)
