import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, vocab_size, n_classes, emb=128, kernels=(3, 4, 5), channels=100, dropout=0.5):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, emb, padding_idx=0)
        self.convs = nn.ModuleList([nn.Conv1d(emb, channels, k) for k in kernels])
        self.fc = nn.Linear(channels * len(kernels), n_classes)
        self.dropout = dropout

    def forward(self, tokens):
        h = self.embed(tokens).transpose(1, 2)
        h = torch.cat([F.relu(conv(h)).max(dim=2).values for conv in self.convs], dim=1)
        h = F.dropout(h, self.dropout, self.training)
        return self.fc(h)
