"""Self-contained HTML view of a report, rendered from its JSON dictionary (:func:`compare.render.json.to_dict`).

One file: inline CSS, a small inline filter script (allowed by hash in a strict Content-Security-Policy), no
external fonts, scripts, images or requests. Every string from the dictionary is untrusted and escaped; ids
used in attributes are sanitised. The page reads fully without JavaScript. A diff also gets its aligned pairs
and what only A or only B says. The data shown comes from :mod:`compare.render.common` (shared with the
Markdown view); this module only builds HTML.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from compare.render.common import (
    MATRIX_MAX_SOURCES,
    RELATION_ICON,
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

_OPEN_SOURCES_MAX = 6  # the sources table starts collapsed above this many sources (findings stay on screen)

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


def _source_link(data: Mapping[str, Any], sid: str) -> str:
    return f'<a href="#src-{safe_id(sid)}">{esc(source_label(data, sid))}</a>'


def _source_th(data: Mapping[str, Any], sid: str, prefix: str = "") -> str:
    return f'<th scope="col">{prefix}{_source_link(data, sid)}</th>'


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
    wide = len(sids) <= MATRIX_MAX_SOURCES
    columns = "".join(_source_th(data, s) for s in sids) if wide else '<th scope="col">Values by source</th>'
    head = f'<tr><th scope="col">Topic</th>{columns}</tr>'
    rows = []
    for f in findings:
        cells = fact_cells(f, sids if wide else ())
        if wide:
            tds = "".join(
                f'<td><ul class="vals">{"".join(_fact_value(v) for v in cells[s])}</ul></td>'
                if cells[s]
                else "<td></td>"
                for s in sids
            )
        else:
            tds = (
                "<td>"
                + "".join(
                    f'<div>{_source_link(data, s)}: <ul class="vals">{"".join(_fact_value(v) for v in vs)}</ul></div>'
                    for s, vs in cells.items()
                )
                + "</td>"
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
    if len(sids) > MATRIX_MAX_SOURCES:
        head = '<tr><th scope="col">Claim group</th><th scope="col">Sources with a sentence in it</th></tr>'
        rows = [
            f'<tr><th scope="row">{esc(group.get("label") or group.get("id"))}</th><td>'
            + ", ".join(
                f'<a href="#{sentence_anchor(sid, sentences[0])}">{esc(source_label(data, sid))}</a>'
                for sid, sentences in members.items()
            )
            + "</td></tr>"
            for group, members in rows_data
        ]
        return _table(head, rows, "coverage")
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


def _ref_link(ref: Ref, sid: str, n: int) -> str:
    """A link back from a sentence to the finding or the unique claim that quotes it."""
    if ref.finding is None:
        href, label, name = f"u-{safe_id(sid)}-{n}", "only here", "the claim only this source makes"
    else:
        href, label, name = f"finding-{safe_id(ref.finding)}", ref.finding, f"finding {ref.finding}"
    return f'<a class="ref" href="#{href}" aria-label="Back to {esc(name)}">↑{esc(label)}</a>'


def _sentence(sid: str, n: int, text: str, refs: list[Ref]) -> str:
    anchor = sentence_anchor(sid, n)
    if not refs:
        return f'<span class="sent" id="{anchor}">{escape(text)}</span>'
    cls = "sent quoted" if any(r.finding is not None for r in refs) else "sent unique"
    links = "".join(_ref_link(r, sid, n) for r in refs)
    return f'<span class="{cls}" id="{anchor}">{marked(text, [r.value for r in refs])}</span><span class="refs">{links}</span>'


def _source(src: Mapping[str, Any], refs: Mapping[tuple[str, int], list[Ref]]) -> str:
    sid = text_of(src.get("id"))
    text, spans, source_parts = source_blocks(src)
    blocks = []
    for heading, parts in source_parts:
        inner = "".join(
            _sentence(sid, p, text[spans[p][0] : spans[p][1]], refs.get((sid, p), []))
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
    refs = sentence_refs(data)
    hint = (
        '<p class="hint"><span class="legend quoted">Highlighted</span> sentences are quoted by a finding '
        '(↑ links back); <span class="legend unique">underlined</span> ones are claims only that source makes.</p>'
    )
    return hint + "\n" + "\n".join(_source(src, refs) for src in data.get("sources", []))


# ---------------------------------------------------------------------------------------------------------
# Diff reports: aligned pairs and what only one side says


def _sentence_line(st: Statement) -> str:
    n = as_int(st.get("sentence"))
    return (
        f'<a class="sn" href="#{sentence_anchor(st.get("source"), n)}">Sentence {n}</a> {esc(st.get("text"))}'
    )


def _relation(pair: AlignedPair) -> str:
    """The relation as symbol plus word (never colour alone), then the similarity."""
    cls = pair.relation if pair.relation in RELATION_ICON else "other"
    score = f'<br><span class="score">{pair.similarity}</span>' * bool(pair.similarity)
    return f'<td class="rel rel-{cls}"><span aria-hidden="true">{pair.icon}</span> {esc(pair.relation or "unknown")}{score}</td>'


def _only(data: Mapping[str, Any]) -> str:
    blocks = []
    for letter, sid, statements in only_by_side(data):
        items = "\n".join(f"<li>{_sentence_line(st)}</li>" for st in statements)
        body = f'<ul class="only-list">\n{items}\n</ul>' if items else '<p class="empty">None.</p>'
        who = f"{letter}: " * bool(letter) + _source_link(data, sid)
        note = f'<span class="h-note">{plural(len(statements), "sentence")}</span>'
        blocks.append(f"<div>\n<h3>Only in {who} {note}</h3>\n{body}\n</div>")
    return '<div class="only" id="only">\n' + "\n".join(blocks) + "\n</div>"


def _pairs(data: Mapping[str, Any]) -> str:
    a, b = diff_sides(data)
    head = (
        f'{_source_th(data, a, "A: ")}<th scope="col">Relation, similarity</th>{_source_th(data, b, "B: ")}'
    )
    rows = [
        f"<tr><td>{_sentence_line(p.a)}</td>{_relation(p)}<td>{_sentence_line(p.b)}</td></tr>"
        for p in aligned_pairs(data)
    ]
    hint = (
        '<p class="hint">Each sentence of A beside the sentence of B it aligns with: = same, ≈ differs, '
        "≠ conflicts; the number is their similarity (higher is closer).</p>"
    )
    table = (
        _table(f"<tr>{head}</tr>", rows, "pairs") if rows else '<p class="empty">No aligned sentences.</p>'
    )
    return f"{hint}\n{table}\n{_only(data)}"


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

_PAIRS_CSS = """.pairs td{max-width:34rem}.pairs td.rel{text-align:center;white-space:nowrap}
.sn{display:block;font-size:.8rem}
.rel-same{color:#1a7f37}.rel-differs{color:var(--medium)}.rel-conflicts{color:var(--high);font-weight:700}
.only{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:0 2rem}
.only-list{margin:.2rem 0;padding-left:1.2rem}.only-list li{margin:.3rem 0}
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


def _csp(css: str) -> str:
    """A policy that allows nothing but this page's own style and script, by hash."""
    return (
        f"default-src 'none'; style-src '{_sha256(css)}'; script-src '{_sha256(_SCRIPT)}'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def _section(sid: str, title: str, body: str, note: str = "") -> str:
    note = f' <span class="h-note">{note}</span>' if note else ""
    return f'<section id="{sid}" aria-labelledby="{sid}-h">\n<h2 id="{sid}-h">{title}{note}</h2>\n{body}\n</section>'


_SECTIONS = {
    "summary": _summary,
    "findings": _findings,
    "pairs": _pairs,
    "facts": _facts,
    "coverage": _coverage,
    "unique": _unique,
    "sources": _sources,
}


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
    kind = "diff" if is_diff(data) else "report"
    lede = f"{plural(len(sources), 'source')} compared · {plural(len(findings), 'finding')}, {counts['high']} high"
    if data.get("generated"):
        lede += f" · generated {text_of(data['generated'])}"
    in_nav = {
        "findings": len(findings),
        "unique": len(data.get("unique", [])),
        "pairs": len(aligned_pairs(data)),
    }
    nav = "".join(
        f'<li><a href="#{sid}">{title}{f" ({in_nav[sid]})" if sid in in_nav else ""}</a></li>'
        for sid, title in sections(data)
    )
    notes = {"findings": "most important first"} if findings else {}
    body = "\n".join(
        _section(sid, title, _SECTIONS[sid](data), notes.get(sid, "")) for sid, title in sections(data)
    )
    css = _CSS + _PAIRS_CSS * is_diff(data)
    version = esc(data.get("settings", {}).get("version", ""))
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_csp(css)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Crosscheck {kind}: {len(findings)} findings across {len(sources)} sources</title>\n"
        f"<style>{css}</style>\n</head>\n<body>\n"
        '<a class="skip" href="#findings">Skip to findings</a>\n'
        f'<header class="page-head"><div class="wrap"><h1>Crosscheck {kind}</h1><p>{esc(lede)}</p></div></header>\n'
        f'<nav class="toc" aria-label="Sections"><ul>{nav}</ul></nav>\n'
        f'<main class="wrap">\n{body}\n</main>\n'
        f'<footer class="wrap">crosscheck {version} · every value links to the sentence it comes from.</footer>\n'
        f"<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )
