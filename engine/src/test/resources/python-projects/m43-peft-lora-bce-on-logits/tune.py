import torch
from peft import LoraConfig, get_peft_model
from torch import nn
from transformers import AutoModelForSequenceClassification

TAGS = ["billing", "login", "bug", "feature", "refund"]


def load(checkpoint="microsoft/deberta-v3-small"):
    base = AutoModelForSequenceClassification.from_pretrained(checkpoint, num_labels=len(TAGS))
    config = LoraConfig(r=16, lora_alpha=32, target_modules=["query_proj", "value_proj"], task_type="SEQ_CLS")
    return get_peft_model(base, config)


def tune(loader, epochs=2):
    model = load()
    loss_fn = nn.BCELoss()
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=2e-4)
    for _ in range(epochs):
        for batch in loader:
            out = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"])
            loss = loss_fn(out.logits, batch["tags"].float())
            loss.backward()
            opt.step()
            opt.zero_grad()
    return model
