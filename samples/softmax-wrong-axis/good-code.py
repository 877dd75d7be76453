import torch
import torch.nn as nn
import torch.nn.functional as F


class PointClassifier(nn.Module):
    def __init__(self, k=40):
        super().__init__()
        self.fc1 = nn.Linear(1024, 256)
        self.fc2 = nn.Linear(256, k)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        return F.log_softmax(self.fc2(x), dim=1)


model = PointClassifier()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
features, labels = torch.randn(32, 1024), torch.randint(0, 40, (32,))
loss = F.nll_loss(model(features), labels)
loss.backward()
optimizer.step()
