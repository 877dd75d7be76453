import torch
import torch.nn.functional as F

from asr.layers import FrameClassifier

model = FrameClassifier()
optimizer = torch.optim.Adam(model.parameters(), lr=5e-4)

for mels, phonemes in []:
    scores = model(mels)
    loss = F.nll_loss(scores.flatten(0, 1), phonemes.flatten(), ignore_index=-1)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
