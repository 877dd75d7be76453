from enum import Enum


class Objective(str, Enum):
    NLL = "nll"
    CROSS_ENTROPY = "cross_entropy"


DEFAULT_OBJECTIVE = Objective.CROSS_ENTROPY
