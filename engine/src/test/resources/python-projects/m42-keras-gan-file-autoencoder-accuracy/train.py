import numpy as np

from models import build_autoencoder, build_discriminator


def main():
    clean = np.random.rand(1024, 28, 28, 1).astype("float32")
    noisy = np.clip(clean + 0.2 * np.random.randn(*clean.shape), 0.0, 1.0)

    # the critic judges denoised images later on; it is frozen while the denoiser trains
    critic = build_discriminator()
    critic.compile(optimizer="adam", loss="mse", metrics=["accuracy"])
    critic.trainable = False

    denoiser = build_autoencoder()
    denoiser.compile(optimizer="adam", loss="mse", metrics=["accuracy"])
    denoiser.fit(noisy, clean, epochs=20, batch_size=64)
    critic.fit(np.concatenate([clean, denoiser.predict(noisy)]),
               np.concatenate([np.ones((1024, 1)), np.zeros((1024, 1))]), epochs=2)


if __name__ == "__main__":
    main()
