from .distilled import StudentNet
