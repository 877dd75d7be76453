import sonnet as snt
import tensorflow as tf

from nets import ClickModel

model = ClickModel()
optimizer = snt.optimizers.Adam(1e-3)


@tf.function
def train_step(features, clicked):
    with tf.GradientTape() as tape:
        ctr = model(features)
        loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=clicked, logits=ctr))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply(grads, model.trainable_variables)
    return loss


dataset = tf.data.experimental.make_csv_dataset("impressions.csv", batch_size=512, label_name="clicked", num_epochs=3)
for features, clicked in dataset:
    train_step(tf.stack(list(features.values()), axis=1), tf.cast(clicked, tf.float32))
