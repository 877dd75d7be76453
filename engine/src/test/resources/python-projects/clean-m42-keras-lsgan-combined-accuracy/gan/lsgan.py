import numpy as np
from keras.layers import BatchNormalization, Dense, Flatten, Input, LeakyReLU, Reshape
from keras.models import Model, Sequential
from keras.optimizers import Adam


class LSGAN:
    """Least-squares GAN: the discriminator scores with one linear unit and both nets are fitted with mse."""

    def __init__(self, rows=28, cols=28, latent_dim=100):
        self.img_shape = (rows, cols, 1)
        self.latent_dim = latent_dim
        optimizer = Adam(0.0002, 0.5)

        self.discriminator = self.build_discriminator()
        self.discriminator.compile(loss="mse", optimizer=optimizer, metrics=["accuracy"])

        self.generator = self.build_generator()
        z = Input(shape=(self.latent_dim,))
        img = self.generator(z)

        # only the generator learns in the stacked model
        self.discriminator.trainable = False
        valid = self.discriminator(img)
        self.combined = Model(z, valid)
        self.combined.compile(loss="mse", optimizer=optimizer, metrics=["accuracy"])

    def build_generator(self):
        net = Sequential()
        net.add(Dense(256, input_dim=self.latent_dim))
        net.add(LeakyReLU(alpha=0.2))
        net.add(BatchNormalization(momentum=0.8))
        net.add(Dense(int(np.prod(self.img_shape)), activation="tanh"))
        net.add(Reshape(self.img_shape))
        noise = Input(shape=(self.latent_dim,))
        return Model(noise, net(noise))

    def build_discriminator(self):
        net = Sequential()
        net.add(Flatten(input_shape=self.img_shape))
        net.add(Dense(256))
        net.add(LeakyReLU(alpha=0.2))
        net.add(Dense(1))
        img = Input(shape=self.img_shape)
        return Model(img, net(img))

    def train(self, images, epochs, batch_size=64):
        valid = np.ones((batch_size, 1))
        fake = np.zeros((batch_size, 1))
        for epoch in range(epochs):
            idx = np.random.randint(0, images.shape[0], batch_size)
            noise = np.random.normal(0, 1, (batch_size, self.latent_dim))
            generated = self.generator.predict(noise)
            d_real = self.discriminator.train_on_batch(images[idx], valid)
            d_fake = self.discriminator.train_on_batch(generated, fake)
            g_loss, g_fooled = self.combined.train_on_batch(noise, valid)
            print(epoch, 0.5 * np.add(d_real, d_fake), g_loss, g_fooled)
