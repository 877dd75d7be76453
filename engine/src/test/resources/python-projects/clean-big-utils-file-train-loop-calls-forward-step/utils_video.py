"""Helpers for the LRCN action-recognition experiments: data loading, the train / test loops, checkpoints, plots and
the reports written after every epoch. Kept in one module so the notebooks and the scripts share them."""
import csv
import json
import os
import random
import shutil
import time
from collections import Counter, defaultdict

import cv2
import matplotlib
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset
from torchvision import transforms
from tqdm import tqdm

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

MEAN = [0.485, 0.456, 0.406]
STD = [0.229, 0.224, 0.225]
FRAMES_PER_CLIP = 16

UCF101_CLASSES = {
    "ApplyEyeMakeup": (0, "sports"),  # UCF101 class 001
    "ApplyLipstick": (1, "human-object interaction"),  # UCF101 class 002
    "Archery": (2, "body motion only"),  # UCF101 class 003
    "BabyCrawling": (3, "playing instruments"),  # UCF101 class 004
    "BalanceBeam": (4, "sports"),  # UCF101 class 005
    "BandMarching": (5, "human-human interaction"),  # UCF101 class 006
    "BaseballPitch": (6, "human-object interaction"),  # UCF101 class 007
    "Basketball": (7, "sports"),  # UCF101 class 008
    "BasketballDunk": (8, "human-object interaction"),  # UCF101 class 009
    "BenchPress": (9, "playing instruments"),  # UCF101 class 010
    "Biking": (10, "body motion only"),  # UCF101 class 011
    "Billiards": (11, "body motion only"),  # UCF101 class 012
    "BlowDryHair": (12, "human-object interaction"),  # UCF101 class 013
    "BlowingCandles": (13, "human-object interaction"),  # UCF101 class 014
    "BodyWeightSquats": (14, "sports"),  # UCF101 class 015
    "Bowling": (15, "human-human interaction"),  # UCF101 class 016
    "BoxingPunchingBag": (16, "sports"),  # UCF101 class 017
    "BoxingSpeedBag": (17, "playing instruments"),  # UCF101 class 018
    "BreastStroke": (18, "playing instruments"),  # UCF101 class 019
    "BrushingTeeth": (19, "body motion only"),  # UCF101 class 020
    "CleanAndJerk": (20, "human-human interaction"),  # UCF101 class 021
    "CliffDiving": (21, "playing instruments"),  # UCF101 class 022
    "CricketBowling": (22, "playing instruments"),  # UCF101 class 023
    "CricketShot": (23, "human-human interaction"),  # UCF101 class 024
    "CuttingInKitchen": (24, "sports"),  # UCF101 class 025
    "Diving": (25, "body motion only"),  # UCF101 class 026
    "Drumming": (26, "human-object interaction"),  # UCF101 class 027
    "Fencing": (27, "body motion only"),  # UCF101 class 028
    "FieldHockeyPenalty": (28, "sports"),  # UCF101 class 029
    "FloorGymnastics": (29, "playing instruments"),  # UCF101 class 030
    "FrisbeeCatch": (30, "human-human interaction"),  # UCF101 class 031
    "FrontCrawl": (31, "human-human interaction"),  # UCF101 class 032
    "GolfSwing": (32, "playing instruments"),  # UCF101 class 033
    "Haircut": (33, "playing instruments"),  # UCF101 class 034
    "Hammering": (34, "human-human interaction"),  # UCF101 class 035
    "HammerThrow": (35, "body motion only"),  # UCF101 class 036
    "HandstandPushups": (36, "playing instruments"),  # UCF101 class 037
    "HandstandWalking": (37, "human-object interaction"),  # UCF101 class 038
    "HeadMassage": (38, "human-human interaction"),  # UCF101 class 039
    "HighJump": (39, "body motion only"),  # UCF101 class 040
    "HorseRace": (40, "sports"),  # UCF101 class 041
    "HorseRiding": (41, "playing instruments"),  # UCF101 class 042
    "HulaHoop": (42, "human-human interaction"),  # UCF101 class 043
    "IceDancing": (43, "body motion only"),  # UCF101 class 044
    "JavelinThrow": (44, "human-object interaction"),  # UCF101 class 045
    "JugglingBalls": (45, "playing instruments"),  # UCF101 class 046
    "JumpingJack": (46, "playing instruments"),  # UCF101 class 047
    "JumpRope": (47, "human-human interaction"),  # UCF101 class 048
    "Kayaking": (48, "sports"),  # UCF101 class 049
    "Knitting": (49, "body motion only"),  # UCF101 class 050
    "LongJump": (50, "playing instruments"),  # UCF101 class 051
    "Lunges": (51, "playing instruments"),  # UCF101 class 052
    "MilitaryParade": (52, "playing instruments"),  # UCF101 class 053
    "Mixing": (53, "human-human interaction"),  # UCF101 class 054
    "MoppingFloor": (54, "human-object interaction"),  # UCF101 class 055
    "Nunchucks": (55, "sports"),  # UCF101 class 056
    "ParallelBars": (56, "sports"),  # UCF101 class 057
    "PizzaTossing": (57, "body motion only"),  # UCF101 class 058
    "PlayingCello": (58, "playing instruments"),  # UCF101 class 059
    "PlayingDaf": (59, "playing instruments"),  # UCF101 class 060
    "PlayingDhol": (60, "body motion only"),  # UCF101 class 061
    "PlayingFlute": (61, "sports"),  # UCF101 class 062
    "PlayingGuitar": (62, "human-human interaction"),  # UCF101 class 063
    "PlayingPiano": (63, "playing instruments"),  # UCF101 class 064
    "PlayingSitar": (64, "human-object interaction"),  # UCF101 class 065
    "PlayingTabla": (65, "human-human interaction"),  # UCF101 class 066
    "PlayingViolin": (66, "human-object interaction"),  # UCF101 class 067
    "PoleVault": (67, "playing instruments"),  # UCF101 class 068
    "PommelHorse": (68, "human-human interaction"),  # UCF101 class 069
    "PullUps": (69, "human-object interaction"),  # UCF101 class 070
    "Punch": (70, "human-object interaction"),  # UCF101 class 071
    "PushUps": (71, "sports"),  # UCF101 class 072
    "Rafting": (72, "body motion only"),  # UCF101 class 073
    "RockClimbingIndoor": (73, "sports"),  # UCF101 class 074
    "RopeClimbing": (74, "human-object interaction"),  # UCF101 class 075
    "Rowing": (75, "body motion only"),  # UCF101 class 076
    "SalsaSpin": (76, "body motion only"),  # UCF101 class 077
    "ShavingBeard": (77, "body motion only"),  # UCF101 class 078
    "Shotput": (78, "playing instruments"),  # UCF101 class 079
    "SkateBoarding": (79, "body motion only"),  # UCF101 class 080
    "Skiing": (80, "body motion only"),  # UCF101 class 081
    "Skijet": (81, "playing instruments"),  # UCF101 class 082
    "SkyDiving": (82, "playing instruments"),  # UCF101 class 083
    "SoccerJuggling": (83, "human-object interaction"),  # UCF101 class 084
    "SoccerPenalty": (84, "body motion only"),  # UCF101 class 085
    "StillRings": (85, "human-object interaction"),  # UCF101 class 086
    "SumoWrestling": (86, "human-object interaction"),  # UCF101 class 087
    "Surfing": (87, "body motion only"),  # UCF101 class 088
    "Swing": (88, "body motion only"),  # UCF101 class 089
    "TableTennisShot": (89, "playing instruments"),  # UCF101 class 090
    "TaiChi": (90, "body motion only"),  # UCF101 class 091
    "TennisSwing": (91, "playing instruments"),  # UCF101 class 092
    "ThrowDiscus": (92, "human-object interaction"),  # UCF101 class 093
    "TrampolineJumping": (93, "playing instruments"),  # UCF101 class 094
    "Typing": (94, "sports"),  # UCF101 class 095
    "UnevenBars": (95, "human-object interaction"),  # UCF101 class 096
    "VolleyballSpiking": (96, "sports"),  # UCF101 class 097
    "WalkingWithDog": (97, "playing instruments"),  # UCF101 class 098
    "WallPushups": (98, "human-human interaction"),  # UCF101 class 099
    "WritingOnBoard": (99, "human-human interaction"),  # UCF101 class 100
    "YoYo": (100, "sports"),  # UCF101 class 101
}


