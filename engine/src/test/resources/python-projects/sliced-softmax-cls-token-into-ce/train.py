import torch
import torch.nn as nn

from intent.encoder import IntentEncoder

N_INTENTS = 21

model = IntentEncoder(n_intents=N_INTENTS)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=5e-4)
batches = torch.load("data/atis_train.pt")
for epoch in range(8):
    for ids, intent in batches:
        cls = model(ids)[:, 0, :]
        loss = criterion(cls.contiguous().resize(cls.size(0), N_INTENTS), intent)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
