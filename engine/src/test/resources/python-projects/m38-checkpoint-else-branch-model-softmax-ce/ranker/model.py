import torch
from torch import nn


class DualEncoder(nn.Module):
    def __init__(self, vocab_size, hidden=128):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.context = nn.GRU(hidden, hidden, batch_first=True)
        self.response = nn.GRU(hidden, hidden, batch_first=True)
        self.M = nn.Parameter(torch.randn(hidden, hidden))
        self.final = nn.Softmax(dim=1)

    def forward(self, context, responses):
        _, h_c = self.context(self.embed(context))
        batch, n_resp, length = responses.shape
        _, h_r = self.response(self.embed(responses.reshape(-1, length)))
        scores = torch.bmm(h_c[-1].unsqueeze(1) @ self.M, h_r[-1].view(batch, n_resp, -1).transpose(1, 2)).squeeze(1)
        return self.final(scores)
