"""1-D CNN rhythm classifier for 12-lead ECG."""
from keras import layers
from keras.models import Sequential

from ecg.config import ModelConfig


def build_model(cfg: ModelConfig) -> Sequential:
    model = Sequential(name="ecg_rhythm")
    model.add(layers.Input(shape=(cfg.signal_length, cfg.leads)))
    for dilation in (1, 2, 4, 8):
        model.add(layers.Conv1D(cfg.filters, cfg.kernel_size, dilation_rate=dilation, padding="causal", activation="relu"))
        model.add(layers.BatchNormalization())
    model.add(layers.GlobalAveragePooling1D())
    model.add(layers.Dropout(cfg.dropout))
    model.add(layers.Dense(cfg.num_rhythms))
    return model
