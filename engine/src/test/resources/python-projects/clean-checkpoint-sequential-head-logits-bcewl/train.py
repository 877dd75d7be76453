import torch
import torch.nn.functional as F

from seg.model import RoadSegNet

model = RoadSegNet()
optimizer = torch.optim.AdamW(model.parameters(), lr=2e-4)


def train(loader, epochs=40):
    for epoch in range(epochs):
        for image, mask in loader:
            loss = F.binary_cross_entropy_with_logits(model(image), mask)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


train([])
