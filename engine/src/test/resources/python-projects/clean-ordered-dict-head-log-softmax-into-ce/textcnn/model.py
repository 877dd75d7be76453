from collections import OrderedDict

import torch
import torch.nn as nn


class TextCNN(nn.Module):
    def __init__(self, vocab, n_labels, emb=300, widths=(2, 3, 4), maps=128):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.convs = nn.ModuleList(nn.Conv1d(emb, maps, w) for w in widths)
        named = [
            ("dropout", nn.Dropout(0.5)),
            ("linear", nn.Linear(maps * len(widths), n_labels)),
            ("log_softmax", nn.LogSoftmax(dim=1)),
        ]
        self.head = nn.Sequential(OrderedDict(named))

    def forward(self, ids):
        x = self.emb(ids).transpose(1, 2)
        x = torch.cat([c(x).amax(dim=2) for c in self.convs], dim=1)
        return self.head(x)
