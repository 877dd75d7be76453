import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision

from hier.coarse import coarse_map, coarse_probs, soft_coarse_probs


def main(loader, epochs=30):
    model = torchvision.models.resnet18(num_classes=100)
    M = coarse_map()
    bce = nn.BCELoss()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for epoch in range(epochs):
        for x, fine, coarse in loader:
            logits = model(x)
            p_coarse = coarse_probs(logits, M)
            loss = F.cross_entropy(logits, fine) + F.nll_loss(torch.log(p_coarse + 1e-8), coarse)
            soft = soft_coarse_probs(logits)
            loss = loss + bce(soft, F.one_hot(coarse, 20).float())
            opt.zero_grad()
            loss.backward()
            opt.step()
