import tensorflow as tf


def build_model(cfg):
    """An MLP over flattened sensor windows, sized from the config dict."""
    model = tf.keras.Sequential(name=cfg.get("name", "har_mlp"))
    model.add(tf.keras.layers.Input(shape=(cfg["window"] * cfg["channels"],)))
    for units in cfg["hidden"]:
        model.add(tf.keras.layers.Dense(units, use_bias=False))
        model.add(tf.keras.layers.BatchNormalization())
        model.add(tf.keras.layers.Activation("relu"))
        model.add(tf.keras.layers.Dropout(cfg["dropout"]))
    model.add(tf.keras.layers.Dense(cfg["num_classes"]))
    model.add(tf.keras.layers.Activation("softmax"))
    return model
