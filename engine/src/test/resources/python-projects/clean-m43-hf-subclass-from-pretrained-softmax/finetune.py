import torch
import torch.nn.functional as F

from sentiment.modeling_roberta_mean import RobertaMeanPoolClassifier

model = RobertaMeanPoolClassifier.from_pretrained("roberta-base", num_labels=3)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-5)


def run_epoch(loader):
    model.train()
    for batch in loader:
        out = model(batch["input_ids"], batch["attention_mask"])
        loss = F.cross_entropy(out.logits, batch["label"])
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
