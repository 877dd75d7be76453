from transformers import TrainingArguments
from src.model import IntentModel
from src.trainer import IntentTrainer

model = IntentModel("bert-base-uncased", num_intents=7)
IntentTrainer(model=model, args=TrainingArguments("ckpt")).train()
