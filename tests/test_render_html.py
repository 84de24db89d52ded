"""The HTML view: structure, escaping of untrusted text, value highlighting, fact table, diff pairs,
determinism, goldens."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from compare.render.common import fact_cells, quantity_key, value_keys
from compare.render.html import render_html

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "golden"
SECTION_IDS = ["summary", "findings", "facts", "coverage", "unique", "sources"]
DIFF_SECTION_IDS = ["summary", "findings", "pairs", "facts", "coverage", "unique", "sources"]


class Page(HTMLParser):
    """Collects start tags (with attributes), script bodies and text of a rendered page."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data

    def find(self, tag: str | None = None, **attrs: str) -> list[dict[str, str | None]]:
        return [
            a
            for t, a in self.tags
            if (tag is None or t == tag) and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def classed(self, tag: str, cls: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and cls in (a.get("class") or "").split()]


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


def years(amount: float, hedge: str = "exact", **extra: Any) -> dict[str, Any]:
    return {"amount": amount, "unit": "year", "hedge": hedge, **extra}


def facts_section(out: str) -> str:
    return out[out.index('id="facts"') : out.index('id="coverage"')]


def style_hash(out: str) -> str:
    style = out[out.index("<style>") + len("<style>") : out.index("</style>")]
    return base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()


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


def finding(
    fid: str, statements: list[dict[str, Any]], severity: str = "high", **extra: Any
) -> dict[str, Any]:
    data = {
        "id": fid,
        "kind": "quantity",
        "topic": f"topic {fid}",
        "severity": severity,
        "score": 0.5,
        "explanation": "differs",
        "statements": statements,
    }
    data.update(extra)
    return data


def src(sid: str, text: str = "", **extra: Any) -> dict[str, Any]:
    data = {"id": sid, "path": f"{sid}.txt", "sentences": 1, "text": text, "spans": [[0, len(text), False]]}
    data.update(extra)
    return data


@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    return load("sample_report.json")


@pytest.mark.parametrize(
    ("name", "ids"), [("sample_report.json", SECTION_IDS), ("sample_diff.json", DIFF_SECTION_IDS)]
)
def test_sections_in_order_and_findings_counted(name: str, ids: list[str]) -> None:
    data = load(name)
    page = Page(render_html(data))
    assert [a["id"] for a in page.find("section")] == ids
    order = [t for t, a in page.tags if t in ("section", "h2")]
    assert order == ["section", "h2"] * len(ids)
    nav = re.search(r'<nav class="toc".*?</nav>', render_html(data))
    assert nav and re.findall(r'href="#([^"]+)"', nav.group(0)) == ids, "the navigation follows the page"
    assert len(page.classed("article", "finding")) == len(data["findings"])
    for tag in ("header", "nav", "main"):
        assert page.find(tag)


def test_finding_attributes_and_links(sample: dict[str, Any]) -> None:
    page = Page(render_html(sample))
    articles = page.classed("article", "finding")
    assert [a["id"] for a in articles] == [f"finding-{f['id']}" for f in sample["findings"]]
    assert [a["data-severity"] for a in articles] == [f["severity"] for f in sample["findings"]]
    assert all(a["data-kind"] and a["data-sources"] for a in articles)
    ids = [a["id"] for _, a in page.tags if a.get("id")]
    assert len(ids) == len(set(ids)), "ids are unique"
    targets = {href[1:] for _, a in page.tags if (href := a.get("href") or "").startswith("#")}
    assert targets <= set(ids), f"dangling links: {sorted(targets - set(ids))[:5]}"
    first = sample["findings"][0]["statements"][0]
    assert f"s-{first['source']}-{first['sentence']}" in ids


def test_severity_never_by_colour_alone(sample: dict[str, Any]) -> None:
    out = render_html(sample)
    for word, icon in (("HIGH", "▲"), ("MEDIUM", "◆"), ("LOW", "○")):
        assert re.search(rf'<span class="icon" aria-hidden="true">{icon}</span> {word}</span>', out)
    assert "within one source" in out


def test_self_contained_with_strict_csp(sample: dict[str, Any]) -> None:
    out = render_html(sample)
    page = Page(out)
    assert not page.find("link") and not page.find("img") and not page.find("iframe")
    assert not any("src" in a for _, a in page.tags), "nothing is loaded from anywhere"
    assert "@import" not in out and "url(" not in out
    (meta,) = page.find("meta", http_equiv="Content-Security-Policy")
    csp = meta["content"] or ""
    assert "default-src 'none'" in csp
    assert f"style-src 'sha256-{style_hash(out)}'" in csp
    (script,) = page.scripts
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp


def test_hostile_text_is_escaped() -> None:
    evil = '<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">javascript:alert(1)</a>'
    sid = 'x"><b onmouseover=alert(1) [a]'
    text = f"Claim {evil} says 5 days."
    data = report(
        [src(sid, text, title=evil, outlet=evil, url="javascript:alert(1)"), src("ok", "Safe text 6 days.")],
        [
            finding(
                '"><script>alert(1)</script>',
                [
                    statement(sid, 0, text, value="<img src=x onerror=alert(1)>"),
                    statement("ok", 0, "Safe 6 days.", "6"),
                ],
                kind=evil,
                topic=evil,
                explanation=evil,
                severity='high" onclick="alert(1)',
            )
        ],
        unique=[statement(sid, 0, text, value=evil)],
        groups=[{"id": "g<1>", "label": evil, "members": [{"source": sid, "sentence": 0}]}],
        warnings=[evil],
        generated=evil,
        settings={"version": evil, "model": evil, "align_threshold": evil},
    )
    out = render_html(data)
    assert "<script>alert" not in out
    assert "<img" not in out
    assert "<b " not in out
    tags = [re.sub(r'"[^"]*"', '""', tag) for tag in re.findall(r"<[^>]*>", out)]
    assert not [t for t in tags if re.search(r"\son\w+\s*=", t)], "no event handler attribute inside a tag"
    assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", out, re.I)
    page = Page(out)
    scripts = [a for t, a in page.tags if t == "script"]
    assert len(scripts) == 1 and len(page.scripts) == 1 and "alert" not in page.scripts[0]
    for _, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), attrs
        assert not (attrs.get("href") or "").lower().startswith("javascript:")
        assert re.fullmatch(r"[A-Za-z0-9_-]+", attrs.get("id") or "x"), attrs["id"]
    assert "&lt;img src=x onerror=alert(1)&gt;" in out


