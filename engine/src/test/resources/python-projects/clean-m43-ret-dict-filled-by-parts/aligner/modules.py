import torch
import torch.nn as nn
import torch.nn.functional as F


class ConvEncoder(nn.Module):
    def __init__(self, n_mels, hidden, n_layers=4):
        super().__init__()
        self.proj = nn.Conv1d(n_mels, hidden, kernel_size=3, padding=1)
        self.blocks = nn.ModuleList([nn.Conv1d(hidden, hidden, kernel_size=5, padding=2) for _ in range(n_layers)])

    def forward(self, mel):
        h = self.proj(mel.transpose(1, 2))
        for block in self.blocks:
            h = h + F.gelu(block(h))
        return h.transpose(1, 2)


class FramePredictor(nn.Module):
    """Per-frame heads; the outputs go into the dict the aligner hands over."""

    def __init__(self, hidden, n_phones):
        super().__init__()
        self.head = nn.Linear(hidden, n_phones + 2)
        self.temperature = 1.0

    def forward(self, feat, ret, dropout=0.1):
        frame_logits = self.head(F.dropout(feat, dropout, self.training))
        ret["bd_logits"], ret["ph_logits"] = frame_logits[:, :, 0], F.log_softmax(frame_logits[:, :, 1:] / self.temperature, dim=-1)


class PhonemeAligner(nn.Module):
    def __init__(self, hp):
        super().__init__()
        self.encoder = ConvEncoder(hp["n_mels"], hp["hidden"])
        self.frame_predictor = FramePredictor(hp["hidden"], hp["n_phones"])
        self.speaker_head = nn.Linear(hp["hidden"], hp["n_speakers"])

    def add_speaker(self, feat, ret):
        ret["spk_logits"] = self.speaker_head(feat.mean(1))

    def forward(self, mel, mel_mask=None):
        ret = {}
        feat = self.encoder(mel)
        if mel_mask is not None:
            feat = feat * mel_mask.unsqueeze(-1)
        self.add_speaker(feat, ret)
        self.frame_predictor(feat, ret)
        return ret
