import numpy as np

from textclf.losses import masked_sparse_ce
from textclf.model import build

data = np.load("data/ag_news_tokens.npz")
model = build()
model.compile(optimizer="adam", loss=masked_sparse_ce, metrics=["sparse_categorical_accuracy"])
model.fit(data["x"], data["y"], epochs=4, batch_size=64)
