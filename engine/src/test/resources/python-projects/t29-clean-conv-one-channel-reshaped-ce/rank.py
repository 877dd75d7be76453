import torch
import torch.nn as nn
import torch.nn.functional as F

N_NEG = 4
DIM = 64


class Ranker(nn.Module):
    def __init__(self, vocab_dim=300):
        super().__init__()
        self.encode = nn.Sequential(nn.Linear(vocab_dim, 128), nn.Tanh(), nn.Linear(128, DIM), nn.Tanh())
        # a learnt softmax temperature, written as a 1x1 convolution over the score vector
        self.gamma = nn.Conv1d(1, 1, 1)

    def forward(self, query, docs):
        q = self.encode(query)
        sims = torch.stack([F.cosine_similarity(q, self.encode(d), dim=-1) for d in docs])
        scaled = self.gamma(sims.view(-1, 1, 1))
        return scaled.view(1, N_NEG + 1)


def train(pairs, epochs=3):
    model = Ranker()
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-3, momentum=0.9)
    target = torch.zeros(1, dtype=torch.long)  # the positive document is candidate 0
    for _ in range(epochs):
        for query, docs in pairs:
            optimizer.zero_grad()
            scores = model(query, docs)
            loss = criterion(scores, target)
            loss.backward()
            optimizer.step()
    return model