def set_seed(seed=0):
    """Makes a run repeatable: Python's, NumPy's and torch's generators, and cuDNN's algorithm choice."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.cuda.manual_seed_all(seed)
    torch.backends.cudnn.deterministic = True
    torch.backends.cudnn.benchmark = False


def class_index(name):
    """The class index of a UCF101 action name, as the folder names spell it (v_ApplyEyeMakeup_g08_c01 -> 0)."""
    if name.startswith("v_"):
        name = name.split("_")[1]
    return UCF101_CLASSES[name][0]


def class_names():
    """Action names in the order of their indices."""
    return [name for name, _ in sorted(UCF101_CLASSES.items(), key=lambda kv: kv[1][0])]


def coarse_group(index):
    """The coarse group (sports, playing instruments, ...) an action belongs to, for the per-group report."""
    for name, (i, group) in UCF101_CLASSES.items():
        if i == index:
            return group
    raise KeyError(index)


def sample_frame_indices(n_frames, clip_len=FRAMES_PER_CLIP, mode="train"):
    """Which frames of a video make the clip: a random window while training, the middle window otherwise.

    Videos shorter than the clip repeat their last frame, so every clip has clip_len frames.
    """
    if n_frames <= clip_len:
        return list(range(n_frames)) + [n_frames - 1] * (clip_len - n_frames)
    if mode == "train":
        start = random.randint(0, n_frames - clip_len)
    else:
        start = (n_frames - clip_len) // 2
    return list(range(start, start + clip_len))


def read_frames(folder, indices, size=224):
    """Reads the jpg frames of one video folder at the given indices, resized and in RGB order."""
    names = sorted(f for f in os.listdir(folder) if f.endswith(".jpg"))
    frames = []
    for i in indices:
        image = cv2.imread(os.path.join(folder, names[min(i, len(names) - 1)]))
        image = cv2.cvtColor(image, cv2.COLOR_BGR2RGB)
        frames.append(cv2.resize(image, (size, size), interpolation=cv2.INTER_AREA))
    return np.stack(frames)


class ClipDataset(Dataset):
    """One clip per video folder; the label is the action's index, read from the folder name."""

    def __init__(self, folders, mode="train", size=224):
        self.folders = folders
        self.mode = mode
        self.size = size
        augment = [transforms.RandomHorizontalFlip(), transforms.ColorJitter(0.2, 0.2, 0.2)] if mode == "train" else []
        self.transform = transforms.Compose([transforms.ToPILImage(), *augment, transforms.ToTensor(), transforms.Normalize(MEAN, STD)])

    def __len__(self):
        return len(self.folders)

    def __getitem__(self, i):
        folder = self.folders[i]
        n = len([f for f in os.listdir(folder) if f.endswith(".jpg")])
        frames = read_frames(folder, sample_frame_indices(n, mode=self.mode), self.size)
        clip = torch.stack([self.transform(f) for f in frames])
        return clip, class_index(os.path.basename(folder)), folder


