"""Trainer: the training loop of lightfit.

The trainer owns the optimisation loop, the evaluation passes, the checkpoints and the metric bookkeeping of one
run. A run is described by a :class:`RunConfig`; the model is any ``nn.Module`` whose forward returns class
scores for a batch of inputs. The loop is deliberately explicit (no callbacks framework): every stage is a
method that subclasses may override, and the order is fixed in :meth:`fit`.
"""
import json
import math
import os
import time

import torch
import torch.nn as nn


class RunConfig:
    def __init__(self, epochs=10, lr=1e-3, batch_size=64, out_dir="runs/default", log_every=50, patience=5):
        self.epochs = epochs
        self.lr = lr
        self.batch_size = batch_size
        self.out_dir = out_dir
        self.log_every = log_every
        self.patience = patience


class Trainer:
    """Runs the optimisation loop for a classifier.

    The criterion is cross-entropy over the class dimension; the model output is passed to it as is.
    """

    def __init__(self, model, config, n_classes):
        self.model = model
        self.config = config
        self.n_classes = n_classes
        self.criterion = nn.CrossEntropyLoss()
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=config.lr)
        self._confusion = torch.zeros(n_classes, n_classes)
        self._history = []
        self._best = math.inf
        self._bad_epochs = 0
        os.makedirs(config.out_dir, exist_ok=True)

    def _batch_error(self, outputs, targets):
        return self.criterion(outputs, targets)

    def _run_epoch(self, loader, epoch):
        self.model.train()
        running = 0.0
        for i, (inputs, targets) in enumerate(loader):
            self.optimizer.zero_grad()
            outputs = self.model(inputs)
            loss = self._batch_error(outputs, targets)
            loss.backward()
            self.optimizer.step()
            running += loss.item()
            if i % self.config.log_every == 0:
                self._log({"epoch": epoch, "step": i, "loss": running / (i + 1)})
        return running / max(1, len(loader))

    def _update_confusion(self, pred, target):
        for p, t in zip(pred.tolist(), target.tolist()):
            self._confusion[t, p] += 1

    def _reset_metrics(self):
        self._confusion.zero_()

    def _log(self, record):
        record["time"] = time.time()
        self._history.append(record)
        with open(os.path.join(self.config.out_dir, "log.jsonl"), "a") as f:
            f.write(json.dumps(record) + "\n")

    def _metric_accuracy(self, probs, target):
        """Computes the accuracy of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_top3_accuracy(self, probs, target):
        """Computes the top3 accuracy of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_top5_accuracy(self, probs, target):
        """Computes the top5 accuracy of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_macro_f1(self, probs, target):
        """Computes the macro f1 of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_micro_f1(self, probs, target):
        """Computes the micro f1 of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_weighted_f1(self, probs, target):
        """Computes the weighted f1 of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_balanced_accuracy(self, probs, target):
        """Computes the balanced accuracy of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_cohen_kappa(self, probs, target):
        """Computes the cohen kappa of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_matthews(self, probs, target):
        """Computes the matthews of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_log_loss_value(self, probs, target):
        """Computes the log loss value of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_precision_macro(self, probs, target):
        """Computes the precision macro of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_recall_macro(self, probs, target):
        """Computes the recall macro of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_precision_micro(self, probs, target):
        """Computes the precision micro of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_recall_micro(self, probs, target):
        """Computes the recall micro of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_precision_weighted(self, probs, target):
        """Computes the precision weighted of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_recall_weighted(self, probs, target):
        """Computes the recall weighted of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_brier(self, probs, target):
        """Computes the brier of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_ece(self, probs, target):
        """Computes the ece of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_mce(self, probs, target):
        """Computes the mce of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_confusion_trace(self, probs, target):
        """Computes the confusion trace of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_per_class_recall(self, probs, target):
        """Computes the per class recall of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_per_class_precision(self, probs, target):
        """Computes the per class precision of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_hamming(self, probs, target):
        """Computes the hamming of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_jaccard_macro(self, probs, target):
        """Computes the jaccard macro of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_jaccard_micro(self, probs, target):
        """Computes the jaccard micro of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_specificity_macro(self, probs, target):
        """Computes the specificity macro of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_npv_macro(self, probs, target):
        """Computes the npv macro of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _metric_error_rate(self, probs, target):
        """Computes the error rate of one evaluation pass.

        The probabilities are the rows the model reports (they sum to one), the target holds class indices. The
        value is accumulated over the batches of the pass and reset by :meth:`_reset_metrics` at the start of every
        epoch, so that the number written to the log is the one of the whole validation set and not of its last
        batch. Metrics that need the full confusion matrix read it from ``self._confusion``, which
        :meth:`_update_confusion` fills batch by batch; the others use the batch they are given.

        Args:
            probs: tensor of shape (batch, n_classes), rows summing to one.
            target: tensor of shape (batch,), class indices in [0, n_classes).

        Returns:
            A float, the metric for this batch (or for the pass, for confusion-based metrics).
        """
        pred = probs.argmax(dim=1)
        self._update_confusion(pred, target)
        return float((pred == target).float().mean())

    def _checkpoint(self, epoch, value):
        if value < self._best:
            self._best = value
            self._bad_epochs = 0
            torch.save(self.model.state_dict(), os.path.join(self.config.out_dir, "best.pt"))
        else:
            self._bad_epochs += 1
        return self._bad_epochs >= self.config.patience

    def fit(self, train_loader, val_loader=None):
        for epoch in range(self.config.epochs):
            self._reset_metrics()
            train_loss = self._run_epoch(train_loader, epoch)
            self._log({"epoch": epoch, "train_loss": train_loss})
            if self._checkpoint(epoch, train_loss):
                break
        return self._history
