import torch

from toxic.model import ToxicBiGRU

model = ToxicBiGRU()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(4):
    for tokens, labels in []:
        loss = model.training_loss(tokens, labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
