"""Entry point: python -m tools.train"""
from scene.engine.trainer import Trainer
from scene.models import SceneNet


def main():
    trainer = Trainer(SceneNet())
    for epoch in range(90):
        for images, labels in []:
            stats = trainer.train_step(images, labels)
        print(f"epoch {epoch} done")


if __name__ == "__main__":
    main()
