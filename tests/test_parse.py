"""How spaCy runs: equal texts parsed once, two processes on large inputs, claims unchanged by either."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import pytest

from compare import parse as parse_mod
from compare.byline import with_byline
from compare.claims import extract_claims
from compare.records import Sentence
from compare.sentences import split_document
from compare.sources import load_sources

from .conftest import SOURCES


class FakeNlp:
    """Records how ``pipe`` was called; a doc is the text upper-cased in a list (a distinct object)."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.kwargs: dict[str, Any] = {}

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[list[str]]:
        self.kwargs = kwargs
        for text in texts:
            self.seen.append(text)
            yield [text.upper()]


def test_runs_of_equal_texts_are_parsed_once() -> None:
    nlp = FakeNlp()
    docs = list(parse_mod.parse(nlp, ["a", "a", "b", "a"]))
    assert nlp.seen == ["a", "b", "a"]  # only consecutive duplicates are merged
    assert docs == [["A"], ["A"], ["B"], ["A"]] and docs[0] is docs[1] and docs[1] is not docs[3]
    assert nlp.kwargs == {"batch_size": parse_mod.BATCH_SIZE, "n_process": 1}


def test_two_processes_only_for_large_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_mod, "_cores", lambda: 2)
    nlp = FakeNlp()
    list(parse_mod.parse(nlp, [str(i) for i in range(parse_mod.PARALLEL_MIN)]))
    assert nlp.kwargs["n_process"] == 2
    list(parse_mod.parse(nlp, ["x"] * parse_mod.PARALLEL_MIN))  # many texts, one distinct
    assert nlp.kwargs["n_process"] == 1
    monkeypatch.setattr(parse_mod, "_cores", lambda: 1)
    list(parse_mod.parse(nlp, [str(i) for i in range(parse_mod.PARALLEL_MIN)]))
    assert nlp.kwargs["n_process"] == 1


def test_claims_are_the_same_parsed_in_two_processes_and_deduplicated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = [split_document(with_byline(s)) for s in load_sources([SOURCES])]
    sentences = [s for d in docs for s in d.sentences]
    published: dict[str, date | None] = {d.source.id: date(2025, 1, 17) for d in docs}
    single = extract_claims(sentences, published)
    # Every sentence twice, under another source id with another date, sorted so duplicates are adjacent.
    twins = [Sentence("x" + s.source, s.index, s.start, s.end, s.text, s.heading) for s in sentences]
    published.update({"x" + d.source.id: date(2025, 1, 20) for d in docs})
    both = sorted([*sentences, *twins], key=lambda s: s.text)
    monkeypatch.setattr(parse_mod, "PARALLEL_MIN", 1)
    monkeypatch.setattr(parse_mod, "_cores", lambda: 2)
    got = dict(zip(both, extract_claims(both, published), strict=True))
    assert [got[s] for s in sentences] == single
    twin_alone = extract_claims(twins[:40], published)
    assert [got[s] for s in twins[:40]] == twin_alone
