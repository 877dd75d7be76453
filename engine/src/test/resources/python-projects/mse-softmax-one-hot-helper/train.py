from emotion.model import EmotionCNN
from emotion.trainer import Trainer

trainer = Trainer(EmotionCNN())
for epoch in range(50):
    for faces, emotions in []:
        loss, acc = trainer.step(faces, emotions)
