import numpy as np
import segmentation_models as sm

from seg.unet import small_unet

images = np.load("data/mito_patches.npy") / 255.0
masks = (np.load("data/mito_masks.npy") > 0).astype("float32")

model = small_unet(size=256, channels=1)
model.compile("Adam", loss=sm.losses.bce_jaccard_loss, metrics=[sm.metrics.iou_score])
model.fit(images, masks, batch_size=8, epochs=50, validation_split=0.1)
