import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, vocab, classes=4):
        super().__init__()
        self.emb = nn.EmbeddingBag(vocab, 64)
        self.fc = nn.Linear(64, 4)

    def forward(self, tokens):
        return self.fc(self.emb(tokens)).softmax(dim=-1)
