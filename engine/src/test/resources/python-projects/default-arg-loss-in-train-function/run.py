import torch

from src.engine import train
from src.model import FastTextLike

model = FastTextLike(vocab_size=100000)
optimizer = torch.optim.SGD(model.parameters(), lr=4.0)
for epoch in range(5):
    train(model, [], optimizer)