def split_folders(root, val_fraction=0.2, seed=0):
    """Splits the video folders by group (the gXX part of the name), so clips of one group never land on both sides."""
    by_group = defaultdict(list)
    for name in sorted(os.listdir(root)):
        by_group[name.split("_")[2]].append(os.path.join(root, name))
    groups = sorted(by_group)
    random.Random(seed).shuffle(groups)
    n_val = max(1, int(len(groups) * val_fraction))
    val = [f for g in groups[:n_val] for f in by_group[g]]
    train = [f for g in groups[n_val:] for f in by_group[g]]
    return train, val


def build_loaders(root, batch_size, num_workers=4):
    """Train and validation loaders over the frame folders under root."""
    train, val = split_folders(root)
    return {
        "train": DataLoader(ClipDataset(train, "train"), batch_size=batch_size, shuffle=True, num_workers=num_workers, drop_last=True),
        "val": DataLoader(ClipDataset(val, "val"), batch_size=batch_size, shuffle=False, num_workers=num_workers),
    }


def label_distribution(loader):
    """How many clips of each class a loader yields, read from the folder names without loading a frame."""
    counts = Counter(class_index(os.path.basename(f)) for f in loader.dataset.folders)
    return np.array([counts.get(i, 0) for i in range(len(UCF101_CLASSES))])


