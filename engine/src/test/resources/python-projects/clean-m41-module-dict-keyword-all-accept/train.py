import argparse

import tensorflow as tf

import zoo


def train_step(model, optimizer, images, targets):
    with tf.GradientTape() as tape:
        out = model(images, training=True)
        loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(targets, out))
    grads = tape.gradient(loss, model.trainable_weights)
    optimizer.apply_gradients(zip(grads, model.trainable_weights))
    return loss


def main(args):
    model = zoo.__dict__[args.arch](
        input_shape=(32, 32, 3),
        num_classes=10,
        include_top=True,
    )
    optimizer = tf.keras.optimizers.Adam(args.lr)
    (x, y), _ = tf.keras.datasets.cifar10.load_data()
    data = tf.data.Dataset.from_tensor_slices((x / 255.0, tf.one_hot(y[:, 0], 10))).batch(64)
    for epoch in range(args.epochs):
        for images, targets in data:
            loss = train_step(model, optimizer, images, targets)
        print(f"epoch {epoch}: {float(loss):.4f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("arch", type=str)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--epochs", type=int, default=10)
    main(parser.parse_args())
