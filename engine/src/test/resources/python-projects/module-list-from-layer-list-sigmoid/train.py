import torch
from sklearn.metrics import roc_auc_score
from torch import nn

from churn.data import loaders
from churn.net import ChurnNet

train_dl, valid_dl, n_features = loaders("data/churn.parquet")
model = ChurnNet(n_features, hidden=(256, 128, 64))
# the classes are 1:4, weight the positives
criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(4.0))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

for epoch in range(25):
    model.train()
    for xb, yb in train_dl:
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
    model.eval()
    with torch.no_grad():
        scores = torch.cat([model(xb) for xb, _ in valid_dl])
        truth = torch.cat([yb for _, yb in valid_dl])
    print(epoch, roc_auc_score(truth.numpy(), scores.numpy()))
