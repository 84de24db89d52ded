"""Self-contained HTML view of a report, rendered from its JSON dictionary (:func:`compare.render.json.to_dict`).

One file: inline CSS, a small inline filter script (allowed by hash in a strict Content-Security-Policy), no
external fonts, scripts, images or requests. Every string from the dictionary is untrusted and escaped; ids
used in attributes are sanitised. The page reads fully without JavaScript. The format-neutral helpers here
(value location, fact table, coverage, unique claims by source) are shared with the Markdown view.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
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
_OPEN_SOURCES_MAX = 6  # the sources table starts collapsed above this many sources (findings stay on screen)

Statement = Mapping[str, Any]


# ---------------------------------------------------------------------------------------------------------
# Format-neutral helpers (also used by compare.render.markdown)


def plural(n: int, word: str) -> str:
    """``1 finding``, ``2 findings``."""
    return f"{n} {word}{'s' * (n != 1)}"


def text_of(value: object) -> str:
    """A JSON value as display text: ``None`` is empty, strings as they are, anything else as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def as_int(value: object, default: int = -1) -> int:
    """An integer from untrusted JSON (booleans and junk give ``default``)."""
    if isinstance(value, bool):
        return default
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default


def find_value(text: str, value: object) -> tuple[int, int] | None:
    """Where ``value`` first occurs in ``text`` as ``(start, end)``, or None.

    A whole-word match wins over a match inside a word, and an exact-case match over one ignoring case.
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
    """First occurrences of several values in ``text``: sorted, overlapping ones dropped (earlier value wins)."""
    spans: list[tuple[int, int]] = []
    for value in values:
        found = find_value(text, value)
        if found and all(found[1] <= s or found[0] >= e for s, e in spans):
            spans.append(found)
    return sorted(spans)


def split_marked(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Cut raw ``text`` into ``(piece, is_marked)`` pieces at sorted, non-overlapping ``spans``."""
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


def severity_of(finding: Mapping[str, Any]) -> str:
    """The finding's severity, lower case (unknown values pass through for display)."""
    return text_of(finding.get("severity")).lower()


def severity_counts(findings: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """Findings per severity, always with ``high``, ``medium`` and ``low``."""
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


def source_label(data: Mapping[str, Any], sid: str) -> str:
    """``id (outlet)`` when the source has an outlet, else the id."""
    for src in data.get("sources", []):
        if text_of(src.get("id")) == sid and src.get("outlet"):
            return f"{sid} ({text_of(src['outlet'])})"
    return sid


def _value_key(value: object) -> str:
    return " ".join(text_of(value).split()).casefold().strip(" .,;:")


@dataclass(frozen=True)
class FactValue:
    """One value a source gives for a disputed topic; ``status`` is ``majority``, ``outlier`` or empty."""

    text: str
    status: str
    statement: Statement


def _status(key: str, majority: str | None) -> str:
    if majority is None or key.startswith("\0"):
        return ""
    return "majority" if key == majority else "outlier"


def fact_cells(finding: Mapping[str, Any], sids: Sequence[str]) -> dict[str, list[FactValue]]:
    """For one finding, the distinct values each source gives, with majority and outliers marked.

    The majority is a value given by at least two sources, more than any other value, while some source
    gives a different one. Statements without a value are kept (empty text) so the cell is not blank.
    """
    by_source: dict[str, dict[str, Statement]] = {sid: {} for sid in sids}
    for st in finding.get("statements", []):
        sid = text_of(st.get("source"))
        key = _value_key(st.get("value")) or f"\0{as_int(st.get('sentence'))}"
        by_source.setdefault(sid, {}).setdefault(key, st)
    support = Counter(key for keys in by_source.values() for key in keys if not key.startswith("\0"))
    ranked = support.most_common(2)
    majority = None
    if len(ranked) == 2 and ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]:
        majority = ranked[0][0]
    cells: dict[str, list[FactValue]] = {}
    for sid, keys in by_source.items():
        values = []
        for key, st in keys.items():
            values.append(FactValue(text_of(st.get("value")).strip(), _status(key, majority), st))
        cells[sid] = values
    return cells


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


