import torch
import torch.nn as nn
import yaml
from torch.utils.data import DataLoader, TensorDataset

from birdnet.model import BirdClassifier


def main(config_path="configs/default.yaml"):
    with open(config_path) as f:
        cfg = yaml.safe_load(f)
    mels, species = torch.load(f"{cfg['data_dir']}/train.pt")
    loader = DataLoader(TensorDataset(mels, species), batch_size=32, shuffle=True)

    model = BirdClassifier(cfg["backbone"], cfg["head"], cfg["num_species"])
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["epochs"]):
        for spec, target in loader:
            optimizer.zero_grad()
            loss = criterion(model(spec), target)
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()
