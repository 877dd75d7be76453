"""Pseudo-labelling with an EMA teacher and a KL consistency term."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from semisup.ema import EMATeacher
from semisup.wrn import SmallWRN


def train(labeled, unlabeled, epochs=100, threshold=0.95, lam=1.0):
    student = SmallWRN()
    teacher = EMATeacher(student)
    optimizer = torch.optim.SGD(student.parameters(), lr=0.03, momentum=0.9, nesterov=True)
    ce = nn.CrossEntropyLoss()
    for epoch in range(epochs):
        for (x, y), (xu_weak, xu_strong) in zip(labeled, unlabeled):
            with torch.no_grad():
                teacher_probs = F.softmax(teacher(xu_weak), dim=1)
                confidence, pseudo = teacher_probs.max(dim=1)
                mask = confidence.ge(threshold).float()
            supervised = ce(student(x), y)
            strong_logits = student(xu_strong)
            unsup = (F.cross_entropy(strong_logits, pseudo, reduction="none") * mask).mean()
            consistency = F.kl_div(F.log_softmax(strong_logits, dim=1), teacher_probs, reduction="batchmean")
            loss = supervised + lam * (unsup + consistency)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            teacher.update(student)
    return teacher.model
