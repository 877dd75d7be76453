import hydra
import torch.nn as nn
from hydra.utils import instantiate


def make_mlp(hidden, classes):
    return nn.Sequential(nn.Linear(40, hidden), nn.ReLU(), nn.Linear(hidden, classes))


@hydra.main(config_path="configs", config_name="config", version_base="1.3")
def run(cfg):
    model = make_mlp(cfg.hidden, cfg.classes)
    loss_fn = instantiate(cfg.loss)
    for x, y in batches():
        loss_fn(model(x), y).backward()


if __name__ == "__main__":
    run()
