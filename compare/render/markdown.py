"""GitHub-readable Markdown view of a report, rendered from its JSON dictionary.

The same sections as the HTML view (summary, findings, fact table, coverage, claims only one source makes,
sources; a diff also has its aligned pairs and what only A or only B says, after the findings). Every string from the dictionary is untrusted: Markdown syntax in it is escaped, table
cells have ``|`` escaped and newlines folded. The disputed value in a quote is in **bold**. Deterministic:
no timestamp unless the report has ``generated``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from compare.render.common import (
    MATRIX_MAX_SOURCES,
    SEVERITIES,
    SEVERITY_ICON,
    AlignedPair,
    FactValue,
    Ref,
    Statement,
    aligned_pairs,
    as_int,
    coverage,
    diff_sides,
    fact_cells,
    is_diff,
    only_by_side,
    plural,
    reasons_of,
    sections,
    sentence_refs,
    settings_line,
    severity_counts,
    severity_of,
    source_blocks,
    source_ids,
    source_label,
    split_marked,
    text_of,
    unique_by_source,
    value_spans,
)

_SPECIAL = re.compile(r"([\\`*\[\]<>|~])")
_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")  # intraword ``_`` never emphasises (GFM)
_ENTITY = re.compile(r"&(?=#?\w+;)")
_BLOCK_START = re.compile(r"^(\s*)([#+=-]|\d+(?=[.)]))")


def md(value: object) -> str:
    """Inline Markdown text: whitespace (newlines too) folded to one space, syntax characters escaped."""
    text = re.sub(r"\s+", " ", text_of(value))
    text = _UNDERSCORE.sub(r"\\_", _SPECIAL.sub(r"\\\1", text))
    return _ENTITY.sub(r"\\&", text)


def block(text: str) -> str:
    """Escape what would start a heading, list or setext underline at the start of a block of text."""
    match = _BLOCK_START.match(text)
    if not match:
        return text
    lead, mark = match.groups()
    if mark[0].isdigit():
        return f"{lead}{mark}\\{text[match.end()]}{text[match.end() + 1 :]}"
    return f"{lead}\\{text[len(lead) :]}"


def heading(level: int, text: str) -> str:
    """An ATX heading; a trailing ``#`` run in the text is escaped so it is not taken as a closing sequence."""
    return "#" * level + " " + re.sub(r"#+\s*$", lambda m: "\\" + m.group(0), text)


def code(value: object) -> str:
    """A code span that survives backticks inside it (``|`` still needs escaping in tables)."""
    text = re.sub(r"\s+", " ", text_of(value))
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def cell(text: str) -> str:
    """A table cell: ``|`` escaped (also inside code spans), newlines folded."""
    return re.sub(r"(?<!\\)\|", r"\\|", text.replace("\n", " "))


def bold_values(text: str, values: Iterable[object]) -> str:
    """Escaped ``text`` with the first occurrence of each value in ``**bold**``."""
    pieces = split_marked(text, value_spans(text, values))
    return "".join(f"**{md(p)}**" if is_value else md(p) for p, is_value in pieces)


def badge(severity: str) -> str:
    """Severity as icon plus word, e.g. ``▲ HIGH``."""
    return f"{SEVERITY_ICON.get(severity, '■')} {md(severity.upper() or 'UNKNOWN')}"


def _source_name(data: Mapping[str, Any], sid: str) -> str:
    label = source_label(data, sid)
    return code(sid) + (md(label[len(sid) :]) if label != sid else "")


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[int] = ()) -> str:
    rule = ["---:" if i in numeric else "---" for i in range(len(header))]
    lines = [header, rule, *rows]
    return "\n".join("| " + " | ".join(cell(c) for c in line) + " |" for line in lines)


def _quote(st: Statement, caption: str) -> str:
    text = block(bold_values(text_of(st.get("text")), [st.get("value")]))
    return f"> {text}\n>\n> — {caption}"


