import flax.linen as nn


class MLP(nn.Module):
    hidden: int = 256
    classes: int = 10

    @nn.compact
    def __call__(self, x):
        x = x.reshape((x.shape[0], -1))
        x = nn.relu(nn.Dense(self.hidden)(x))
        return nn.softmax(nn.Dense(self.classes)(x))
