import copy

import torch


class EMATeacher:
    """Keeps an exponential moving average of the student's weights."""

    def __init__(self, student, decay=0.999):
        self.model = copy.deepcopy(student)
        self.model.requires_grad_(False)
        self.decay = decay

    @torch.no_grad()
    def update(self, student):
        for t, s in zip(self.model.parameters(), student.parameters()):
            t.mul_(self.decay).add_(s.detach(), alpha=1 - self.decay)

    def __call__(self, x):
        return self.model(x)
