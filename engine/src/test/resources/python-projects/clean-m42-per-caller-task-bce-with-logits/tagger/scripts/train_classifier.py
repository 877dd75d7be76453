import lightning as L

from tagger.scripts._shared import Classifier


def main(model, train_loader, lr=1e-3, task="multiclass", max_epochs=10):
    classifier = Classifier(model=model, lr=lr, task=task)
    trainer = L.Trainer(max_epochs=max_epochs)
    trainer.fit(classifier, train_dataloaders=train_loader)
    return trainer.logged_metrics
