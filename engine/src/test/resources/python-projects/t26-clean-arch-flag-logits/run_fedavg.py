import copy
import random

import torch
from torchvision import datasets, transforms

from fedsim.client import Client
from fedsim.networks import CifarCNN, MnistCNN, WideMLP
from fedsim.options import parse_options


def average(states):
    avg = copy.deepcopy(states[0])
    for key in avg:
        for s in states[1:]:
            avg[key] += s[key]
        avg[key] = torch.div(avg[key], len(states))
    return avg


def main():
    args = parse_options()
    tf = transforms.Compose([transforms.ToTensor()])
    if args.data == "mnist":
        train_set = datasets.MNIST("data/mnist", train=True, download=True, transform=tf)
    else:
        train_set = datasets.CIFAR10("data/cifar", train=True, download=True, transform=tf)

    if args.arch == "cnn" and args.data == "mnist":
        global_net = MnistCNN(args.n_classes)
    elif args.arch == "cnn" and args.data == "cifar":
        global_net = CifarCNN(args.n_classes)
    elif args.arch == "mlp":
        n_in = 1
        for d in train_set[0][0].shape:
            n_in *= d
        global_net = WideMLP(n_in, 256, args.n_classes)
    else:
        raise SystemExit(f"unknown architecture {args.arch}")
    global_net = global_net.to(args.device)

    shards = [range(i, len(train_set), args.clients) for i in range(args.clients)]
    for rnd in range(args.rounds):
        chosen = random.sample(range(args.clients), max(1, int(args.fraction * args.clients)))
        states, losses = [], []
        for idx in chosen:
            client = Client(args, train_set, shards[idx])
            state, loss = client.fit(copy.deepcopy(global_net))
            states.append(state)
            losses.append(loss)
        global_net.load_state_dict(average(states))
        print(f"round {rnd:3d}  loss {sum(losses) / len(losses):.4f}")


if __name__ == "__main__":
    main()
