from fastai.vision.all import *

from models.head import AudioNet

dls = DataBlock(blocks=(ImageBlock(cls=PILImageBW), CategoryBlock), get_items=get_image_files,
                get_y=parent_label, splitter=RandomSplitter(0.2)).dataloaders(Path("spectrograms"), bs=64)
learn = Learner(dls, AudioNet(dls.c), loss_func=CrossEntropyLossFlat(), metrics=accuracy)
learn.fit_one_cycle(8, 2e-3)
