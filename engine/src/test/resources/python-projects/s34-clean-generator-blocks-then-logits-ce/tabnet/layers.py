from torch import nn


def residual_free_mlp(widths, n_out, p=0.1):
    for w_in, w_out in zip(widths, widths[1:]):
        yield nn.Linear(w_in, w_out)
        yield nn.BatchNorm1d(w_out)
        yield nn.GELU()
        yield nn.Dropout(p)
    yield nn.Linear(widths[-1], n_out)
