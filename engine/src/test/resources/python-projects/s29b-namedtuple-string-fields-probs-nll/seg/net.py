import collections

import torch.nn as nn
import torch.nn.functional as F

KwsOutput = collections.namedtuple("KwsOutput", "probs embedding")


class KeywordNet(nn.Module):
    def __init__(self, n_mels=40, hidden=128, n_keywords=12):
        super().__init__()
        self.gru = nn.GRU(n_mels, hidden, batch_first=True)
        self.classifier = nn.Linear(hidden, n_keywords)

    def forward(self, mels):
        _, h = self.gru(mels)
        emb = h[-1]
        return KwsOutput(probs=F.softmax(self.classifier(emb), dim=-1), embedding=emb)
