import sys
from dataclasses import dataclass, field
from typing import Optional

import torch
from torch import nn
from transformers import AutoModelForSequenceClassification, HfArgumentParser, TrainingArguments


@dataclass
class ModelArguments:
    model_name_or_path: str = field(default="roberta-large")
    head_activation: str = field(default="none", metadata={"help": "softmax or none"})
    cache_dir: Optional[str] = field(default=None)


@dataclass
class DataArguments:
    task_name: str = field(default="mnli")
    max_seq_length: int = field(default=128)


class NliModel(nn.Module):
    def __init__(self, model_args):
        super().__init__()
        self.encoder = AutoModelForSequenceClassification.from_pretrained(model_args.model_name_or_path, num_labels=3)
        self.activation = model_args.head_activation

    def forward(self, input_ids, attention_mask):
        logits = self.encoder(input_ids=input_ids, attention_mask=attention_mask).logits
        return logits.softmax(dim=-1) if self.activation == "softmax" else logits


def main():
    parser = HfArgumentParser((ModelArguments, DataArguments, TrainingArguments))
    model_args, data_args, training_args = parser.parse_args_into_dataclasses()
    model = NliModel(model_args)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.AdamW(model.parameters(), lr=training_args.learning_rate)
    for batch in make_loader(data_args):
        loss = criterion(model(batch["input_ids"], batch["attention_mask"]), batch["labels"])
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()


if __name__ == "__main__":
    sys.exit(main())