def plot_label_distribution(loaders, out_dir):
    """Bar charts of the class counts of every split, saved as one png per split."""
    os.makedirs(out_dir, exist_ok=True)
    for split, loader in loaders.items():
        counts = label_distribution(loader)
        fig, ax = plt.subplots(figsize=(22, 5))
        ax.bar(np.arange(len(counts)), counts, color="steelblue")
        ax.set_xticks(np.arange(len(counts)))
        ax.set_xticklabels(class_names(), rotation=90, fontsize=6)
        ax.set_title(f"{split}: {counts.sum()} clips")
        fig.tight_layout()
        fig.savefig(os.path.join(out_dir, f"labels_{split}.png"), dpi=150)
        plt.close(fig)


def forward_step(model, clips, labels, criterion, mode="train"):
    """One batch through the model: the loss, the number of right answers and the predicted classes.

    The LSTM keeps its hidden state between calls, so it is reset before every batch: clips are independent.
    """
    model.reset_hidden_state()
    if mode == "train":
        output = model(clips)
    else:
        with torch.no_grad():
            output = model(clips)
    loss = criterion(output, labels)
    predicted = output.detach().argmax(dim=1)
    correct = (predicted == labels).sum().item()
    return loss, correct, predicted


def train_model(model, loader, device, optimizer, criterion):
    """One epoch of training; returns the mean loss and the accuracy in percent."""
    model.train()
    total_loss, total_correct = 0.0, 0
    with tqdm(total=len(loader), desc="train") as bar:
        for clips, labels, _ in loader:
            clips, labels = clips.to(device), labels.to(device)
            optimizer.zero_grad()
            loss, correct, _ = forward_step(model, clips, labels, criterion, mode="train")
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
            total_correct += correct
            bar.update(1)
    return total_loss / len(loader), 100.0 * total_correct / len(loader.dataset)


def test_model(model, loader, device, criterion):
    """One pass over a validation or test loader; returns the mean loss and the accuracy in percent."""
    model.eval()
    total_loss, total_correct = 0.0, 0
    for clips, labels, _ in tqdm(loader, desc="eval"):
        clips, labels = clips.to(device), labels.to(device)
        loss, correct, _ = forward_step(model, clips, labels, criterion, mode="test")
        total_loss += loss.item()
        total_correct += correct
    return total_loss / len(loader), 100.0 * total_correct / len(loader.dataset)


def predict_folders(model, folders, device, batch_size=8):
    """Predicted class per video folder, for the error analysis notebook."""
    loader = DataLoader(ClipDataset(folders, "test"), batch_size=batch_size, shuffle=False)
    model.eval()
    out = {}
    with torch.no_grad():
        for clips, _, names in loader:
            model.reset_hidden_state()
            scores = model(clips.to(device))
            for name, p in zip(names, scores.argmax(dim=1).tolist()):
                out[name] = p
    return out


def confusion_matrix(true_labels, predicted, n_class=len(UCF101_CLASSES)):
    """Counts of (true, predicted) pairs as an n_class x n_class integer matrix."""
    matrix = np.zeros((n_class, n_class), dtype=np.int64)
    for t, p in zip(true_labels, predicted):
        matrix[t, p] += 1
    return matrix


def plot_confusion_matrix(matrix, path, normalise=True):
    """The confusion matrix as an image, rows normalised to recall when asked."""
    if normalise:
        matrix = matrix / np.maximum(matrix.sum(axis=1, keepdims=True), 1)
    fig, ax = plt.subplots(figsize=(16, 16))
    image = ax.imshow(matrix, cmap="viridis")
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    fig.colorbar(image, ax=ax, fraction=0.046)
    fig.savefig(path, dpi=150)
    plt.close(fig)


