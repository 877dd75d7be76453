import torch.nn as nn
import torch.nn.functional as F


class TextRNN(nn.Module):
    def __init__(self, vocab=25000, n_labels=5):
        super().__init__()
        self.emb = nn.Embedding(vocab, 100)
        self.rnn = nn.LSTM(100, 128, batch_first=True)
        self.fc = nn.Linear(128, n_labels)

    def forward(self, text):
        _, (h, _) = self.rnn(self.emb(text))
        return self.fc(h[-1])
