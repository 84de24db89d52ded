"""The claim cache: exact round trips on real spaCy claims, keys, deduplication, failure modes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from compare.byline import with_byline
from compare.claimcache import (
    CLAIM_FILE,
    ClaimCache,
    ClaimExtractor,
    claim_key,
    claim_modules,
    code_fingerprint,
)
from compare.claims import Claim, extract_claims
from compare.records import Sentence
from compare.sentences import split_document
from compare.serial import dumps, loads
from compare.sources import load_sources

from .conftest import SOURCES


def _bundled() -> tuple[list[Sentence], dict[str, date | None]]:
    docs = [split_document(with_byline(s)) for s in load_sources([SOURCES])]
    published = {
        d.source.id: date.fromisoformat(d.source.published[:10]) if d.source.published else None for d in docs
    }
    return [s for d in docs for s in d.sentences], published


@pytest.fixture(scope="module")
def bundled_claims() -> tuple[list[Sentence], dict[str, date | None], list[Claim]]:
    sentences, published = _bundled()
    return sentences, published, extract_claims(sentences, published)


class CountingExtract:
    """``extract_claims`` that records what it was asked for."""

    def __init__(self) -> None:
        self.asked: list[list[str]] = []

    def __call__(
        self, sentences: Sequence[Sentence], published: dict[str, date | None] | None
    ) -> list[Claim]:
        self.asked.append([s.text for s in sentences])
        pub = published or {}
        return [
            Claim(s, pub.get(s.source), status="done" if "signed" in s.text else "none") for s in sentences
        ]


def _sentence(source: str, index: int, text: str) -> Sentence:
    return Sentence(source, index, 0, len(text), text)


def test_every_bundled_claim_round_trips_exactly(bundled_claims) -> None:
    sentences, _, claims = bundled_claims
    assert len(claims) == len(sentences) > 100
    rich = 0
    for s, c in zip(sentences, claims, strict=True):
        text = dumps(c, exclude=frozenset({"sentence"}))
        assert '"sentence"' not in text
        assert loads(Claim, text, sentence=s) == c
        rich += bool(c.quantities and c.dates) or bool(c.negations)
    assert rich > 5  # the round trip covered nested quantities, dates and negations, not just empty claims


def test_cached_claims_equal_fresh_ones_and_skip_extraction(tmp_path: Path, bundled_claims) -> None:
    sentences, published, claims = bundled_claims
    first = ClaimExtractor(ClaimCache(tmp_path))
    assert first(sentences, published) == claims
    assert first.computed == len({(published[s.source], s.text) for s in sentences})
    assert (tmp_path / CLAIM_FILE).is_file()

    def refuse(sentences: Sequence[Sentence], published: dict[str, date | None] | None) -> list[Claim]:
        raise AssertionError(f"extraction ran on {len(sentences)} sentences")

    second = ClaimExtractor(ClaimCache(tmp_path), extract=refuse)
    assert second(sentences, published) == claims
    assert second.computed == 0 and second.error is None


def test_same_text_and_date_is_extracted_once() -> None:
    fake = CountingExtract()
    extractor = ClaimExtractor(None, extract=fake)
    day = date(2025, 3, 15)
    a = _sentence("a", 0, "The treaty was signed on Friday.")
    b = _sentence("b", 4, "The treaty was signed on Friday.")
    c = _sentence("c", 1, "The treaty was signed on Friday.")
    got = extractor([a, b, c], {"a": day, "b": day, "c": date(2025, 3, 16)})
    assert fake.asked == [[a.text, c.text]]  # b shares a's text and date; c's date differs
    assert [g.sentence for g in got] == [a, b, c]
    assert [g.published for g in got] == [day, day, date(2025, 3, 16)]


def test_key_depends_on_code_date_and_text() -> None:
    base = claim_key("f1", date(2025, 1, 1), "text")
    assert base == claim_key("f1", date(2025, 1, 1), "text")
    assert len({base, claim_key("f2", date(2025, 1, 1), "text"), claim_key("f1", None, "text")}) == 3
    assert claim_key("f1", date(2025, 1, 2), "text") != base != claim_key("f1", date(2025, 1, 1), "text.")


def test_fingerprint_covers_the_modules_claims_depend_on() -> None:
    modules = claim_modules()
    assert {"compare.claims", "compare.numbers", "compare.names", "compare.records"} <= set(modules)
    assert "compare.detect" not in modules and "compare.embedding" not in modules
    assert len(code_fingerprint()) == 64


def test_a_changed_fingerprint_misses_old_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = _sentence("a", 0, "Officials signed it.")
    fake = CountingExtract()
    ClaimExtractor(ClaimCache(tmp_path), extract=fake)([s], {})
    monkeypatch.setattr("compare.claimcache.code_fingerprint", lambda: "edited claims.py")
    ClaimExtractor(ClaimCache(tmp_path), extract=fake)([s], {})
    assert fake.asked == [[s.text], [s.text]]


def test_unreadable_entry_is_recomputed_and_replaced(tmp_path: Path) -> None:
    s = _sentence("a", 0, "Officials signed it.")
    fake = CountingExtract()
    ClaimExtractor(ClaimCache(tmp_path), extract=fake)([s], {})
    with sqlite3.connect(tmp_path / CLAIM_FILE) as db:
        db.execute("UPDATE claim SET data = ?", (json.dumps({"status": "done", "unknown": 1}),))
    again = ClaimExtractor(ClaimCache(tmp_path), extract=fake)
    (claim,) = again([s], {})
    assert claim.status == "done" and again.computed == 1 and len(fake.asked) == 2
    third = ClaimExtractor(ClaimCache(tmp_path), extract=fake)
    third([s], {})
    assert third.computed == 0  # the bad entry was overwritten


def test_unwritable_cache_is_disabled_not_fatal(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    extractor = ClaimExtractor(ClaimCache(blocker / "sub"), extract=CountingExtract())
    (claim,) = extractor([_sentence("a", 0, "Officials signed it.")], {})
    assert claim.status == "done"
    assert extractor.error is not None and "claim cache disabled" in extractor.error


@pytest.mark.model
def test_warm_report_imports_no_model_and_equals_the_cold_one(tmp_path: Path) -> None:
    """A second ``crosscheck report`` on unchanged articles loads neither the embedding model nor spaCy."""
    watched = ("torch", "sentence_transformers", "transformers", "spacy", "thinc", "sklearn")
    code = (
        "import sys\nfrom compare.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        f"print('HEAVY', sorted(m for m in {watched!r} if m in sys.modules))\n"
    )
    env = {"CROSSCHECK_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    heavy = []
    for run in ("cold", "warm"):
        args = ["report", str(SOURCES), "-o", str(tmp_path / run), "--no-timestamp", "--format", "json"]
        done = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
        )
        heavy.append(done.stdout.rsplit("HEAVY", 1)[1].strip())
    assert "spacy" in heavy[0] and "torch" in heavy[0]  # the check can see them when they load
    assert heavy[1] == "[]"
    assert (tmp_path / "cold" / "report.json").read_bytes() == (
        tmp_path / "warm" / "report.json"
    ).read_bytes()
