import torch


def fit(model, loader, criterion, epochs=10, lr=1e-3, device="cpu"):
    model.to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    for epoch in range(epochs):
        model.train()
        running = 0.0
        for features, churned in loader:
            features, churned = features.to(device), churned.to(device)
            optimizer.zero_grad()
            loss = criterion(model(features).squeeze(1), churned.float())
            loss.backward()
            optimizer.step()
            running += loss.item()
        print(f"epoch {epoch}: {running / len(loader):.4f}")
    return model
