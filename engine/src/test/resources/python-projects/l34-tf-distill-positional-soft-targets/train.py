import tensorflow as tf

from kd.trainer import Distiller

if __name__ == "__main__":
    teacher = tf.keras.models.load_model("runs/teacher_resnet.keras")
    student = tf.keras.models.load_model("runs/student_init.keras")
    (x_train, y_train), _ = tf.keras.datasets.cifar10.load_data()
    ds = tf.data.Dataset.from_tensor_slices((x_train / 255.0, y_train[:, 0])).shuffle(10000).batch(128)
    distiller = Distiller(teacher, student)
    for epoch in range(30):
        for x, y in ds:
            loss = distiller.train_step(x, y)
        print(epoch, float(loss))
