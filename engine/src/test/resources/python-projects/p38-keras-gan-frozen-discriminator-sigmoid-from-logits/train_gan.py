"""Trains the GAN on MNIST digits: the discriminator alone on real and fake batches, then the generator through it."""
import numpy as np
from tensorflow import keras

from gan.models import build_discriminator, build_generator

LATENT = 64
BATCH = 64

(x_train, _), _ = keras.datasets.mnist.load_data()
x_train = (x_train.astype("float32") - 127.5) / 127.5
x_train = x_train[..., None]

discriminator = build_discriminator()
discriminator.compile(loss=keras.losses.BinaryCrossentropy(from_logits=True), optimizer=keras.optimizers.RMSprop(2e-4), metrics=["accuracy"])
discriminator.trainable = False

generator = build_generator(LATENT)
z = keras.Input(shape=(LATENT,))
adversarial = keras.Model(z, discriminator(generator(z)), name="adversarial")
adversarial.compile(loss=keras.losses.BinaryCrossentropy(from_logits=True), optimizer=keras.optimizers.RMSprop(1e-4))

real_or_fake = np.concatenate([np.ones((BATCH, 1)), np.zeros((BATCH, 1))])
for step in range(10000):
    real = x_train[np.random.randint(0, len(x_train), BATCH)]
    fake = generator.predict(np.random.normal(size=(BATCH, LATENT)), verbose=0)
    d_loss, d_acc = discriminator.train_on_batch(np.concatenate([real, fake]), real_or_fake)
    g_loss = adversarial.train_on_batch(np.random.normal(size=(BATCH, LATENT)), np.ones((BATCH, 1)))
    if step % 500 == 0:
        print(f"{step}: d_loss={d_loss:.4f} d_acc={d_acc:.3f} g_loss={g_loss:.4f}")
