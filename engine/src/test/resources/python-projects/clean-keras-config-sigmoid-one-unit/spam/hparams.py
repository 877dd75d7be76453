"""Default hyper-parameters; override with --set key=value."""

DEFAULTS = dict(
    max_tokens=15000,
    seq_len=120,
    embed_dim=64,
    conv_filters=128,
    output_units=1,
    output_activation="sigmoid",
    loss="binary_crossentropy",
    lr=2e-3,
)


def with_overrides(pairs):
    hp = dict(DEFAULTS)
    for pair in pairs or []:
        key, value = pair.split("=", 1)
        hp[key] = type(DEFAULTS[key])(value)
    return hp
