import torch
from torch import nn

from tabular.model import DefaultRiskModel

model = DefaultRiskModel(n_numeric=12, cardinalities=[7, 31, 4])
criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(4.0))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

for numeric, categorical, defaulted in []:
    loss = criterion(model(numeric, categorical), defaulted.float())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
