import pytorch_lightning as pl
from omegaconf import OmegaConf

from tagging.lit_tagger import TopicTagger

if __name__ == "__main__":
    config = OmegaConf.load("conf/tagger.yaml")
    model = TopicTagger(config)
    pl.Trainer(max_epochs=20, gradient_clip_val=1.0).fit(model)
