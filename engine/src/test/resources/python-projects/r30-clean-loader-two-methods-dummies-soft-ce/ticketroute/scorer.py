from torch import nn


class QueueScorer(nn.Module):
    """Raw queue scores; CrossEntropyLoss applies the log-softmax itself."""

    def __init__(self, vocab_size, n_queues, hidden=96):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(vocab_size, hidden), nn.ReLU(), nn.Dropout(0.2))
        self.head = nn.Linear(hidden, n_queues)

    def forward(self, bags):
        return self.head(self.body(bags))