def settings_line(settings: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The settings a reader needs: version, model, then every threshold/margin, as ``(name, value)``."""
    keep = [("version", settings.get("version")), ("model", settings.get("model"))]
    keep += [(k, v) for k, v in settings.items() if "threshold" in k or "margin" in k]
    return [(name, text_of(value)) for name, value in keep if value is not None]


class _Paragraphs:
    """Splits a source text into paragraphs and heading lines of sentence numbers and raw text between."""

    def __init__(self) -> None:
        self.blocks: list[tuple[bool, list[int | str]]] = []
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
    """Sentence spans clamped to the text and to each other, one per sentence number."""
    out: list[tuple[int, int, bool]] = []
    pos = 0
    for span in spans if isinstance(spans, list) else []:
        items = span if isinstance(span, list | tuple) else []
        start = min(max(as_int(items[0], 0) if items else pos, pos), len(text))
        end = min(max(as_int(items[1], 0) if len(items) > 1 else start, start), len(text))
        out.append((start, end, len(items) > 2 and bool(items[2])))
        pos = end
    return out


Block = tuple[bool, list[int | str]]


def source_blocks(src: Mapping[str, Any]) -> tuple[str, list[tuple[int, int, bool]], list[Block]]:
    """A source's text, its clamped sentence spans, and its blocks: ``(is_heading, parts)`` where each part
    is a sentence number or raw text between sentences. Paragraphs break at newlines between sentences."""
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
# HTML building blocks


def esc(value: object) -> str:
    """Escape any JSON value for HTML text or a quoted attribute."""
    return escape(text_of(value), quote=True)


def safe_id(value: object) -> str:
    """A string usable in ``id``/``href="#..."``: ``[A-Za-z0-9_-]`` kept, others replaced, plus a short hash
    of the original when anything was replaced (so distinct ids stay distinct)."""
    raw = text_of(value)
    clean = re.sub(r"[^A-Za-z0-9_-]", "-", raw)
    if clean != raw or not clean:
        clean += "-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:8]
    return clean


def sentence_anchor(source: object, sentence: object) -> str:
    """The id of a sentence in the sources section."""
    return f"s-{safe_id(source)}-{as_int(sentence)}"


def marked(text: str, values: Iterable[object]) -> str:
    """Escaped ``text`` with the first occurrence of each value in ``<mark>`` (split raw, then escape)."""
    pieces = split_marked(text, value_spans(text, values))
    return "".join(f"<mark>{escape(p)}</mark>" if m else escape(p) for p, m in pieces)


def badge(severity: str, small: bool = False) -> str:
    """A severity badge: icon shape plus the word, never colour alone."""
    cls = severity if severity in SEVERITIES else "other"
    icon = SEVERITY_ICON.get(severity, "■")
    size = " small" if small else ""
    return (
        f'<span class="badge sev-{cls}{size}"><span class="icon" aria-hidden="true">{icon}</span> '
        f"{esc(severity.upper() or 'UNKNOWN')}</span>"
    )


def _cell(value: object) -> str:
    text = text_of(value)
    return f"<td>{esc(text)}</td>" if text else '<td class="muted">—</td>'


def _source_th(data: Mapping[str, Any], sid: str) -> str:
    return f'<th scope="col"><a href="#src-{safe_id(sid)}">{esc(source_label(data, sid))}</a></th>'


def _table(head: str, rows: Iterable[str], cls: str) -> str:
    body = "\n".join(rows)
    return f'<div class="scroll"><table class="{cls}">\n<thead>{head}</thead>\n<tbody>\n{body}\n</tbody>\n</table></div>'


# ---------------------------------------------------------------------------------------------------------
# Sections


def _summary(data: Mapping[str, Any]) -> str:
    findings = data.get("findings", [])
    counts = severity_counts(findings)
    internal = sum(1 for f in findings if f.get("internal"))
    parts = [f"{badge(sev, small=True)} {n}" for sev, n in counts.items()]
    facts = [
        f"<strong>{plural(len(findings), 'finding')}</strong>: " + " ".join(parts),
        f"{internal} within one source",
        f'<a href="#unique">{plural(len(data.get("unique", [])), "claim")} only one source makes</a>',
        f'<a href="#coverage">{plural(len(data.get("groups") or []), "claim group")}</a>',
    ]
    out = [f'<p class="counts">{" · ".join(facts)}</p>']
    settings = " · ".join(
        f"<span>{esc(k.replace('_', ' '))} <code>{esc(v)}</code></span>"
        for k, v in settings_line(data.get("settings", {}))
    )
    out.append(f'<p class="settings"><span class="label">Settings:</span> {settings}</p>')
    if data.get("generated"):
        out.append(f'<p class="settings"><span class="label">Generated:</span> {esc(data["generated"])}</p>')
    warnings = data.get("warnings") or []
    if warnings:
        items = "".join(f"<li>{esc(w)}</li>" for w in warnings)
        out.append(f'<div class="warnings" role="note"><h3>Warnings</h3><ul>{items}</ul></div>')
    out.append(_sources_table(data))
    return "\n".join(out)


def _sources_table(data: Mapping[str, Any]) -> str:
    sources = data.get("sources", [])
    total = sum(as_int(s.get("sentences"), 0) for s in sources)
    head = "<tr>" + "".join(f'<th scope="col">{h}</th>' for h in ("Source", "Outlet", "Published", "Title"))
    head += '<th scope="col" class="num">Sentences</th>'
    rows = [
        f'<tr><th scope="row"><a href="#src-{safe_id(s.get("id"))}">{esc(s.get("id"))}</a></th>'
        f"{_cell(s.get('outlet'))}{_cell(s.get('published'))}{_cell(s.get('title'))}"
        f'<td class="num">{as_int(s.get("sentences"), 0)}</td></tr>'
        for s in sources
    ]
    opened = " open" if len(sources) <= _OPEN_SOURCES_MAX else ""
    return (
        f"<details{opened}><summary>Sources compared: {plural(len(sources), 'article')}, "
        f"{plural(total, 'sentence')}</summary>\n" + _table(head + "</tr>", rows, "sources") + "\n</details>"
    )


def _filters(data: Mapping[str, Any]) -> str:
    findings = data.get("findings", [])
    kinds = sorted({text_of(f.get("kind")) for f in findings})
    selects = [
        ("severity", "Severity", [(s, s.upper()) for s in SEVERITIES]),
        ("kind", "Kind", [(k, k) for k in kinds]),
        ("source", "Source", [(safe_id(s), source_label(data, s)) for s in source_ids(data)]),
    ]
    controls = []
    for name, label, options in selects:
        opts = "".join(f'<option value="{esc(v)}">{esc(t)}</option>' for v, t in options)
        controls.append(
            f'<label>{label} <select id="filter-{name}" name="{name}"><option value="">All</option>{opts}</select></label>'
        )
    return (
        '<form id="filters" class="filters" hidden aria-label="Filter findings">'
        + "".join(controls)
        + '<button type="reset">Show all</button> <output id="filter-status" aria-live="polite"></output></form>'
    )


def _statement(data: Mapping[str, Any], st: Statement, extra: str = "", with_source: bool = True) -> str:
    sid = text_of(st.get("source"))
    n = as_int(st.get("sentence"))
    where = f"{esc(source_label(data, sid))}, sentence {n}" if with_source else f"Sentence {n}"
    return (
        f'<figure class="stmt"><figcaption><a href="#{sentence_anchor(sid, n)}">{where}</a>{extra}</figcaption>'
        f"<blockquote>{marked(text_of(st.get('text')), [st.get('value')])}</blockquote></figure>"
    )


def _finding(data: Mapping[str, Any], f: Mapping[str, Any]) -> str:
    sev = severity_of(f)
    statements = f.get("statements", [])
    sids = " ".join(dict.fromkeys(safe_id(st.get("source")) for st in statements))
    tags = f'<span class="tag">{esc(f.get("kind"))}</span>'
    if f.get("internal"):
        tags += ' <span class="tag internal">within one source</span>'
    if isinstance(f.get("score"), int | float) and not isinstance(f.get("score"), bool):
        tags += f' <span class="score">score {float(f["score"]):.2f}</span>'
    items = "\n".join(f"<li>{_statement(data, st)}</li>" for st in statements)
    return (
        f'<article class="finding sev-{sev if sev in SEVERITIES else "other"}" id="finding-{safe_id(f.get("id"))}" '
        f'data-severity="{esc(sev)}" data-kind="{esc(f.get("kind"))}" data-sources="{esc(sids)}">\n'
        f'<header class="f-head">{badge(sev)} <h3>{esc(f.get("topic"))}</h3> {tags}</header>\n'
        f'<p class="expl">{esc(f.get("explanation"))}</p>\n'
        f'<ol class="stmts">\n{items}\n</ol>\n</article>'
    )


def _findings(data: Mapping[str, Any]) -> str:
    findings = data.get("findings", [])
    if not findings:
        return '<p class="empty">No disagreements found between the sources.</p>'
    body = "\n".join(_finding(data, f) for f in findings)
    return f"{_filters(data)}\n{body}"


def _fact_value(v: FactValue) -> str:
    href = sentence_anchor(v.statement.get("source"), v.statement.get("sentence"))
    if not v.text:
        return f'<li class="noval"><a href="#{href}">(no value, sentence {as_int(v.statement.get("sentence"))})</a></li>'
    text = esc(v.text)
    if v.status == "majority":
        return f'<li class="majority"><a href="#{href}"><strong>{text}</strong></a></li>'
    if v.status == "outlier":
        mark = '<span class="ne" aria-hidden="true">≠</span><span class="sr-only">differs: </span>'
        return f'<li class="outlier">{mark}<a href="#{href}">{text}</a></li>'
    return f'<li><a href="#{href}">{text}</a></li>'


def _facts(data: Mapping[str, Any]) -> str:
    findings = data.get("findings", [])
    if not findings:
        return '<p class="empty">No disputed facts.</p>'
    sids = source_ids(data)
    head = '<tr><th scope="col">Topic</th>' + "".join(_source_th(data, s) for s in sids) + "</tr>"
    rows = []
    for f in findings:
        cells = fact_cells(f, sids)
        tds = "".join(
            f'<td><ul class="vals">{"".join(_fact_value(v) for v in cells[s])}</ul></td>'
            if cells[s]
            else "<td></td>"
            for s in sids
        )
        topic = f'<a href="#finding-{safe_id(f.get("id"))}">{esc(f.get("topic"))}</a>'
        rows.append(f'<tr><th scope="row">{badge(severity_of(f), small=True)} {topic}</th>{tds}</tr>')
    legend = (
        '<p class="hint"><strong>Bold</strong>: the majority value (given by two or more sources). '
        '<span class="ne">≠</span> differs from the majority. Empty: the source says nothing on it.</p>'
    )
    return legend + "\n" + _table(head, rows, "facts")


def _coverage(data: Mapping[str, Any]) -> str:
    rows_data = coverage(data)
    if not rows_data:
        return '<p class="empty">No claim groups.</p>'
    sids = source_ids(data)
    head = '<tr><th scope="col">Claim group</th>' + "".join(_source_th(data, s) for s in sids) + "</tr>"
    rows = []
    for group, members in rows_data:
        cells = []
        for sid in sids:
            sentences = members.get(sid)
            if not sentences:
                cells.append('<td class="no"><span class="sr-only">no</span></td>')
                continue
            title = f"sentence{'s' * (len(sentences) > 1)} {', '.join(map(str, sentences))}"
            cells.append(
                f'<td class="yes"><a href="#{sentence_anchor(sid, sentences[0])}" title="{esc(title)}">'
                f'<span aria-hidden="true">✓</span><span class="sr-only">yes, {esc(title)}</span></a></td>'
            )
        rows.append(
            f'<tr><th scope="row">{esc(group.get("label") or group.get("id"))}</th>{"".join(cells)}</tr>'
        )
    totals = "".join(f'<td class="num">{sum(1 for _, m in rows_data if m.get(s))}</td>' for s in sids)
    rows.append(f'<tr class="total"><th scope="row">Groups covered (of {len(rows_data)})</th>{totals}</tr>')
    hint = (
        '<p class="hint">✓: the source has a sentence in the claim group; empty: it leaves the claim out.</p>'
    )
    return hint + "\n" + _table(head, rows, "coverage")


def _unique(data: Mapping[str, Any]) -> str:
    grouped = unique_by_source(data)
    if not grouped:
        return '<p class="empty">Every check-worthy claim appears in more than one source.</p>'
    out = []
    seen: set[str] = set()
    for sid, statements in grouped:
        items = []
        for st in statements:
            tags = "".join(f' <span class="tag">{esc(r)}</span>' for r in reasons_of(st))
            anchor = f"u-{safe_id(sid)}-{as_int(st.get('sentence'))}"
            attr = "" if anchor in seen else f' id="{anchor}"'
            seen.add(anchor)
            items.append(f"<li{attr}>{_statement(data, st, tags, with_source=False)}</li>")
        out.append(
            f'<h3>{esc(source_label(data, sid))}</h3>\n<ul class="claims">\n' + "\n".join(items) + "\n</ul>"
        )
    return "\n".join(out)


_Refs = dict[tuple[str, int], list[tuple[str, str, object]]]


def _references(data: Mapping[str, Any]) -> _Refs:
    """Per ``(source, sentence)``: ``(anchor, label, value)`` of each finding or unique claim quoting it."""
    refs: _Refs = {}
    for f in data.get("findings", []):
        for st in f.get("statements", []):
            key = (text_of(st.get("source")), as_int(st.get("sentence")))
            ref = (f"finding-{safe_id(f.get('id'))}", text_of(f.get("id")), st.get("value"))
            if ref not in refs.setdefault(key, []):
                refs[key].append(ref)
    for st in data.get("unique", []):
        sid, n = text_of(st.get("source")), as_int(st.get("sentence"))
        refs.setdefault((sid, n), []).append((f"u-{safe_id(sid)}-{n}", "only here", st.get("value")))
    return refs


def _ref_name(href: str, label: str) -> str:
    return f"finding {label}" if href.startswith("finding-") else "the claim only this source makes"


def _sentence(anchor: str, text: str, refs: list[tuple[str, str, object]]) -> str:
    if not refs:
        return f'<span class="sent" id="{anchor}">{escape(text)}</span>'
    cls = "sent quoted" if any(r[0].startswith("finding-") for r in refs) else "sent unique"
    links = "".join(
        f'<a class="ref" href="#{href}" aria-label="Back to {esc(_ref_name(href, label))}">↑{esc(label)}</a>'
        for href, label, _ in refs
    )
    return f'<span class="{cls}" id="{anchor}">{marked(text, [r[2] for r in refs])}</span><span class="refs">{links}</span>'


def _source(data: Mapping[str, Any], src: Mapping[str, Any], refs: _Refs) -> str:
    sid = text_of(src.get("id"))
    text, spans, source_parts = source_blocks(src)
    blocks = []
    for heading, parts in source_parts:
        inner = "".join(
            _sentence(sentence_anchor(sid, p), text[spans[p][0] : spans[p][1]], refs.get((sid, p), []))
            if isinstance(p, int)
            else escape(p)
            for p in parts
        )
        blocks.append(f'<h4 class="src-h">{inner}</h4>' if heading else f"<p>{inner}</p>")
    if not blocks:
        blocks.append('<p class="empty">The text of this source is not in the report.</p>')
    url = text_of(src.get("url"))
    meta = [f"<code>{esc(sid)}</code>"] * bool(src.get("title")) + [
        esc(src.get(k)) for k in ("outlet", "published") if src.get(k)
    ]
    if re.match(r"(?i)https?://", url):
        meta.append(f'<a href="{esc(url)}" rel="noopener noreferrer">{esc(url)}</a>')
    elif url:
        meta.append(esc(url))
    meta.append(plural(as_int(src.get("sentences"), 0), "sentence"))
    return (
        f'<article class="source" id="src-{safe_id(sid)}">\n<h3>{esc(src.get("title") or sid)}</h3>\n'
        f'<p class="meta">{" · ".join(meta)}</p>\n<div class="text">\n'
        + "\n".join(blocks)
        + "\n</div>\n</article>"
    )


def _sources(data: Mapping[str, Any]) -> str:
    refs = _references(data)
    hint = (
        '<p class="hint"><span class="legend quoted">Highlighted</span> sentences are quoted by a finding '
        '(↑ links back); <span class="legend unique">underlined</span> ones are claims only that source makes.</p>'
    )
    return hint + "\n" + "\n".join(_source(data, src, refs) for src in data.get("sources", []))


# ---------------------------------------------------------------------------------------------------------
# Page

_CSS = """
:root{--fg:#1b1f24;--muted:#57606a;--bg:#fff;--soft:#f6f8fa;--line:#d0d7de;--link:#0a58ca;--mark:#ffe066;
--high:#b42318;--medium:#9a4a00;--low:#3d4f66;--high-soft:#fdecea;--medium-soft:#fff4e5;--low-soft:#eef2f6}
*{box-sizing:border-box}
html{scroll-padding-top:3.5rem}
body{margin:0;color:var(--fg);background:var(--bg);line-height:1.5;font-size:16px;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif}
a{color:var(--link)}
a:focus-visible,select:focus-visible,button:focus-visible,summary:focus-visible{outline:3px solid var(--link);outline-offset:2px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
.wrap{max-width:1180px;margin:0 auto;padding:0 1.25rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;z-index:9;background:#fff;padding:.25rem .5rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.page-head{background:#24292f;color:#fff}
.page-head .wrap{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem;padding-top:.6rem;padding-bottom:.6rem}
.page-head h1{font-size:1.25rem;margin:0}.page-head p{margin:0;color:#d8dee4}
nav.toc{position:sticky;top:0;z-index:5;background:var(--soft);border-bottom:1px solid var(--line)}
nav.toc ul{list-style:none;margin:0 auto;padding:.35rem 1.25rem;max-width:1180px;display:flex;flex-wrap:wrap;gap:.1rem 1.2rem}
nav.toc a{text-decoration:none;font-weight:600;font-size:.92rem}nav.toc a:hover{text-decoration:underline}
section{padding:.4rem 0 1rem;border-bottom:1px solid var(--line)}
h2{font-size:1.3rem;margin:.6rem 0 .5rem}.h-note{font-size:.9rem;font-weight:400;color:var(--muted);margin-left:.4rem}h3{font-size:1.05rem;margin:1rem 0 .4rem}
.hint,.empty,.meta,.settings{color:var(--muted);font-size:.9rem;margin:.25rem 0 .6rem}
.settings .label{font-weight:600;color:var(--fg)}.settings span{white-space:nowrap}
.counts{margin:.2rem 0 .4rem}
.muted{color:var(--muted)}
.badge{display:inline-block;border-radius:4px;padding:.1rem .5rem;font-size:.8rem;font-weight:700;letter-spacing:.04em;
color:#fff;white-space:nowrap;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.badge.small{font-size:.72rem;padding:0 .35rem}
.sev-high.badge{background:var(--high)}.sev-medium.badge{background:var(--medium)}
.sev-low.badge{background:var(--low)}.sev-other.badge{background:#24292f}
.tag{display:inline-block;border:1px solid var(--line);border-radius:999px;padding:0 .5rem;font-size:.8rem;
color:var(--muted);background:var(--soft);white-space:nowrap}
.tag.internal{border-color:var(--medium);color:var(--medium);background:var(--medium-soft);font-weight:600}
.score{font-size:.8rem;color:var(--muted)}
.warnings{border:1px solid var(--medium);background:var(--medium-soft);border-radius:6px;padding:.2rem .8rem;margin:.5rem 0}
.warnings h3{margin:.3rem 0;font-size:.95rem}.warnings ul{margin:.2rem 0 .4rem;padding-left:1.2rem}
details{margin:.4rem 0}summary{cursor:pointer;font-weight:600}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:.88rem;margin:.4rem 0}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--soft);overflow-wrap:anywhere;min-width:6rem}
tbody th{font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums}
.filters{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1rem;background:var(--soft);border:1px solid var(--line);
border-radius:6px;padding:.4rem .7rem;margin:.4rem 0 .8rem;font-size:.9rem}
.filters select,.filters button{font:inherit;padding:.1rem .3rem}
.filters output{color:var(--muted)}
[hidden]{display:none!important}
.finding{border:1px solid var(--line);border-left:6px solid var(--low);border-radius:6px;padding:.5rem .9rem .6rem;
margin:0 0 .8rem;background:#fff}
.finding.sev-high{border-left-color:var(--high)}.finding.sev-medium{border-left-color:var(--medium)}
.f-head{display:flex;flex-wrap:wrap;align-items:center;gap:.3rem .6rem}
.f-head h3{margin:0;font-size:1.08rem}
.expl{margin:.35rem 0 .4rem;max-width:80ch}
.stmts{list-style:none;margin:0;padding:0;display:grid;gap:.35rem}
.stmt{margin:0}
.stmt figcaption{font-size:.8rem;color:var(--muted)}
.stmt blockquote{margin:.05rem 0 0;padding:.1rem 0 .1rem .7rem;border-left:3px solid var(--line);max-width:90ch}
mark{background:var(--mark);color:inherit;font-weight:700;padding:0 .12em;border-radius:2px;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.facts td,.coverage td{min-width:6rem}
.vals{list-style:none;margin:0;padding:0}
.vals a{color:inherit;text-decoration-color:var(--line)}
.vals .majority strong{font-weight:800}
.vals .outlier{color:var(--high);font-weight:600}.vals .outlier a{color:var(--high)}
.ne{display:inline-block;font-weight:800;color:var(--high);margin-right:.2rem}
.vals .noval a{color:var(--muted);font-style:italic}
.coverage td{text-align:center;min-width:3rem}.coverage th[scope=row]{font-weight:400;max-width:36rem}
.coverage td.yes a{text-decoration:none;color:#1a7f37;font-weight:700;font-size:1.05rem}
.coverage td.no{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#f3f4f6 4px,#f3f4f6 8px)}
.coverage tr.total th,.coverage tr.total td{background:var(--soft);font-weight:600}
.claims{list-style:none;margin:0;padding:0;display:grid;gap:.5rem}
.source{margin:1rem 0 1.5rem}.source h3{margin-bottom:0}
.source .text{max-width:80ch}.source .text p{margin:.5rem 0}
.src-h{font-size:1rem;margin:1rem 0 .3rem}
.sent.quoted,.legend.quoted{background:#fff8d6;border-bottom:1px solid #e3c96b}
.sent.unique,.legend.unique{text-decoration:underline dotted var(--medium);text-underline-offset:3px}
.sent:target{outline:2px solid var(--link);background:#dbeafe}
.refs .ref{font-size:.72rem;font-weight:700;margin-left:.2rem;text-decoration:none;vertical-align:super}
footer{color:var(--muted);font-size:.8rem;padding:1rem 0 2rem}
@media (max-width:700px){nav.toc{position:static}html{scroll-padding-top:0}}
@media print{
body{font-size:10.5pt}
nav.toc,.filters,.skip,.refs{display:none!important}
.page-head{background:none;color:#000;border-bottom:2px solid #000}.page-head p{color:#000}
a{color:inherit;text-decoration:none}
.finding,figure,tr{break-inside:avoid}
h2,h3,h4{break-after:avoid}
section{border:0}
.scroll{overflow:visible}
::details-content{content-visibility:visible;display:contents}
}
"""

_SCRIPT = """
(() => {
  "use strict";
  const form = document.getElementById("filters");
  if (form) {
    const items = Array.from(document.querySelectorAll("article.finding"));
    const status = document.getElementById("filter-status");
    const apply = () => {
      const sev = form.elements.severity.value;
      const kind = form.elements.kind.value;
      const src = form.elements.source.value;
      let shown = 0;
      for (const el of items) {
        const ok = (!sev || el.dataset.severity === sev) && (!kind || el.dataset.kind === kind)
          && (!src || el.dataset.sources.split(" ").includes(src));
        el.hidden = !ok;
        if (ok) shown += 1;
      }
      status.value = shown === items.length ? "" : `Showing ${shown} of ${items.length} findings`;
    };
    form.hidden = false;
    form.addEventListener("change", apply);
    form.addEventListener("reset", () => setTimeout(apply, 0));
    form.addEventListener("submit", (event) => event.preventDefault());
    apply();
  }
  window.addEventListener("beforeprint", () => {
    for (const d of document.querySelectorAll("details")) d.open = true;
  });
})();
"""


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


CSP = (
    f"default-src 'none'; style-src '{_sha256(_CSS)}'; script-src '{_sha256(_SCRIPT)}'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)


def _section(sid: str, title: str, body: str, note: str = "") -> str:
    note = f' <span class="h-note">{note}</span>' if note else ""
    return f'<section id="{sid}" aria-labelledby="{sid}-h">\n<h2 id="{sid}-h">{title}{note}</h2>\n{body}\n</section>'


def render_html(data: Mapping[str, Any]) -> str:
    """Render a report dictionary as one self-contained, accessible, printable HTML5 page.

    Args:
        data: The report's JSON dictionary (``compare.report/1`` plus the extra fields).

    Returns:
        The complete HTML document; the same input always gives byte-identical output.
    """
    findings = data.get("findings", [])
    sources = data.get("sources", [])
    counts = severity_counts(findings)
    kind = "diff" if "pairs" in data else "report"
    lede = f"{plural(len(sources), 'source')} compared · {plural(len(findings), 'finding')}, {counts['high']} high"
    if data.get("generated"):
        lede += f" · generated {text_of(data['generated'])}"
    counts_in_nav = {"findings": len(findings), "unique": len(data.get("unique", [])), "coverage": None}
    nav = "".join(
        f'<li><a href="#{sid}">{title}</a></li>'
        if counts_in_nav.get(sid) is None
        else f'<li><a href="#{sid}">{title} ({counts_in_nav[sid]})</a></li>'
        for sid, title in SECTIONS
    )
    bodies = {
        "summary": _summary(data),
        "findings": _findings(data),
        "facts": _facts(data),
        "coverage": _coverage(data),
        "unique": _unique(data),
        "sources": _sources(data),
    }
    notes = {"findings": "most important first"} if findings else {}
    sections = "\n".join(_section(sid, title, bodies[sid], notes.get(sid, "")) for sid, title in SECTIONS)
    version = esc(data.get("settings", {}).get("version", ""))
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Crosscheck {kind}: {len(findings)} findings across {len(sources)} sources</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n"
        '<a class="skip" href="#findings">Skip to findings</a>\n'
        f'<header class="page-head"><div class="wrap"><h1>Crosscheck {kind}</h1><p>{esc(lede)}</p></div></header>\n'
        f'<nav class="toc" aria-label="Sections"><ul>{nav}</ul></nav>\n'
        f'<main class="wrap">\n{sections}\n</main>\n'
        f'<footer class="wrap">crosscheck {version} · every value links to the sentence it comes from.</footer>\n'
        f"<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )
