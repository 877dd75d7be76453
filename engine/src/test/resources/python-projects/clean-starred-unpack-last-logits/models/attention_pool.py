"""Bag-of-embeddings text classifier with additive attention pooling."""
import torch
import torch.nn as nn


class AttentionPoolClassifier(nn.Module):
    def __init__(self, vocab_size, embed_dim=300, num_classes=5, pad_idx=0):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=pad_idx)
        self.score = nn.Linear(embed_dim, 1)
        self.out = nn.Linear(embed_dim, num_classes)

    def forward(self, tokens, mask):
        emb = self.embedding(tokens)                     # (B, T, D)
        scores = self.score(emb).squeeze(-1)             # (B, T)
        scores = scores.masked_fill(~mask, float("-inf"))
        attn = torch.softmax(scores, dim=1)
        pooled = torch.bmm(attn.unsqueeze(1), emb).squeeze(1)
        # the attention map and pooled vector for inspection, the class scores last
        return attn, pooled, self.out(pooled)
