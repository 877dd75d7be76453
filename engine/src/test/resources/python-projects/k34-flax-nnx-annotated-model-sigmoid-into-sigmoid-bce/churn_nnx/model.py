from flax import nnx


class ChurnMLP(nnx.Module):
    def __init__(self, features: int, hidden: int, *, rngs: nnx.Rngs):
        self.hidden = nnx.Linear(features, hidden, rngs=rngs)
        self.dropout = nnx.Dropout(0.2, rngs=rngs)
        self.out = nnx.Linear(hidden, 1, rngs=rngs)

    def __call__(self, x):
        h = self.dropout(nnx.gelu(self.hidden(x)))
        return nnx.sigmoid(self.out(h)).squeeze(-1)