def test_sanitised_ids_stay_distinct() -> None:
    data = report(
        [src("a b", "One 1."), src("a_b", "Two 2."), src("a-b", "Three 3.")],
        [finding("f", [statement("a b", 0, "One 1.", "1"), statement("a_b", 0, "Two 2.", "2")])],
    )
    page = Page(render_html(data))
    anchors = [a.get("id") for a in page.classed("span", "sent")]
    assert len(anchors) == len(set(anchors)) == 3


def test_value_highlight_with_special_characters() -> None:
    text = 'Fees rose to <5 & "6"> today; <5 & "6"> again.'
    data = report(
        [src("s", text), src("t", "Fees rose to 7 today.")],
        [
            finding(
                "f1", [statement("s", 0, text, '<5 & "6">'), statement("t", 0, "Fees rose to 7 today.", "7")]
            )
        ],
    )
    out = render_html(data)
    quoted = (
        "Fees rose to <mark>&lt;5 &amp; &quot;6&quot;&gt;</mark> today; &lt;5 &amp; &quot;6&quot;&gt; again."
    )
    assert f"<blockquote>{quoted}</blockquote>" in out, "first occurrence only, every piece escaped"
    assert "<blockquote>Fees rose to <mark>7</mark> today.</blockquote>" in out


def test_value_prefers_whole_word_then_exact_case() -> None:
    text = "Three years on, the year ended; RUSSIAN Russia."
    data = report(
        [src("s", text), src("t", "Other.")],
        [
            finding(
                "f1",
                [
                    statement("s", 0, text, "year"),
                    statement("s", 0, text, "russia"),
                    statement("t", 0, "Other."),
                ],
            )
        ],
    )
    out = render_html(data)
    assert "Three years on, the <mark>year</mark> ended; RUSSIAN Russia." in out
    assert "Three years on, the year ended; RUSSIAN <mark>Russia</mark>." in out


def test_value_missing_from_text_is_not_marked() -> None:
    data = report(
        [src("s", "No number here."), src("t", "Ten.")],
        [finding("f1", [statement("s", 0, "No number here.", "12"), statement("t", 0, "Ten.")])],
    )
    out = render_html(data)
    assert "<blockquote>No number here.</blockquote>" in out
    assert "<blockquote>Ten.</blockquote>" in out


