import numpy as np
from skorch import NeuralNetBinaryClassifier
from skorch.callbacks import EarlyStopping, EpochScoring

from model import FraudScorer

data = np.load("data/transactions.npz")
X, y = data["X"].astype(np.float32), data["y"].astype(np.float32)

clf = NeuralNetBinaryClassifier(
    FraudScorer,
    module__n_features=X.shape[1],
    max_epochs=25,
    lr=1e-3,
    optimizer__weight_decay=1e-4,
    callbacks=[EpochScoring("roc_auc", lower_is_better=False), EarlyStopping(patience=5)],
)
clf.fit(X, y)
np.save("scores.npy", clf.predict_proba(X)[:, 1])