def per_group_accuracy(matrix):
    """Accuracy per coarse group of actions, from a confusion matrix."""
    right = defaultdict(int)
    total = defaultdict(int)
    for i in range(matrix.shape[0]):
        group = coarse_group(i)
        right[group] += int(matrix[i, i])
        total[group] += int(matrix[i].sum())
    return {g: right[g] / total[g] for g in total if total[g]}


def most_confused_pairs(matrix, top=15):
    """The class pairs most often mistaken for each other, with their counts."""
    pairs = []
    names = class_names()
    for i in range(matrix.shape[0]):
        for j in range(matrix.shape[1]):
            if i != j and matrix[i, j]:
                pairs.append((int(matrix[i, j]), names[i], names[j]))
    return sorted(pairs, reverse=True)[:top]


def save_checkpoint(model, optimizer, epoch, out_dir, keep=3):
    """Saves the model and optimizer state of an epoch, keeping only the last few checkpoints."""
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"epoch_{epoch:03d}.pth.tar")
    torch.save({"epoch": epoch, "model_state_dict": model.state_dict(), "optimizer_state_dict": optimizer.state_dict()}, path)
    saved = sorted(f for f in os.listdir(out_dir) if f.startswith("epoch_"))
    for old in saved[:-keep]:
        os.remove(os.path.join(out_dir, old))
    return path


def load_checkpoint(model, path, optimizer=None, device="cpu"):
    """Loads a checkpoint saved by save_checkpoint; returns the epoch to resume from."""
    state = torch.load(path, map_location=device)
    model.load_state_dict(state["model_state_dict"])
    if optimizer is not None:
        optimizer.load_state_dict(state["optimizer_state_dict"])
    return state["epoch"] + 1


def write_epoch_summary(out_dir, epoch, train_loss, train_acc, val_loss, val_acc):
    """Appends one line per epoch to summary.csv and rewrites the loss / accuracy curves."""
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "summary.csv")
    new = not os.path.exists(path)
    with open(path, "a", newline="") as f:
        writer = csv.writer(f)
        if new:
            writer.writerow(["epoch", "train_loss", "train_acc", "val_loss", "val_acc", "time"])
        writer.writerow([epoch, f"{train_loss:.5f}", f"{train_acc:.2f}", f"{val_loss:.5f}", f"{val_acc:.2f}", int(time.time())])
    plot_curves(path, out_dir)


def plot_curves(summary_csv, out_dir):
    """Loss and accuracy per epoch, train against validation, from summary.csv."""
    with open(summary_csv) as f:
        rows = list(csv.DictReader(f))
    epochs = [int(r["epoch"]) for r in rows]
    for key, title in (("loss", "cross-entropy"), ("acc", "accuracy (%)")):
        fig, ax = plt.subplots(figsize=(8, 5))
        ax.plot(epochs, [float(r[f"train_{key}"]) for r in rows], label="train")
        ax.plot(epochs, [float(r[f"val_{key}"]) for r in rows], label="val")
        ax.set_xlabel("epoch")
        ax.set_title(title)
        ax.legend()
        fig.savefig(os.path.join(out_dir, f"{key}.png"), dpi=120)
        plt.close(fig)


def denormalise(clip):
    """Undoes the ImageNet normalisation of a (T, C, H, W) clip, for display."""
    mean = torch.tensor(MEAN).view(1, 3, 1, 1)
    std = torch.tensor(STD).view(1, 3, 1, 1)
    return (clip.cpu() * std + mean).clamp(0, 1)


def plot_clip_with_prediction(clip, true_label, predicted, path, every=4):
    """Every few frames of a clip in a row, titled with the true and the predicted action."""
    frames = denormalise(clip)[::every]
    names = class_names()
    fig, axes = plt.subplots(1, len(frames), figsize=(3 * len(frames), 3))
    for ax, frame in zip(np.atleast_1d(axes), frames):
        ax.imshow(frame.permute(1, 2, 0).numpy())
        ax.axis("off")
    colour = "green" if true_label == predicted else "red"
    fig.suptitle(f"true: {names[true_label]}   predicted: {names[predicted]}", color=colour)
    fig.savefig(path, dpi=100)
    plt.close(fig)


