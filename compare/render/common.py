"""Format-neutral helpers shared by the HTML and Markdown views.

Everything here reads the report's JSON dictionary (:func:`compare.render.json.to_dict`), which is untrusted,
and returns plain data or raw, unescaped text: escaping is the job of each view. Nothing here depends on an
output format, and every result is deterministic (report order, never set or hash order).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

SEVERITIES = ("high", "medium", "low")
SEVERITY_ICON = {"high": "▲", "medium": "◆", "low": "○"}
SECTIONS = (
    ("summary", "Summary"),
    ("findings", "Findings"),
    ("facts", "Fact table"),
    ("coverage", "Coverage"),
    ("unique", "Claims only one source makes"),
    ("sources", "Sources"),
)
PAIRS_SECTION = ("pairs", "Aligned pairs")
RELATION_ICON = {"same": "=", "differs": "≈", "conflicts": "≠"}

Statement = Mapping[str, Any]
Block = tuple[bool, list[int | str]]
"""A paragraph or heading of a source: ``(is_heading, parts)``, each part a sentence number or raw text."""
ValueKey = tuple[str, ...]
"""What fact-table values are compared by: ``("quantity", amount, unit)``, ``("text", folded)`` or
``("none", sentence)`` for a statement without a value."""


# ---------------------------------------------------------------------------------------------------------
# Plain values


def plural(n: int, word: str) -> str:
    """Count a word, e.g. ``1 finding``, ``2 findings``.

    Args:
        n: The count.
        word: The singular noun.

    Returns:
        The count and the noun, with an ``s`` unless the count is one.
    """
    return f"{n} {word}{'s' * (n != 1)}"


def text_of(value: object) -> str:
    """A JSON value as display text.

    Args:
        value: Any JSON value.

    Returns:
        ``""`` for ``None``, a string as it is, anything else as compact JSON with sorted keys.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def as_int(value: object, default: int = -1) -> int:
    """An integer from untrusted JSON.

    Args:
        value: Any JSON value.
        default: What booleans and values that are not integers give.

    Returns:
        The integer, or ``default``.
    """
    if isinstance(value, bool):
        return default
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return default


def mappings(value: object) -> list[Mapping[str, Any]]:
    """The objects in an untrusted JSON list.

    Args:
        value: Any JSON value.

    Returns:
        The list's items that are objects, in order; empty when ``value`` is not a list.
    """
    return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []


# ---------------------------------------------------------------------------------------------------------
# Finding values in text


def find_value(text: str, value: object) -> tuple[int, int] | None:
    """Where a value first occurs in a text.

    A whole-word match wins over a match inside a word, and an exact-case match over one ignoring case.

    Args:
        text: The raw text to search.
        value: The value (any JSON value, shown as :func:`text_of` shows it).

    Returns:
        ``(start, end)`` of the first occurrence, or None when the value is empty or not found.
    """
    needle = text_of(value).strip()
    if not needle:
        return None
    escaped = re.escape(needle)
    for pattern in (rf"(?<!\w){escaped}(?!\w)", escaped):
        for flags in (0, re.IGNORECASE):
            match = re.search(pattern, text, flags)
            if match:
                return match.span()
    return None


def value_spans(text: str, values: Iterable[object]) -> list[tuple[int, int]]:
    """The first occurrence of each of several values in a text.

    Args:
        text: The raw text to search.
        values: The values, most important first.

    Returns:
        Sorted ``(start, end)`` spans; a span overlapping an earlier value's span is dropped.
    """
    spans: list[tuple[int, int]] = []
    for value in values:
        found = find_value(text, value)
        if found and all(found[1] <= s or found[0] >= e for s, e in spans):
            spans.append(found)
    return sorted(spans)


