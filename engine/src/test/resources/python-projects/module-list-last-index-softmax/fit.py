import json

import torch
import torch.nn as nn

from poseclf.model import KeypointClassifier

with open("gestures.json") as f:
    GESTURES = json.load(f)

model = KeypointClassifier(n_gestures=len(GESTURES))
ce = nn.CrossEntropyLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, nesterov=True)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=100)

for epoch in range(100):
    for kp, gesture in torch.load("poses_train.pt"):
        logits = model(kp)
        loss = ce(logits, gesture)
        opt.zero_grad()
        loss.backward()
        opt.step()
    sched.step()
