SETTINGS = {
    "num_classes": 2,
    "hidden": 100,
    "epochs": 5,
    "lr": 0.01,
}
