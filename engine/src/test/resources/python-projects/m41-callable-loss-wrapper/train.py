import torch
import torch.nn as nn

from meters import SmoothedLoss
from model import SpeechCommands

model = SpeechCommands()
criterion = SmoothedLoss(nn.CrossEntropyLoss(label_smoothing=0.1))
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)

for step in range(200):
    mels, commands = torch.randn(16, 40, 101), torch.randint(0, 12, (16,))
    loss = criterion(model(mels), commands)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 50 == 0:
        print(step, criterion.avg)
