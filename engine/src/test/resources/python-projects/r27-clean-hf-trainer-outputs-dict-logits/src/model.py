import torch
import torch.nn as nn
from transformers import AutoModel


class IntentModel(nn.Module):
    def __init__(self, name: str, num_intents: int):
        super().__init__()
        self.bert = AutoModel.from_pretrained(name)
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(self.bert.config.hidden_size, num_intents))

    def forward(self, input_ids, attention_mask, **kwargs):
        cls = self.bert(input_ids, attention_mask=attention_mask)[0][:, 0]
        scores = self.head(cls)
        return {"logits": scores}
