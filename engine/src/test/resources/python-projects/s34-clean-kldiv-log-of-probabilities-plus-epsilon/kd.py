import torch
import torch.nn.functional as F
from torchvision.models import resnet50

from distill.students import TinyStudent

EPS = 1e-8
T = 4.0
teacher = resnet50(num_classes=100).eval()
student = TinyStudent()
opt = torch.optim.SGD(student.parameters(), lr=0.05, momentum=0.9)
for images, labels in torch.load("cifar100_train.pt"):
    with torch.no_grad():
        soft_targets = F.softmax(teacher(images) / T, dim=1)
    student_probs = student(images, T)
    loss = F.kl_div(torch.log(student_probs + EPS), soft_targets, reduction="batchmean") * T * T
    opt.zero_grad()
    loss.backward()
    opt.step()
