def predictions(model, loader, device="cpu"):
    """Run the model over a loader, batch by batch."""
    for signals, labels in loader:
        yield model(signals.to(device)), labels.to(device)
