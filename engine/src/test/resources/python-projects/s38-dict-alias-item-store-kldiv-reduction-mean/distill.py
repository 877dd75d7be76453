import torch
import torch.nn as nn
import torch.nn.functional as F

from kd.losses import kd_criterion

T = 4.0
teacher = nn.Sequential(nn.Linear(32, 256), nn.ReLU(), nn.Linear(256, 10)).eval()
student = nn.Sequential(nn.Linear(32, 16), nn.ReLU(), nn.Linear(16, 10))
kd = kd_criterion()
opt = torch.optim.SGD(student.parameters(), lr=0.1, momentum=0.9)
for step in range(500):
    x = torch.randn(64, 32)
    with torch.no_grad():
        soft = F.softmax(teacher(x) / T, dim=1)
    loss = kd(F.log_softmax(student(x) / T, dim=1), soft) * T * T
    opt.zero_grad()
    loss.backward()
    opt.step()
