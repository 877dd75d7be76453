"""Tag heads: one label per clip (softmax over tags) or any number of tags per clip (one sigmoid per tag)."""
import torch
from torch import nn


class TagHead(nn.Module):
    def __init__(self, in_features, n_tags, mode="single"):
        super().__init__()
        self.mode = mode
        self.proj = nn.Linear(in_features, n_tags)
        if self.mode == "single":
            self.loss_fn = nn.CrossEntropyLoss(label_smoothing=0.1)
        else:
            self.loss_fn = nn.BCEWithLogitsLoss()

    def forward(self, features, tags):
        scores = self.proj(features)
        if self.mode == "single":
            return self.loss_fn(scores, tags)
        else:
            probs = torch.sigmoid(scores)
            return self.loss_fn(probs, tags.float())
