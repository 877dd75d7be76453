"""BiLSTM token tagger for CoNLL-2003 NER (9 BIO tags)."""
import torch
import torch.nn as nn

PAD_TAG = -100


class BiLSTMTagger(nn.Module):
    def __init__(self, vocab_size, num_tags=9, embed_dim=100, hidden=200):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.lstm = nn.LSTM(embed_dim, hidden // 2, bidirectional=True, batch_first=True)
        self.proj = nn.Linear(hidden, num_tags)
        self._loss = nn.CrossEntropyLoss(ignore_index=PAD_TAG)

    def forward(self, tokens):
        h, _ = self.lstm(self.embed(tokens))
        return self.proj(h)

    def loss(self, tokens, tags):
        scores = self.forward(tokens)
        return self._loss(scores.flatten(0, 1), tags.flatten())

    @torch.no_grad()
    def decode(self, tokens):
        return torch.softmax(self.forward(tokens), dim=-1).argmax(-1)
