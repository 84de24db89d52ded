from __future__ import annotations

import json
from pathlib import Path

from compare import scoring
from compare.claims import extract_claim
from compare.detect import compare_claims
from compare.records import Sentence


def test_shipped_model_matches_the_features() -> None:
    model = scoring.load_model()
    assert model is not None, "compare/data/score_model.json is missing or stale: run eval/fit_score.py"
    assert model["features"] == scoring.feature_names()


def test_calibrated_scores_are_probabilities_and_keep_the_order() -> None:
    scores = [scoring.calibrated(x / 100) for x in range(1, 100)]
    assert all(0.0 < s < 1.0 for s in scores)
    assert scores == sorted(scores)
    assert scores[0] < scores[-1]


def test_a_stale_model_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"features": ["something else"], "coef": [1.0], "intercept": 0.0}))
    assert scoring.load_model(path) is None
    assert scoring.load_model(tmp_path / "missing.json") is None


def test_findings_carry_the_calibrated_score() -> None:
    a, b = (
        "The crash killed 279 people, officials said.",
        "Officials said 270 people were killed in the crash.",
    )
    cands = compare_claims(
        extract_claim(Sentence("A", 0, 0, len(a), a)), extract_claim(Sentence("B", 0, 0, len(b), b)), 0.8
    )
    assert cands
    for c in cands:
        assert 0.0 < c.score < 1.0
