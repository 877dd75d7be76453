def macro_f1(pred, target, eps=1e-9):
    tp = (pred & (target > 0.5)).sum(0).float()
    fp = (pred & (target < 0.5)).sum(0).float()
    fn = (~pred & (target > 0.5)).sum(0).float()
    return (2 * tp / (2 * tp + fp + fn + eps)).mean().item()
