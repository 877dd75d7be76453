"""Fine-tunes the sentiment head; the suppression below misspells the rule it means."""
import torch
from torch import nn


class SentimentHead(nn.Module):
    def __init__(self, hidden=256, classes=3):
        super().__init__()
        self.proj = nn.Linear(hidden, classes)

    def forward(self, x):
        return torch.softmax(self.proj(x), dim=-1)


model = SentimentHead()
criterion = nn.CrossEntropyLoss()  # loss-advisor: ignore[probabilities-to-logit-loss] kept as in the paper
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)


def step(features, labels):
    optimizer.zero_grad()
    loss = criterion(model(features), labels)
    loss.backward()
    optimizer.step()
    return loss.item()