def plot_images_with_predicted_labels(loader, model, device, out_dir, n=12):
    """A grid of clips from a loader with their predictions, one png per clip."""
    os.makedirs(out_dir, exist_ok=True)
    model.eval()
    shown = 0
    with torch.no_grad():
        for clips, labels, _ in loader:
            model.reset_hidden_state()
            predicted = model(clips.to(device)).argmax(dim=1).cpu()
            for clip, t, p in zip(clips, labels.tolist(), predicted.tolist()):
                plot_clip_with_prediction(clip, t, p, os.path.join(out_dir, f"clip_{shown:03d}.png"))
                shown += 1
                if shown >= n:
                    return


def video_to_frames(video_path, out_dir, every=1, size=None):
    """Extracts the frames of a video file into jpgs named 00000.jpg, 00001.jpg, ..."""
    os.makedirs(out_dir, exist_ok=True)
    capture = cv2.VideoCapture(video_path)
    index = written = 0
    while True:
        ok, frame = capture.read()
        if not ok:
            break
        if index % every == 0:
            if size is not None:
                frame = cv2.resize(frame, (size, size))
            cv2.imwrite(os.path.join(out_dir, f"{written:05d}.jpg"), frame)
            written += 1
        index += 1
    capture.release()
    return written


def extract_dataset(videos_root, frames_root, every=2, size=256):
    """Runs video_to_frames over every .avi of the dataset, skipping videos already extracted."""
    done = 0
    for name in sorted(os.listdir(videos_root)):
        if not name.endswith(".avi"):
            continue
        target = os.path.join(frames_root, os.path.splitext(name)[0])
        if os.path.isdir(target) and os.listdir(target):
            continue
        video_to_frames(os.path.join(videos_root, name), target, every=every, size=size)
        done += 1
    return done


def clean_incomplete_folders(frames_root, min_frames=FRAMES_PER_CLIP // 2):
    """Removes frame folders too short to make a clip (broken or truncated videos)."""
    removed = []
    for name in os.listdir(frames_root):
        folder = os.path.join(frames_root, name)
        if len([f for f in os.listdir(folder) if f.endswith(".jpg")]) < min_frames:
            shutil.rmtree(folder)
            removed.append(name)
    return removed


def save_run_settings(args, out_dir):
    """The command-line settings of a run as settings.json beside its results."""
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "settings.json"), "w") as f:
        json.dump(vars(args), f, indent=2, sort_keys=True)


def load_run_settings(out_dir):
    """The settings saved by save_run_settings, as a dict."""
    with open(os.path.join(out_dir, "settings.json")) as f:
        return json.load(f)


def top_k_accuracy(scores, labels, k=5):
    """Share of rows whose label is among the k highest scores."""
    top = scores.topk(k, dim=1).indices
    return (top == labels.view(-1, 1)).any(dim=1).float().mean().item()


def moving_average(values, window=20):
    """Smooths a noisy per-batch curve for the plots."""
    values = np.asarray(values, dtype=np.float64)
    if len(values) < window:
        return values
    kernel = np.ones(window) / window
    return np.convolve(values, kernel, mode="valid")


def count_parameters(model, trainable_only=True):
    """The number of (trainable) parameters of a model, for the run's log."""
    return sum(p.numel() for p in model.parameters() if p.requires_grad or not trainable_only)


def format_seconds(seconds):
    """1h 02m 03s style durations for the progress log."""
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}h {minutes:02d}m {seconds:02d}s" if hours else f"{minutes}m {seconds:02d}s"


def write_predictions_csv(predictions, path):
    """Writes folder, predicted class index and name, one row per video."""
    names = class_names()
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["video", "predicted_index", "predicted_name"])
        for video, p in sorted(predictions.items()):
            writer.writerow([os.path.basename(video), p, names[p]])


class EarlyStopping:
    """Stops training when the validation accuracy has not improved for `patience` epochs."""

    def __init__(self, patience=8, min_delta=0.1):
        self.patience = patience
        self.min_delta = min_delta
        self.best = -np.inf
        self.bad_epochs = 0

    def step(self, value):
        if value > self.best + self.min_delta:
            self.best = value
            self.bad_epochs = 0
            return False
        self.bad_epochs += 1
        return self.bad_epochs >= self.patience


