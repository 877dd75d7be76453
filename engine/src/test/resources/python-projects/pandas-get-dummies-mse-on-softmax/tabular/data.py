import pandas as pd
import torch

FEATURES = ["sepal_length", "sepal_width", "petal_length", "petal_width"]


def load_iris(path="data/iris.csv"):
    df = pd.read_csv(path).dropna().reset_index(drop=True)
    x = torch.tensor(df[FEATURES].values, dtype=torch.float32)
    y = torch.tensor(pd.get_dummies(df["species"]).values, dtype=torch.float32)
    return x, y
