"""Copy-only pointer network: every output token is copied from the source sentence."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class CopyPointerNet(nn.Module):
    def __init__(self, vocab_size, emb_dim=128, hidden=256):
        super().__init__()
        self.vocab_size = vocab_size
        self.embed = nn.Embedding(vocab_size, emb_dim, padding_idx=0)
        self.encoder = nn.GRU(emb_dim, hidden, batch_first=True)
        self.decoder = nn.GRUCell(emb_dim, hidden)
        self.w_enc = nn.Linear(hidden, hidden, bias=False)
        self.w_dec = nn.Linear(hidden, hidden)
        self.v = nn.Linear(hidden, 1, bias=False)

    def attend(self, dec_h, enc_out, src_mask):
        scores = self.v(torch.tanh(self.w_enc(enc_out) + self.w_dec(dec_h).unsqueeze(1))).squeeze(-1)
        scores = scores.masked_fill(~src_mask, float("-inf"))
        return F.softmax(scores, dim=-1)

    def forward(self, src, prev_token, hidden=None):
        enc_out, last = self.encoder(self.embed(src))
        dec_h = self.decoder(self.embed(prev_token), last.squeeze(0) if hidden is None else hidden)
        attn = self.attend(dec_h, enc_out, src != 0)
        src_onehot = F.one_hot(src, self.vocab_size).float()
        p_copy = torch.bmm(attn.unsqueeze(1), src_onehot).squeeze(1)
        return p_copy
