import numpy as np
from tensorflow.keras.layers import Conv2D, Conv2DTranspose, Input, LeakyReLU
from tensorflow.keras.models import Model
from tensorflow.keras.optimizers import RMSprop


def build_generator(shape, name):
    inputs = Input(shape=shape)
    x = Conv2D(32, 3, strides=2, padding="same")(inputs)
    x = LeakyReLU(0.2)(x)
    outputs = Conv2DTranspose(shape[-1], 3, strides=2, padding="same", activation="sigmoid")(x)
    return Model(inputs, outputs, name=name)


def build_discriminator(shape, name):
    inputs = Input(shape=shape)
    x = Conv2D(32, 3, strides=2, padding="same")(inputs)
    x = LeakyReLU(0.2)(x)
    # PatchGAN: one linear score per patch, fitted with mse (LSGAN)
    outputs = Conv2D(1, 3, strides=2, padding="same")(x)
    return Model(inputs, outputs, name=name)


def build_cyclegan(source_shape, target_shape, lr=2e-4):
    g_source = build_generator(target_shape, "gen_source")
    g_target = build_generator(source_shape, "gen_target")
    d_source = build_discriminator(source_shape, "dis_source")
    d_target = build_discriminator(target_shape, "dis_target")
    for d in (d_source, d_target):
        d.compile(loss="mse", optimizer=RMSprop(learning_rate=lr), metrics=["accuracy"])
    d_source.trainable = False
    d_target.trainable = False

    source_input = Input(shape=source_shape)
    target_input = Input(shape=target_shape)
    fake_target = g_target(source_input)
    fake_source = g_source(target_input)
    preal_target = d_target(fake_target)
    preal_source = d_source(fake_source)
    reco_source = g_source(fake_target)
    reco_target = g_target(fake_source)

    adv = Model([source_input, target_input], [preal_source, preal_target], name="adversarial")
    adv.compile(loss=["mse", "mse"], optimizer=RMSprop(learning_rate=lr * 0.5), metrics=["accuracy"])
    cycle = Model([source_input, target_input], [reco_source, reco_target], name="cycle")
    cycle.compile(loss="mae", loss_weights=[10.0, 10.0], optimizer=RMSprop(learning_rate=lr * 0.5))
    return g_source, g_target, d_source, d_target, adv, cycle


def train(models, source, target, steps=1000, batch_size=32):
    g_source, g_target, d_source, d_target, adv, cycle = models
    patch = (batch_size,) + tuple(d_source.output_shape[1:])
    valid = np.ones(patch)
    fake = np.zeros(patch)
    for step in range(steps):
        real_source = source[np.random.randint(0, len(source), batch_size)]
        real_target = target[np.random.randint(0, len(target), batch_size)]
        d_target.train_on_batch(np.concatenate((real_target, g_target.predict(real_source))), np.concatenate((valid, fake)))
        d_source.train_on_batch(np.concatenate((real_source, g_source.predict(real_target))), np.concatenate((valid, fake)))
        adv.train_on_batch([real_source, real_target], [valid, valid])
        cycle.train_on_batch([real_source, real_target], [real_source, real_target])


if __name__ == "__main__":
    gray = np.random.rand(512, 32, 32, 1).astype("float32")
    color = np.random.rand(512, 32, 32, 3).astype("float32")
    train(build_cyclegan((32, 32, 1), (32, 32, 3)), gray, color)
