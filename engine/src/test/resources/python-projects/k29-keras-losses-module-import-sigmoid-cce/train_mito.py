import numpy as np
from keras import losses

from seg.unet import small_unet

images = np.load("data/organelle_patches.npy") / 255.0
masks = np.load("data/organelle_onehot.npy")  # background, mitochondria, nucleus

model = small_unet(size=256, channels=1, n_masks=3)
model.compile("Adam", loss=losses.categorical_crossentropy, metrics=["accuracy"])
model.fit(images, masks, batch_size=8, epochs=50, validation_split=0.1)
