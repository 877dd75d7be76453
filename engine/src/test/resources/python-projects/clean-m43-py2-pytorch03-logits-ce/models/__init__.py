from .lenet import LeNet