def _summary(data: Mapping[str, Any]) -> list[str]:
    findings = data.get("findings", [])
    counts = severity_counts(findings)
    internal = sum(1 for f in findings if f.get("internal"))
    parts = [f"**{plural(len(findings), 'finding')}**: "]
    parts[0] += ", ".join(f"{badge(sev)} {n}" for sev, n in counts.items())
    parts += [
        f"{internal} within one source",
        f"{plural(len(data.get('unique', [])), 'claim')} only one source makes",
        plural(len(data.get("groups") or []), "claim group"),
    ]
    out = [" · ".join(parts)]
    settings = " · ".join(
        f"{md(k.replace('_', ' '))} {code(v)}" for k, v in settings_line(data.get("settings", {}))
    )
    out.append(f"Settings: {settings}")
    if data.get("generated"):
        out.append(f"Generated: {md(data['generated'])}")
    warnings = data.get("warnings") or []
    if warnings:
        out.append("> **Warnings**\n>\n" + "\n".join(f"> - {md(w)}" for w in warnings))
    rows = [
        [
            code(s.get("id")),
            md(s.get("outlet")) or "—",
            md(s.get("published")) or "—",
            md(s.get("title")) or "—",
            str(as_int(s.get("sentences"), 0)),
        ]
        for s in data.get("sources", [])
    ]
    out.append(_table(["Source", "Outlet", "Published", "Title", "Sentences"], rows, numeric=[4]))
    return out


def _finding(data: Mapping[str, Any], number: int, f: Mapping[str, Any]) -> list[str]:
    meta = [f"*{md(f.get('kind'))}*"]
    score = f.get("score")
    if isinstance(score, int | float) and not isinstance(score, bool):
        meta.append(f"score {float(score):.2f}")
    if f.get("internal"):
        meta.append("**within one source**")
    out = [heading(3, f"{number}. {badge(severity_of(f))} · {md(f.get('topic'))}"), " · ".join(meta)]
    if f.get("explanation"):
        out.append(block(md(f.get("explanation"))))
    for st in f.get("statements", []):
        caption = f"{_source_name(data, text_of(st.get('source')))}, sentence {as_int(st.get('sentence'))}"
        out.append(_quote(st, caption))
    return out


def _findings(data: Mapping[str, Any]) -> list[str]:
    findings = data.get("findings", [])
    if not findings:
        return ["No disagreements found between the sources."]
    out = ["Most important first."]
    for number, f in enumerate(findings, 1):
        out += _finding(data, number, f)
    return out


def _fact_value(v: FactValue) -> str:
    if not v.text:
        return f"*(sentence {as_int(v.statement.get('sentence'))}, no value)*"
    if v.status == "majority":
        return f"**{md(v.text)}**"
    if v.status == "outlier":
        return f"≠ {md(v.text)}"
    return md(v.text)


def _facts(data: Mapping[str, Any]) -> list[str]:
    findings = data.get("findings", [])
    if not findings:
        return ["No disputed facts."]
    sids = source_ids(data)
    wide = len(sids) <= MATRIX_MAX_SOURCES
    rows = []
    for f in findings:
        cells = fact_cells(f, sids if wide else ())
        topic = f"{badge(severity_of(f))} {md(f.get('topic'))}"
        if wide:
            rows.append([topic, *("; ".join(_fact_value(v) for v in cells[s]) for s in sids)])
        else:
            values = (
                f"{_source_name(data, s)}: {'; '.join(_fact_value(v) for v in vs)}" for s, vs in cells.items()
            )
            rows.append([topic, " · ".join(values)])
    legend = (
        "**Bold**: the majority value (given by two or more sources). ≠: differs from the majority. "
        "Empty: the source says nothing on it."
    )
    header = ["Topic", *(_source_name(data, s) for s in sids)] if wide else ["Topic", "Values by source"]
    return [legend, _table(header, rows)]


def _coverage(data: Mapping[str, Any]) -> list[str]:
    groups = coverage(data)
    if not groups:
        return ["No claim groups."]
    sids = source_ids(data)
    if len(sids) > MATRIX_MAX_SOURCES:
        listed = [
            [md(g.get("label") or g.get("id")), ", ".join(_source_name(data, s) for s in m)]
            for g, m in groups
        ]
        return [_table(["Claim group", "Sources with a sentence in it"], listed)]
    rows = [[md(g.get("label") or g.get("id")), *("✓" if m.get(s) else "" for s in sids)] for g, m in groups]
    rows.append(
        [
            f"**Groups covered (of {len(groups)})**",
            *(str(sum(1 for _, m in groups if m.get(s))) for s in sids),
        ]
    )
    legend = "✓: the source has a sentence in the claim group; empty: it leaves the claim out."
    return [legend, _table(["Claim group", *(_source_name(data, s) for s in sids)], rows)]


