LOSS = {"class_name": "BinaryCrossentropy", "config": {"from_logits": True, "label_smoothing": 0.0}}
EPOCHS = 40
