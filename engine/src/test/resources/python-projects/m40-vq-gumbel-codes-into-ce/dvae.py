"""A discrete VAE whose encoder picks one of K codes per image with the Gumbel-softmax trick."""
import torch
from torch import nn
import torch.nn.functional as F


class DiscreteVAE(nn.Module):
    def __init__(self, n_codes=512, dim=64, tau=1.0):
        super().__init__()
        self.tau = tau
        self.encoder = nn.Sequential(
            nn.Conv2d(3, dim, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(dim, dim, 4, 2, 1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(),
            nn.Linear(dim, n_codes),
        )
        self.codebook = nn.Linear(n_codes, dim, bias=False)
        self.decoder = nn.Sequential(nn.Linear(dim, 3 * 32 * 32), nn.Sigmoid())

    def forward(self, images):
        code_logits = self.encoder(images)
        codes = F.gumbel_softmax(code_logits, tau=self.tau, hard=False)
        recon = self.decoder(self.codebook(codes)).view(-1, 3, 32, 32)
        return recon, code_logits, codes


def training_step(model, images, teacher_codes, optimizer):
    """Reconstruction plus a distillation term towards the codes a pretrained tokenizer assigned."""
    recon, code_logits, codes = model(images)
    loss = F.mse_loss(recon, images) + 0.1 * F.cross_entropy(codes, teacher_codes)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item()


if __name__ == "__main__":
    model = DiscreteVAE()
    opt = torch.optim.Adam(model.parameters(), lr=2e-4)
    images = torch.rand(8, 3, 32, 32)
    teacher = torch.randint(0, 512, (8,))
    print(training_step(model, images, teacher, opt))
