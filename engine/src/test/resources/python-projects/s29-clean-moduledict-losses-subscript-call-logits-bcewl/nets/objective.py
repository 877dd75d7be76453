from torch import nn


class LesionObjective(nn.Module):
    def __init__(self, mask_weight=1.0):
        super().__init__()
        self.terms = nn.ModuleDict({"mask": nn.BCEWithLogitsLoss(), "type": nn.CrossEntropyLoss()})
        self.mask_weight = mask_weight

    def forward(self, out, mask, lesion_type):
        mask_loss = self.terms["mask"](out["mask"], mask)
        type_loss = self.terms["type"](out["type"], lesion_type)
        return self.mask_weight * mask_loss + type_loss
