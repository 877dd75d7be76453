import torch
import torch.nn.functional as F
from transformers import DistilBertForSequenceClassification

model = DistilBertForSequenceClassification.from_pretrained("distilbert-base-uncased", num_labels=12, problem_type="multi_label_classification")
optimizer = torch.optim.AdamW(model.parameters(), lr=5e-5)

for input_ids, attention_mask, tags in train_loader:
    outputs = model(input_ids, attention_mask=attention_mask, labels=tags.float())
    print("hf loss", outputs[0].item())
    loss = F.binary_cross_entropy_with_logits(outputs[1], tags.float())
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()
