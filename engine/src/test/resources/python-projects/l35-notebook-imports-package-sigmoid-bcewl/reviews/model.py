"""A bag-of-embeddings review classifier: positive or negative."""
import torch
import torch.nn as nn


class ReviewClassifier(nn.Module):
    def __init__(self, vocab_size, embed_dim=64):
        super().__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, embed_dim, mode="mean")
        self.fc = nn.Linear(embed_dim, 1)

    def forward(self, text, offsets):
        return torch.sigmoid(self.fc(self.embedding(text, offsets))).squeeze(1)
