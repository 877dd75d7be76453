import hydra
import torch
from hydra.utils import instantiate

from scenes.net import SceneNet


@hydra.main(config_path="conf", config_name="config", version_base="1.3")
def train(cfg):
    net = SceneNet()
    criterion = instantiate(cfg.criterion)
    opt = torch.optim.Adam(net.parameters(), lr=cfg.optim.lr)
    for epoch in range(cfg.epochs):
        images, labels = torch.randn(32, 3, 64, 64), torch.randint(0, 6, (32,))
        loss = criterion(net(images), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    train()
