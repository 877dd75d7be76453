"""Classification head, HuggingFace style: forward computes the loss when labels are given."""
import torch
import torch.nn as nn


class SentenceClassifier(nn.Module):
    def __init__(self, hidden_size=768, num_labels=3, dropout=0.1):
        super().__init__()
        self.num_labels = num_labels
        self.dropout = nn.Dropout(dropout)
        self.pre_classifier = nn.Linear(hidden_size, hidden_size)
        self.classifier = nn.Linear(hidden_size, num_labels)
        self.loss_fct = nn.CrossEntropyLoss()

    def forward(self, pooled, labels=None):
        h = torch.tanh(self.pre_classifier(self.dropout(pooled)))
        logits = self.classifier(h)
        probs = torch.softmax(logits, dim=-1)
        loss = None
        if labels is not None:
            loss = self.loss_fct(logits.view(-1, self.num_labels), labels.view(-1))
        return probs, loss
