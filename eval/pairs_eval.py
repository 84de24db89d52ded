"""Precision, recall and F1 of disagreement detection on labelled sentence pairs.

Each pair in ``eval/pairs_*.jsonl`` is two sentences from two sources about the same thing, labelled
``conflict`` (a real disagreement: the tool must report it as high or medium, with the right kind),
``benign`` (differs, but a benign reading exists: at most a low finding) or ``same`` (no disagreement).
A predicted conflict is a candidate of severity high or medium.

``eval/heldout/`` to ``eval/heldout17/`` (210 pairs each) were each written by a separate author who saw
neither the other pairs nor the code, one at the start of each session from the third on. A new set is clean
while its session lasts and through the next one's start: it is scored with the code the session started
from, midway and at the end, figures only (``--errors`` is refused on the sets in ``common.CLEAN``), and
scored a fourth time unread at the next session's start. Then its errors are read and it becomes
development data. ``--heldout NAME`` scores one set alone.

Usage: python eval/pairs_eval.py [--split dev|test|all] [--errors] [--kind KIND] [--heldout [NAME]]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import CLEAN, HELDOUT, HERE, encoder, prf, read_jsonl, split_of

from compare.claims import extract_claims
from compare.detect import Candidate, _Context, compare_claims
from compare.records import KINDS, Sentence


def load(heldout: str | None = None) -> list[dict]:
    """The development pairs, or those of the held-out folder ``eval/<heldout>/``."""
    items: list[dict] = []
    for path in sorted((HERE / heldout if heldout else HERE).glob("pairs_*.jsonl")):
        items.extend(read_jsonl(path))
    return items


def candidates(items: list[dict]) -> list[tuple[dict, float, list[Candidate]]]:
    """Each labelled pair with its sentences' similarity and the detector's candidates."""
    enc = encoder()
    sa = [Sentence("A", 0, 0, len(p["a"]), p["a"]) for p in items]
    sb = [Sentence("B", 0, 0, len(p["b"]), p["b"]) for p in items]
    ea, eb = enc.encode([s.text for s in sa]), enc.encode([s.text for s in sb])
    sims = (ea * eb).sum(axis=1)
    ca = [extract_claims([s], {"A": _d(p["a_published"])})[0] for s, p in zip(sa, items, strict=False)]
    cb = [extract_claims([s], {"B": _d(p["b_published"])})[0] for s, p in zip(sb, items, strict=False)]
    out = []
    for p, x, y, sim in zip(items, ca, cb, sims, strict=False):
        ctx = _Context({}, {"A": "A", "B": "B"}, {})
        out.append((p, float(sim), compare_claims(x, y, float(sim), ctx)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="all", choices=["dev", "test", "all"])
    ap.add_argument("--errors", action="store_true", help="print misclassified pairs")
    ap.add_argument("--kind", default=None)
    ap.add_argument(
        "--heldout",
        nargs="?",
        const="heldout",
        choices=HELDOUT,
        help="score a held-out set: heldout (default) or one named; "
        f"{', '.join(sorted(CLEAN)) or 'none'} clean (figures only), the others used",
    )
    ap.add_argument("--ids", default="", help="only pairs whose id starts with this (e.g. w: pairs_wire)")
    args = ap.parse_args()
    if args.heldout in CLEAN and args.errors:
        ap.error(f"--errors is not available with --heldout {args.heldout}: the held-out set stays unread")
    items = [p for p in load(args.heldout) if args.split == "all" or split_of(p["id"]) == args.split]
    items = [p for p in items if p["id"].startswith(args.ids)]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn per kind
    overall = [0, 0, 0]
    errors = []
    scored = candidates(items)
    for p, sim, cands in scored:
        strong = {c.kind for c in cands if c.severity in ("high", "medium")}
        gold = p["kind"] if p["label"] == "conflict" else None
        if gold:
            if gold in strong:
                counts[gold][0] += 1
            else:
                counts[gold][2] += 1
        for k in strong - ({gold} if gold else set()):
            counts[k][1] += 1
        if gold and strong:
            overall[0] += 1
        elif gold:
            overall[2] += 1
        elif strong:
            overall[1] += 1
        wrong = (gold and gold not in strong) or (strong - ({gold} if gold else set()))
        if wrong and (args.kind is None or args.kind == p["kind"]):
            errors.append((p, sim, cands))
    print(
        f"pairs: {len(items)} ({'held-out set' if args.heldout else 'split: ' + args.split}); conflicts: {sum(1 for p in items if p['label'] == 'conflict')}"
    )
    print(f"{'kind':<12} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for k in KINDS:
        tp, fp, fn = counts[k]
        pr, rc, f1 = prf(tp, fp, fn)
        print(f"{k:<12} {pr:6.2f} {rc:6.2f} {f1:6.2f}  {tp:3d} {fp:3d} {fn:3d}")
    pr, rc, f1 = prf(*overall)
    print(
        f"{'overall':<12} {pr:6.2f} {rc:6.2f} {f1:6.2f}  {overall[0]:3d} {overall[1]:3d} {overall[2]:3d}  (any kind)"
    )
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values())
    fn = sum(c[2] for c in counts.values())
    pr, rc, f1 = prf(tp, fp, fn)
    print(f"{'micro':<12} {pr:6.2f} {rc:6.2f} {f1:6.2f}  {tp:3d} {fp:3d} {fn:3d}  (kind must match)")
    for label in ("benign", "same"):
        pool = [(p, c) for p, _, c in scored if p["label"] == label]
        alarms = sum(1 for _, c in pool if any(x.severity in ("high", "medium") for x in c))
        print(f"false alarms on {label} pairs: {alarms}/{len(pool)}")
    if args.errors:
        for p, sim, cands in errors:
            print(f"\n[{p['id']}] {p['kind']}/{p['label']} sim={sim:.2f}  {p['note']}")
            print(f"  A: {p['a']}\n  B: {p['b']}")
            for c in cands:
                print(f"  -> {c.kind}/{c.severity}: {c.explanation}")
    return 0


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


if __name__ == "__main__":
    raise SystemExit(main())
