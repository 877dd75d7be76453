from flax import linen as nn

N_CLASSES = 37


class PetNet(nn.Module):
    width: int = 128

    @nn.compact
    def __call__(self, images):
        x = nn.Conv(32, (3, 3))(images)
        x = nn.relu(x)
        x = x.mean(axis=(1, 2))
        x = nn.relu(nn.Dense(self.width)(x))
        return nn.Dense(N_CLASSES)(x)
