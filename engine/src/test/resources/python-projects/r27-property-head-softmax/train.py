import torch
import torch.nn as nn
from torchvision.models import resnet18
from model import Wrapper

enc = resnet18(num_classes=512)
model = Wrapper(enc)
criterion = nn.CrossEntropyLoss()
for x, y in loader:
    loss = criterion(model(x), y)
    loss.backward()
