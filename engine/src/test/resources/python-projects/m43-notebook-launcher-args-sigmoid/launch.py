import torch
from accelerate import Accelerator, notebook_launcher
from torch import nn

OUTPUTS = {"logits": nn.Identity, "sigmoid": nn.Sigmoid}


def train(output, lr, epochs=4):
    accelerator = Accelerator(mixed_precision="bf16")
    model = nn.Sequential(nn.Linear(40, 128), nn.SiLU(), nn.Linear(128, 1), OUTPUTS[output]())
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
    model, optimizer, loader = accelerator.prepare(model, optimizer, build_loader())
    loss_fn = nn.BCEWithLogitsLoss()
    for _ in range(epochs):
        for features, label in loader:
            with accelerator.accumulate(model):
                loss = loss_fn(model(features).squeeze(-1), label.float())
                accelerator.backward(loss)
                optimizer.step()
                optimizer.zero_grad()


notebook_launcher(train, args=("sigmoid", 3e-4), num_processes=2)
