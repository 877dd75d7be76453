"""Layer stacks kept as Keras configs so experiments can be diffed and stored beside their results."""

ARCHITECTURES = {
    "small": [
        {"class_name": "Dense", "config": {"units": 64, "activation": "relu", "name": "fc1"}},
        {"class_name": "Dropout", "config": {"rate": 0.5}},
        {"class_name": "Dense", "config": {"units": 1, "activation": "sigmoid", "name": "spam_score"}},
    ],
}