def test_fact_table_marks_majority_and_outliers() -> None:
    texts = {"a": "It runs 20 years.", "b": "It runs 20 years.", "c": "It runs 10 years.", "d": "Nothing."}
    data = report(
        [src(k, v) for k, v in texts.items()],
        [
            finding("f1", [statement(k, 0, texts[k], f"{texts[k].split()[2]} years") for k in "abc"]),
            finding(
                "f2", [statement("a", 0, texts["a"], "20 years"), statement("c", 0, texts["c"], "10 years")]
            ),
        ],
    )
    out = render_html(data)
    facts = out[out.index('id="facts"') : out.index('id="coverage"')]
    rows = re.findall(r"<tr>(.*?)</tr>", facts, re.S)
    header, first, second = rows
    assert header.count('scope="col"') == 5
    cells = re.findall(r"<td>(.*?)</td>", first, re.S)
    assert len(cells) == 4
    assert 'class="majority"' in cells[0] and "<strong>20 years</strong>" in cells[0]
    assert 'class="majority"' in cells[1]
    assert 'class="outlier"' in cells[2] and "≠" in cells[2] and "10 years" in cells[2]
    assert cells[3] == "", "a source that says nothing has an empty cell"
    assert "majority" not in second and "outlier" not in second, "one source against one: no majority"


def test_fact_table_compares_normalized_quantities() -> None:
    texts = {"a": "It runs ten years.", "b": "It runs about 10 years.", "c": "It runs 20 years."}
    normalized = {"a": years(10), "b": years(10.0, "approx", range=[9, 11]), "c": years(20)}
    values = {"a": "ten years", "b": "10 years", "c": "20 years"}
    data = report(
        [src(k, v) for k, v in texts.items()],
        [finding("f1", [statement(k, 0, texts[k], values[k], normalized[k]) for k in "abc"])],
    )
    out = facts_section(render_html(data))
    (row,) = re.findall(r'<tr><th scope="row">(.*?)</tr>', out, re.S)
    cells = re.findall(r"<td>(.*?)</td>", row, re.S)
    assert 'class="majority"' in cells[0] and "<strong>ten years</strong>" in cells[0]
    assert 'class="majority"' in cells[1] and "<strong>10 years</strong>" in cells[1]
    assert 'class="outlier"' in cells[2] and "20 years" in cells[2]


def test_fact_cells_majority_by_normalized_form() -> None:
    statements = [
        statement("a", 0, "Ten years.", "ten years", years(10)),
        statement("b", 0, "10 years.", "10 years", years(10, "approx", range=[9, 11])),
        statement("c", 0, "20 years.", "20 years", years(20)),
    ]
    cells = fact_cells({"statements": statements}, ["a", "b", "c"])
    assert [(v.text, v.status) for sid in "abc" for v in cells[sid]] == [
        ("ten years", "majority"),
        ("10 years", "majority"),
        ("20 years", "outlier"),
    ]


def test_value_keys_fall_back_to_folded_text() -> None:
    statements = [
        statement("a", 0, "x", "10  Years."),
        statement("b", 0, "x", "10 years"),
        statement("c", 0, "x", "ten years", years(10)),
        statement("d", 0, "x", "10 years", years(10)),
        statement("e", 0, "x", "10 years", {"amount": 10, "unit": "%"}),
        statement("f", 3, "x"),
        statement("g", 0, "x", "President", {"person": "Putin", "role": "President"}),
        statement("h", 0, "x", "president", {"person": "Vladimir Putin", "role": "president"}),
    ]
    keys = value_keys(statements)
    assert keys[0] == keys[1] == keys[2] == keys[3], "text matches, and the text adopts the quantity it names"
    assert keys[4] != keys[3], "both normalised: a different unit is a different value, whatever the text"
    assert keys[5] == ("none", "3")
    assert keys[6] == keys[7] == ("text", "president"), "only quantities compare by their normalised form"


def test_quantity_key_ignores_hedge_and_rejects_junk() -> None:
    assert (
        quantity_key(years(10))
        == quantity_key(years(10.0, "min", range=[10, None]))
        == ("quantity", "10", "year")
    )
    assert quantity_key(years(10.5)) == ("quantity", "10.5", "year")
    assert quantity_key({"amount": True, "unit": "year"}) is None
    assert quantity_key({"amount": "10", "unit": "year"}) is None
    assert quantity_key({"amount": 10}) is None
    assert quantity_key([10, "year"]) is None


def test_fact_table_without_normalized_forms_compares_text() -> None:
    texts = {"a": "It runs 20 Years.", "b": "It runs 20 years.", "c": "It runs 10 years."}
    data = report(
        [src(k, v) for k, v in texts.items()],
        [finding("f1", [statement(k, 0, texts[k], " ".join(texts[k].split()[2:])) for k in "abc"])],
    )
    cells = re.findall(r"<td>(.*?)</td>", facts_section(render_html(data)), re.S)
    assert "<strong>20 Years.</strong>" in cells[0] and "<strong>20 years.</strong>" in cells[1]
    assert 'class="outlier"' in cells[2]


