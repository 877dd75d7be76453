class Engine:
    def __init__(self, device="cpu"):
        self.device = device

    def run_epoch(self, model, loader, criterion, optimizer):
        for text, offsets, labels in loader:
            optimizer.zero_grad()
            predictions = model(text, offsets)
            loss = criterion(predictions, labels)
            loss.backward()
            optimizer.step()
