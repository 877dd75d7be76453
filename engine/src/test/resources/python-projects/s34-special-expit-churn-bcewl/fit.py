import torch
from torch import nn

from churn.net import ChurnNet

model = ChurnNet(n_numeric=9, cat_cardinalities=[3, 4, 2, 5])
criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(2.8))
optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
for epoch in range(30):
    for numeric, categorical, churned in torch.load("telco_train.pt"):
        loss = criterion(model(numeric, categorical), churned.float())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
