LOSS = {"type": "bce", "label_smoothing": 0.05}
HIDDEN = (128, 64)
