import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def inference(images, hidden_units=128, num_classes=10):
    with tf.variable_scope("hidden"):
        weights = tf.Variable(tf.truncated_normal([784, hidden_units], stddev=0.05))
        biases = tf.Variable(tf.zeros([hidden_units]))
        hidden = tf.nn.relu(tf.matmul(images, weights) + biases)
    with tf.variable_scope("softmax_linear"):
        weights = tf.Variable(tf.truncated_normal([hidden_units, num_classes], stddev=0.05))
        biases = tf.Variable(tf.zeros([num_classes]))
        output = tf.nn.softmax(tf.matmul(hidden, weights) + biases)
    return output


def loss(output, labels):
    cross_entropy = tf.nn.softmax_cross_entropy_with_logits_v2(labels=labels, logits=output, name="xentropy")
    return tf.reduce_mean(cross_entropy, name="xentropy_mean")
