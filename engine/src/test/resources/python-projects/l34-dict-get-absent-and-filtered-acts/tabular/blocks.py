import torch.nn as nn

_ACTIVATIONS = {
    "relu": nn.ReLU(),
    "silu": nn.SiLU(),
    "softmax": nn.Softmax(dim=-1),
    "log_softmax": nn.LogSoftmax(dim=-1),
    "none": nn.Identity(),
}
# softmax and log_softmax normalise over the features: only the output layer may use them
HIDDEN_ACTIVATIONS = {name: act for name, act in _ACTIVATIONS.items() if name in ("relu", "silu")}
OUTPUT_ACTIVATIONS = {name: act for name, act in _ACTIVATIONS.items() if name not in ("relu", "silu")}


def make_mlp(cfg):
    layers = []
    width = cfg["in_features"]
    for hidden in cfg["hidden"]:
        layers += [nn.Linear(width, hidden), HIDDEN_ACTIVATIONS[cfg.get("activation", "relu")]]
        width = hidden
    layers.append(nn.Linear(width, cfg["num_classes"]))
    if cfg.get("log_probs"):
        layers.append(nn.LogSoftmax(dim=1))
    return nn.Sequential(*layers)


class LinearProbe(nn.Module):
    def __init__(self, in_features, num_classes, output="none"):
        super().__init__()
        self.fc = nn.Linear(in_features, num_classes)
        self.out = OUTPUT_ACTIVATIONS[output]

    def forward(self, x):
        return self.out(self.fc(x))
