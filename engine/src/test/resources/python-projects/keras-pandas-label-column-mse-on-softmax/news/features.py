import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer


def load(path, max_features=20000):
    df = pd.read_csv(path).dropna(subset=["title", "label"])
    vectorizer = TfidfVectorizer(max_features=max_features, ngram_range=(1, 2))
    x = vectorizer.fit_transform(df["title"]).toarray()
    y = df["label"].values
    return x, y, vectorizer
