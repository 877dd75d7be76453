"""Joint classification / embedding network used for product retrieval."""
import torch.nn as nn
import torch.nn.functional as F


class EmbeddingClassifier(nn.Module):
    """Returns raw class scores and their softmax; the loss takes the scores."""

    def __init__(self, in_dim=512, emb_dim=128, num_classes=200):
        super().__init__()
        self.trunk = nn.Sequential(nn.Linear(in_dim, 256), nn.ReLU(inplace=True))
        self.embed = nn.Linear(256, emb_dim)
        self.classifier = nn.Linear(emb_dim, num_classes)

    def forward(self, x):
        h = self.trunk(x)
        feats = F.normalize(self.embed(h), dim=1)
        logits = self.classifier(feats)
        probs = logits.softmax(dim=1)
        return logits, probs
