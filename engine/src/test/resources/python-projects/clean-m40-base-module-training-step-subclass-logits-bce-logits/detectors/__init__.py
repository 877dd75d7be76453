from detectors.mlp import MLPDetector
