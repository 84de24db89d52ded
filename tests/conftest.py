"""Shared fixtures: a deterministic fake encoder, the bundled sources, the schema."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"
SCHEMA = ROOT.parent / "shared" / "report.schema.json"
DATA = Path(__file__).resolve().parent / "data"


class FakeEncoder:
    """Bag-of-words hashing encoder: sentences sharing words get similar unit vectors.

    Deterministic, instant, and good enough to make alignment meaningful in logic tests.
    """

    identity = "fake-bow-v1"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.calls = 0
        self.texts: list[str] = []

    def encode(self, texts: Sequence[str], progress: object = None) -> np.ndarray:
        self.calls += 1
        self.texts.extend(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                if len(word) < 3:
                    continue
                h = int(hashlib.md5(word.encode()).hexdigest(), 16)
                out[row, h % self.dim] += 1.0
            norm = np.linalg.norm(out[row])
            out[row] = out[row] / norm if norm else out[row]
        return out


@pytest.fixture
def fake_encoder() -> FakeEncoder:
    return FakeEncoder()


@pytest.fixture
def schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@pytest.fixture
def use_fake_encoder(monkeypatch: pytest.MonkeyPatch) -> FakeEncoder:
    """Make every pipeline call (including the CLI's) use the fake encoder."""
    enc = FakeEncoder()
    monkeypatch.setattr("compare.pipeline.make_encoder", lambda settings: enc)
    return enc


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real cache from tests."""
    monkeypatch.setenv("CROSSCHECK_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.delenv("CROSSCHECK_MODEL", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
