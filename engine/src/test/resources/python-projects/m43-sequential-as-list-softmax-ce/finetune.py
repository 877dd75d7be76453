import torch
import torch.nn as nn

from nets.mlp import serving_classifier

N_CLASSES = 7

served = serving_classifier(32, 128, 10)
# keep the encoder, replace the 10-way head with a 7-way one, keep the probabilities for serving
model = served[:-2]
model.extend([nn.Dropout(0.2), nn.Linear(128, N_CLASSES)])
model.insert(len(model), nn.Softmax(dim=1))

criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)
for epoch in range(5):
    x = torch.randn(64, 32)
    y = torch.randint(0, N_CLASSES, (64,))
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
