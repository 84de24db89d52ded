"""Tests on the real packaged model: what users run."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from compare.config import Settings
from compare.embedding import SentenceTransformerEncoder
from compare.pipeline import compare_sources, diff_sources
from compare.render.json import to_dict
from compare.sources import load_sources

from .conftest import SOURCES

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def encoder() -> SentenceTransformerEncoder:
    return SentenceTransformerEncoder()


def test_real_model_embeds_paraphrases_closer(encoder: SentenceTransformerEncoder) -> None:
    e = encoder.encode(
        [
            "The treaty was signed in Moscow on Friday.",
            "On Friday the pact was signed in Moscow.",
            "Shares fell 3%.",
        ]
    )
    assert e.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(e, axis=1), 1.0, atol=1e-5)
    assert e[0] @ e[1] > 0.8 > 0.3 > e[0] @ e[2]


def test_diff_of_002_and_003(encoder: SentenceTransformerEncoder) -> None:
    a, b = load_sources([SOURCES / "002_2f0bec96db29405d.txt", SOURCES / "003_724366f104c384ed.txt"])
    data = to_dict(diff_sources(a, b, Settings(), encoder=encoder))
    pairs = [(p["a"]["text"], p["b"]["text"]) for p in data["pairs"]]
    assert any("signed a groundbreaking cooperation pact" in x and "set to sign" in y for x, y in pairs)
    assert any(
        "key areas" in x or "politics, security, trade" in x for x, y in pairs if "47 articles" in y
    ) or any("47 articles" in s["text"] for s in data["only"]["003_724366f104c384ed"])


def test_second_report_does_no_inference(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from compare.pipeline import make_encoder

    monkeypatch.setenv("CROSSCHECK_CACHE_DIR", str(tmp_path))
    sources = load_sources([SOURCES])
    first = make_encoder(Settings())
    compare_sources(sources, Settings(), encoder=first)
    second = make_encoder(Settings())
    compare_sources(sources, Settings(), encoder=second)
    assert second.computed == 0  # type: ignore[attr-defined]
    assert second.encoder._model is None  # type: ignore[attr-defined]  # the model was never even loaded


def test_bundled_report_is_schema_valid(encoder: SentenceTransformerEncoder, schema: dict) -> None:
    import jsonschema

    data = json.loads(
        json.dumps(to_dict(compare_sources(load_sources([SOURCES]), Settings(), encoder=encoder)))
    )
    jsonschema.validate(data, schema)
