import torch
from torch import nn


class FastText(nn.Module):
    def __init__(self, vocab_size, embed_dim, num_classes):
        super().__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, embed_dim)
        self.fc = nn.Linear(embed_dim, num_classes)

    def forward(self, tokens, offsets):
        return self.fc(self.embedding(tokens, offsets))
