import torch
import torch.nn as nn
import typer

from ner.tagger import EntityTagger

app = typer.Typer(help="train the entity tagger")


@app.command()
def train(
    corpus: str = typer.Argument(..., help="CoNLL file"),
    epochs: int = typer.Option(10),
    log_softmax: bool = typer.Option(True, "--log-softmax/--no-log-softmax"),
):
    model = EntityTagger(vocab_size=30000, n_labels=9, log_softmax=log_softmax)
    loss_fn = nn.NLLLoss(ignore_index=-100)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        for tokens, labels in conll_batches(corpus):
            log_probs = model(tokens)
            loss = loss_fn(log_probs.reshape(-1, 9), labels.reshape(-1))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    app()
