import pandas as pd
import torch

from fraud.loop import make_training

df = pd.read_csv("transactions.csv")
x = torch.tensor(df.drop(columns=["is_fraud"]).values, dtype=torch.float32)
y = torch.tensor(df["is_fraud"].values, dtype=torch.float32)

reset, fit_batch = make_training(n_features=x.shape[1])
for fold in range(5):
    reset()
    for epoch in range(10):
        for i in range(0, len(y), 512):
            fit_batch(x[i:i + 512], y[i:i + 512])
