import torch
import torch.nn as nn
import torch.nn.functional as F

from .attention import AttentionClassifier


class Encoder(nn.Module):
    def __init__(self, channels=1, dim=64):
        super().__init__()
        layers = []
        for i in range(4):
            layers += [nn.Conv2d(channels if i == 0 else dim, dim, 3, padding=1), nn.BatchNorm2d(dim), nn.ReLU(), nn.MaxPool2d(2)]
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return self.net(x).flatten(1)


class MatchingNet(nn.Module):
    def __init__(self, channels=1):
        super().__init__()
        self.encoder = Encoder(channels)
        self.classify = AttentionClassifier()

    def forward(self, support_images, support_onehot, target_images, target_labels):
        b, n = support_images.shape[:2]
        support = self.encoder(support_images.flatten(0, 1)).view(b, n, -1)
        loss = 0.0
        correct = 0.0
        for i in range(target_images.size(1)):
            target = self.encoder(target_images[:, i])
            sims = F.cosine_similarity(support, target.unsqueeze(1), dim=-1)
            preds = self.classify(sims, support_onehot)
            correct = correct + (preds.argmax(1) == target_labels[:, i]).float().mean()
            loss = loss + F.cross_entropy(preds, target_labels[:, i].long())
        steps = target_images.size(1)
        return correct / steps, loss / steps
