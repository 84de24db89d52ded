"""Property and fuzz tests over random and adversarial input.

- reading (:func:`compare.sources.parse_article`) raises nothing but :class:`InputError` on any bytes;
- claim extraction (:func:`compare.claims.extract_claims`) never raises on any string;
- the pipeline never crashes on articles the reader accepts, every quoted statement is exactly
  ``source_text[start:end]``, and the JSON validates against ``../shared/report.schema.json``.

Example counts are kept small (the whole file runs in well under 30 s) because these run in ``make test``;
to hunt for bugs, multiply them: ``CROSSCHECK_FUZZ_SCALE=50 pytest tests/test_fuzz.py``.
"""

from __future__ import annotations

import json
import os
import string
from datetime import date

import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from compare.config import SUPPORTED_SUFFIXES, Settings
from compare.errors import InputError
from compare.pipeline import compare_sources, diff_sources
from compare.records import Sentence, Source
from compare.render.json import to_dict
from compare.sources import parse_article

from .conftest import SCHEMA, FakeEncoder

SCALE = int(os.environ.get("CROSSCHECK_FUZZ_SCALE", "1"))
FAST = settings(
    max_examples=40 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# The pipeline runs spaCy over every sentence: fewer examples keep the file under 30 s.
PIPELINE = settings(
    max_examples=30 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Tokens that have broken text tools before: numbers in every shape, abbreviations, dates, bidi and
# zero-width marks, combining characters, emoji, control characters, odd line breaks.
ADVERSARIAL = [
    "12", "21", "1,200", "1.200,5", "$3.5bn", "€4m", "-5", "+7", "1e309", "NaN", "∞", "½", "٣٤", "๓",
    "10%", "3-4", "12–15", "2nd", "a dozen", "hundreds", "0", "00", "007", "1/2", "3:2",
    "Mr.", "U.S.", "St. Louis", "Jan. 17", "17 January 2025", "2025-03-04", "Tuesday", "10:30 p.m.",
    "said", "not", "no", "never", "will", "was", "killed", "injured", "President", "Putin", "Iran",
    "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "e\u0301", "\u0301", "🇺🇦", "👩‍👩‍👧", "\U0001f600",
    "\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\r", "\r\n", "\n\n", "\t", "\u2028", "\u2029", "\x0c",
    "—", "–", "…", "“", "”", "«", "»", "(", ")", "[", "]", ".", ". ", "?!", ";", ":", "-", "*", "#",
    "ǅ", "ß", "İ", "ﬁ", "Ω", "中文", "русский", "فارسی", "עברית", "\ud7ff", "\U0010ffff",
]  # fmt: skip


words = st.one_of(
    st.sampled_from(ADVERSARIAL),
    st.text(max_size=12),
    st.text(alphabet=string.ascii_letters, min_size=1, max_size=10),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)
joined = st.tuples(st.lists(words, max_size=60), st.sampled_from([" ", "", "\n", ". ", ", "])).map(
    lambda parts: parts[1].join(parts[0])
)
# One line of 1,000 to 3,000 characters: longer than the longest sentence kept whole (600).
long_lines = st.tuples(words.filter(bool), st.integers(min_value=1_000, max_value=3_000)).map(
    lambda p: ((p[0] + " ") * p[1])[: p[1]]
)
numbers_only = st.from_regex(r"\A[0-9 .,%$€\-+/:]{1,400}\Z")
no_punctuation = st.lists(
    st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=9), min_size=1, max_size=300
).map(" ".join)
any_text = st.one_of(st.text(), joined, long_lines, numbers_only, no_punctuation)


# ---------------------------------------------------------------------------------------------- reading


@FAST
@given(
    data=st.one_of(
        st.binary(max_size=2_000),
        any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.tuples(any_text, st.sampled_from(["utf-16", "utf-16-le", "cp1252", "latin-1", "utf-8-sig"])).map(
            lambda p: p[0].encode(p[1], "replace")
        ),
    ),
    suffix=st.sampled_from([*SUPPORTED_SUFFIXES, "", ".pdf", "-"]),
)
def test_parse_article_raises_only_input_error(data: bytes, suffix: str) -> None:
    try:
        sources = parse_article(data, "fuzz", "fuzz", suffix)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    for src in sources:
        assert src.text.strip() and "\r" not in src.text


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
article_objects = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(any_text, json_values),
        "id": json_values,
        "title": json_values,
        "outlet": json_values,
        "published": st.one_of(json_values, st.sampled_from(["2025-02-30", "31/31/2025", "yesterday"])),
        "url": json_values,
    },
)


