import torch
import torch.nn as nn
import torchaudio

from audio.net import KeywordNet

dataset = torchaudio.datasets.SPEECHCOMMANDS("data", download=True, subset="training")
melspec = torchaudio.transforms.MelSpectrogram(sample_rate=16000, n_mels=40)


def collate(batch):
    waves = [torch.nn.functional.pad(w[0], (0, 16000 - w.shape[-1])) for w, *_ in batch]
    labels = torch.tensor([hash(item[2]) % 12 for item in batch])
    return torch.log(melspec(torch.stack(waves)) + 1e-6), labels


loader = torch.utils.data.DataLoader(dataset, batch_size=128, shuffle=True, collate_fn=collate)
model = KeywordNet()
criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
optimizer = torch.optim.Adam(model.parameters(), lr=3e-4)

for epoch in range(30):
    for mel, target in loader:
        model.taps.clear()
        loss = criterion(model(mel), target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
