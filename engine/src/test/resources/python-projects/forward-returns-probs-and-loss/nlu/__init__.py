"""Sentence-level classification on top of pooled encoder features."""
