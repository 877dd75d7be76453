import torch
from torch import nn

from churn_model import ChurnMLP, init_weights

device = "cuda" if torch.cuda.is_available() else "cpu"
model = ChurnMLP(n_features=21).apply(init_weights).to(device)
loss_fn = nn.BCELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=3e-4)

for epoch in range(40):
    features = torch.randn(512, 21, device=device)
    churned = torch.randint(0, 2, (512, 1), device=device).float()
    optimizer.zero_grad()
    loss = loss_fn(model(features), churned)
    loss.backward()
    optimizer.step()
