from .tcn import TemporalConvNet, SeizureDetector
