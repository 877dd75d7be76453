"""Train the attention-pooling classifier on SST-5 style data."""
import torch
from torch import nn

from models.attention_pool import AttentionPoolClassifier

VOCAB_SIZE = 30000


def run_epoch(model, loader, criterion, optimizer):
    total = 0.0
    for tokens, mask, labels in loader:
        *_, logits = model(tokens, mask)
        loss = criterion(logits, labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item()
    return total


if __name__ == "__main__":
    model = AttentionPoolClassifier(VOCAB_SIZE)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for epoch in range(5):
        print(epoch, run_epoch(model, [], criterion, optimizer))
