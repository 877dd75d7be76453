import equinox as eqx
import jax


def make_detector(key, n_features, hidden=64):
    k1, k2, k3 = jax.random.split(key, 3)
    return eqx.nn.Sequential([
        eqx.nn.Linear(n_features, hidden, key=k1),
        eqx.nn.Lambda(jax.nn.relu),
        eqx.nn.Linear(hidden, hidden, key=k2),
        eqx.nn.Lambda(jax.nn.relu),
        eqx.nn.Linear(hidden, "scalar", key=k3),
        eqx.nn.Lambda(jax.nn.sigmoid),
    ])
