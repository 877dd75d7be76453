import torch
import yaml
from segmentation_models_pytorch.losses import MULTILABEL_MODE, JaccardLoss

from landcover.build import make_model

cfg = yaml.safe_load(open("config.yaml"))
model = make_model(cfg)
criterion = JaccardLoss(MULTILABEL_MODE)
optimizer = torch.optim.Adam(model.parameters(), lr=cfg["lr"])


def step(tiles, masks):
    optimizer.zero_grad()
    loss = criterion(model(tiles), masks)
    loss.backward()
    optimizer.step()
    return loss.item()
