import torch
import torch.nn.functional as F

from charlm.model import CharRNN

VOCAB = 96
SEQ_LEN = 64


def batches(text_ids, batch_size):
    for start in range(0, text_ids.size(0) - SEQ_LEN - 1, SEQ_LEN * batch_size):
        chunk = text_ids[start:start + SEQ_LEN * batch_size + 1]
        if chunk.size(0) < SEQ_LEN * batch_size + 1:
            break
        inputs = chunk[:-1].view(batch_size, SEQ_LEN).t()
        targets = chunk[1:].view(batch_size, SEQ_LEN).t()
        yield inputs, targets


def main():
    text_ids = torch.randint(0, VOCAB, (200_000,))
    model = CharRNN(VOCAB)
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    for epoch in range(3):
        for inputs, targets in batches(text_ids, 32):
            optimizer.zero_grad()
            out, _ = model(inputs)
            loss = F.nll_loss(out, targets.reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
        print(epoch, loss.item())


if __name__ == "__main__":
    main()
