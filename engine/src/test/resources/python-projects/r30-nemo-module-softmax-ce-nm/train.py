import argparse

import nemo
from nemo.backends.pytorch.common.losses import CrossEntropyLossNM

from basecall.modules import ReadTagger
from basecall.reads import WindowLayer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reads", default="data/train_reads.h5")
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args()

    factory = nemo.core.NeuralModuleFactory(placement=nemo.core.DeviceType.GPU)
    reads = WindowLayer(args.reads, batch_size=64, shuffle=True)
    tagger = ReadTagger(n_features=12, n_bases=5)
    criterion = CrossEntropyLossNM(logits_ndim=3)

    windows, bases = reads()
    called = tagger(windows=windows)
    loss = criterion(logits=called, labels=bases)

    factory.train(tensors_to_optimize=[loss], optimizer="adam", optimization_params={"num_epochs": args.epochs, "lr": 1e-3})


if __name__ == "__main__":
    main()
