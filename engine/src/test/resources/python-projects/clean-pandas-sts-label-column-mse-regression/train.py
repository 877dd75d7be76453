import pandas as pd
import torch
import torch.nn.functional as F

from sts.model import SimilarityRegressor

df = pd.read_csv("data/stsb_train.tsv", sep="\t")
embeddings = torch.load("data/stsb_train_pairs.pt")
labels = torch.tensor(df["label"].values, dtype=torch.float32)
model = SimilarityRegressor()
optimizer = torch.optim.AdamW(model.parameters(), lr=2e-5)
for epoch in range(3):
    for i in range(0, len(labels), 32):
        scores = model(embeddings[i:i + 32])
        loss = F.mse_loss(scores, labels[i:i + 32])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
