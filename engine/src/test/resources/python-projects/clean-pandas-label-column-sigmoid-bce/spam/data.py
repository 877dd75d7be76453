import pandas as pd
import torch
from sklearn.feature_extraction.text import TfidfVectorizer


def load_messages(path, vectorizer=None):
    df = pd.read_csv(path, sep="\t", names=["label", "text"])
    df["label"] = (df["label"] == "spam").astype(int)
    vectorizer = vectorizer or TfidfVectorizer(max_features=5000)
    x = torch.tensor(vectorizer.fit_transform(df.text).toarray(), dtype=torch.float32)
    y = torch.tensor(df["label"].values, dtype=torch.float32)
    return x, y, vectorizer
