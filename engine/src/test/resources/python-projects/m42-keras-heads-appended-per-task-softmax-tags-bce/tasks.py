# name, units, activation of the head, and the Keras loss that reads it
TASKS = [
    ("topic", 20, "softmax", "sparse_categorical_crossentropy"),
    ("is_spam", 1, "sigmoid", "binary_crossentropy"),
    ("tags", 30, "softmax", "binary_crossentropy"),
]
