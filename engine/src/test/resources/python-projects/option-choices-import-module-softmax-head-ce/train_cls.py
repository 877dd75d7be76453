import argparse
import importlib
import logging

import torch
import torch.nn as nn

log = logging.getLogger("train_cls")


def parse_args():
    parser = argparse.ArgumentParser("ModelNet40 classification")
    parser.add_argument("--arch", default="pointmlp_lite", choices=["pointmlp_lite", "dgcnn_lite"], help="network in archs/")
    parser.add_argument("--batch_size", type=int, default=24)
    parser.add_argument("--epoch", type=int, default=200)
    parser.add_argument("--learning_rate", type=float, default=1e-3)
    return parser.parse_args()


def main(args):
    arch = importlib.import_module("archs." + args.arch)
    classifier = arch.Net(num_classes=40)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(classifier.parameters(), lr=args.learning_rate, weight_decay=1e-4)
    for epoch in range(args.epoch):
        for points, target in []:
            optimizer.zero_grad()
            pred = classifier(points)
            loss = criterion(pred, target.long())
            loss.backward()
            optimizer.step()
        log.info("epoch %d done", epoch)


if __name__ == "__main__":
    main(parse_args())