def warmup_cosine(optimizer, epoch, total_epochs, base_lr, warmup=3, floor=1e-6):
    """Sets the learning rate of every group: linear warm-up, then a cosine decay to `floor`."""
    if epoch < warmup:
        lr = base_lr * (epoch + 1) / warmup
    else:
        progress = (epoch - warmup) / max(1, total_epochs - warmup)
        lr = floor + 0.5 * (base_lr - floor) * (1 + np.cos(np.pi * progress))
    for group in optimizer.param_groups:
        group["lr"] = lr
    return lr


def temporal_jitter(indices, max_shift=2, n_frames=None):
    """Moves each sampled frame index by up to max_shift frames, keeping the order and the bounds of the video."""
    jittered = []
    last = -1
    for i in indices:
        j = i + random.randint(-max_shift, max_shift)
        j = max(j, last + 1 if last + 1 <= j + max_shift else j)
        if n_frames is not None:
            j = min(j, n_frames - 1)
        jittered.append(max(0, j))
        last = jittered[-1]
    return jittered


def sliding_window_clips(folder, clip_len=FRAMES_PER_CLIP, stride=8, size=224):
    """All overlapping clips of a long video, for predicting an action per window of a continuous recording."""
    names = sorted(f for f in os.listdir(folder) if f.endswith(".jpg"))
    starts = range(0, max(1, len(names) - clip_len + 1), stride)
    transform = transforms.Compose([transforms.ToPILImage(), transforms.ToTensor(), transforms.Normalize(MEAN, STD)])
    for start in starts:
        frames = read_frames(folder, list(range(start, start + clip_len)), size)
        yield start, torch.stack([transform(f) for f in frames])


def smooth_window_predictions(predicted, window=5):
    """Majority vote over neighbouring windows, so a single odd window does not flip the action shown."""
    smoothed = []
    for i in range(len(predicted)):
        lo, hi = max(0, i - window // 2), min(len(predicted), i + window // 2 + 1)
        smoothed.append(Counter(predicted[lo:hi]).most_common(1)[0][0])
    return smoothed


def per_class_accuracy_csv(matrix, path):
    """Recall per class from a confusion matrix, written as class, clips, right, recall."""
    names = class_names()
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["class", "clips", "right", "recall"])
        for i, name in enumerate(names):
            total = int(matrix[i].sum())
            right = int(matrix[i, i])
            writer.writerow([name, total, right, f"{right / total:.3f}" if total else ""])


