from selftrain.loop import self_training_round
from selftrain.net import WRNLite

teacher = WRNLite()
for round_idx in range(3):
    teacher = self_training_round(teacher, [])
