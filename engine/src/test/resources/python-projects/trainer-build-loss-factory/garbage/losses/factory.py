"""Builds the classification loss from the "loss" section of the config."""
import torch
import torch.nn as nn


def build_loss(cfg):
    name = cfg.get("name", "ce")
    if name == "weighted_ce":
        return nn.CrossEntropyLoss(weight=torch.tensor(cfg["class_weights"], dtype=torch.float32))
    if name == "ce":
        return nn.CrossEntropyLoss(label_smoothing=cfg.get("label_smoothing", 0.0))
    raise ValueError(f"unknown loss {name}")