def test_coverage_matrix_shows_omissions() -> None:
    data = report(
        [src("a", "A."), src("b", "B.")],
        [],
        groups=[
            {
                "id": "g1",
                "label": "Both",
                "members": [{"source": "a", "sentence": 0}, {"source": "b", "sentence": 0}],
            },
            {"id": "g2", "label": "Only a", "members": [{"source": "a", "sentence": 0}]},
        ],
    )
    out = render_html(data)
    cov = out[out.index('id="coverage"') : out.index('id="unique"')]
    assert cov.count('class="yes"') == 3 and cov.count('class="no"') == 1
    assert '<span class="sr-only">no</span>' in cov and "✓" in cov


def test_sources_keep_paragraphs_headings_and_quoted_marks() -> None:
    text = "Heading\n\nFirst 1. Second 2.\nThird 3."
    spans = [[0, 7, True], [9, 17, False], [18, 27, False], [28, 36, False]]
    data = report(
        [{"id": "s", "path": "s.txt", "sentences": 4, "text": text, "spans": spans}, src("t", "Other 4.")],
        [finding("f1", [statement("s", 2, "Second 2.", "2"), statement("t", 0, "Other 4.", "4")])],
    )
    out = render_html(data)
    body = out[out.index('id="src-s"') :]
    assert '<h4 class="src-h"><span class="sent" id="s-s-0">Heading</span></h4>' in body
    assert '<p><span class="sent" id="s-s-1">First 1.</span> <span class="sent quoted" id="s-s-2">' in body
    assert '<p><span class="sent" id="s-s-3">Third 3.</span></p>' in body
    assert 'href="#finding-f1"' in body and "Second <mark>2</mark>." in body


def pairs_section(out: str) -> str:
    return out[out.index('<section id="pairs"') : out.index('<section id="facts"')]


def diff(pairs: list[dict[str, Any]], only: dict[str, Any], *sources: dict[str, Any]) -> dict[str, Any]:
    sources = sources or (src("a", "Alpha 1. Alpha 2."), src("b", "Beta 1."))
    return report(list(sources), [], pairs=pairs, only=only)


def test_diff_pairs_table_with_relation_in_words_and_symbols() -> None:
    data = load("sample_diff.json")
    out = render_html(data)
    section = pairs_section(out)
    body = section[section.index("<tbody>") : section.index("</tbody>")]
    assert body.count("<tr>") == len(data["pairs"])
    rel = re.findall(
        r'<td class="rel rel-(\w+)"><span aria-hidden="true">(.)</span> (\w+)<br><span class="score">([\d.]+)</span></td>',
        body,
    )
    icons = {"same": "=", "differs": "≈", "conflicts": "≠"}
    assert [(cls, icon, word) for cls, icon, word, _ in rel] == [
        (p["relation"], icons[p["relation"]], p["relation"]) for p in data["pairs"]
    ]
    assert [score for *_, score in rel] == [f"{p['similarity']:.2f}" for p in data["pairs"]]
    first = data["pairs"][0]
    assert f'href="#s-{first["a"]["source"]}-{first["a"]["sentence"]}"' in body.split("</tr>")[0]
    assert f'href="#s-{first["b"]["source"]}-{first["b"]["sentence"]}"' in body.split("</tr>")[0]
    assert f'<li><a href="#pairs">Aligned pairs ({len(data["pairs"])})</a></li>' in out


def test_diff_only_lists() -> None:
    data = load("sample_diff.json")
    section = pairs_section(render_html(data))
    only = section[section.index('<div class="only" id="only">') :]
    a, b = (s["id"] for s in data["sources"])
    heads = re.findall(r"<h3>Only in (A|B): .*?</h3>", only)
    assert heads == ["A", "B"]
    lists = only.split("<h3>")[1:]
    assert [part.count("<li>") for part in lists] == [len(data["only"][a]), len(data["only"][b])]
    assert f'href="#s-{a}-{data["only"][a][0]["sentence"]}"' in lists[0]
    assert f"{len(data['only'][b])} sentences" in lists[1]


def test_diff_links_resolve_and_ids_are_unique() -> None:
    page = Page(render_html(load("sample_diff.json")))
    ids = [a["id"] for _, a in page.tags if a.get("id")]
    assert len(ids) == len(set(ids))
    targets = {href[1:] for _, a in page.tags if (href := a.get("href") or "").startswith("#")}
    assert targets <= set(ids), sorted(targets - set(ids))[:5]


