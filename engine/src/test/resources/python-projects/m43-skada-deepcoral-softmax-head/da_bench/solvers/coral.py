from skada.deep import DeepCoral
from torch.optim import AdamW

from ..backbones import SignalNet


class CoralSolver:
    name = "DeepCORAL"
    param_grid = {"lr": [1e-3, 3e-4], "reg": [0.5, 1.0]}

    def __init__(self, n_channels, n_classes):
        self.n_channels = n_channels
        self.n_classes = n_classes

    def get_estimator(self, device, lr=1e-3, reg=1.0):
        model = SignalNet(self.n_channels, self.n_classes)
        return DeepCoral(
            model,
            layer_name="feature_layer",
            reg=reg,
            optimizer=AdamW,
            lr=lr,
            batch_size=128,
            max_epochs=30,
            train_split=None,
            device=device,
        )

    def run(self, X, y, sample_domain, device="cpu"):
        net = self.get_estimator(device)
        net.fit(X, y, sample_domain=sample_domain)
        return net
