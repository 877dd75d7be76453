import tensorflow as tf

from ctr.tower import ClickTower

tower = ClickTower()
optimizer = tf.keras.optimizers.Adam(1e-3)
auc = tf.keras.metrics.AUC()
dataset = tf.data.Dataset.load("data/clicks_train")

for features, clicked in dataset.batch(512):
    with tf.GradientTape() as tape:
        logits = tower(features)
        loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=clicked, logits=logits))
    grads = tape.gradient(loss, tower.trainable_variables)
    optimizer.apply_gradients(zip(grads, tower.trainable_variables))
    auc.update_state(clicked, tf.nn.sigmoid(logits))
