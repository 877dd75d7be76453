import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, vocab_size, num_classes, dim=128, kernels=(3, 4, 5)):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, dim, padding_idx=0)
        self.convs = nn.ModuleList([nn.Conv1d(dim, 100, k) for k in kernels])
        self.fc = nn.Linear(100 * len(kernels), num_classes)

    def forward(self, tokens):
        x = self.emb(tokens).transpose(1, 2)
        x = torch.cat([F.relu(c(x)).max(dim=2).values for c in self.convs], dim=1)
        return F.softmax(self.fc(x), dim=1)
