CONFIG = {
    "model": "crnn_probs",
    "n_mels": 40,
    "lr": 3e-4,
    "epochs": 40,
    "batch_size": 256,
}
