import argparse

import torch
import torch.nn.functional as F

from nmt.network import Encoder, StepDecoder, Translator


def run_epoch(model, batches, optimizer, vocab, pad):
    model.train()
    total = 0.0
    for src, tgt in batches:
        optimizer.zero_grad()
        logits = model(src, tgt)
        loss = F.nll_loss(logits[1:].reshape(-1, vocab), tgt[1:].reshape(-1), ignore_index=pad)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        total += loss.item()
    return total / max(len(batches), 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args()
    src_vocab, tgt_vocab, pad = 8000, 6000, 1
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = Translator(Encoder(src_vocab, 256, 512), StepDecoder(tgt_vocab, 256, 512), device).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    batches = [(torch.randint(0, src_vocab, (12, 32)), torch.randint(0, tgt_vocab, (14, 32))) for _ in range(10)]
    for epoch in range(args.epochs):
        print(epoch, run_epoch(model, batches, optimizer, tgt_vocab, pad))


if __name__ == "__main__":
    main()
