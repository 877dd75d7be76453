from .network import ResidualMLP
