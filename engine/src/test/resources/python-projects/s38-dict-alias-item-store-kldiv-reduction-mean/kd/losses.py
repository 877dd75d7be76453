import torch.nn as nn

KD_DEFAULTS = {"reduction": "batchmean", "log_target": False}


def kd_criterion(overrides=None):
    cfg = dict(KD_DEFAULTS)
    opts = cfg
    opts["reduction"] = "mean"
    if overrides:
        opts.update(overrides)
    return nn.KLDivLoss(**cfg)
