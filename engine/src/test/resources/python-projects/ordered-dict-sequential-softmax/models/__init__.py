from .lenet import LeNet5
