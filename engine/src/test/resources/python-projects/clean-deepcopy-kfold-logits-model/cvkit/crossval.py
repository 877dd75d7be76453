"""K-fold cross-validation: every fold starts from the same initial weights."""
import copy

import numpy as np
import torch
import torch.nn as nn
from sklearn.model_selection import StratifiedKFold


def fit_fold(model, x, y, epochs, lr):
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    for _ in range(epochs):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
    return model


def cross_validate(template, features, labels, k=5, epochs=300, lr=1e-2, seed=0):
    scores = []
    splitter = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)
    for fold, (train_idx, val_idx) in enumerate(splitter.split(features, labels)):
        model = copy.deepcopy(template)
        x_train = torch.tensor(features[train_idx], dtype=torch.float32)
        y_train = torch.tensor(labels[train_idx], dtype=torch.long)
        fit_fold(model, x_train, y_train, epochs, lr)
        with torch.no_grad():
            preds = model(torch.tensor(features[val_idx], dtype=torch.float32)).argmax(1).numpy()
        scores.append(float((preds == labels[val_idx]).mean()))
        print(f"fold {fold}: acc {scores[-1]:.3f}")
    return float(np.mean(scores)), float(np.std(scores))
