import numpy as np
import tensorflow as tf

from classifier import IntentClassifier

N_INTENTS = 12


def train_step(model, optimizer, x, y_onehot):
    with tf.GradientTape() as tape:
        probs = model(x, training=True)
        loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_onehot, logits=probs))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


def main():
    data = np.load("intents.npz")
    x, y = data["embeddings"].astype("float32"), data["labels"]
    y_onehot = tf.one_hot(y, N_INTENTS)
    model = IntentClassifier(N_INTENTS)
    optimizer = tf.keras.optimizers.Adam(1e-3)
    ds = tf.data.Dataset.from_tensor_slices((x, y_onehot)).shuffle(4096).batch(64)
    for epoch in range(20):
        for xb, yb in ds:
            loss = train_step(model, optimizer, xb, yb)
        print(f"epoch {epoch}: loss {float(loss):.4f}")


if __name__ == "__main__":
    main()
