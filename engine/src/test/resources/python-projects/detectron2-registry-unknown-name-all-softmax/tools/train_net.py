from detectron2.config import get_cfg
from detectron2.engine import default_argument_parser, launch

from cellseg.modeling import CellClassifier


def main(args):
    cfg = get_cfg()
    cfg.merge_from_file(args.config_file)
    cfg.freeze()
    model = CellClassifier(cfg, backbone=None)
    return model


if __name__ == "__main__":
    args = default_argument_parser().parse_args()
    launch(main, args.num_gpus, args=(args,))
