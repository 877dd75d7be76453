visible_head = dict(type="SigmoidFlag", channels=32)


def trials():
    for lr in (1e-3, 3e-4):
        yield dict(lr=lr)
