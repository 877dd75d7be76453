import argparse

import torch
import yaml

from tagger.heads import TagHead


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    args = parser.parse_args()
    with open(args.config) as f:
        cfg = yaml.safe_load(f)

    head = TagHead(cfg["embedding_dim"], cfg["n_tags"], mode=cfg["mode"])
    optimizer = torch.optim.AdamW(head.parameters(), lr=cfg["lr"])
    clips = torch.load(cfg["features"])
    for features, tags in torch.utils.data.DataLoader(clips, batch_size=64, shuffle=True):
        loss = head(features, tags)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()
