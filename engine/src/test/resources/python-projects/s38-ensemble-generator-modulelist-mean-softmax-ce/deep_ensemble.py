import torch
import torch.nn as nn


def make_member(in_dim, n_classes, seed):
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(in_dim, 128), nn.ReLU(), nn.Linear(128, n_classes))


class DeepEnsemble(nn.Module):
    """Members trained jointly on the averaged predictive distribution."""

    def __init__(self, in_dim, n_classes, size=5):
        super().__init__()
        self.members = nn.ModuleList(make_member(in_dim, n_classes, s) for s in range(size))

    def forward(self, x):
        return torch.stack([m(x).softmax(dim=-1) for m in self.members]).mean(dim=0)


model = DeepEnsemble(32, 3)
criterion = nn.CrossEntropyLoss()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(300):
    x = torch.randn(128, 32)
    y = torch.randint(0, 3, (128,))
    loss = criterion(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
