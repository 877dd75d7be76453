from torch import nn

from nemo.backends.pytorch.nm import TrainableNM
from nemo.core.neural_types import ChannelType, LogitsType, NeuralType


class ReadTagger(TrainableNM):
    """Bidirectional GRU over squiggle windows, one base call per position."""

    @property
    def input_ports(self):
        return {"windows": NeuralType(("B", "T", "C"), ChannelType())}

    @property
    def output_ports(self):
        return {"bases": NeuralType(("B", "T", "D"), LogitsType())}

    def __init__(self, n_features=12, hidden=96, n_bases=5):
        super().__init__()
        self.rnn = nn.GRU(n_features, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(2 * hidden, n_bases)
        self.to(self._device)

    def forward(self, windows):
        states, _ = self.rnn(windows)
        # raw scores: CrossEntropyLossNM applies the log-softmax itself
        return self.proj(states)
