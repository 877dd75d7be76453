"""Image classification baselines."""
