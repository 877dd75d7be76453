import argparse

import deepspeed
import torch

from nets.ranker import PairRanker


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--local_rank", type=int, default=0)
    parser = deepspeed.add_config_arguments(parser)
    cmd = parser.parse_args()
    net = PairRanker()
    engine, _, loader, _ = deepspeed.initialize(args=cmd, model=net, model_parameters=net.parameters(), training_data=click_pairs())
    bce = torch.nn.BCEWithLogitsLoss()
    for q, d, clicked in loader:
        loss = bce(engine(q, d), clicked.float())
        engine.backward(loss)
        engine.step()


if __name__ == "__main__":
    main()
