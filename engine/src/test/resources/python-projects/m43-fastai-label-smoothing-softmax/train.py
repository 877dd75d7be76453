from fastai.vision.all import Learner, ImageDataLoaders, LabelSmoothingCrossEntropyFlat, Resize, accuracy, untar_data, URLs

from food.model import FoodNet

path = untar_data(URLs.FOOD)
dls = ImageDataLoaders.from_folder(path, train="train", valid="test", item_tfms=Resize(224))
learn = Learner(dls, FoodNet(len(dls.vocab)), loss_func=LabelSmoothingCrossEntropyFlat(eps=0.1), metrics=accuracy)
learn.fit_one_cycle(5, 3e-3)
