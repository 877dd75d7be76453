class SmoothedLoss:
    """Calls a criterion and keeps an exponential moving average of its value for the progress bar."""

    def __init__(self, criterion, momentum=0.98):
        self.criterion = criterion
        self.momentum = momentum
        self.avg = None

    def __call__(self, *inputs):
        loss = self.criterion(*inputs)
        value = loss.item()
        self.avg = value if self.avg is None else self.momentum * self.avg + (1 - self.momentum) * value
        return loss
