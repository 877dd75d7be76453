from tabkit.estimator import TabularNet

__all__ = ["TabularNet"]
