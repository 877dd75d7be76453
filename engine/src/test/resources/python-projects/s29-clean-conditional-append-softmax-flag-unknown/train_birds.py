import torch
from torch import nn

from heads.build import build_classifier
from heads.config import ClassifierConfig

classifier = build_classifier(ClassifierConfig())
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(classifier.parameters(), lr=0.01, momentum=0.9)

for epoch in range(30):
    for pooled, species in feature_loader:
        optimizer.zero_grad()
        loss = criterion(classifier(pooled), species)
        loss.backward()
        optimizer.step()
