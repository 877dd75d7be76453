import torch.nn as nn
import torch.nn.functional as F


class SoftenedKL(nn.Module):
    """Hinton-style distillation term, written against the pre-1.0 loss API."""

    def __init__(self, temperature):
        super(SoftenedKL, self).__init__()
        self.temperature = temperature

    def forward(self, student_logits, teacher_logits):
        t = self.temperature
        log_p = F.log_softmax(student_logits / t, dim=1)
        q = F.softmax(teacher_logits / t, dim=1)
        # size_average=False sums over the batch and the classes; the division makes it per example
        return F.kl_div(log_p, q, size_average=False) * (t ** 2) / student_logits.shape[0]
