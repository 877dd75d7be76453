from har.network import ConvLSTM
from har.solver import Solver

if __name__ == "__main__":
    Solver(ConvLSTM()).fit([], epochs=50)
