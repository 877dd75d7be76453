import argparse


def args_parser():
    parser = argparse.ArgumentParser(description="federated averaging on image benchmarks")
    parser.add_argument("--epochs", type=int, default=10, help="rounds of training")
    parser.add_argument("--num_users", type=int, default=100, help="number of clients")
    parser.add_argument("--frac", type=float, default=0.1, help="fraction of clients per round")
    parser.add_argument("--local_ep", type=int, default=5, help="local epochs")
    parser.add_argument("--lr", type=float, default=0.01)
    parser.add_argument("--model", type=str, default="mlp", help="model name")
    parser.add_argument("--dataset", type=str, default="mnist", help="name of dataset")
    parser.add_argument("--num_classes", type=int, default=10)
    parser.add_argument("--gpu", type=int, default=-1)
    return parser.parse_args()
