import flax.linen as nn


class FraudNet(nn.Module):
    hidden: int = 64

    @nn.compact
    def __call__(self, x, train: bool = False):
        x = nn.Dense(self.hidden)(x)
        x = nn.BatchNorm(use_running_average=not train)(x)
        x = nn.relu(x)
        return nn.sigmoid(nn.Dense(1)(x))


class FraudLogits(nn.Module):
    @nn.compact
    def __call__(self, x, train: bool = False):
        return nn.Dense(1)(nn.relu(nn.Dense(32)(x)))
