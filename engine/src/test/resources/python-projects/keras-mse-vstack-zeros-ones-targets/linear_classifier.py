# %% [markdown]
# # A linear classifier from scratch, then with Keras
# Two point clouds in the plane; the model should learn the line between them.

# %%
import numpy as np
from tensorflow import keras

num_samples_per_class = 1000
negative_samples = np.random.multivariate_normal(
    mean=[0, 3], cov=[[1, 0.5], [0.5, 1]], size=num_samples_per_class
)
positive_samples = np.random.multivariate_normal(
    mean=[3, 0], cov=[[1, 0.5], [0.5, 1]], size=num_samples_per_class
)

# %%
inputs = np.vstack((negative_samples, positive_samples)).astype(np.float32)
targets = np.vstack(
    (
        np.zeros((num_samples_per_class, 1), dtype="float32"),
        np.ones((num_samples_per_class, 1), dtype="float32"),
    )
)

# %% [markdown]
# The same model with the Keras API: one Dense unit, squared error, rounded predictions as the metric.

# %%
model = keras.Sequential([keras.layers.Dense(1)])
model.compile(
    optimizer=keras.optimizers.RMSprop(learning_rate=0.1),
    loss=keras.losses.MeanSquaredError(),
    metrics=[keras.metrics.BinaryAccuracy()],
)

# %%
order = np.random.permutation(len(inputs))
shuffled_inputs = inputs[order]
shuffled_targets = targets[order]
history = model.fit(shuffled_inputs, shuffled_targets, epochs=5, batch_size=16, validation_split=0.3)
