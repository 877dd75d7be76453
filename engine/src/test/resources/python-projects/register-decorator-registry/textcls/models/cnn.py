import torch
import torch.nn as nn
import torch.nn.functional as F

from ..registry import register


@register("cnn_clf")
class KimCNN(nn.Module):
    def __init__(self, vocab_size, num_classes=14, embed_dim=128, kernel_sizes=(3, 4, 5), n_filters=100):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.convs = nn.ModuleList([nn.Conv1d(embed_dim, n_filters, k) for k in kernel_sizes])
        self.fc = nn.Linear(n_filters * len(kernel_sizes), num_classes)

    def forward(self, tokens):
        x = self.embed(tokens).transpose(1, 2)
        pooled = [F.relu(conv(x)).max(dim=2).values for conv in self.convs]
        return F.log_softmax(self.fc(torch.cat(pooled, dim=1)), dim=-1)
