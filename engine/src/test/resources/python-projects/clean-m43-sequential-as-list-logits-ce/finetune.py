import torch
import torch.nn as nn

from nets.mlp import serving_classifier

N_CLASSES = 7

served = serving_classifier(32, 128, 10)
# keep the encoder, replace the 10-way head with a 7-way one; the loss applies its own softmax
model = served[:-2]
model.extend([nn.Dropout(0.2), nn.Linear(128, N_CLASSES)])
model.insert(0, nn.LayerNorm(32))
probe = served[-1]  # the served softmax, used on the exported outputs only

criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)
for epoch in range(5):
    x = torch.randn(64, 32)
    y = torch.randint(0, N_CLASSES, (64,))
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