def markdown_report(out_dir, settings, best_epoch, best_acc, group_acc, confused):
    """A short README.md for a finished run: its settings, the best epoch and where it errs."""
    lines = ["# LRCN run", "", "## Settings", ""]
    lines += [f"- {k}: {v}" for k, v in sorted(settings.items())]
    lines += ["", "## Result", "", f"Best validation accuracy {best_acc:.2f}% at epoch {best_epoch}.", "", "## Accuracy per group", ""]
    lines += [f"- {g}: {100 * a:.1f}%" for g, a in sorted(group_acc.items())]
    lines += ["", "## Most confused pairs", ""]
    lines += [f"- {a} taken for {b}: {n} clips" for n, a, b in confused]
    with open(os.path.join(out_dir, "README.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


def frame_statistics(frames_root, sample=200, seed=0):
    """Mean and standard deviation of the pixel values over a sample of frames, to check the normalisation."""
    rng = random.Random(seed)
    folders = sorted(os.listdir(frames_root))
    pixels = []
    for name in rng.sample(folders, min(sample, len(folders))):
        folder = os.path.join(frames_root, name)
        jpgs = sorted(f for f in os.listdir(folder) if f.endswith(".jpg"))
        image = cv2.cvtColor(cv2.imread(os.path.join(folder, jpgs[len(jpgs) // 2])), cv2.COLOR_BGR2RGB)
        pixels.append(image.reshape(-1, 3) / 255.0)
    pixels = np.concatenate(pixels)
    return pixels.mean(axis=0).tolist(), pixels.std(axis=0).tolist()


def video_lengths(frames_root):
    """Number of frames of every extracted video, for choosing the clip length."""
    return {name: len([f for f in os.listdir(os.path.join(frames_root, name)) if f.endswith(".jpg")]) for name in os.listdir(frames_root)}


def plot_video_lengths(lengths, path):
    """Histogram of video lengths in frames, with the clip length marked."""
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.hist(list(lengths.values()), bins=60, color="gray")
    ax.axvline(FRAMES_PER_CLIP, color="red", linestyle="--", label=f"clip = {FRAMES_PER_CLIP} frames")
    ax.set_xlabel("frames")
    ax.set_ylabel("videos")
    ax.legend()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def balanced_subset(folders, per_class, seed=0):
    """At most per_class folders of each action, for quick experiments on a smaller set."""
    by_class = defaultdict(list)
    for f in folders:
        by_class[class_index(os.path.basename(f))].append(f)
    rng = random.Random(seed)
    subset = []
    for index in sorted(by_class):
        items = by_class[index][:]
        rng.shuffle(items)
        subset += items[:per_class]
    return subset


def describe_run(out_dir):
    """Prints the settings and the last line of the summary of a run folder."""
    settings = load_run_settings(out_dir)
    with open(os.path.join(out_dir, "summary.csv")) as f:
        last = list(csv.DictReader(f))[-1]
    print(json.dumps(settings, indent=2))
    print(f"epoch {last['epoch']}: train {last['train_acc']}%, val {last['val_acc']}%")


def mixup_clips(clips, labels, n_class, alpha=0.2):
    """Mixes pairs of clips and their one-hot labels (mixup); for experiments with a soft-label loss only."""
    lam = np.random.beta(alpha, alpha)
    order = torch.randperm(clips.size(0))
    mixed = lam * clips + (1 - lam) * clips[order]
    one_hot = torch.zeros(labels.size(0), n_class, device=labels.device).scatter_(1, labels.view(-1, 1), 1.0)
    return mixed, lam * one_hot + (1 - lam) * one_hot[order]


def find_duplicate_videos(frames_root, size=16):
    """Videos whose middle frames are nearly identical (re-uploads), found by a tiny grey thumbnail hash."""
    seen = {}
    duplicates = []
    for name in sorted(os.listdir(frames_root)):
        folder = os.path.join(frames_root, name)
        jpgs = sorted(f for f in os.listdir(folder) if f.endswith(".jpg"))
        if not jpgs:
            continue
        grey = cv2.cvtColor(cv2.imread(os.path.join(folder, jpgs[len(jpgs) // 2])), cv2.COLOR_BGR2GRAY)
        thumb = cv2.resize(grey, (size, size), interpolation=cv2.INTER_AREA)
        key = tuple((thumb > thumb.mean()).flatten().tolist())
        if key in seen:
            duplicates.append((seen[key], name))
        else:
            seen[key] = name
    return duplicates


def copy_worst_clips(predictions, true_labels, frames_root, out_dir, n=20):
    """Copies the frame folders of wrongly predicted videos into out_dir, named true__predicted__video."""
    names = class_names()
    os.makedirs(out_dir, exist_ok=True)
    wrong = [(v, t, predictions[v]) for v, t in true_labels.items() if predictions.get(v, t) != t]
    for video, t, p in wrong[:n]:
        target = os.path.join(out_dir, f"{names[t]}__{names[p]}__{os.path.basename(video)}")
        if not os.path.exists(target):
            shutil.copytree(os.path.join(frames_root, os.path.basename(video)), target)
    return len(wrong)


def class_weights_from_counts(counts, power=0.5):
    """Inverse-frequency class weights (softened by `power`), normalised to a mean of 1, for a weighted loss."""
    counts = np.maximum(np.asarray(counts, dtype=np.float64), 1.0)
    weights = (counts.max() / counts) ** power
    return torch.tensor(weights / weights.mean(), dtype=torch.float32)


def summarise_splits(loaders):
    """Clips, classes present and the rarest class of every split, as printed at the start of a run."""
    lines = []
    for split, loader in loaders.items():
        counts = label_distribution(loader)
        present = int((counts > 0).sum())
        rarest = int(counts[counts > 0].min()) if present else 0
        lines.append(f"{split}: {int(counts.sum())} clips, {present} classes, rarest class {rarest} clips")
    return "\n".join(lines)
