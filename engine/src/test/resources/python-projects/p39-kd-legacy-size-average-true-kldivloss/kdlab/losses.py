import torch.nn as nn
import torch.nn.functional as F


class SoftenedKL(nn.Module):
    """Hinton-style distillation term, written against the pre-1.0 loss API."""

    def __init__(self, temperature):
        super(SoftenedKL, self).__init__()
        self.temperature = temperature
        self.kl = nn.KLDivLoss(size_average=True)

    def forward(self, student_logits, teacher_logits):
        t = self.temperature
        log_p = F.log_softmax(student_logits / t, dim=1)
        q = F.softmax(teacher_logits / t, dim=1)
        return self.kl(log_p, q) * (t ** 2)
