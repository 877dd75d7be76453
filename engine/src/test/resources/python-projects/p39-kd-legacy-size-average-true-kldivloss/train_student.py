import torch
import torch.nn as nn
import yaml
from torchvision import datasets, transforms

from kdlab.losses import SoftenedKL
from kdlab.nets import mlp

cfg = yaml.safe_load(open("configs/kd.yaml"))
teacher = mlp(1200, 10)
teacher.load_state_dict(torch.load("checkpoints/teacher.pt"))
teacher.eval()
student = mlp(100, 10)

hard_loss = nn.CrossEntropyLoss()
soft_loss = SoftenedKL(cfg["temperature"])
optimizer = torch.optim.SGD(student.parameters(), lr=cfg["lr"], momentum=0.9)
loader = torch.utils.data.DataLoader(
    datasets.MNIST("data", train=True, download=True, transform=transforms.ToTensor()), batch_size=128, shuffle=True)

for epoch in range(cfg["epochs"]):
    for images, labels in loader:
        logits = student(images)
        with torch.no_grad():
            teacher_logits = teacher(images)
        loss = (1 - cfg["alpha"]) * hard_loss(logits, labels) + cfg["alpha"] * soft_loss(logits, teacher_logits)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
