import torch
import torch.nn as nn
from torch.utils.data import DataLoader

from ecg.ensemble import BeatEnsemble


def main(train_set, epochs=30):
    model = BeatEnsemble()
    criterion = nn.CrossEntropyLoss()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=1e-4)
    loader = DataLoader(train_set, batch_size=128, shuffle=True, drop_last=True)
    for epoch in range(epochs):
        running = 0.0
        for beats, cls in loader:
            opt.zero_grad()
            loss = criterion(model(beats), cls)
            loss.backward()
            opt.step()
            running += loss.item()
        print(f"epoch {epoch}: {running / len(loader):.4f}")


if __name__ == "__main__":
    main(torch.load("mitbih_train.pt"))
