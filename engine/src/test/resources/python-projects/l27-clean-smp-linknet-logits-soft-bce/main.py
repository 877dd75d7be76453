import sys

import yaml
from torch.utils.data import DataLoader

from engine import CloudMaskTrainer
from clouds import CloudTiles

if __name__ == "__main__":
    with open(sys.argv[1] if len(sys.argv) > 1 else "configs/cloud.yaml") as f:
        cfg = yaml.safe_load(f)
    trainer = CloudMaskTrainer(cfg["encoder"], cfg["lr"], cfg["smooth"])
    loader = DataLoader(CloudTiles("tiles/train"), batch_size=16, shuffle=True)
    for epoch in range(cfg["epochs"]):
        print(epoch, trainer.train_one_epoch(loader))
