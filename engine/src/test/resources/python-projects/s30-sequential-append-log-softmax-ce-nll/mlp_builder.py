import torch.nn as nn


def make_classifier(widths, n_classes, dropout=0.1):
    model = nn.Sequential()
    for a, b in zip(widths[:-1], widths[1:]):
        model.append(nn.Linear(a, b))
        model.append(nn.ReLU())
        model.append(nn.Dropout(dropout))
    model.append(nn.Linear(widths[-1], n_classes))
    model.append(nn.Softmax(dim=1))
    return model
