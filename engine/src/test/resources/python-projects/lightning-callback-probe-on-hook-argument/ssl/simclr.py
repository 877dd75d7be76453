import pytorch_lightning as pl
import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision


def nt_xent(z1, z2, tau=0.2):
    z = F.normalize(torch.cat([z1, z2]), dim=1)
    sim = z @ z.t() / tau
    sim.fill_diagonal_(float("-inf"))
    n = z1.size(0)
    targets = torch.cat([torch.arange(n, 2 * n), torch.arange(0, n)]).to(z.device)
    return F.cross_entropy(sim, targets)


class SimCLR(pl.LightningModule):
    def __init__(self, lr=0.3):
        super().__init__()
        resnet = torchvision.models.resnet50()
        resnet.fc = nn.Identity()
        self.encoder = resnet
        self.projector = nn.Sequential(nn.Linear(2048, 2048), nn.ReLU(), nn.Linear(2048, 128))
        self.lr = lr

    def training_step(self, batch, batch_idx):
        (x1, x2), _ = batch
        loss = nt_xent(self.projector(self.encoder(x1)), self.projector(self.encoder(x2)))
        self.log("train/nt_xent", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=self.lr, momentum=0.9, weight_decay=1e-6)
