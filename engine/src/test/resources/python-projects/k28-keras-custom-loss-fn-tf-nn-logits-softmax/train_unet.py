import argparse

import numpy as np
from tensorflow.keras.optimizers import Adam

from segmentation.losses import dice_coef, weighted_pixel_xent
from segmentation.unet import unet


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--lr", type=float, default=1e-4)
    args = parser.parse_args()

    images = np.load("data/images.npy")
    masks = np.load("data/masks_onehot.npy")
    model = unet(n_classes=4)
    model.compile(optimizer=Adam(args.lr), loss=weighted_pixel_xent, metrics=[dice_coef])
    model.fit(images, masks, batch_size=8, epochs=args.epochs, validation_split=0.2)
    model.save_weights("unet.weights.h5")


if __name__ == "__main__":
    main()
