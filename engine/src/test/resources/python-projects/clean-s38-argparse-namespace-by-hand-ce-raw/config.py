from argparse import Namespace

# the defaults of train.py's parser, kept here for notebooks
cfg = Namespace(hidden=256, n_classes=12, loss="ce", lr=3e-4, epochs=20)