def test_diff_style_is_allowed_by_its_own_hash() -> None:
    out = render_html(load("sample_diff.json"))
    assert ".pairs td" in out
    assert f"style-src 'sha256-{style_hash(out)}'" in out


def test_report_without_pairs_has_no_diff_parts(sample: dict[str, Any]) -> None:
    out = render_html(sample)
    assert 'id="pairs"' not in out and 'id="only"' not in out and ".pairs td" not in out
    assert "Crosscheck report" in out


def test_diff_hostile_text_is_escaped() -> None:
    evil = '<script>alert(1)</script><img src=x onerror=alert(1)>"'
    a = {"source": evil, "sentence": 0, "text": evil}
    b = {"source": "b", "sentence": evil, "text": f"B {evil}"}
    data = diff(
        [
            {"a": a, "b": b, "similarity": evil, "relation": evil},
            {"a": a, "b": b, "similarity": 0.5},
            {"a": 1},
        ],
        {evil: [a], "b": [b, "junk"], "other": [a]},
        src(evil, evil),
        src("b", "B"),
    )
    out = render_html(data)
    assert "<script>alert" not in out and "<img" not in out
    page = Page(out)
    for _, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), attrs
        assert re.fullmatch(r"[A-Za-z0-9_-]+", attrs.get("id") or "x"), attrs["id"]
    section = pairs_section(out)
    assert section.count('class="rel rel-other"') == 3, "unknown relations get no colour of their own"
    assert '<span aria-hidden="true">?</span> &lt;script&gt;' in section
    assert '<span aria-hidden="true">?</span> unknown</td>' in section, "no similarity, no relation: no score"
    assert "<h3>Only in A: " in section and "<h3>Only in B: " in section and "<h3>Only in <a" in section


def test_diff_without_pairs_or_only() -> None:
    out = render_html(diff([], {}))
    section = pairs_section(out)
    assert '<p class="empty">No aligned sentences.</p>' in section
    assert section.count('<p class="empty">None.</p>') == 2
    assert "0 sentences" in section and "Crosscheck diff" in out


def test_diff_deterministic() -> None:
    data = load("sample_diff.json")
    assert render_html(data) == render_html(copy.deepcopy(data))


def test_deterministic(sample: dict[str, Any]) -> None:
    assert render_html(sample) == render_html(copy.deepcopy(sample))


def test_minimal_report_renders() -> None:
    out = render_html(report([], []))
    assert out.startswith("<!DOCTYPE html>") and out.endswith("</html>\n")
    assert "No disagreements found" in out


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_golden(path: Path) -> None:
    out = render_html(json.loads(path.read_text(encoding="utf-8")))
    expected = path.with_suffix(".expected.html")
    if os.environ.get("UPDATE_GOLDEN") == "1":
        expected.write_text(out, encoding="utf-8")
    assert expected.exists(), f"run UPDATE_GOLDEN=1 pytest {__file__} to create {expected.name}"
    assert out == expected.read_text(encoding="utf-8"), (
        "regenerate with UPDATE_GOLDEN=1 if the change is intended"
    )


def test_many_sources_list_only_the_involved_ones() -> None:
    from compare.render.common import MATRIX_MAX_SOURCES

    n = MATRIX_MAX_SOURCES + 1
    sources = [src(f"s{k:02d}", f"Text {k}.", outlet=f"Outlet {k}") for k in range(n)]
    data = report(
        sources,
        [
            finding(
                "f1",
                [
                    statement("s00", 0, "It lasts 20 years.", "20 years"),
                    statement("s07", 0, "10 years.", "10 years"),
                ],
            )
        ],
        groups=[
            {
                "id": "g1",
                "label": "Both",
                "members": [{"source": "s03", "sentence": 0}, {"source": "s09", "sentence": 0}],
            }
        ],
    )
    out = render_html(data)
    facts = facts_section(out)
    assert "Values by source" in facts and facts.count("<th ") == 3  # Topic, Values by source, the row
    assert "s00 (Outlet 0)" in facts and "s07 (Outlet 7)" in facts and "s01 (Outlet 1)" not in facts
    cov = out[out.index('id="coverage"') : out.index('id="unique"')]
    assert "s03 (Outlet 3)" in cov and "s09 (Outlet 9)" in cov and "s04 (Outlet 4)" not in cov
    assert 'class="no"' not in cov
    assert Page(out).find("table")  # parses
    # One source fewer: the matrix with a column per source.
    wide = facts_section(render_html({**data, "sources": sources[:-1]}))
    assert "Values by source" not in wide and wide.count('<th scope="col">') == n
