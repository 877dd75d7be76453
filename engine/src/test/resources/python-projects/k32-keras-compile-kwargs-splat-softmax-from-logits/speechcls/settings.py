import tensorflow as tf

SAMPLE_RATE = 16000
N_MFCC = 40

COMPILE = {
    "optimizer": tf.keras.optimizers.RMSprop(learning_rate=5e-4),
    "loss": tf.keras.losses.CategoricalCrossentropy(from_logits=True, label_smoothing=0.05),
    "metrics": ["categorical_accuracy"],
}
