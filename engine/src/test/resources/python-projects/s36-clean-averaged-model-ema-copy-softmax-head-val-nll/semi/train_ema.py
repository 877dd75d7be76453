import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

from semi.wide import WideHead


def train(loader, val_feats, val_labels, epochs=100, decay=0.999):
    model = WideHead()
    ema_model = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(decay))
    criterion = None
    optimizer = torch.optim.SGD(model.parameters(), lr=0.03, momentum=0.9, nesterov=True)
    for _ in range(epochs):
        for feats, labels in loader:
            # the head gives probabilities: their log, guarded, is the log-likelihood NLL takes
            loss = F.nll_loss(torch.log(model(feats) + 1e-8), labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            ema_model.update_parameters(model)
        with torch.no_grad():
            val_loss = F.nll_loss(torch.log(ema_model(val_feats) + 1e-8), val_labels)
        print(f"ema val loss {val_loss.item():.4f}")
    return ema_model
