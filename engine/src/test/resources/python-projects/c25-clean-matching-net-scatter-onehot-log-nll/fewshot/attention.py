import torch.nn as nn


class AttentionClassifier(nn.Module):
    """Turns the similarities of a target to the support set into a class distribution."""

    def __init__(self):
        super().__init__()
        self.softmax = nn.Softmax(dim=1)

    def forward(self, similarities, support_onehot):
        """
        similarities: [batch, n_support] cosine similarities
        support_onehot: [batch, n_support, n_classes] one-hot labels of the support set
        """
        weights = self.softmax(similarities)
        # a convex mix of the support labels
        preds = weights.unsqueeze(1).bmm(support_onehot).squeeze(1)
        return preds