@FAST
@given(objs=st.lists(article_objects, min_size=1, max_size=3), lines=st.booleans())
def test_json_articles_with_any_fields(objs: list[dict], lines: bool) -> None:
    if lines:
        data = "\n".join(json.dumps(o) for o in objs).encode()
    else:
        data = json.dumps(objs if len(objs) > 1 else objs[0]).encode()
    try:
        sources = parse_article(data, "fuzz", "fuzz", ".jsonl" if lines else ".json")
    except InputError:
        return
    assert len(sources) == len(objs)
    for src in sources:
        assert src.published is None or len(src.published) == 10


@FAST
@given(meta=st.dictionaries(st.sampled_from(["title", "outlet", "published", "url", "date", "x"]), any_text),
       body=any_text)  # fmt: skip
def test_markdown_front_matter_with_any_values(meta: dict[str, str], body: str) -> None:
    head = "".join(f"{k}: {v}\n" for k, v in meta.items())
    data = f"---\n{head}---\n{body}".encode("utf-8", "surrogatepass")
    try:
        (src,) = parse_article(data, "fuzz.md", "fuzz", ".md")
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert src.published is None or date.fromisoformat(src.published)


# --------------------------------------------------------------------------------------------- claims


@FAST
@given(texts=st.lists(any_text, min_size=1, max_size=4), published=st.none() | st.dates())
def test_extract_claims_never_raises(texts: list[str], published: date | None) -> None:
    from compare.claims import extract_claims

    sentences = [Sentence("s", i, 0, len(t), t) for i, t in enumerate(texts)]
    claims = extract_claims(sentences, {"s": published})
    assert [c.sentence for c in claims] == sentences


# ------------------------------------------------------------------------------------------- pipeline


def _sources(texts: list[str]) -> list[Source]:
    """Read each text as the loader would (as a .txt file); articles the reader refuses are skipped."""
    out = []
    for n, text in enumerate(texts):
        try:
            (src,) = parse_article(text.encode("utf-8", "surrogatepass"), f"s{n}.txt", f"s{n}", ".txt")
        except InputError:
            continue
        out.append(src)
    return out


def _check(data: dict, schema: dict) -> None:
    jsonschema.validate(data, schema)
    text = {s["id"]: s["text"] for s in data["sources"]}
    statements = [stmt for f in data["findings"] for stmt in f["statements"]] + data["unique"]
    statements += [stmt for p in data.get("pairs") or [] for stmt in (p["a"], p["b"])]
    statements += [stmt for stmts in (data.get("only") or {}).values() for stmt in stmts]
    for stmt in statements:
        assert text[stmt["source"]][stmt["start"] : stmt["end"]] == stmt["text"]


@pytest.fixture(scope="module")
def report_schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


shared = st.lists(st.sampled_from(ADVERSARIAL[:45]), min_size=3, max_size=25).map(" ".join)


@PIPELINE
@given(texts=st.lists(st.one_of(any_text, shared), min_size=2, max_size=3))
def test_pipeline_never_crashes_and_offsets_are_exact(texts: list[str], report_schema: dict) -> None:
    sources = _sources(texts)
    assume(len(sources) >= 2)
    report = compare_sources(sources, Settings(), encoder=FakeEncoder(), timestamp=False)
    _check(to_dict(report), report_schema)


@PIPELINE
@given(a=st.one_of(any_text, shared), b=st.one_of(any_text, shared))
def test_diff_never_crashes_and_offsets_are_exact(a: str, b: str, report_schema: dict) -> None:
    sources = _sources([a, b])
    assume(len(sources) == 2)
    report = diff_sources(sources[0], sources[1], Settings(), encoder=FakeEncoder(), timestamp=False)
    _check(to_dict(report), report_schema)


# ----------------------------------------------------- number words Python's float() would accept


@pytest.mark.parametrize("text", ["hundreds nan", "Hundreds NaN", "Dozens inf"])
def test_extract_claims_on_nan_and_inf_number_words(text: str) -> None:
    from compare.claims import extract_claims

    (claim,) = extract_claims([Sentence("s", 0, 0, len(text), text)])
    assert claim.sentence.text == text


@pytest.mark.parametrize("text", ["nan", "inf", "infinity"])
def test_parse_value_on_nan_and_inf(text: str) -> None:
    from compare.numbers import parse_value

    assert parse_value(text) is None
