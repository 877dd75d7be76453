import torch.nn.functional as F


def symmetric_kl(student_logits, noised_logits):
    """R3F-style smoothness term between the clean and the noised forward pass."""
    p = F.log_softmax(student_logits, dim=-1)
    q = F.log_softmax(noised_logits, dim=-1)
    kl = F.kl_div(p, q.exp(), None, None, "mean")
    kl = kl + F.kl_div(q, p.exp(), None, None, "batchmean")
    return kl
