import torch.nn.functional as F


def train_one_epoch(model, loader, optimizer, smoothing=0.1):
    model.train()
    for skel, action in loader:
        scores = model(skel)
        loss = F.cross_entropy(scores, action, label_smoothing=smoothing)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
