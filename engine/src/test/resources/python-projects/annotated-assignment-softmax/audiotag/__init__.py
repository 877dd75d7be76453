"""Environmental sound tagging (ESC-50): 50 mutually exclusive classes."""
