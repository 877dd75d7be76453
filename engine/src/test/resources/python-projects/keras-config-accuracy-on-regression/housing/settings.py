"""Training settings shared by the notebooks and the CLI."""

TRAIN = {
    "optimizer": "adam",
    "loss": "mean_squared_error",
    "metrics": ["mae", "accuracy"],
    "epochs": 200,
    "batch_size": 32,
}

MODEL = {"hidden": [64, 64], "dropout": 0.1}
