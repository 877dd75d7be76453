import tensorflow_probability as tfp

from rlkit.models.mlp import MLPModel


class CategoricalMLPModel(MLPModel):
    """An MLP read as the parameters of a one-hot categorical distribution over the actions; built as MLPModel is."""

    def distribution(self, obs):
        params = self.build(obs)
        return tfp.distributions.OneHotCategorical(params)
