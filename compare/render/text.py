"""Terminal views: the ``diff`` of two articles, the ``report`` summary, the full text report, and the
``sources`` listing. Colour only when asked (the CLI asks on a TTY without ``NO_COLOR``)."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

SEVERITY_MARK = {"high": "[HIGH]", "medium": "[MED] ", "low": "[LOW] "}
_COLOURS = {
    "high": "31;1",
    "medium": "33;1",
    "low": "36",
    "dim": "2",
    "bold": "1",
    "green": "32",
    "red": "31",
}


class Style:
    """ANSI styling that is a no-op when colour is off."""

    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def __call__(self, text: str, name: str) -> str:
        if not self.colour or name not in _COLOURS:
            return text
        return f"\x1b[{_COLOURS[name]}m{text}\x1b[0m"


def _wrap(text: str, indent: str, width: int) -> str:
    """Wrap to ``width``; a bullet in ``indent`` ("  - ") is shown on the first line only."""
    rest = " " * len(indent)
    return textwrap.fill(" ".join(text.split()), width=width, initial_indent=indent, subsequent_indent=rest)


def _source_label(data: Mapping[str, Any], sid: str) -> str:
    for src in data["sources"]:
        if src["id"] == sid and src.get("outlet"):
            return f"{sid} ({src['outlet']})"
    return sid


def render_finding(
    f: Mapping[str, Any], style: Style, width: int = 100, data: Mapping[str, Any] | None = None
) -> str:
    sev = f["severity"]
    head = (
        f"{style(SEVERITY_MARK[sev], sev)} {style(f['topic'], 'bold')}  ({f['kind']}, score {f['score']:.2f}"
    )
    head += ", internal)" if f.get("internal") else ")"
    lines = [head, _wrap(f["explanation"], "    ", width)]
    for st in f["statements"]:
        label = _source_label(data, st["source"]) if data else st["source"]
        value = f" [{st['value']}]" if st.get("value") else ""
        lines.append(
            _wrap(f"{label} #{st['sentence']}{value}: “{st['text']}”", "    - ", width).replace(
                "    - ", "    - ", 1
            )
        )
    return "\n".join(lines)


def render_diff(data: Mapping[str, Any], style: Style, width: int = 100) -> str:
    """The two-article diff: findings, aligned pairs with similarity, and what only each source says."""
    a, b = data["sources"][0]["id"], data["sources"][1]["id"]
    out = [style(f"crosscheck diff  A = {a}  B = {b}", "bold"), ""]
    findings = data["findings"]
    out.append(style(f"Findings ({len(findings)})", "bold"))
    out.extend(render_finding(f, style, width, data) for f in findings)
    if not findings:
        out.append("    none")
    out += ["", style(f"Aligned pairs ({len(data.get('pairs', []))})", "bold")]
    for p in data.get("pairs", []):
        mark = {"same": "=", "differs": "~", "conflicts": "!"}[p["relation"]]
        colour = {"same": "green", "differs": "medium", "conflicts": "high"}[p["relation"]]
        out.append(style(f"{mark} {p['similarity']:.2f}", colour))
        out.append(_wrap(f"A#{p['a']['sentence']}: {p['a']['text']}", "    ", width))
        out.append(_wrap(f"B#{p['b']['sentence']}: {p['b']['text']}", "    ", width))
    for sid, letter in ((a, "A"), (b, "B")):
        only = data.get("only", {}).get(sid, [])
        out += ["", style(f"Only in {letter} ({sid}): {len(only)} sentences", "bold")]
        out.extend(_wrap(f"{letter}#{st['sentence']}: {st['text']}", "  - ", width) for st in only)
    return "\n".join(out) + "\n"


def render_summary(data: Mapping[str, Any], style: Style, top: int = 5, width: int = 100) -> str:
    """The short summary ``report`` prints: counts and the top findings."""
    findings = data["findings"]
    counts = {s: sum(1 for f in findings if f["severity"] == s) for s in ("high", "medium", "low")}
    sentences = sum(s["sentences"] for s in data["sources"])
    out = [
        style(f"Compared {len(data['sources'])} sources ({sentences} sentences).", "bold"),
        f"Findings: {len(findings)} ({counts['high']} high, {counts['medium']} medium, {counts['low']} low); "
        f"claims only one source makes: {len(data['unique'])}.",
    ]
    if findings and top > 0:
        out += [
            "",
            style(f"Top findings{'' if len(findings) <= top else f' ({top} of {len(findings)})'}:", "bold"),
        ]
        out.extend(render_finding(f, style, width, data) for f in findings[:top])
    return "\n".join(out) + "\n"


def render_full(data: Mapping[str, Any], style: Style, width: int = 100) -> str:
    """Every section of the report as terminal text (``report --format text``)."""
    out = [render_summary(data, style, top=0, width=width).rstrip(), "", style("Findings", "bold")]
    out.extend(render_finding(f, style, width, data) for f in data["findings"])
    out += ["", style("Claims only one source makes", "bold")]
    by_source: dict[str, list[Mapping[str, Any]]] = {}
    for st in data["unique"]:
        by_source.setdefault(st["source"], []).append(st)
    for sid, sts in by_source.items():
        out.append(f"  {_source_label(data, sid)}")
        out.extend(_wrap(f"#{st['sentence']}: {st['text']}", "    - ", width) for st in sts)
    out += ["", style("Sources", "bold")]
    out.extend(_source_line(src) for src in data["sources"])
    return "\n".join(out) + "\n"


def _source_line(src: Mapping[str, Any]) -> str:
    meta = [src.get("outlet"), src.get("published"), src.get("format"), src.get("encoding")]
    extra = ", ".join(str(m) for m in meta if m)
    return (
        f"  {src['id']}: {src['sentences']} sentences"
        + (f" ({extra})" if extra else "")
        + (f"\n      {src['title']}" if src.get("title") else "")
    )


def render_sources(rows: Sequence[Mapping[str, Any]]) -> str:
    """The ``sources`` listing: id, title, sentence count and metadata."""
    out = []
    for r in rows:
        out.append(_source_line(r))
    return "\n".join(out) + "\n"
