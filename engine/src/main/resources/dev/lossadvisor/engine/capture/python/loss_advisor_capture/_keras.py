"""Keras 3 and tf.keras hooks: keras.losses.Loss.__call__ and the functional losses, with the model's output layer.

Steps are made eager while capturing (run_eagerly, tf.function run eagerly) so that the values are real, and put back
when every call site has its batches.
"""
