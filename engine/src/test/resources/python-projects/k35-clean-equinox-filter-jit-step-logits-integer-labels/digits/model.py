import equinox as eqx
import jax


class DigitMLP(eqx.Module):
    hidden: eqx.nn.Linear
    head: eqx.nn.Linear

    def __init__(self, in_size, n_classes, key):
        k1, k2 = jax.random.split(key)
        self.hidden = eqx.nn.Linear(in_size, 128, key=k1)
        self.head = eqx.nn.Linear(128, n_classes, key=k2)

    def __call__(self, x):
        h = jax.nn.gelu(self.hidden(x))
        return self.head(h)
