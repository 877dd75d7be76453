import flax.linen as nn
import jax.numpy as jnp


class AnomalyNet(nn.Module):
    width: int = 32

    @nn.compact
    def __call__(self, x):
        x = nn.gelu(nn.Dense(self.width)(x))
        x = nn.gelu(nn.Dense(self.width)(x))
        return nn.Dense(1)(x).squeeze(-1)
