from concurrent.futures import ThreadPoolExecutor, as_completed

from fit import fit_one
from models import make_detector


def sweep(loader, widths=(64, 128, 256)):
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(fit_one, make_detector(w), loader, lr=3e-4) for w in widths]
        return [f.result() for f in as_completed(futures)]
