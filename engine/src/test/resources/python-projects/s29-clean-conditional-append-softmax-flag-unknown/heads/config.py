import attr


@attr.define
class ClassifierConfig:
    in_features: int = 2048
    num_classes: int = 200
    dropout: float = 0.3
    probabilities: bool = True
