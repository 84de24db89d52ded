"""Shared helpers of the evaluation scripts (not part of the package)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The held-out pair sets (eval/heldout, eval/heldout2, ...), in order; CLEAN are those nobody has read, whose
# errors stay unread and on which nothing is fitted.
HELDOUT = sorted((p.name for p in HERE.glob("heldout*") if p.is_dir()), key=lambda n: int(n[7:] or 1))
CLEAN = {"heldout17"}
ROOT = HERE.parent


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def split_of(item_id: str) -> str:
    """A fixed dev/test split: a third of the items, chosen by hash, are held out as ``test``."""
    return "test" if int(hashlib.sha1(item_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def encoder():
    from compare.config import Settings
    from compare.pipeline import make_encoder

    return make_encoder(Settings())
