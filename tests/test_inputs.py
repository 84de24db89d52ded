"""Every supported input format and every bad input, end to end through the ``crosscheck`` command.

Each bad input must give exit code 2 (usage) or 1 (data), exactly one line on stderr, nothing on stdout,
no traceback, and leave the inputs untouched. ``docs/inputs.md`` lists these cases with their tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from compare.config import MAX_SOURCE_BYTES

from .conftest import DATA, ROOT, SOURCES
from .test_cli import run

FORMATS = DATA / "formats"
S2 = str(SOURCES / "002_2f0bec96db29405d.txt")
S3 = str(SOURCES / "003_724366f104c384ed.txt")

ARTICLE = (
    "The Harlow footbridge over the River Varn collapsed on Tuesday morning, the fire service said. "
    "Twelve people were injured and three of them were taken to hospital in a serious condition. "
    "The mayor ordered an independent inquiry into the state of the bridge, which was built in 1968.\n"
)
GERMAN = (
    "Die Brücke über den Fluss Varn ist am Dienstagmorgen eingestürzt. Nach Angaben der Behörden wurden "
    "zwölf Menschen verletzt, drei von ihnen schwer. Der Bürgermeister kündigte eine umfassende "
    "Untersuchung an und sagte, die Stadt werde alle Kosten für die Reparatur übernehmen. Augenzeugen "
    "berichteten, dass sie kurz vor dem Einsturz ein lautes Knacken gehört hätten.\n"
)


# ----------------------------------------------------------------------------------------------- helpers


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Content and modification time of every file under ``folder``."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def assert_one_line_error(result: Any, code: int, *fragments: str) -> str:
    """Exit ``code``, nothing on stdout, exactly one ``crosscheck: error:`` line on stderr, no traceback."""
    assert result.exit_code == code, result.output
    assert result.stdout == "", result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("crosscheck: error: "), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    assert "Traceback" not in result.output
    return lines[0]


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A folder for input files (reports go elsewhere, under ``tmp_path / "out"``)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def report_on(tmp_path: Path, *paths: str | Path, extra: tuple[str, ...] = ()) -> Any:
    return run(["report", *map(str, paths), "-o", str(tmp_path / "out"), "-f", "json", *extra])


# ------------------------------------------------------------------------------------ bad input, one line


BAD_FILES = {
    "empty": ("empty.txt", b"", "empty.txt: no article text (the file is empty)"),
    "whitespace-only": ("blank.txt", b"  \n\t\r\n  \n", "blank.txt: no article text (the file is empty)"),
    "symbols-only": (
        "rule.md",
        b"----\n* * *\n----\n",
        "rule.md: no article text (the file holds no letters",
    ),
    "png-image": (
        "photo.png",
        b"\x89PNG\r\n\x1a\n" + bytes(200),
        "photo.png: this is a PNG image, not article",
    ),
    "jpeg-named-txt": ("photo.txt", b"\xff\xd8\xff\xe0" + bytes(200), "photo.txt: this is a JPEG image"),
    "pdf": ("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "paper.pdf: this is a PDF, not article"),
    "zip": ("bundle.zip", b"PK\x03\x04\x14\x00" + bytes(100), "bundle.zip: this is a zip archive"),
    "docx": ("letter.docx", b"PK\x03\x04\x14\x00\x06\x00" + bytes(100), "(or an office document)"),
    "binary-nul": (
        "data.txt",
        b"\x01\x02\x00\x00\x07abc\x00\x00\x00" * 50,
        "looks like a binary file (NUL bytes)",
    ),
    "undecodable": ("legacy.txt", b"abc \x81\x8d\x8f\x90\x9d" * 20, "cannot detect the text encoding"),
    "bad-utf16-bom": (
        "u16.txt",
        b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8",
        "UTF-16 byte order mark",
    ),
    "html-no-text": (
        "menu.html",
        b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> | <a href='/news'>News</a>"
        b"</nav><footer>(c) 2025</footer></body></html>",
        "menu.html: no article text could be extracted from this HTML page",
    ),
    "json-malformed": (
        "story.json",
        b'{\n  "title": "x",\n  "text": "An article."\n  "outlet": "y"\n}\n',
        "story.json: malformed JSON at line 4, column 3",
    ),
    "json-too-deep": ("deep.json", b"[" * 200_000, "deep.json: malformed JSON: nested too deeply"),
    "json-no-text": (
        "meta.json",
        b'{"title": "Only a title"}',
        "meta.json: the article object has no 'text' string",
    ),
    "json-empty-list": ("none.json", b"[]", "none.json: the JSON list holds no articles"),
    "jsonl-malformed": (
        "wire.jsonl",
        b'{"id": "a", "text": "First article text."}\n\n{"id": "b", "text": "Second\n',
        "wire.jsonl: malformed JSON on line 3",
    ),
    "jsonl-empty-entry": (
        "wire2.jsonl",
        b'{"id": "a", "text": "First article text."}\n{"id": "b", "text": "   "}\n',
        "wire2.jsonl (line 2): no article text (the entry is empty)",
    ),
    "yaml-malformed": (
        "front.md",
        b"---\ntitle: [unclosed\noutlet: x\n---\nBody of the article.\n",
        "front.md: malformed YAML front matter",
    ),
    "yaml-impossible-date": (
        "date.md",
        b"---\ntitle: x\npublished: 2025-02-30\n---\nBody of the article.\n",
        "date.md: malformed YAML front matter: day is out of range for month",
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES), ids=list(BAD_FILES))
def test_bad_file_is_one_line_exit_1(use_fake_encoder, tmp_path: Path, inputs: Path, case: str) -> None:
    name, data, message = BAD_FILES[case]
    (inputs / name).write_bytes(data)
    before = snapshot(inputs)
    result = report_on(tmp_path, inputs / "good.txt", inputs / name)
    assert_one_line_error(result, 1, message)
    assert snapshot(inputs) == before
    assert not (tmp_path / "out").exists()


def test_missing_path(use_fake_encoder, tmp_path: Path, inputs: Path) -> None:
    result = report_on(tmp_path, inputs / "good.txt", tmp_path / "nope.txt")
    assert_one_line_error(result, 1, "nope.txt: no such file or folder")


def test_folder_without_supported_files(use_fake_encoder, tmp_path: Path, inputs: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = report_on(tmp_path, inputs / "good.txt", empty)
    assert_one_line_error(result, 1, "empty: no supported article files (.txt, .md")


def test_folder_of_unsupported_files_notes_each_then_fails(use_fake_encoder, tmp_path: Path) -> None:
    folder = tmp_path / "misc"
    folder.mkdir()
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (folder / "notes.rtf").write_text("{\\rtf1 hello}")
    (folder / ".hidden.txt").write_text("A hidden file is not an article.")
    before = snapshot(folder)
    result = report_on(tmp_path, S2, folder)
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        f"crosscheck: skipping {folder / 'notes.rtf'}: not a supported article format "
        "(.txt, .md, .markdown, .html, .htm, .json, .jsonl)",
        f"crosscheck: skipping {folder / 'photo.jpg'}: not a supported article format "
        "(.txt, .md, .markdown, .html, .htm, .json, .jsonl)",
    ]
    assert lines[2:] == [f"crosscheck: error: {folder}: no supported article files (.txt, .md, .markdown, "
                         ".html, .htm, .json, .jsonl)"]  # fmt: skip
    assert snapshot(folder) == before


def test_folder_is_not_recursive_unless_asked(use_fake_encoder, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE)
    (folder / "sub" / "b.txt").write_text(ARTICLE.replace("Twelve", "Fifteen"))
    (folder / ".git").mkdir()
    (folder / ".git" / "c.txt").write_text(ARTICLE)
    flat = run(["sources", "-f", "json", str(folder)])
    assert [r["id"] for r in json.loads(flat.stdout)] == ["a"]
    deep = run(["sources", "-f", "json", "--recursive", str(folder)])
    assert [r["id"] for r in json.loads(deep.stdout)] == ["a", "b"]
    assert deep.stderr == ""


def test_duplicate_source_ids_exit_2(use_fake_encoder, tmp_path: Path, inputs: Path) -> None:
    (inputs / "sub").mkdir()
    (inputs / "sub" / "good.md").write_text(ARTICLE)
    result = report_on(tmp_path, inputs / "good.txt", inputs / "sub" / "good.md")
    assert_one_line_error(result, 2, "duplicate source id 'good'", "must be unique")


def test_duplicate_ids_inside_jsonl_exit_2(use_fake_encoder, tmp_path: Path, inputs: Path) -> None:
    rows = [{"id": "x", "text": ARTICLE}, {"id": "x", "text": ARTICLE}]
    (inputs / "w.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    assert_one_line_error(report_on(tmp_path, inputs / "w.jsonl"), 2, "duplicate source id 'x'")


@pytest.mark.parametrize("count", [1, 3])
def test_diff_needs_exactly_two_articles(use_fake_encoder, inputs: Path, count: int) -> None:
    for n in range(count):
        (inputs / f"a{n}.txt").write_text(ARTICLE)
    args = [str(inputs / f"a{n}.txt") for n in range(count)]
    assert_one_line_error(run(["diff", *args]), 2, f"diff takes exactly two articles; got {count}")


def test_diff_two_paths_holding_three_articles(use_fake_encoder, inputs: Path) -> None:
    rows = [{"id": f"w{n}", "text": ARTICLE} for n in range(2)]
    (inputs / "w.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    result = run(["diff", str(inputs / "good.txt"), str(inputs / "w.jsonl")])
    assert_one_line_error(result, 2, "diff takes exactly two articles; the arguments hold 3")


def test_report_needs_two_sources(use_fake_encoder, tmp_path: Path, inputs: Path) -> None:
    result = report_on(tmp_path, inputs / "good.txt")
    assert_one_line_error(result, 2, "a report needs at least two sources; got 1")
    assert not (tmp_path / "out").exists()


def test_very_large_article_refused_with_limit(use_fake_encoder, tmp_path: Path, inputs: Path) -> None:
    big = inputs / "big.txt"
    big.write_bytes(b"The bridge collapsed on Tuesday. " * (MAX_SOURCE_BYTES // 33 + 10))
    result = report_on(tmp_path, inputs / "good.txt", big)
    assert_one_line_error(result, 1, "big.txt: 5.2 MB is over the 5 MiB limit (5,242,880 bytes)")


def test_very_large_stdin_refused_with_limit(use_fake_encoder, tmp_path: Path, inputs: Path) -> None:
    data = b"The bridge collapsed on Tuesday. " * (MAX_SOURCE_BYTES // 33 + 10)
    result = run(["report", "-", str(inputs / "good.txt"), "-o", str(tmp_path / "out")], input=data)
    assert_one_line_error(result, 1, "-: the input is over the 5 MiB limit (5,242,880 bytes)")


def test_stdin_named_twice_exit_2(use_fake_encoder, tmp_path: Path) -> None:
    result = run(["report", "-", "-", "-o", str(tmp_path / "out")], input=ARTICLE)
    assert_one_line_error(result, 2, "standard input (-) can be named only once")


def test_unwritable_output_path(use_fake_encoder, tmp_path: Path, inputs: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    (inputs / "b.txt").write_text(ARTICLE.replace("Twelve", "Fifteen"))
    before = snapshot(inputs)
    result = run(["report", str(inputs), "-o", str(blocker / "sub"), "-f", "json"])
    assert_one_line_error(result, 1, f"cannot write to {blocker / 'sub'}: {blocker} is a file, not a folder")
    assert snapshot(inputs) == before and blocker.read_text() == "x"
    assert use_fake_encoder.calls == 0, "checked before the run, not after it"


def test_output_folder_without_permission(
    use_fake_encoder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, inputs: Path
) -> None:
    # Tests may run as root, for whom every folder is writable: make the permission check say no.
    monkeypatch.setattr("compare.cli.os.access", lambda path, mode: Path(path) != tmp_path)
    (inputs / "b.txt").write_text(ARTICLE.replace("Twelve", "Fifteen"))
    result = run(["report", str(inputs), "-o", str(tmp_path / "out"), "-f", "json"])
    assert_one_line_error(result, 1, f"cannot write to {tmp_path / 'out'}: permission denied")
    assert use_fake_encoder.calls == 0 and not (tmp_path / "out").exists()


def test_output_file_that_cannot_be_replaced(use_fake_encoder, tmp_path: Path, inputs: Path) -> None:
    out = tmp_path / "out"
    (out / "report.json").mkdir(parents=True)
    (inputs / "b.txt").write_text(ARTICLE.replace("Twelve", "Fifteen"))
    result = run(["report", str(inputs), "-o", str(out), "-f", "json"])
    assert_one_line_error(result, 1, f"cannot write {out / 'report.json'}: Is a directory")
    assert sorted(p.name for p in out.iterdir()) == ["report.json"]


def test_output_inside_input_folder_exit_2(use_fake_encoder, inputs: Path) -> None:
    (inputs / "b.txt").write_text(ARTICLE.replace("Twelve", "Fifteen"))
    before = snapshot(inputs)
    result = run(["report", str(inputs), "-o", str(inputs / "reports")])
    assert_one_line_error(result, 2, "refusing to write the report into the input folder")
    assert snapshot(inputs) == before


@pytest.mark.parametrize(
    ("model", "message"),
    [
        ("no-such/model-xyz", "unknown model 'no-such/model-xyz': not a local model folder"),
        ("FOLDER", "not a sentence-transformers model folder (no modules.json or config.json)"),
        ("FILE", "not a sentence-transformers model folder"),
    ],
    ids=["unknown-name", "folder-not-a-model", "file-not-a-model"],
)
def test_bad_model(tmp_path: Path, inputs: Path, model: str, message: str) -> None:
    (inputs / "b.txt").write_text(ARTICLE.replace("Twelve", "Fifteen"))
    if model == "FOLDER":
        model = str(tmp_path)
    elif model == "FILE":
        model = str(inputs / "b.txt")
    result = run(["diff", str(inputs / "good.txt"), str(inputs / "b.txt"), "--model", model])
    assert_one_line_error(result, 1, message)


def test_non_english_article_warns_and_still_runs(use_fake_encoder, tmp_path: Path, inputs: Path) -> None:
    (inputs / "de.txt").write_text(GERMAN, encoding="utf-8")
    (inputs / "en2.txt").write_text(ARTICLE.replace("Twelve", "Fifteen"))
    result = report_on(tmp_path, inputs)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "crosscheck: warning: de does not look like English; the default model is English-only, "
        "results may be poor"
    ]
    assert "Compared 3 sources" in result.stdout
    assert json.loads((tmp_path / "out" / "report.json").read_text())["sources"][0]["id"] == "de"


def test_non_english_warning_in_diff(use_fake_encoder, inputs: Path) -> None:
    (inputs / "de.txt").write_text(GERMAN, encoding="utf-8")
    result = run(["diff", str(inputs / "good.txt"), str(inputs / "de.txt"), "-f", "json"])
    assert result.exit_code == 0
    assert result.stderr.count("\n") == 1 and "warning: de does not look like English" in result.stderr
    assert json.loads(result.stdout)["sources"][1]["id"] == "de"


def test_english_sources_give_no_warning(use_fake_encoder, tmp_path: Path) -> None:
    result = report_on(tmp_path, SOURCES, FORMATS)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_no_traceback_unless_debug(monkeypatch: pytest.MonkeyPatch, inputs: Path) -> None:
    (inputs / "bad.json").write_text("{")
    quiet = run(["sources", str(inputs / "bad.json")])
    assert_one_line_error(quiet, 1, "malformed JSON")
    monkeypatch.setenv("COMPARE_DEBUG", "1")
    loud = run(["sources", str(inputs / "bad.json")])
    assert type(loud.exception).__name__ == "InputError"


# ----------------------------------------------------------------------------------------- standard input


@pytest.mark.parametrize(
    ("payload", "fmt", "title"),
    [
        (ARTICLE, "txt", None),
        (
            "---\ntitle: Bridge down\noutlet: Piped News\npublished: 2025-03-04\n---\n" + ARTICLE,
            "md",
            "Bridge down",
        ),
        (
            "<!-- saved from url=(0040)https://example.test/bridge -->\n<!DOCTYPE html><html><head>"
            "<title>Bridge down</title><meta property='og:site_name' content='Piped News'></head><body>"
            "<nav>Home | News | Sport</nav><article><h1>Bridge down</h1>"
            + "".join(f"<p>{s.strip()}.</p>" for s in ARTICLE.split(". "))
            + "</article><footer>Copyright Piped News</footer></body></html>",
            "html",
            "Bridge down",
        ),
        (json.dumps({"title": "Bridge down", "text": ARTICLE}, indent=2), "json", "Bridge down"),
    ],
    ids=["text", "markdown", "html", "json"],
)
def test_report_reads_stdin(
    use_fake_encoder, tmp_path: Path, payload: str, fmt: str, title: str | None, schema: dict
) -> None:
    import jsonschema

    other = tmp_path / "other.txt"
    other.write_text(ARTICLE.replace("Twelve", "Fifteen"))
    result = run(["report", "-", str(other), "-o", str(tmp_path / "out"), "-f", "json"], input=payload)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    data = json.loads((tmp_path / "out" / "report.json").read_text())
    jsonschema.validate(data, schema)
    first = data["sources"][0]
    assert (first["id"], first["path"], first["format"], first["title"]) == ("stdin", "-", fmt, title)
    assert "Twelve people were injured" in first["text"]
    assert "Home | News" not in first["text"] and "Copyright" not in first["text"]
    assert data["sources"][1]["id"] == "other"


def test_stdin_jsonl_gives_several_sources(use_fake_encoder) -> None:
    rows = [{"id": "one", "text": ARTICLE}, {"text": ARTICLE.replace("Twelve", "Fifteen")}]
    result = run(["sources", "-f", "json", "-"], input="\n".join(json.dumps(r) for r in rows) + "\n")
    assert result.exit_code == 0, result.output
    assert [(r["id"], r["format"]) for r in json.loads(result.stdout)] == [
        ("one", "jsonl"),
        ("stdin-2", "jsonl"),
    ]


def test_empty_stdin(use_fake_encoder, tmp_path: Path) -> None:
    result = run(["report", "-", S2, "-o", str(tmp_path / "out")], input="")
    assert_one_line_error(result, 1, "-: no article text (the file is empty)")


# ------------------------------------------------------------------------------------ the mixed folder


EXPECTED_SOURCES = [
    # id, format, encoding, title, outlet, published, url
    ("gazette", "txt", "cp1252", None, None, None, None),
    (
        "herald",
        "md",
        "utf-8",
        "Varnholt footbridge collapse: inquiry ordered",
        "Coastal Herald",
        "2025-03-05",
        "https://coastal-herald.example/2025/03/05/varnholt-inquiry",
    ),
    (
        "ledger",
        "html",
        "utf-8",
        "Footbridge collapses in Varnholt, 12 injured",
        "Northern Ledger",
        "2025-03-04",
        "https://northern-ledger.example/news/2025/03/04/varnholt-footbridge-collapse",
    ),
    ("radio", "txt", "utf-16", None, None, None, None),
    (
        "wire-morning",
        "jsonl",
        "utf-8",
        "Footbridge collapses in Varnholt",
        "Varn Press Agency",
        "2025-03-04",
        "https://vpa.example/a/88121",
    ),
    (
        "wire-evening",
        "jsonl",
        "utf-8",
        "Varnholt bridge: mayor orders inquiry",
        "Varn Press Agency",
        "2025-03-04",
        "https://vpa.example/a/88164",
    ),
]


@pytest.fixture
def mixed_report(use_fake_encoder, tmp_path: Path) -> dict:
    before = snapshot(FORMATS)
    result = run(["report", str(FORMATS), "-o", str(tmp_path), "-f", "json", "--no-timestamp"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "Compared 6 sources" in result.stdout
    assert snapshot(FORMATS) == before
    return json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))


def _statements(data: dict) -> list[dict]:
    out = [st for f in data["findings"] for st in f["statements"]]
    out += data["unique"]
    out += [st for p in data.get("pairs") or [] for st in (p["a"], p["b"])]
    out += [st for sts in (data.get("only") or {}).values() for st in sts]
    return out


def test_mixed_folder_loads_every_format_with_metadata(mixed_report: dict, schema: dict) -> None:
    import jsonschema

    jsonschema.validate(mixed_report, schema)
    got = [
        (s["id"], s["format"], s["encoding"], s["title"], s["outlet"], s["published"], s["url"])
        for s in mixed_report["sources"]
    ]
    assert got == EXPECTED_SOURCES


def test_mixed_folder_text_is_clean(mixed_report: dict) -> None:
    text = {s["id"]: s["text"] for s in mixed_report["sources"]}
    html = text["ledger"]
    assert "The fire service said 12 people were injured" in html
    assert "said Renée Marchetti, who runs a café" in html
    for boilerplate in (
        "Subscribe",  # navigation
        "Sport",
        "cookies",  # cookie banner
        "All rights reserved",  # footer
        "Privacy policy",
        "riverwatcher88",  # comments section
        "flower beds",
        "Related stories",  # aside
        "dataLayer",  # script
    ):
        assert boilerplate not in html, boilerplate
    # cp1252 bytes with smart quotes and accents, CRLF line endings.
    assert "“We heard a loud crack and then the whole span went down,” said Renée" in text["gazette"]
    assert "déjà vu – the same" in text["gazette"] and "council’s repairs" in text["gazette"]
    assert "\r" not in text["gazette"]
    assert text["radio"].startswith("Radio Varn bulletin\n\nListeners near the River Varn")
    assert not text["herald"].startswith("---") and "Coastal Herald" not in text["herald"]


def test_mixed_folder_offsets_are_exact(mixed_report: dict) -> None:
    sources = {s["id"]: s for s in mixed_report["sources"]}
    statements = _statements(mixed_report)
    assert statements, "the report quotes no statement at all"
    for st in statements:
        src = sources[st["source"]]
        assert src["text"][st["start"] : st["end"]] == st["text"]
        assert src["spans"][st["sentence"]][:2] == [st["start"], st["end"]]


def test_mixed_folder_planted_disagreement(mixed_report: dict) -> None:
    def quotes(finding: dict) -> dict[str, str]:
        return {st["source"]: st["text"] for st in finding["statements"]}

    planted = [
        f
        for f in mixed_report["findings"]
        if f["kind"] == "quantity" and {"herald", "ledger"} <= set(quotes(f))
    ]
    assert len(planted) == 1, [f["explanation"] for f in mixed_report["findings"]]
    finding = planted[0]
    by_source = {st["source"]: st for st in finding["statements"]}
    assert (
        by_source["herald"]["text"]
        == "The fire service said 21 people were injured when the footbridge collapsed."
    )
    assert (
        by_source["ledger"]["text"]
        == "The fire service said 12 people were injured when the footbridge collapsed."
    )
    assert (by_source["herald"]["value"], by_source["ledger"]["value"]) == ("21", "12")
    # Sentence 1 of herald (after the front matter), sentence 2 of ledger (after headline and dateline).
    assert (by_source["herald"]["sentence"], by_source["ledger"]["sentence"]) == (1, 2)
    # The publication dates from the metadata reach detection: herald was published a day later.
    assert "2025-03-05" in finding["explanation"]


def test_sources_command_shows_formats_and_encodings() -> None:
    result = run(["sources", str(FORMATS)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "  gazette: 5 sentences (txt, cp1252)" in lines
    assert "  radio: 4 sentences (txt, utf-16)" in lines
    assert "  herald: 5 sentences (Coastal Herald, 2025-03-05, md, utf-8)" in lines
    assert "  ledger: 7 sentences (Northern Ledger, 2025-03-04, html, utf-8)" in lines
    assert "  wire-evening: 3 sentences (Varn Press Agency, 2025-03-04, jsonl, utf-8)" in lines


# ------------------------------------------------------------------------------------- a very large article


def test_large_article_under_the_limit_runs_in_bounded_memory(tmp_path: Path) -> None:
    """A 4.9 MB article (about 35,000 sentences) is listed in seconds with a bounded peak RSS."""
    paragraph = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt")))
    text = (paragraph + "\n\n") * (4_900_000 // len(paragraph.encode()) + 1)
    big = tmp_path / "big.txt"
    big.write_bytes(text.encode()[:4_900_000].rsplit(b" ", 1)[0])
    # Peak RSS of the child alone: /proc's VmHWM starts afresh at exec, while getrusage's ru_maxrss would
    # inherit the peak of this (much larger) pytest process on Linux.
    code = (
        "import json, sys, time\n"
        "from pathlib import Path\n"
        "from compare.cli import main\n"
        "t = time.perf_counter()\n"
        "try:\n"
        f"    main(['sources', '-f', 'json', {str(big)!r}])\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "seconds = time.perf_counter() - t\n"
        "status = Path('/proc/self/status')\n"
        "hwm = [ln for ln in status.read_text().splitlines() if ln.startswith('VmHWM')] if status.exists() else []\n"
        "rss = int(hwm[0].split()[1]) / 1024 if hwm else None\n"
        "print(json.dumps({'rss_mb': rss, 'seconds': seconds}), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    (row,) = json.loads(done.stdout)
    assert row["id"] == "big" and row["sentences"] > 30_000
    figures = json.loads(done.stderr.strip().splitlines()[-1])
    # Measured at about 100 MB (35 MB of which is the interpreter and imports) and 2 s.
    if figures["rss_mb"] is not None:
        assert figures["rss_mb"] < 400, figures
    assert figures["seconds"] < 60, figures


def test_article_with_inf_as_a_word_runs(use_fake_encoder, tmp_path: Path, inputs: Path) -> None:
    (inputs / "b.txt").write_text(
        "Dozens of Inf soldiers were deployed to the bridge on Tuesday.\n" + ARTICLE
    )
    result = report_on(tmp_path, inputs / "good.txt", inputs / "b.txt")
    assert result.exit_code == 0, result.output


def test_docs_name_existing_tests() -> None:
    """Every test that docs/inputs.md names exists, in the file it names (default: this one)."""
    import re

    doc = (ROOT / "docs" / "inputs.md").read_text(encoding="utf-8")
    named = re.findall(r"`(?:(test_\w+)\.py::)?(test_\w+)(?:\[([\w-]+)\])?`", doc)
    assert len(named) > 40
    tests = Path(__file__).parent
    for module, name, _param in named:
        source = (tests / f"{module or 'test_inputs'}.py").read_text(encoding="utf-8")
        assert re.search(rf"^def {name}\(", source, re.MULTILINE), f"{module or 'test_inputs'}.py::{name}"
    # Every bad-file case has a row, and every row's case exists.
    for case in BAD_FILES:
        assert f"[{case}]`" in doc, case
    other_params = {"1", "3", "unknown-name", "folder-not-a-model", "file-not-a-model"}
    for case in re.findall(r"\[([a-z0-9-]+)\]`", doc):
        assert case in BAD_FILES or case in other_params, case
