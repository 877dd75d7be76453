import numpy as np


class Connect4Game:
    """Seven columns, six rows; a move drops a disc into a column."""

    def __init__(self, height=6, width=7):
        self.height = height
        self.width = width

    def getBoardSize(self):
        return (self.height, self.width)

    def getActionSize(self):
        return self.width

    def getInitBoard(self):
        return np.zeros((self.height, self.width), dtype=np.int8)
