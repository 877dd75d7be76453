import argparse

from fieldseg.engine import Runner
from fieldseg.utils import Config


def parse_args():
    parser = argparse.ArgumentParser(description="Train a field segmenter")
    parser.add_argument("config", help="a file under configs/")
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args()


def main():
    args = parse_args()
    cfg = Config.fromfile(args.config)
    cfg.seed = args.seed
    Runner(cfg).train()


if __name__ == "__main__":
    main()
