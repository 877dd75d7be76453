from tensorflow import keras


class PrintEvery(keras.callbacks.Callback):
    def __init__(self, every=25):
        super().__init__()
        self.every = every

    def on_epoch_end(self, epoch, logs=None):
        if epoch % self.every == 0:
            print(epoch, {k: round(v, 4) for k, v in (logs or {}).items()})
