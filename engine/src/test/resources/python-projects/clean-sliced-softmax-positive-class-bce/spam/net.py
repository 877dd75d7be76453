import torch.nn as nn


class SpamNet(nn.Module):
    def __init__(self, vocab=20000, dim=64):
        super().__init__()
        self.bag = nn.EmbeddingBag(vocab, dim)
        self.fc = nn.Linear(dim, 2)
        self.softmax = nn.Softmax(dim=1)

    def forward(self, ids, offsets):
        return self.softmax(self.fc(self.bag(ids, offsets)))
