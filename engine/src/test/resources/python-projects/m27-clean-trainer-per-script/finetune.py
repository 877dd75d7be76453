from data import loaders
from models import DigitNet, FashionNet
from trainkit.finetune import Finetuner, WarmupFinetuner

if __name__ == "__main__":
    digits, _ = loaders("MNIST", batch_size=64)
    fashion, _ = loaders("FashionMNIST", batch_size=64)
    Finetuner(lr=5e-5).fit(DigitNet(), digits)
    tuner = WarmupFinetuner(warmup_steps=200, lr=1e-4, epochs=2)
    tuner.fit(FashionNet(), fashion)
