"""Fine-tune the sentence classifier on cached encoder features (MNLI-style, 3 labels)."""
import json
import sys

import torch

from nlu.modeling import SentenceClassifier


def load_config(path):
    with open(path) as fh:
        return json.load(fh)


def train(model, batches, optimizer, max_grad_norm=1.0):
    model.train()
    for step, batch in enumerate(batches):
        probs, loss = model(batch["pooled"], labels=batch["labels"])
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), max_grad_norm)
        optimizer.step()
        optimizer.zero_grad()
        if step % 100 == 0:
            confidence = probs.max(dim=-1).values.mean().item()
            print(f"step {step} loss {loss.item():.4f} mean confidence {confidence:.3f}")


def main(config_path):
    cfg = load_config(config_path)
    model = SentenceClassifier(hidden_size=cfg.get("hidden_size", 768), num_labels=cfg.get("num_labels", 3))
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.get("learning_rate", 2e-5))
    train(model, [], optimizer)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "config.json")
