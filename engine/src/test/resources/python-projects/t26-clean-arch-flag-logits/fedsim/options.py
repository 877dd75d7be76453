import argparse


def parse_options():
    parser = argparse.ArgumentParser(description="FedAvg on MNIST / CIFAR-10")
    parser.add_argument("--rounds", type=int, default=20, help="communication rounds")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--fraction", type=float, default=0.2, help="fraction of clients per round")
    parser.add_argument("--local-epochs", type=int, default=2)
    parser.add_argument("--local-batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=0.05)
    parser.add_argument("--arch", type=str, default="cnn", help="cnn or mlp")
    parser.add_argument("--data", type=str, default="mnist", help="mnist or cifar")
    parser.add_argument("--n-classes", type=int, default=10)
    parser.add_argument("--device", default="cpu")
    return parser.parse_args()
