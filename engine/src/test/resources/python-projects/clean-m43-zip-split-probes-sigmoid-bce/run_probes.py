import torch
from torch.utils.data import DataLoader, TensorDataset

from probing.fit import fit
from probing.heads import SensorProbes


def main():
    encoder = torch.hub.load("facebookresearch/dinov2", "dinov2_vits14")
    model = SensorProbes(encoder, embed_dim=384, n_sensors=3)
    data = TensorDataset(torch.randn(64, 16, 384), torch.randint(0, 2, (64, 3)).float())
    fit(model, DataLoader(data, batch_size=8), task="multilabel")


if __name__ == "__main__":
    main()
