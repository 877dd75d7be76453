import torch
from torch import nn
from accelerate import Accelerator
from torch.utils.data import DataLoader

from models import make_mlp
from data import TabularDataset


def main():
    accelerator = Accelerator(mixed_precision="fp16", gradient_accumulation_steps=2)
    model = make_mlp(128, 12)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
    train_dl = DataLoader(TabularDataset("train.parquet"), batch_size=256, shuffle=True)
    model, optimizer, train_dl = accelerator.prepare(model, optimizer, train_dl)
    criterion = nn.CrossEntropyLoss()
    for epoch in range(20):
        model.train()
        for features, target in train_dl:
            with accelerator.accumulate(model):
                outputs = model(features)
                loss = criterion(outputs, target)
                accelerator.backward(loss)
                optimizer.step()
                optimizer.zero_grad()
        accelerator.print(f"epoch {epoch}: {loss.item():.4f}")
    accelerator.save(accelerator.unwrap_model(model).state_dict(), "mlp.pt")


if __name__ == "__main__":
    main()
