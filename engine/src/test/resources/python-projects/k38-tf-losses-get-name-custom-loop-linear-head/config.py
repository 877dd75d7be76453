NUM_CLASSES = 43
LOSS = "categorical_crossentropy"
LEARNING_RATE = 5e-4
