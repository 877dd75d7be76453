import torch
import torch.nn as nn

from spam.data import load_messages
from spam.model import SpamClassifier

x, y, vectorizer = load_messages("data/SMSSpamCollection")
model = SpamClassifier(x.shape[1])
criterion = nn.BCELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(30):
    probs = model(x)
    loss = criterion(probs, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
