import torch
import torch.nn as nn
import torch.nn.functional as F
from einops import rearrange


class TinyLM(nn.Module):
    def __init__(self, vocab: int, d_model: int = 256, n_layers: int = 4):
        super().__init__()
        self.tok = nn.Embedding(vocab, d_model)
        layer = nn.TransformerEncoderLayer(d_model, 4, 4 * d_model, batch_first=True)
        self.blocks = nn.TransformerEncoder(layer, n_layers)
        self.lm_head = nn.Linear(d_model, vocab, bias=False)

    def forward(self, idx, targets=None):
        h = self.blocks(self.tok(idx))
        logits = self.lm_head(h)
        logits = F.softmax(logits, dim=-1)
        loss = None
        if targets is not None:
            loss = F.cross_entropy(rearrange(logits, "b t v -> (b t) v"), rearrange(targets, "b t -> (b t)"))
        return logits, loss
