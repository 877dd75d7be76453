"""A tensor subclass the hooks cannot read: the hook failure is reported, the loss and the run are untouched."""
import torch
import torch.nn.functional as F


class Opaque(torch.Tensor):
    def detach(self):
        raise RuntimeError("this tensor cannot be detached")


torch.manual_seed(3)
w = torch.zeros(4, requires_grad=True)
for step in range(4):
    x = torch.randn(8, 4)
    pred = (x @ w).as_subclass(Opaque)
    loss = F.mse_loss(pred, x.sum(1))
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        w.grad.zero_()
print("loss %.6f" % float(loss))
