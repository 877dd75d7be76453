import flax.linen as nn


class Classifier(nn.Module):
    n_classes: int

    def setup(self):
        self.hidden = nn.Dense(256)
        self.out = nn.Dense(self.n_classes)

    def __call__(self, x):
        x = nn.gelu(self.hidden(x))
        return nn.log_softmax(self.out(x))
