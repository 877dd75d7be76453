import numpy as np
import torch

from valuation.fit import fit
from valuation.models import ClassifierMLP
from valuation.settings import SETTINGS


def main():
    data = np.load("data/covertype.npz")
    x = torch.tensor(data["x"], dtype=torch.float32)
    y = torch.tensor(data["y"], dtype=torch.float32)
    model = ClassifierMLP(x.shape[1], SETTINGS["num_classes"], hidden=SETTINGS["hidden"])
    fit(model, x, y)
    torch.save(model.state_dict(), "mlp.pt")


if __name__ == "__main__":
    main()
