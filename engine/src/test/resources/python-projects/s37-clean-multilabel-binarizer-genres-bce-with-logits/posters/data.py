import pandas as pd
import torch
from sklearn.preprocessing import MultiLabelBinarizer


def load_targets(path="movies.csv"):
    df = pd.read_csv(path)
    genres = df["genres"].str.split("|")
    mlb = MultiLabelBinarizer()
    targets = torch.tensor(mlb.fit_transform(genres), dtype=torch.float32)
    return targets, list(mlb.classes_)
