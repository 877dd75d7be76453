from connect4.Connect4Game import Connect4Game
from connect4.tensorflow.Connect4NNet import Connect4NNet


class dotdict(dict):
    def __getattr__(self, name):
        return self[name]


args = dotdict({'lr': 0.001, 'dropout': 0.3, 'epochs': 10, 'batch_size': 64})

if __name__ == "__main__":
    game = Connect4Game()
    nnet = Connect4NNet(game, args)
    print(nnet.total_loss)
