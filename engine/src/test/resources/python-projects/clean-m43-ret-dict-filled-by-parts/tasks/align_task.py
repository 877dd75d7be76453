import torch
import torch.nn.functional as F

from aligner.modules import PhonemeAligner

HPARAMS = {"n_mels": 80, "hidden": 256, "n_phones": 61, "n_speakers": 8, "lr": 3e-4}


class AlignTask:
    def __init__(self, hp=HPARAMS):
        self.hp = hp
        self.model = None

    def build_model(self):
        self.model = PhonemeAligner(self.hp)
        return self.model

    def run_model(self, sample):
        output = self.model(sample["mel"], sample["mel_mask"])
        losses = {}
        self.add_ctc_loss(output["ph_logits"], sample["ph"], sample["mel_lens"], sample["ph_lens"], losses)
        losses["spk"] = F.cross_entropy(output["spk_logits"], sample["spk_id"])
        return losses

    def add_ctc_loss(self, ph_logits, ph, mel_lens, ph_lens, losses):
        log_probs = ph_logits.transpose(0, 1)
        losses["ctc"] = F.ctc_loss(log_probs, ph, mel_lens, ph_lens, blank=0, zero_infinity=True)

    def fit(self, loader, epochs=10):
        model = self.build_model()
        opt = torch.optim.AdamW(model.parameters(), lr=self.hp["lr"])
        for _ in range(epochs):
            for sample in loader:
                losses = self.run_model(sample)
                total = sum(losses.values())
                opt.zero_grad()
                total.backward()
                opt.step()
