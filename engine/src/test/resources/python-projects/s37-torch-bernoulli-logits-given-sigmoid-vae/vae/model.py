import torch
import torch.nn as nn
from torch.distributions import Bernoulli, Normal, kl_divergence


class BinaryVAE(nn.Module):
    def __init__(self, d=784, h=400, z=20):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Linear(h, 2 * z))
        self.decoder = nn.Sequential(nn.Linear(z, h), nn.ReLU(), nn.Linear(h, d))

    def negative_elbo(self, x):
        mu, log_sigma = self.encoder(x).chunk(2, dim=-1)
        q = Normal(mu, log_sigma.exp())
        z = q.rsample()
        px = Bernoulli(logits=torch.sigmoid(self.decoder(z)))
        prior = Normal(torch.zeros_like(mu), torch.ones_like(mu))
        return -(px.log_prob(x).sum(-1) - kl_divergence(q, prior).sum(-1)).mean()
