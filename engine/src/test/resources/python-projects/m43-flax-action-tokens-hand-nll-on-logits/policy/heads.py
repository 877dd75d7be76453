import flax.linen as nn


class TokenActionHead(nn.Module):
    action_dim: int = 7
    n_bins: int = 256

    def setup(self):
        self.to_bins = nn.Dense(self.action_dim * self.n_bins)

    def __call__(self, embeddings):
        scores = self.to_bins(embeddings)
        return scores.reshape(scores.shape[:-1] + (self.action_dim, self.n_bins))