def _unique(data: Mapping[str, Any]) -> list[str]:
    grouped = unique_by_source(data)
    if not grouped:
        return ["Every check-worthy claim appears in more than one source."]
    out = []
    for sid, statements in grouped:
        out.append(heading(3, _source_name(data, sid)))
        for st in statements:
            reasons = ", ".join(md(r) for r in reasons_of(st))
            caption = f"sentence {as_int(st.get('sentence'))}" + (f" · {reasons}" if reasons else "")
            out.append(_quote(st, caption))
    return out


def _ref_label(ref: Ref) -> str:
    return "only here" if ref.finding is None else ref.finding


def _source(
    data: Mapping[str, Any], src: Mapping[str, Any], refs: Mapping[tuple[str, int], list[Ref]]
) -> list[str]:
    sid = text_of(src.get("id"))
    title = f" — {md(src['title'])}" if src.get("title") else ""
    meta = [md(src.get(k)) for k in ("published", "url") if src.get(k)]
    meta.append(plural(as_int(src.get("sentences"), 0), "sentence"))
    out = [heading(3, f"{_source_name(data, sid)}{title}"), " · ".join(meta)]
    text, spans, blocks = source_blocks(src)
    for is_heading, parts in blocks:
        pieces = []
        for part in parts:
            if isinstance(part, str):
                pieces.append(md(part))
                continue
            quoted = refs.get((sid, part), [])
            pieces.append(bold_values(text[spans[part][0] : spans[part][1]], [r.value for r in quoted]))
            if quoted:
                pieces.append(" *(" + ", ".join(md(_ref_label(r)) for r in quoted) + ")*")
        line = block("".join(pieces).strip())
        out.append(heading(4, line) if is_heading else line)
    if not blocks:
        out.append("*The text of this source is not in the report.*")
    return out


def _sentence_text(st: Statement) -> str:
    return f"Sentence {as_int(st.get('sentence'))}: {md(st.get('text'))}"


def _relation(pair: AlignedPair) -> str:
    """The relation as symbol plus word, then the similarity, e.g. ``≠ conflicts · 0.65``."""
    return f"{pair.icon} {md(pair.relation or 'unknown')}" + f" · {pair.similarity}" * bool(pair.similarity)


def _pairs(data: Mapping[str, Any]) -> list[str]:
    a, b = diff_sides(data)
    header = [f"A: {_source_name(data, a)}", "Relation, similarity", f"B: {_source_name(data, b)}"]
    rows = [[_sentence_text(p.a), _relation(p), _sentence_text(p.b)] for p in aligned_pairs(data)]
    out = [
        "Each sentence of A beside the sentence of B it aligns with: = same, ≈ differs, ≠ conflicts; "
        "the number is their similarity (higher is closer).",
        _table(header, rows) if rows else "No aligned sentences.",
    ]
    for letter, sid, statements in only_by_side(data):
        who = f"{letter}: " * bool(letter) + _source_name(data, sid)
        out.append(heading(3, f"Only in {who} ({plural(len(statements), 'sentence')})"))
        out.append("\n".join(f"- {_sentence_text(st)}" for st in statements) or "None.")
    return out


def _sources(data: Mapping[str, Any]) -> list[str]:
    refs = sentence_refs(data)
    out = ["Values in **bold** are quoted by a finding; *(f1)* names the findings quoting the sentence."]
    for src in data.get("sources", []):
        out += _source(data, src, refs)
    return out


_SECTIONS = {
    "summary": _summary,
    "findings": _findings,
    "pairs": _pairs,
    "facts": _facts,
    "coverage": _coverage,
    "unique": _unique,
    "sources": _sources,
}


def render_markdown(data: Mapping[str, Any]) -> str:
    """Render a report dictionary as GitHub-readable Markdown.

    Args:
        data: The report's JSON dictionary (``compare.report/1`` plus the extra fields).

    Returns:
        The Markdown document; the same input always gives byte-identical output.
    """
    findings = data.get("findings", [])
    counts = severity_counts(findings)
    kind = "diff" if is_diff(data) else "report"
    lede = f"{plural(len(data.get('sources', [])), 'source')} compared · {plural(len(findings), 'finding')}"
    lede += " (" + ", ".join(f"{counts[s]} {s}" for s in SEVERITIES) + ")"
    blocks = [f"# Crosscheck {kind}", lede]
    for sid, title in sections(data):
        blocks.append(f"## {title}")
        blocks += _SECTIONS[sid](data)
    return "\n\n".join(blocks) + "\n"
