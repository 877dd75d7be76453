import torch
import torch.nn.functional as F
from ignite.engine import Events, create_supervised_evaluator, create_supervised_trainer
from ignite.handlers import ModelCheckpoint
from ignite.metrics import Accuracy, Loss

from model import TextRNN


def main(loader, val_loader, epochs=5):
    model = TextRNN()
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    trainer = create_supervised_trainer(model, optimizer, F.cross_entropy)
    evaluator = create_supervised_evaluator(model, metrics={"acc": Accuracy(), "loss": Loss(F.cross_entropy)})
    checkpoint = ModelCheckpoint("checkpoints", "textrnn", n_saved=2, require_empty=False)
    trainer.add_event_handler(Events.EPOCH_COMPLETED, checkpoint, {"model": model})
    trainer.add_event_handler(Events.EPOCH_COMPLETED, lambda _: evaluator.run(val_loader))
    trainer.run(loader, max_epochs=epochs)
