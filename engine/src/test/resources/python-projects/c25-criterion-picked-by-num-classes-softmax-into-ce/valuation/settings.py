SETTINGS = {
    "num_classes": 10,
    "hidden": 100,
    "epochs": 5,
    "lr": 0.01,
}
