import torch
from torch import nn
from transformers import AutoModelForSequenceClassification

from intent.config import INTENTS, MODEL_NAME


def train(loader, epochs=4):
    model = AutoModelForSequenceClassification.from_pretrained(MODEL_NAME, num_labels=len(INTENTS))
    criterion = nn.NLLLoss()
    optimizer = torch.optim.AdamW(model.parameters(), lr=2e-5)
    for _ in range(epochs):
        for batch in loader:
            outputs = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"])
            loss = criterion(outputs.logits, batch["intent"])
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
    return model
