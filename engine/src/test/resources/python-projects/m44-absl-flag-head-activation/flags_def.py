from absl import flags

flags.DEFINE_integer("num_classes", 37, "Breeds in the pets dataset.")
flags.DEFINE_string("head_activation", "softmax", "Activation of the classifier's last layer.")
flags.DEFINE_enum("backbone", "mobilenet", ["mobilenet", "efficientnet"], "Feature extractor.")
flags.DEFINE_float("learning_rate", 1e-3, "Adam's step size.")
