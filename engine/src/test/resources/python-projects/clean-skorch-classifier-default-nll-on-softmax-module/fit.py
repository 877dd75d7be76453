import numpy as np
import pandas as pd
import torch.nn as nn
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from skorch import NeuralNetClassifier

from tabular.net import ChurnNet

df = pd.read_csv("data/churn.csv")
X = df.drop(columns=["plan_change"]).to_numpy(dtype=np.float32)
y = df["plan_change"].to_numpy(dtype=np.int64)  # 0 stay, 1 downgrade, 2 leave

net = NeuralNetClassifier(
    ChurnNet,
    module__n_features=X.shape[1],
    max_epochs=40,
    lr=0.05,
    batch_size=128,
    iterator_train__shuffle=True,
)
pipe = Pipeline([("scale", StandardScaler()), ("net", net)])
search = GridSearchCV(pipe, {"net__lr": [0.01, 0.05], "net__module__hidden": [32, 64]}, cv=3, scoring="f1_macro")
search.fit(X, y)
print(search.best_params_, search.best_score_)
