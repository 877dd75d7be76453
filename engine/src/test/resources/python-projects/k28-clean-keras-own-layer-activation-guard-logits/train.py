import tensorflow as tf

from pi_model import PiModel, pi_gradients


def main(epochs=300, lr=3e-3):
    model = PiModel(n_classes=10)
    optimizer = tf.train.AdamOptimizer(lr)
    batches = tf.data.Dataset.from_tensor_slices(([], [], [])).batch(100)
    for epoch in range(epochs):
        weight = min(1.0, epoch / 80.0) * 100.0
        for x_l, y_l, x_u in batches:
            loss, grads = pi_gradients(x_l, y_l, x_u, model, weight)
            optimizer.apply_gradients(zip(grads, model.variables))


if __name__ == "__main__":
    main()
