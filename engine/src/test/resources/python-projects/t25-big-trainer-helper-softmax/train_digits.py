import torch
from torch.utils.data import DataLoader, TensorDataset
from sklearn.datasets import load_digits

from lightfit import RunConfig, Trainer
from lightfit.models import MLPClassifier

digits = load_digits()
x = torch.tensor(digits.data, dtype=torch.float32) / 16.0
y = torch.tensor(digits.target, dtype=torch.long)
loader = DataLoader(TensorDataset(x, y), batch_size=64, shuffle=True)

model = MLPClassifier(64, 10)
trainer = Trainer(model, RunConfig(epochs=30, out_dir="runs/digits"), n_classes=10)
trainer.fit(loader)
