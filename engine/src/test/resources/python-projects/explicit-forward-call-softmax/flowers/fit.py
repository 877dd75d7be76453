import torch
from torch import nn


def fit(model, loader, epochs=10, lr=1e-3):
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.classifier.parameters(), lr=lr)
    for epoch in range(epochs):
        running_loss = 0.0
        for features, labels in loader:
            optimizer.zero_grad()
            outputs = model.forward(features)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
        print(f"Epoch {epoch + 1}/{epochs}.. Train loss: {running_loss:.3f}")
