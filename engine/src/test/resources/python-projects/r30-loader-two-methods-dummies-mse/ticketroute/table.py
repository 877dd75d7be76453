"""Helpdesk tickets as bag-of-words rows and one-hot queue labels."""
import logging
import os

import pandas as pd

log = logging.getLogger(__name__)

QUEUES = ["billing", "hardware", "network", "accounts", "other"]


class TicketTable:
    def __init__(self, export=None, cache_path=None):
        self.export = export
        self.features = None
        self.queues = None
        if export is not None:
            self.from_export()
        elif cache_path and os.path.exists(cache_path):
            self.from_cache(cache_path)
        else:
            log.warning("no tickets given")

    def vocabulary(self):
        words = set()
        for subject in self.export["subject"]:
            words.update(subject.lower().split())
        return sorted(words)

    def from_export(self):
        vocab = self.vocabulary()
        rows = [[int(w in s.lower().split()) for w in vocab] for s in self.export["subject"]]
        self.features = pd.DataFrame(rows, columns=vocab)
        queue_index = self.export["queue"].map(lambda q: QUEUES.index(q) if q in QUEUES else len(QUEUES) - 1)
        self.queues = pd.get_dummies(queue_index)

    def from_cache(self, path):
        cached = pd.read_csv(path)
        self.features = cached.drop("queue", axis=1)
        self.queues = pd.get_dummies(cached["queue"])
        log.info("loaded %d cached tickets", len(cached))
