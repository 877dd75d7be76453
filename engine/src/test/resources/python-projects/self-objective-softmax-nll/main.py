from kws.learner import Learner
from kws.net import DSCNN

learner = Learner(DSCNN())
for epoch in range(40):
    for mfcc, word in []:
        learner.update(mfcc, word)
