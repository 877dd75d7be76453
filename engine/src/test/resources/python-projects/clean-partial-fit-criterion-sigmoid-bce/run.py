import functools

import pandas as pd
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

from churn.engine import fit
from churn.model import churn_mlp

frame = pd.read_csv("data/telco_churn_clean.csv")
x = torch.tensor(frame.drop(columns=["churn"]).values, dtype=torch.float32)
y = torch.tensor(frame["churn"].values)
loader = DataLoader(TensorDataset(x, y), batch_size=256, shuffle=True)

train = functools.partial(fit, criterion=nn.BCELoss(), epochs=30)
model = train(churn_mlp(x.shape[1]), loader)
torch.save(model.state_dict(), "churn_mlp.pt")
