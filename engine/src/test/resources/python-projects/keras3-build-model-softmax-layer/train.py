import keras

from ecg.config import ModelConfig, TrainConfig
from ecg.models.builders import build_model
from ecg.utils.io import load_records


def main():
    model_cfg, train_cfg = ModelConfig(), TrainConfig()
    x, y = load_records("data/ptbxl_train.npz")
    model = build_model(model_cfg)
    model.compile(
        optimizer=keras.optimizers.AdamW(train_cfg.learning_rate),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=[keras.metrics.SparseCategoricalAccuracy()],
    )
    model.fit(x, y, batch_size=train_cfg.batch_size, epochs=train_cfg.epochs, validation_split=0.1)


if __name__ == "__main__":
    main()
