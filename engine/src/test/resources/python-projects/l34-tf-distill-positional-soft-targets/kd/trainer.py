import tensorflow as tf

from .losses import distillation_loss


class Distiller:
    def __init__(self, teacher, student, temperature=3.0, alpha=0.2):
        self.teacher = teacher
        self.student = student
        self.temperature = temperature
        self.alpha = alpha
        self.optimizer = tf.keras.optimizers.Adam(1e-3)

    @tf.function
    def train_step(self, x, y):
        teacher_logits = self.teacher(x, training=False)
        with tf.GradientTape() as tape:
            student_logits = self.student(x, training=True)
            hard = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(y, student_logits))
            soft = distillation_loss(teacher_logits, student_logits, self.temperature)
            loss = self.alpha * hard + (1 - self.alpha) * soft
        grads = tape.gradient(loss, self.student.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.student.trainable_variables))
        return loss
