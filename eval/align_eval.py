"""Alignment precision and recall on the hand-checked gold set ``eval/alignment_gold.jsonl``.

The gold set lists, for the bundled articles, every cross-source sentence pair that states the same fact
(``same``, meant to be exhaustive) and hard negatives that share words but not the fact (``different``).
Two precisions are printed: *strict* counts every predicted link outside the gold ``same`` pairs as wrong;
*labelled* looks only at predicted links the gold set labels either way.

Usage: python eval/align_eval.py [--grid]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import HERE, ROOT, encoder, prf, read_jsonl

from compare.alignment import align_sources
from compare.config import Settings
from compare.sentences import split_document
from compare.sources import load_sources

Key = tuple[str, int]


def locate(docs: dict, source: str, quote: str) -> Key:
    doc = docs[source]
    pos = doc.source.text.find(quote)
    if pos < 0:
        raise SystemExit(f"quote not found in {source}: {quote!r}")
    for s in doc.sentences:
        if s.start <= pos < s.end:
            return (source, s.index)
    raise SystemExit(f"quote outside any sentence in {source}: {quote!r}")


def evaluate(docs, embeddings, gold_same, gold_diff, threshold, margin):
    ids = [d.source.id for d in docs]
    raw = align_sources(embeddings, threshold, margin)
    pred = {frozenset({(ids[a], i), (ids[b], j)}) for a, i, b, j, _ in raw}
    tp = len(pred & gold_same)
    strict = prf(tp, len(pred) - tp, len(gold_same) - tp)
    labelled_fp = len(pred & gold_diff)
    labelled = prf(tp, labelled_fp, len(gold_same) - tp)
    return strict, labelled, len(pred)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--grid", action="store_true", help="print a grid of thresholds and margins")
    args = ap.parse_args()
    docs_list = [split_document(s) for s in load_sources([ROOT / "sources"])]
    docs = {d.source.id: d for d in docs_list}
    gold = read_jsonl(HERE / "alignment_gold.jsonl")
    gold_same, gold_diff = set(), set()
    for g in gold:
        pair = frozenset(
            {locate(docs, g["a"]["source"], g["a"]["quote"]), locate(docs, g["b"]["source"], g["b"]["quote"])}
        )
        (gold_same if g["label"] == "same" else gold_diff).add(pair)
    enc = encoder()
    embeddings = [enc.encode([s.text for s in d.sentences]) for d in docs_list]
    settings = Settings()
    print(f"gold: {len(gold_same)} same pairs, {len(gold_diff)} hard negatives, {len(docs_list)} articles")
    if args.grid:
        print(f"{'thr':>5} {'margin':>6} {'links':>5} {'P strict':>8} {'P label':>8} {'recall':>6}")
        for thr in (0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
            for margin in (0.0, 0.05, 0.1, 0.2, 1.0):
                (ps, r, _), (pl, _, _), n = evaluate(docs_list, embeddings, gold_same, gold_diff, thr, margin)
                print(f"{thr:5.2f} {margin:6.2f} {n:5d} {ps:8.2f} {pl:8.2f} {r:6.2f}")
    (ps, r, f), (pl, _, _), n = evaluate(
        docs_list, embeddings, gold_same, gold_diff, settings.align_threshold, settings.align_margin
    )
    print(
        f"chosen: threshold={settings.align_threshold} margin={settings.align_margin}: {n} links, "
        f"precision {ps:.2f} (strict) / {pl:.2f} (labelled pairs), recall {r:.2f}, F1 {f:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
