from tensorflow.keras.datasets import mnist

from gan.trainer import DigitGAN

if __name__ == "__main__":
    (x_train, _), _ = mnist.load_data()
    x_train = (x_train.reshape(-1, 784).astype("float32") - 127.5) / 127.5
    DigitGAN().train(x_train)
