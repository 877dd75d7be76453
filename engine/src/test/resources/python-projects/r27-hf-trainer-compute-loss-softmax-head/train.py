import torch
from torch import nn
from transformers import Trainer, TrainingArguments, AutoConfig

from modeling_clf import MeanPoolClassifier


class WeightedTrainer(Trainer):
    def __init__(self, class_weights=None, **kwargs):
        super().__init__(**kwargs)
        self.class_weights = class_weights

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        labels = inputs.pop("labels")
        outputs = model(**inputs)
        logits = outputs.logits
        loss_fct = nn.CrossEntropyLoss(weight=self.class_weights)
        loss = loss_fct(logits.view(-1, self.model.config.num_labels), labels.view(-1))
        return (loss, outputs) if return_outputs else loss


def main():
    config = AutoConfig.from_pretrained("distilroberta-base", num_labels=3)
    model = MeanPoolClassifier(config)
    args = TrainingArguments(output_dir="out", per_device_train_batch_size=16, num_train_epochs=3)
    trainer = WeightedTrainer(model=model, args=args, class_weights=torch.tensor([1.0, 2.0, 2.0]))
    trainer.train()


if __name__ == "__main__":
    main()
