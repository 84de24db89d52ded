"""Calibrated finding scores.

A finding's ``score`` is the estimated probability that it is a real disagreement (not a benign
difference or a misreading). It comes from a logistic model (Platt scaling) over the detector's
rule-based score (severity and the two sentences' similarity), fitted with scikit-learn on
the development split of the labelled pairs in ``eval/`` by ``eval/fit_score.py``, which writes
``compare/data/score_model.json``. Applying it needs only the coefficients, so scikit-learn is not
imported at run time. Severity stays rule-based: it says *how* the sources differ (see the schema);
the score says how likely the detector is to be right about it.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).parent / "data" / "score_model.json"
SEVERITIES = ("high", "medium", "low")


def feature_names() -> list[str]:
    """Names of the model's inputs, in order."""
    return ["rule_score"]


def features(rule_score: float) -> list[float]:
    """The model's inputs for one candidate: the detector's rule-based score, which already ranks
    by severity and sentence similarity. Platt scaling keeps that order and fixes its scale; richer
    features (kind and severity one-hot, similarity) over-fitted the 172 labelled candidates and
    ranked held-out pairs worse (ROC AUC 0.65-0.74 against 0.85 for the rule-based score)."""
    return [float(rule_score)]


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> dict[str, Any] | None:
    """The fitted coefficients, or None when the file is missing or does not match the features."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("features") != feature_names() or len(data.get("coef", [])) != len(feature_names()):
        return None
    return dict(data)


def calibrated(rule_score: float) -> float:
    """Probability that a candidate with this rule-based score is a real disagreement (the rule-based
    score itself when no fitted model is available)."""
    model = load_model()
    if model is None:
        return rule_score
    z = float(model["intercept"]) + sum(
        float(w) * x for w, x in zip(model["coef"], features(rule_score), strict=True)
    )
    return round(1.0 / (1.0 + math.exp(-z)), 3)
