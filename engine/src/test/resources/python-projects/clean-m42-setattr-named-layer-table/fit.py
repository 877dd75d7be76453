import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from churn_model import N_FEATURES, N_SEGMENTS, ChurnSegmenter


def fit(epochs=5):
    data = TensorDataset(torch.randn(512, N_FEATURES), torch.randint(0, N_SEGMENTS, (512,)))
    loader = DataLoader(data, batch_size=64, shuffle=True)
    model = ChurnSegmenter()
    loss_fn = nn.CrossEntropyLoss()
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        for features, segment in loader:
            opt.zero_grad()
            loss = loss_fn(model(features), segment)
            loss.backward()
            opt.step()
    return model


if __name__ == "__main__":
    fit()
