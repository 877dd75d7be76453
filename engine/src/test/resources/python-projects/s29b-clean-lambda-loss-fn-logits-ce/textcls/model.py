import torch
import torch.nn as nn


class BagOfEmbeddings(nn.Module):
    """Mean of token embeddings, then a linear classifier."""

    def __init__(self, vocab_size, dim=128, num_classes=4):
        super().__init__()
        self.embed = nn.EmbeddingBag(vocab_size, dim, mode="mean")
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(dim, num_classes)

    def forward(self, tokens, offsets):
        h = self.drop(self.embed(tokens, offsets))
        return self.out(h)  # logits: cross_entropy applies log_softmax itself
