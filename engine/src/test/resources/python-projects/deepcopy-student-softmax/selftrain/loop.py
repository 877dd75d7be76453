"""One round of self-training: the teacher labels unlabelled images, a copy of it learns from them."""
import copy

import torch
import torch.nn as nn


def pseudo_label(teacher, images, threshold=0.9):
    with torch.no_grad():
        probs = teacher(images)
    confidence, labels = probs.max(dim=1)
    return labels, confidence >= threshold


def self_training_round(teacher, unlabeled_loader, epochs=5, lr=0.03):
    student = copy.deepcopy(teacher)
    student.train()
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(student.parameters(), lr=lr, momentum=0.9)
    for _ in range(epochs):
        for weak, strong in unlabeled_loader:
            labels, keep = pseudo_label(teacher, weak)
            if keep.sum() == 0:
                continue
            loss = criterion(student(strong[keep]), labels[keep])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return student
