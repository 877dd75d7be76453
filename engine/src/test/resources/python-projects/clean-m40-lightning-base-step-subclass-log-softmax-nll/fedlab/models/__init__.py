from fedlab.models.cifar_cnn import CifarCNN
from fedlab.models.mnist_mlp import MnistMLP

MODELS = {"mnist": MnistMLP, "cifar": CifarCNN}
