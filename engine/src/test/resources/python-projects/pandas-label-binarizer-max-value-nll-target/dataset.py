import numpy as np
import pandas as pd
import torch
from sklearn.preprocessing import LabelBinarizer

COLUMNS = ["age", "income", "tenure_months", "num_products", "has_card"]


def load(path):
    frame = pd.read_parquet(path)
    frame = frame.sample(frac=1.0, random_state=0)
    encoder = LabelBinarizer()
    targets = encoder.fit_transform(frame["segment"])
    features = frame[COLUMNS].to_numpy(dtype=np.float32)
    return torch.from_numpy(features), torch.tensor(targets, dtype=torch.float32), list(encoder.classes_)
