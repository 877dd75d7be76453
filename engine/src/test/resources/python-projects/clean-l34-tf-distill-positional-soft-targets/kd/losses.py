import tensorflow as tf


def distillation_loss(teacher_logits, student_out, temperature):
    """Cross-entropy of the student against the teacher's softened distribution (Hinton et al.)."""
    soft_targets = tf.nn.softmax(teacher_logits / temperature)
    per_example = tf.nn.softmax_cross_entropy_with_logits(soft_targets, student_out / temperature)
    return tf.reduce_mean(per_example) * temperature ** 2
