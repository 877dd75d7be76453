from har.network import ConvNet1D
from har.solver import Solver

if __name__ == "__main__":
    solver = Solver(ConvNet1D())
    for epoch in range(50):
        for w, a in []:
            solver.fit_batch(w, a)
