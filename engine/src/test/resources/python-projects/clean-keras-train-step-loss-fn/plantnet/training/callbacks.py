from tensorflow import keras


def default_callbacks(out_dir):
    return [
        keras.callbacks.ModelCheckpoint(f"{out_dir}/best.weights.h5", save_best_only=True, save_weights_only=True),
        keras.callbacks.ReduceLROnPlateau(patience=3, factor=0.5),
        keras.callbacks.EarlyStopping(patience=8, restore_best_weights=True),
    ]
