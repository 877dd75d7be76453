"""Hyper-parameters of the fraud detector, shared by training and evaluation."""

FEATURES = 30
HIDDEN = (64, 32)
FOCAL_OPTIONS = {"alpha": 0.9, "gamma": 2.0}
EPOCHS = 25
