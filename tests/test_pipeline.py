from __future__ import annotations

import json
from dataclasses import replace

import jsonschema

from compare.config import Settings
from compare.pipeline import compare_sources, diff_sources, prepare
from compare.records import Source
from compare.render.json import dumps, to_dict
from compare.sources import load_sources

from .conftest import SOURCES, FakeEncoder

A = Source(
    "a",
    "a.txt",
    "Quake Hits Town\nThe earthquake killed 279 people on Tuesday, officials said. Rescue teams arrived.\n",
)
B = Source(
    "b",
    "b.txt",
    "Officials said the earthquake killed 270 people on Tuesday. The mayor praised volunteers.\n",
)


def test_report_validates_against_schema(schema: dict) -> None:
    report = compare_sources(load_sources([SOURCES]), Settings(), encoder=FakeEncoder())
    data = json.loads(dumps(to_dict(report)))
    jsonschema.validate(data, schema)
    for st in [s for f in data["findings"] for s in f["statements"]] + data["unique"]:
        src = next(x for x in data["sources"] if x["id"] == st["source"])
        assert src["text"][st["start"] : st["end"]] == st["text"]


def test_diff_has_pairs_only_and_conflict(schema: dict) -> None:
    report = diff_sources(A, B, Settings(), encoder=FakeEncoder())
    data = to_dict(report)
    jsonschema.validate(data, schema)
    assert any(p["relation"] == "conflicts" for p in data["pairs"])
    assert any(f["kind"] == "quantity" and f["severity"] == "high" for f in data["findings"])
    assert [s["text"] for s in data["only"]["a"]] == ["Quake Hits Town", "Rescue teams arrived."]


def test_output_is_stable_without_timestamp() -> None:
    one = dumps(to_dict(compare_sources([A, B], Settings(), encoder=FakeEncoder(), timestamp=False)))
    two = dumps(to_dict(compare_sources([A, B], Settings(), encoder=FakeEncoder(), timestamp=False)))
    assert one == two and '"generated"' not in one


def test_second_run_embeds_nothing(tmp_path) -> None:
    from compare.embedding import CachedEncoder, EmbeddingCache

    fake = FakeEncoder()
    first = prepare([A, B], Settings(), CachedEncoder(fake, EmbeddingCache(tmp_path)))
    second = prepare([A, B], Settings(), CachedEncoder(fake, EmbeddingCache(tmp_path)))
    assert first.computed > 0 and second.computed == 0 and fake.calls == 1


def test_settings_are_recorded() -> None:
    data = to_dict(compare_sources([A, B], Settings(), encoder=FakeEncoder()))
    assert data["settings"]["model"] == "all-MiniLM-L6-v2"
    assert data["settings"]["align_threshold"] == Settings().align_threshold
    assert data["settings"]["model_identity"] == "fake-bow-v1"


def test_progress_reports_every_stage() -> None:
    seen: dict[str, tuple[int, int]] = {}
    compare_sources(
        load_sources([SOURCES]),
        replace(Settings(), cache=False),
        encoder=FakeEncoder(),
        progress=lambda stage, done, total: seen.__setitem__(stage, (done, total)),
    )
    assert {"reading claims", "comparing sentence pairs"} <= set(seen)  # the fake encoder reports nothing
    assert all(0 <= done <= total for done, total in seen.values())
