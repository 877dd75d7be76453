"""Churn classifier on tabular features."""
