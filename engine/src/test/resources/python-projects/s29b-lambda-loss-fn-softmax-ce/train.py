import argparse

from torch.utils.data import DataLoader

from textcls.data import NewsDataset, collate
from textcls.model import BagOfEmbeddings
from textcls.trainer import Trainer


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data/ag_news.csv")
    ap.add_argument("--epochs", type=int, default=3)
    args = ap.parse_args()
    ds = NewsDataset(args.data)
    loader = DataLoader(ds, batch_size=64, shuffle=True, collate_fn=collate)
    model = BagOfEmbeddings(len(ds.vocab))
    Trainer(model).fit(loader, epochs=args.epochs)


if __name__ == "__main__":
    main()
