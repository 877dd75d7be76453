import ray.train
import torch
from ray.train import ScalingConfig
from ray.train.torch import TorchTrainer, prepare_data_loader, prepare_model
from torch import nn

from ctr.model import build_ctr_model


def train_loop_per_worker(config):
    model = prepare_model(build_ctr_model(config["n_dense"], config["n_sparse"]))
    loader = prepare_data_loader(config["make_loader"]())
    criterion = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.Adagrad(model.parameters(), lr=config["lr"])
    for epoch in range(config["epochs"]):
        for features, clicked in loader:
            loss = criterion(model(features).squeeze(1), clicked.float())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        ray.train.report({"loss": loss.item(), "epoch": epoch})


def launch(make_loader):
    trainer = TorchTrainer(
        train_loop_per_worker,
        train_loop_config={"n_dense": 13, "n_sparse": 26, "lr": 0.01, "epochs": 3, "make_loader": make_loader},
        scaling_config=ScalingConfig(num_workers=4, use_gpu=True),
    )
    return trainer.fit()