def split_marked(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Cut a raw text at spans, so that each view can escape the pieces and mark the spans its own way.

    Args:
        text: The raw text.
        spans: Sorted, non-overlapping ``(start, end)`` spans.

    Returns:
        ``(piece, is_marked)`` pieces that join back to ``text``; at least one piece.
    """
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for start, end in spans:
        if start > pos:
            pieces.append((text[pos:start], False))
        pieces.append((text[start:end], True))
        pos = end
    if pos < len(text) or not pieces:
        pieces.append((text[pos:], False))
    return pieces


# ---------------------------------------------------------------------------------------------------------
# Report-level data


def severity_of(finding: Mapping[str, Any]) -> str:
    """A finding's severity, lower case (unknown values pass through for display)."""
    return text_of(finding.get("severity")).lower()


def severity_counts(findings: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """Findings per severity.

    Args:
        findings: The report's findings.

    Returns:
        Counts keyed by severity: always ``high``, ``medium`` and ``low``, then any other severity seen.
    """
    counts = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        sev = severity_of(finding)
        counts[sev] = counts.get(sev, 0) + 1
    return counts


def source_ids(data: Mapping[str, Any]) -> list[str]:
    """Source ids in report order, then any id only statements mention (in order of appearance)."""
    ids = [text_of(src.get("id")) for src in data.get("sources", [])]
    statements = [st for f in data.get("findings", []) for st in f.get("statements", [])]
    for st in [*statements, *data.get("unique", [])]:
        sid = text_of(st.get("source"))
        if sid not in ids:
            ids.append(sid)
    return ids


#: Up to this many sources, the fact table and the coverage matrix have a column per source; beyond it a
#: row lists only the sources it involves, so that a report's size grows with its statements, not with
#: rows times sources (1,000 synthetic articles: a 147 MB HTML file, 5,000 would be about 25 times that).
MATRIX_MAX_SOURCES = 12

#: The labels of the last ``sources`` list seen, with that list (held, so its id cannot be reused).
_LABELS: list[tuple[object, dict[str, str]]] = []


def source_label(data: Mapping[str, Any], sid: str) -> str:
    """``id (outlet)`` when the source has an outlet, else the id.

    Renderers ask for a label per statement; the labels of one report are built once (a scan of the
    sources per call made rendering quadratic: 62 s of a 1,000-article report).
    """
    sources = data.get("sources", [])
    if not _LABELS or _LABELS[0][0] is not sources:
        labels: dict[str, str] = {}
        for src in sources:
            if src.get("outlet"):
                key = text_of(src.get("id"))
                labels.setdefault(key, f"{key} ({text_of(src['outlet'])})")
        _LABELS[:] = [(sources, labels)]
    return _LABELS[0][1].get(sid, sid)


def settings_line(settings: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The settings a reader needs.

    Args:
        settings: The report's ``settings``.

    Returns:
        ``(name, value)`` for the version, the model, then every threshold and margin, in that order.
    """
    keep = [("version", settings.get("version")), ("model", settings.get("model"))]
    keep += [(k, v) for k, v in settings.items() if "threshold" in k or "margin" in k]
    return [(name, text_of(value)) for name, value in keep if value is not None]


def sections(data: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """The sections of a view as ``(id, title)``: a diff has its aligned pairs right after the findings."""
    if not is_diff(data):
        return SECTIONS
    return (*SECTIONS[:2], PAIRS_SECTION, *SECTIONS[2:])


# ---------------------------------------------------------------------------------------------------------
# Fact table


@dataclass(frozen=True)
class FactValue:
    """One value a source gives for a disputed topic.

    Attributes:
        text: The value as the source writes it (empty when the statement has no value).
        status: ``majority``, ``outlier`` or empty (no majority, or no value).
        statement: The first statement giving this value.
    """

    text: str
    status: str
    statement: Statement


def text_key(value: object) -> str:
    """A value's text with case, runs of space and surrounding punctuation folded away."""
    return " ".join(text_of(value).split()).casefold().strip(" .,;:")


def quantity_key(normalized: object) -> ValueKey | None:
    """The amount and unit of a normalised quantity, so that ``ten years`` matches ``about 10 years``.

    Args:
        normalized: A statement's ``normalized`` field, e.g. ``{"amount": 10, "unit": "year", ...}``.

    Returns:
        ``("quantity", amount, unit)`` (``10`` and ``10.0`` alike; hedge and range ignored), or None when
        ``normalized`` is no quantity.
    """
    if not isinstance(normalized, Mapping):
        return None
    amount, unit = normalized.get("amount"), normalized.get("unit")
    if isinstance(amount, bool) or not isinstance(amount, int | float) or not isinstance(unit, str):
        return None
    if isinstance(amount, float) and amount.is_integer():
        amount = int(amount)
    return ("quantity", str(amount), unit.strip())


def value_keys(statements: Sequence[Statement]) -> list[ValueKey]:
    """What each statement's value is compared by.

    Two values are the same when both statements carry a normalised quantity with the same amount and unit,
    or else when their texts match ignoring case and spacing. A statement without a normalised quantity
    takes the quantity of the first statement whose value has the same text, so that it still matches it.

    Args:
        statements: A finding's statements.

    Returns:
        One key per statement; ``("none", sentence)`` for a statement without a value.
    """
    own = [(text_key(st.get("value")), quantity_key(st.get("normalized"))) for st in statements]
    by_text: dict[str, ValueKey] = {}
    for text, quantity in own:
        if text and quantity:
            by_text.setdefault(text, quantity)
    return [
        (quantity or by_text.get(text) or ("text", text))
        if text
        else ("none", str(as_int(st.get("sentence"))))
        for st, (text, quantity) in zip(statements, own, strict=True)
    ]


def _majority(by_source: Mapping[str, Mapping[ValueKey, Statement]]) -> ValueKey | None:
    """The value at least two sources give, more than any other, while some source gives another."""
    support = Counter(key for keys in by_source.values() for key in keys if key[0] != "none")
    ranked = support.most_common(2)
    if len(ranked) == 2 and ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    return None


def _status(key: ValueKey, majority: ValueKey | None) -> str:
    if majority is None or key[0] == "none":
        return ""
    return "majority" if key == majority else "outlier"


def fact_cells(finding: Mapping[str, Any], sids: Sequence[str]) -> dict[str, list[FactValue]]:
    """For one finding, the distinct values each source gives, with the majority and outliers marked.

    The majority is a value given by at least two sources, more than any other value, while some source
    gives a different one (values compare as :func:`value_keys` says). Statements without a value are kept
    (empty text) so that the cell is not blank.

    Args:
        finding: One finding of the report.
        sids: The source ids, in column order.

    Returns:
        Per source id (every id in ``sids``, then any other the statements name), its values in order.
    """
    statements = finding.get("statements", [])
    by_source: dict[str, dict[ValueKey, Statement]] = {sid: {} for sid in sids}
    for st, key in zip(statements, value_keys(statements), strict=True):
        by_source.setdefault(text_of(st.get("source")), {}).setdefault(key, st)
    majority = _majority(by_source)
    return {
        sid: [
            FactValue(text_of(st.get("value")).strip(), _status(key, majority), st)
            for key, st in keys.items()
        ]
        for sid, keys in by_source.items()
    }


# ---------------------------------------------------------------------------------------------------------
# Coverage, unique claims, references


def coverage(data: Mapping[str, Any]) -> list[tuple[Mapping[str, Any], dict[str, list[int]]]]:
    """Claim groups with, per source id, the sentence numbers that source has in the group."""
    rows = []
    for group in data.get("groups") or []:
        members: dict[str, list[int]] = {}
        for member in group.get("members", []):
            members.setdefault(text_of(member.get("source")), []).append(as_int(member.get("sentence")))
        rows.append((group, members))
    return rows


def unique_by_source(data: Mapping[str, Any]) -> list[tuple[str, list[Statement]]]:
    """Claims only one source makes, grouped by source in report order (sources with none left out)."""
    grouped: dict[str, list[Statement]] = {sid: [] for sid in source_ids(data)}
    for st in data.get("unique", []):
        grouped[text_of(st.get("source"))].append(st)
    return [(sid, sts) for sid, sts in grouped.items() if sts]


def reasons_of(statement: Statement) -> list[str]:
    """The ``reasons`` a unique claim is check-worthy (from ``normalized``), as text."""
    normalized = statement.get("normalized")
    reasons = normalized.get("reasons") if isinstance(normalized, Mapping) else None
    return [text_of(r) for r in reasons] if isinstance(reasons, list) else []


@dataclass(frozen=True)
class Ref:
    """A finding or a claim only one source makes that quotes a sentence.

    Attributes:
        finding: The finding's id as text, or None for a claim only this source makes.
        value: The value the quote is about (highlighted in the sentence).
    """

    finding: str | None
    value: object


def sentence_refs(data: Mapping[str, Any]) -> dict[tuple[str, int], list[Ref]]:
    """Who quotes each sentence.

    Args:
        data: The report.

    Returns:
        Per ``(source id, sentence number)``: the findings quoting it (each finding and value once, in
        report order), then the claims only that source makes.
    """
    refs: dict[tuple[str, int], list[Ref]] = {}
    for f in data.get("findings", []):
        for st in f.get("statements", []):
            ref = Ref(text_of(f.get("id")), st.get("value"))
            key = (text_of(st.get("source")), as_int(st.get("sentence")))
            if ref not in refs.setdefault(key, []):
                refs[key].append(ref)
    for st in data.get("unique", []):
        key = (text_of(st.get("source")), as_int(st.get("sentence")))
        refs.setdefault(key, []).append(Ref(None, st.get("value")))
    return refs


# ---------------------------------------------------------------------------------------------------------
# Source text


class _Paragraphs:
    """Splits a source text into paragraphs and heading lines of sentence numbers and raw text between."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._current: list[int | str] = []

    def text(self, gap: str) -> None:
        """Raw text between sentences: a newline ends the paragraph; blank pieces become one space."""
        for k, line in enumerate(gap.split("\n")):
            if k:
                self.flush()
            if line.strip():
                self._current.append(line)
            elif line and self._current:
                self._current.append(" ")

    def sentence(self, index: int, heading: bool) -> None:
        """A sentence; a heading stands on a line of its own."""
        if heading:
            self.flush()
            self._current.append(index)
            self.flush(heading=True)
        else:
            self._current.append(index)

    def flush(self, heading: bool = False) -> None:
        """End the current block."""
        while self._current and isinstance(self._current[-1], str) and not self._current[-1].strip():
            self._current.pop()
        if self._current:
            self.blocks.append((heading, self._current))
        self._current = []


def sentence_spans(text: str, spans: object) -> list[tuple[int, int, bool]]:
    """A source's sentence spans made safe to slice with.

    Args:
        text: The source text.
        spans: The untrusted ``spans`` field: ``[start, end, is_heading]`` lists.

    Returns:
        ``(start, end, is_heading)`` per sentence number, clamped to the text and to each other.
    """
    out: list[tuple[int, int, bool]] = []
    pos = 0
    for span in spans if isinstance(spans, list) else []:
        items = span if isinstance(span, list | tuple) else []
        start = min(max(as_int(items[0], 0) if items else pos, pos), len(text))
        end = min(max(as_int(items[1], 0) if len(items) > 1 else start, start), len(text))
        out.append((start, end, len(items) > 2 and bool(items[2])))
        pos = end
    return out


def source_blocks(src: Mapping[str, Any]) -> tuple[str, list[tuple[int, int, bool]], list[Block]]:
    """A source's text cut into paragraphs and headings; paragraphs break at newlines between sentences.

    Args:
        src: One source of the report.

    Returns:
        The text, its clamped sentence spans (:func:`sentence_spans`) and its :data:`Block` list.
    """
    text = text_of(src.get("text"))
    spans = sentence_spans(text, src.get("spans"))
    paragraphs = _Paragraphs()
    pos = 0
    for i, (start, end, heading) in enumerate(spans):
        paragraphs.text(text[pos:start])
        paragraphs.sentence(i, heading)
        pos = end
    paragraphs.text(text[pos:])
    paragraphs.flush()
    return text, spans, paragraphs.blocks


# ---------------------------------------------------------------------------------------------------------
# Diff reports (two sources, with ``pairs`` and ``only``)


def is_diff(data: Mapping[str, Any]) -> bool:
    """Whether the report is a two-article diff (it has ``pairs``)."""
    return "pairs" in data


def pairs_of(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """A diff's aligned pairs as in the report (items that are not objects left out)."""
    return mappings(data.get("pairs"))


def _side(pair: Mapping[str, Any], letter: str) -> Statement:
    st = pair.get(letter)
    return st if isinstance(st, Mapping) else {}


def diff_sides(data: Mapping[str, Any]) -> tuple[str, str]:
    """The source ids of A and B: the first two sources, else the sources the first pair names."""
    ids = [text_of(src.get("id")) for src in mappings(data.get("sources"))]
    pairs = pairs_of(data)
    if len(ids) < 2 and pairs:
        ids = [text_of(_side(pairs[0], letter).get("source")) for letter in "ab"]
    ids += ["", ""]
    return ids[0], ids[1]


@dataclass(frozen=True)
class AlignedPair:
    """One aligned pair of a diff, ready to show.

    Attributes:
        a: The sentence of A (an empty statement when the report lacks it).
        b: The sentence of B it aligns with.
        relation: ``same``, ``differs`` or ``conflicts``, lower case (other values pass through).
        icon: The relation's symbol (``?`` for an unknown one), so that it never rests on colour alone.
        similarity: The similarity with two decimals, or empty when it is not a number.
    """

    a: Statement
    b: Statement
    relation: str
    icon: str
    similarity: str


def _similarity(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return ""
    return f"{float(value):.2f}"


def aligned_pairs(data: Mapping[str, Any]) -> list[AlignedPair]:
    """A diff's aligned pairs, in report order.

    Args:
        data: The diff report.

    Returns:
        One :class:`AlignedPair` per pair object in ``pairs``.
    """
    out = []
    for pair in pairs_of(data):
        relation = text_of(pair.get("relation")).lower()
        icon = RELATION_ICON.get(relation, "?")
        out.append(
            AlignedPair(
                _side(pair, "a"), _side(pair, "b"), relation, icon, _similarity(pair.get("similarity"))
            )
        )
    return out


def only_by_side(data: Mapping[str, Any]) -> list[tuple[str, str, list[Statement]]]:
    """A diff's sentences without a counterpart.

    Args:
        data: The diff report.

    Returns:
        ``(letter, source id, statements)``: A's, then B's (both always, maybe empty), then any other source
        ``only`` names, with an empty letter, in the order ``only`` has them.
    """
    only = data.get("only")
    only = only if isinstance(only, Mapping) else {}
    a, b = diff_sides(data)
    out = [("A", a, mappings(only.get(a))), ("B", b, mappings(only.get(b)))]
    out += [("", text_of(sid), mappings(sts)) for sid, sts in only.items() if sid not in (a, b)]
    return out
