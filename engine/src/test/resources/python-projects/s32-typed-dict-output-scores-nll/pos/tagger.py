from typing import TypedDict

import torch
import torch.nn.functional as F
from torch import nn


class Predictions(TypedDict):
    scores: torch.Tensor
    log_probs: torch.Tensor


class BiLSTMTagger(nn.Module):
    def __init__(self, vocab, n_tags, dim=100):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim // 2, bidirectional=True, batch_first=True)
        self.out = nn.Linear(dim, n_tags)

    def forward(self, words) -> Predictions:
        h, _ = self.lstm(self.emb(words))
        scores = self.out(h)
        return Predictions(scores=scores, log_probs=F.log_softmax(scores, dim=-1))
