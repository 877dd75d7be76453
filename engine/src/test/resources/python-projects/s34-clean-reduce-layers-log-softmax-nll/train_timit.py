import torch
import torch.nn.functional as F

from speech.model import FrameClassifier

model = FrameClassifier()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
for epoch in range(20):
    for frames, phones in torch.load("timit_frames.pt"):
        loss = F.nll_loss(model(frames), phones)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
