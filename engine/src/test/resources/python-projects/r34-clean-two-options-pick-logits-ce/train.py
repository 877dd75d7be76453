import copy

import torch
import torch.nn as nn
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

from fedsim.nets import MLP, CNNCifar, CNNMnist
from fedsim.options import args_parser


def load(dataset):
    if dataset == "mnist":
        tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])
        return datasets.MNIST("data/mnist", train=True, download=True, transform=tf)
    tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.5, 0.5, 0.5), (0.5, 0.5, 0.5))])
    return datasets.CIFAR10("data/cifar", train=True, download=True, transform=tf)


def local_update(net, loader, args):
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(net.parameters(), lr=args.lr, momentum=0.5)
    net.train()
    for _ in range(args.local_ep):
        for images, labels in loader:
            images, labels = images.to(args.device), labels.to(args.device)
            optimizer.zero_grad()
            loss = criterion(net(images), labels)
            loss.backward()
            optimizer.step()
    return net.state_dict()


def average(weights):
    avg = copy.deepcopy(weights[0])
    for k in avg.keys():
        for w in weights[1:]:
            avg[k] += w[k]
        avg[k] = torch.div(avg[k], len(weights))
    return avg


if __name__ == "__main__":
    args = args_parser()
    args.device = torch.device("cuda:{}".format(args.gpu) if torch.cuda.is_available() and args.gpu != -1 else "cpu")
    train_set = load(args.dataset)

    if args.model == "cnn" and args.dataset == "cifar":
        net_glob = CNNCifar(num_classes=args.num_classes).to(args.device)
    elif args.model == "cnn" and args.dataset == "mnist":
        net_glob = CNNMnist(num_classes=args.num_classes).to(args.device)
    elif args.model == "mlp":
        img_size = train_set[0][0].shape
        net_glob = MLP(dim_in=img_size.numel(), dim_hidden=200, dim_out=args.num_classes).to(args.device)
    else:
        exit("Error: unrecognized model")

    loader = DataLoader(train_set, batch_size=10, shuffle=True)
    for rnd in range(args.epochs):
        local_weights = [local_update(copy.deepcopy(net_glob), loader, args) for _ in range(max(int(args.frac * args.num_users), 1))]
        net_glob.load_state_dict(average(local_weights))
