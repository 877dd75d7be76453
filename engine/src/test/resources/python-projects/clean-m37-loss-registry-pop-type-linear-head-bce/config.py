LOSS = {"type": "bce", "from_logits": True, "label_smoothing": 0.05}
HIDDEN = (128, 64)
