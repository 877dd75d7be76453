import torch
import torch.nn as nn

from .registry import register


@register("attention")
class AttentionPoolHead(nn.Module):
    """Query-per-tag attention over the patch tokens (ML-Decoder style, one layer)."""

    def __init__(self, in_dim, num_tags, heads=8):
        super().__init__()
        self.queries = nn.Parameter(torch.randn(num_tags, in_dim) * 0.02)
        self.attn = nn.MultiheadAttention(in_dim, heads, batch_first=True)
        self.out = nn.Linear(in_dim, 1)

    def forward(self, tokens):
        q = self.queries.unsqueeze(0).expand(tokens.size(0), -1, -1)
        pooled, _ = self.attn(q, tokens, tokens)
        return self.out(pooled).squeeze(-1).sigmoid()
