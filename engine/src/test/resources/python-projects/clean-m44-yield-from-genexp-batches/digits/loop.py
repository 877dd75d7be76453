def forward_batches(model, loader, device="cpu"):
    """Runs the model over a loader, yielding (scores, targets) pairs."""
    model.train()
    yield from ((model(x.to(device)), y.to(device)) for x, y in loader)
