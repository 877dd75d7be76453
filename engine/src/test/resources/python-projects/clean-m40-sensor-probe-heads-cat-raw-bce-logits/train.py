import torch

from tamper.probes import SensorProbes
from tamper.task import MeasurementTask


def main():
    model = SensorProbes(embed_dim=64, n_sensors=3)
    task = MeasurementTask(model, task="multilabel")
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(100):
        x = torch.randn(16, 20, 32)
        y = (torch.rand(16, 4) > 0.5).float()
        loss = task.step((x, y))
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
