import torch.nn as nn


class EntityTagger(nn.Module):
    def __init__(self, vocab_size, n_labels, log_softmax=False):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, 128, padding_idx=0)
        self.rnn = nn.GRU(128, 128, batch_first=True, bidirectional=True)
        self.classify = nn.Linear(256, n_labels)
        self.log_softmax = log_softmax

    def forward(self, tokens):
        h, _ = self.rnn(self.embed(tokens))
        scores = self.classify(h)
        return scores.log_softmax(-1) if self.log_softmax else scores
