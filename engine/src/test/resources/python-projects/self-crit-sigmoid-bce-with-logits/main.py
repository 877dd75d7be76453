from churn.model import WideAndDeep
from churn.trainer import ChurnTrainer

trainer = ChurnTrainer(WideAndDeep())
for epoch in range(15):
    trainer.train_epoch([])
