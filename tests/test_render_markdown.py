"""The Markdown view: sections, table and Markdown escaping, bold values, diff pairs, determinism, goldens."""

from __future__ import annotations

import copy
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from compare.render.markdown import render_markdown

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "golden"
TITLES = ["Summary", "Findings", "Fact table", "Coverage", "Claims only one source makes", "Sources"]
DIFF_TITLES = [*TITLES[:2], "Aligned pairs", *TITLES[2:]]


def load(name: str) -> dict[str, Any]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def statement(
    source: str, sentence: int, text: str, value: str | None = None, normalized: Any = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"source": source, "sentence": sentence, "start": 0, "end": len(text), "text": text}
    if value is not None:
        out["value"] = value
    if normalized is not None:
        out["normalized"] = normalized
    return out


def src(sid: str, text: str) -> dict[str, Any]:
    return {"id": sid, "path": f"{sid}.txt", "sentences": 1, "text": text, "spans": [[0, len(text), False]]}


def report(sources: list[dict[str, Any]], findings: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema": "compare.report/1",
        "settings": {"version": "0.1.0", "model": "m"},
        "sources": sources,
        "findings": findings,
        "unique": [],
    }
    data.update(extra)
    return data


def finding(fid: str, statements: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    data = {
        "id": fid,
        "kind": "quantity",
        "topic": f"topic {fid}",
        "severity": "high",
        "score": 0.5,
        "explanation": "differs",
        "statements": statements,
    }
    data.update(extra)
    return data


def table_rows(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("| ")]


def unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


@pytest.mark.parametrize(
    ("name", "titles"), [("sample_report.json", TITLES), ("sample_diff.json", DIFF_TITLES)]
)
def test_sections_in_order(name: str, titles: list[str]) -> None:
    data = load(name)
    out = render_markdown(data)
    assert re.findall(r"^## (.+)$", out, re.M) == titles
    assert len(re.findall(r"^### \d+\. ", out, re.M)) == len(data["findings"])
    assert out.startswith("# Crosscheck ") and out.endswith("\n") and not out.endswith("\n\n")


@pytest.mark.parametrize("name", ["sample_report.json", "sample_diff.json"])
def test_tables_are_well_formed(name: str) -> None:
    out = render_markdown(load(name))
    lines = out.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("| ") and re.fullmatch(r"\| (---:?)( \| ---:?)* \|", line):
            header = lines[i - 1]
            width = unescaped_pipes(header)
            body = []
            for row in lines[i + 1 :]:
                if not row.startswith("| "):
                    break
                body.append(row)
            assert body and all(unescaped_pipes(row) == width for row in body), header


def test_table_cells_escape_pipes_and_newlines() -> None:
    text = "It runs 20 | 30 years.\nReally."
    data = report(
        [src("a|b", text), src("c", "It runs 10 years.")],
        [finding("f1", [statement("a|b", 0, text, "20 | 30"), statement("c", 0, "It runs 10 years.", "10")])],
        groups=[{"id": "g", "label": "pipe | label\nnext", "members": [{"source": "a|b", "sentence": 0}]}],
    )
    out = render_markdown(data)
    rows = table_rows(out)
    facts = [r for r in rows if "topic f1" in r]
    assert facts and unescaped_pipes(facts[0]) == 4, facts
    assert "20 \\| 30" in facts[0]
    assert any("pipe \\| label next" in r for r in rows)


def test_values_bold_in_quotes() -> None:
    text = "Prices rose *5%* to [20] years <b>."
    data = report(
        [src("a", text), src("b", "Prices rose 3%.")],
        [finding("f1", [statement("a", 0, text, "[20] years"), statement("b", 0, "Prices rose 3%.", "3%")])],
    )
    out = render_markdown(data)
    assert "> Prices rose \\*5%\\* to **\\[20\\] years** \\<b\\>." in out
    assert "> Prices rose **3%**." in out


def test_fact_table_majority_and_outlier() -> None:
    texts = {"a": "Runs 20 years.", "b": "Runs 20 years.", "c": "Runs 10 years.", "d": "Nothing."}
    data = report(
        [src(k, v) for k, v in texts.items()],
        [finding("f1", [statement(k, 0, texts[k], texts[k].split()[1] + " years") for k in "abc"])],
    )
    out = render_markdown(data)
    (row,) = [r for r in table_rows(out) if "topic f1" in r]
    cells = [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]
    assert cells[1:] == ["**20 years**", "**20 years**", "≠ 10 years", ""]


def test_fact_table_majority_by_normalized_quantity() -> None:
    texts = {"a": "Runs ten years.", "b": "Runs 10 years.", "c": "Runs 20 years."}
    values = {"a": ("ten years", 10), "b": ("10 years", 10), "c": ("20 years", 20)}
    data = report(
        [src(k, v) for k, v in texts.items()],
        [
            finding(
                "f1",
                [
                    statement(
                        k,
                        0,
                        texts[k],
                        values[k][0],
                        {"amount": values[k][1], "unit": "year", "hedge": "exact"},
                    )
                    for k in "abc"
                ],
            )
        ],
    )
    (row,) = [r for r in table_rows(render_markdown(data)) if "topic f1" in r]
    cells = [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]
    assert cells[1:] == ["**ten years**", "**10 years**", "≠ 20 years"]


def section(out: str, title: str) -> str:
    start = out.index(f"## {title}\n")
    return out[start : out.index("\n## ", start + 1)]


def test_diff_pairs_table_and_only_lists() -> None:
    data = load("sample_diff.json")
    out = section(render_markdown(data), "Aligned pairs")
    rows = table_rows(out)
    assert rows[0].startswith(
        "| A: `002_2f0bec96db29405d` | Relation, similarity | B: `003_724366f104c384ed` |"
    )
    assert len(rows) == 2 + len(data["pairs"])
    icons = {"same": "=", "differs": "≈", "conflicts": "≠"}
    middles = [re.split(r"(?<!\\)\|", r)[2].strip() for r in rows[2:]]
    assert middles == [
        f"{icons[p['relation']]} {p['relation']} · {p['similarity']:.2f}" for p in data["pairs"]
    ]
    first = data["pairs"][0]
    assert rows[2].startswith(f"| Sentence {first['a']['sentence']}: In a bold move")
    a, b = (s["id"] for s in data["sources"])
    assert f"### Only in A: `{a}` ({len(data['only'][a])} sentences)" in out
    assert f"### Only in B: `{b}` ({len(data['only'][b])} sentences)" in out
    items = re.findall(r"^- Sentence \d+: ", out, re.M)
    assert len(items) == len(data["only"][a]) + len(data["only"][b])


def test_diff_pair_text_is_escaped() -> None:
    evil = "# Head | pipe [x](javascript:alert(1)) <b>\n- item"
    a = {"source": "a", "sentence": 0, "text": evil}
    data = report(
        [src("a", evil), src("b", "B.")],
        [],
        pairs=[
            {
                "a": a,
                "b": {"source": "b", "sentence": 0, "text": "B."},
                "similarity": 0.5,
                "relation": "odd|*",
            }
        ],
        only={"a": [a], "b": []},
    )
    out = section(render_markdown(data), "Aligned pairs")
    (row,) = table_rows(out)[2:]
    assert unescaped_pipes(row) == 4
    assert "? odd\\|\\* · 0.50" in row
    assert "<b>" not in out and not re.search(r"(?<!\\)\]\(", out)
    assert not re.search(r"^(# Head|- item)", out.split("\n", 1)[1], re.M), (
        "no heading or list item from the text"
    )
    assert "- Sentence 0: # Head \\| pipe \\[x\\](javascript:alert(1)) \\<b\\> - item" in out
    assert "### Only in B: `b` (0 sentences)\n\nNone." in out


def test_diff_without_pairs() -> None:
    out = render_markdown(report([src("a", "A."), src("b", "B.")], [], pairs=[], only={}))
    assert re.findall(r"^## (.+)$", out, re.M) == DIFF_TITLES
    assert "No aligned sentences." in section(out, "Aligned pairs")


def test_report_without_pairs_has_no_diff_parts() -> None:
    out = render_markdown(load("sample_report.json"))
    assert "Aligned pairs" not in out and "Only in A" not in out


def test_markdown_injection_is_escaped() -> None:
    evil = "# Heading <script>alert(1)</script> [x](javascript:alert(1)) ![i](http://e/x.png) `code` *em*"
    data = report(
        [src("a", evil), src("b", "1. listed")],
        [finding("f1", [statement("a", 0, evil, "x"), statement("b", 0, "1. listed", "1")], topic=evil)],
        warnings=[evil],
    )
    out = render_markdown(data)
    assert "<script>" not in out
    assert not re.search(r"(?<!\\)\]\(", out), "no link or image syntax survives"
    assert not re.search(r"^# Heading", out, re.M)
    assert "\n\\# Heading" in out
    assert "\n**1**. listed" in out, "a value at the start of a paragraph does not make it a list"


def test_no_timestamp_unless_generated() -> None:
    data = load("sample_report.json")
    assert "Generated" not in render_markdown(data)
    data["generated"] = "2025-01-18T09:00:00Z"
    assert "Generated: 2025-01-18T09:00:00Z" in render_markdown(data)


def test_deterministic() -> None:
    data = load("sample_report.json")
    assert render_markdown(data) == render_markdown(copy.deepcopy(data))


def test_minimal_report_renders() -> None:
    out = render_markdown(report([], []))
    assert re.findall(r"^## (.+)$", out, re.M) == TITLES
    assert "No disagreements found" in out


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_golden(path: Path) -> None:
    out = render_markdown(json.loads(path.read_text(encoding="utf-8")))
    expected = path.with_suffix(".expected.md")
    if os.environ.get("UPDATE_GOLDEN") == "1":
        expected.write_text(out, encoding="utf-8")
    assert expected.exists(), f"run UPDATE_GOLDEN=1 pytest {__file__} to create {expected.name}"
    assert out == expected.read_text(encoding="utf-8"), (
        "regenerate with UPDATE_GOLDEN=1 if the change is intended"
    )


def test_many_sources_list_only_the_involved_ones() -> None:
    from compare.render.common import MATRIX_MAX_SOURCES

    sources = [
        {"id": f"s{k:02d}", "path": f"s{k}.txt", "sentences": 1, "text": "T.", "spans": [[0, 2, False]]}
        for k in range(MATRIX_MAX_SOURCES + 1)
    ]
    data = {
        "schema": "compare.report/1",
        "settings": {"version": "0.1.0", "model": "m"},
        "sources": sources,
        "findings": [
            {
                "id": "f1",
                "kind": "quantity",
                "topic": "duration",
                "severity": "high",
                "score": 0.5,
                "explanation": "x",
                "statements": [
                    statement("s00", 0, "20 years.", "20 years"),
                    statement("s07", 0, "10 years.", "10 years"),
                ],
            }
        ],
        "unique": [],
        "groups": [
            {
                "id": "g1",
                "label": "Both",
                "members": [{"source": "s03", "sentence": 0}, {"source": "s09", "sentence": 0}],
            }
        ],
    }
    out = render_markdown(data)
    facts = out[out.index("Fact table") : out.index("## Coverage")]
    assert "| Topic | Values by source |" in facts and "`s00`: 20 years · `s07`: 10 years" in facts
    assert "`s01`" not in facts
    cov = out[out.index("## Coverage") :]
    assert "| Both | `s03`, `s09` |" in cov
