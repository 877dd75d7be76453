from lightfit.trainer import RunConfig, Trainer
