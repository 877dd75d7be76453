import os

import numpy as np
from tensorflow import keras

from .networks import LATENT, make_discriminator, make_generator


class DigitGAN:
    """The classic two-player set-up: the generator learns only through the stacked model."""

    def __init__(self, lr=2e-4):
        opt = keras.optimizers.Adam(lr, 0.5)
        self.discriminator = make_discriminator()
        self.discriminator.compile(loss="binary_crossentropy", optimizer=opt, metrics=["accuracy"])

        self.generator = make_generator()
        # compiled so that save() keeps an optimizer state; never fitted on its own
        self.generator.compile(loss="binary_crossentropy", optimizer=opt)

        z = keras.Input(shape=(LATENT,))
        self.discriminator.trainable = False
        validity = self.discriminator(self.generator(z))
        self.stacked = keras.Model(z, validity)
        self.stacked.compile(loss="binary_crossentropy", optimizer=opt)

    def sample(self, n):
        noise = np.random.normal(0, 1, (n, LATENT))
        return self.generator.predict(noise, verbose=0)

    def train(self, images, epochs=2000, batch=64, out="checkpoints"):
        real, fake = np.ones((batch, 1)), np.zeros((batch, 1))
        for epoch in range(epochs):
            idx = np.random.randint(0, images.shape[0], batch)
            d_real = self.discriminator.train_on_batch(images[idx], real)
            d_fake = self.discriminator.train_on_batch(self.sample(batch), fake)
            noise = np.random.normal(0, 1, (batch, LATENT))
            g_loss = self.stacked.train_on_batch(noise, real)
            if epoch % 500 == 0:
                print(epoch, 0.5 * np.add(d_real, d_fake), g_loss)
        os.makedirs(out, exist_ok=True)
        self.generator.save(os.path.join(out, "generator.h5"))
