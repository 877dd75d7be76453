"""Recipe: gru speech commands."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SpeechGRU(nn.Module):
    def __init__(self, n_mels=40, hidden=128, n_words=35):
        super().__init__()
        self.gru = nn.GRU(n_mels, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_words)

    def forward(self, x):
        out, _ = self.gru(x.transpose(1, 2))
        return self.head(out[:, -1])


def train_step(model, opt, x, y):
    opt.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


def batches(n):
    for _ in range(n):
        yield torch.randn(16, 40, 101), torch.randint(0, 35, (16,))


model = SpeechGRU()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
# one step on a single batch first: the loss must go down before a long run is worth it
x0, y0 = next(batches(1))
print("first step", train_step(model, opt, x0, y0), train_step(model, opt, x0, y0))
for epoch in range(5):
    for x, y in batches(20):
        last = train_step(model, opt, x, y)
    print(epoch, last)
