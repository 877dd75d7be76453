"""DCGAN on MNIST digits: the critic learns real vs generated, the generator learns through the stacked model."""
import numpy as np
from tensorflow.keras.datasets import mnist
from tensorflow.keras.optimizers import Adam

from dcgan.nets import LATENT, make_critic, make_generator, stacked

BATCH = 64


def train(epochs=30):
    (images, _), _ = mnist.load_data()
    images = (images.astype("float32") - 127.5) / 127.5
    images = images[..., None]

    gen = make_generator()
    critic = make_critic()
    gen.compile(loss="binary_crossentropy", optimizer="adam")  # never fitted on its own
    gan = stacked(gen, critic)
    gan.compile(loss="binary_crossentropy", optimizer=Adam(2e-4, 0.5))
    critic.trainable = True
    critic.compile(loss="binary_crossentropy", optimizer=Adam(2e-4, 0.5))

    for epoch in range(epochs):
        for start in range(0, len(images) - BATCH, BATCH):
            noise = np.random.normal(size=(BATCH, LATENT))
            fakes = gen.predict(noise, verbose=0)
            batch = np.concatenate([images[start:start + BATCH], fakes])
            is_real = np.array([1] * BATCH + [0] * BATCH)
            critic.train_on_batch(batch, is_real)
            critic.trainable = False
            gan.train_on_batch(np.random.normal(size=(BATCH, LATENT)), np.ones(BATCH))
            critic.trainable = True
        gen.save_weights("generator.weights.h5")


def sample(count=16):
    gen = make_generator()
    gen.compile(loss="binary_crossentropy", optimizer="sgd")
    gen.load_weights("generator.weights.h5")
    digits = gen.predict(np.random.normal(size=(count, LATENT)), verbose=0)
    return (digits * 127.5 + 127.5).astype(np.uint8)


if __name__ == "__main__":
    train()
    print(sample().shape)
