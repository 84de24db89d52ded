"""Fit the calibrated score model (compare/data/score_model.json) with scikit-learn.

Every candidate the detector produces on a labelled development pair (``eval/pairs_*.jsonl`` and the
used held-out sets, ``eval/heldout`` to ``eval/heldout16``; never a clean one, now ``eval/heldout17``)
becomes one example: label 1 when the pair
is a real conflict, 0 when it is benign or the same. The figures (Brier score, log loss, ROC AUC, a
reliability table, against the rule-based scores it replaces) are out-of-fold: 5-fold cross-validation
grouped by pair, which also picks the regularisation. The shipped model is then fitted on all pairs.
(A fixed dev/test split was tried first: the two thirds differ in their share of real conflicts,
0.78 vs 0.60, so a model fitted on one was miscalibrated on the other.) Run it again whenever detection rules change:

    python eval/fit_score.py            # fit, print the figures, write the model
    python eval/fit_score.py --dry-run  # print the figures only
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import CLEAN, HELDOUT
from pairs_eval import candidates, load
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score
from sklearn.model_selection import GroupKFold, cross_val_predict

from compare import scoring
from compare.detect import _score as rule_score

USED = [name for name in HELDOUT if name not in CLEAN]  # never a clean set


def examples() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels, rule-based scores and pair index of every candidate on every labelled pair."""
    xs, ys, rule, group = [], [], [], []
    for n, (p, sim, cands) in enumerate(candidates(load() + [p for name in USED for p in load(name)])):
        for c in cands:
            score = rule_score(c.severity, sim)
            xs.append(scoring.features(score))
            ys.append(1 if p["label"] == "conflict" else 0)
            rule.append(score)
            group.append(n)
    return np.array(xs), np.array(ys), np.array(rule), np.array(group)


def reliability(prob: np.ndarray, y: np.ndarray, bins: int = 5) -> list[str]:
    rows = []
    edges = np.linspace(0, 1, bins + 1)
    for lo, hi in itertools.pairwise(edges):
        mask = (prob >= lo) & ((prob < hi) if hi < 1 else (prob <= hi))
        if mask.any():
            rows.append(f"  {lo:.1f}-{hi:.1f}: n={int(mask.sum()):3d}  mean score {prob[mask].mean():.2f}  "
                        f"share real {y[mask].mean():.2f}")  # fmt: skip
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="do not write the model")
    ap.add_argument("--out", type=Path, default=scoring.MODEL_PATH)
    args = ap.parse_args()
    x, y, rule, group = examples()
    folds = GroupKFold(n_splits=5)  # candidates of one pair never sit on both sides of a split
    best_c, best, best_prob = 1.0, float("inf"), rule
    for c in (0.1, 0.3, 1.0, 3.0, 10.0, 30.0):
        prob = cross_val_predict(LogisticRegression(C=c, max_iter=1000), x, y, cv=folds, groups=group,
                                 method="predict_proba")[:, 1]  # fmt: skip
        brier = brier_score_loss(y, prob)
        print(f"5-fold CV (grouped by pair): C={c:<5} Brier {brier:.3f}")
        if brier < best:
            best_c, best, best_prob = c, brier, prob
    model = LogisticRegression(C=best_c, max_iter=1000)
    model.fit(x, y)
    print(f"candidates: {len(y)} on {len(set(group))} pairs, {y.mean():.2f} real; chosen C={best_c}")
    print(f"{'out-of-fold':<22} {'Brier':>7} {'log loss':>9} {'ROC AUC':>8}")
    for name, p in (("rule-based score", rule), ("calibrated score", best_prob)):
        print(f"{name:<22} {brier_score_loss(y, p):7.3f} {log_loss(y, np.clip(p, 1e-6, 1 - 1e-6)):9.3f} "
              f"{roc_auc_score(y, p):8.3f}")  # fmt: skip
    print("reliability, out-of-fold:")
    print("\n".join(reliability(best_prob, y)))
    if not args.dry_run:
        data = {
            "schema": "crosscheck.score-model/1",
            "fitted": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "fitted_by": f"eval/fit_score.py: scikit-learn LogisticRegression(C={best_c}) on every candidate of eval/pairs_*.jsonl",
            "examples": len(y),
            "features": scoring.feature_names(),
            "coef": [round(float(w), 6) for w in model.coef_[0]],
            "intercept": round(float(model.intercept_[0]), 6),
            "out_of_fold": {
                "brier": round(float(best), 4),
                "brier_rule_based": round(float(brier_score_loss(y, rule)), 4),
            },
        }
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
