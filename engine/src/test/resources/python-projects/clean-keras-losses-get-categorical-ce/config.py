TRAIN = {
    "loss": "categorical_crossentropy",
    "optimizer": "rmsprop",
    "epochs": 12,
    "batch_size": 64,
}
