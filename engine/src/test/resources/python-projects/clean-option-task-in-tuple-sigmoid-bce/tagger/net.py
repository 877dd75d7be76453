import torch
import torch.nn as nn

MULTI_OUTPUT_TASKS = ("multilabel", "binary")


class TextTagger(nn.Module):
    """Bag-of-ngrams text model with one output per tag (or per class)."""

    def __init__(self, vocab_size, n_out, task="multiclass", dim=128):
        super().__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, dim)
        self.fc = nn.Linear(dim, n_out)
        self.independent = task in MULTI_OUTPUT_TASKS

    def forward(self, text, offsets):
        scores = self.fc(self.embedding(text, offsets))
        if self.independent:
            return torch.sigmoid(scores)
        return scores
