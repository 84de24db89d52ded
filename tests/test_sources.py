from __future__ import annotations

import json
from pathlib import Path

import pytest

from compare.config import MAX_SOURCE_BYTES
from compare.errors import InputError, UsageError
from compare.sources import decode_bytes, iso_date, load_sources, normalize_text, sniff_suffix

from .conftest import DATA, SOURCES


def test_bundled_sources_load_with_ids_from_file_names() -> None:
    sources = load_sources([SOURCES])
    assert [s.id for s in sources] == sorted(p.stem for p in SOURCES.glob("*.txt"))
    assert all(s.format == "txt" and s.encoding == "utf-8" for s in sources)


def test_normalisation_nfc_and_line_endings() -> None:
    assert normalize_text("e\u0301\r\nb\rc\ufeff") == "\u00e9\nb\nc\ufeff".replace("\ufeff", "\ufeff")
    assert normalize_text("\ufeffa\x00b") == "a b"


def test_markdown_front_matter(tmp_path: Path) -> None:
    f = tmp_path / "story.md"
    f.write_text(
        "---\ntitle: Big Day\noutlet: Daily\npublished: 2025-01-17\nurl: https://x.test/a\n---\nBody text here.\n"
    )
    (src,) = load_sources([f])
    assert (src.title, src.outlet, src.published, src.url) == (
        "Big Day",
        "Daily",
        "2025-01-17",
        "https://x.test/a",
    )
    assert src.text == "Body text here.\n"


def test_folder_skips_unsupported_with_note(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One sentence here.")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    notes: list[str] = []
    sources = load_sources([tmp_path], warn=notes.append)
    assert [s.id for s in sources] == ["a"]
    assert len(notes) == 1 and "b.pdf" in notes[0]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Caf\u00e9 society.".encode("utf-16"), "utf-16"),
        (b"\xef\xbb\xbfCaf\xc3\xa9 society.", "utf-8-sig"),
        ("Café society, naïve façade, déjà vu: élan.".encode("cp1252"), None),
    ],
)
def test_encodings(data: bytes, encoding: str | None) -> None:
    text, found = decode_bytes(data, "x")
    assert "Caf\u00e9" in text
    if encoding:
        assert found == encoding


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "no article text"),
        ("blank.txt", b"  \n\t \n", "no article text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
        ("doc.txt", b"%PDF-1.7 xxx", "a PDF"),
        ("arch.txt", b"PK\x03\x04" + bytes(50), "zip"),
        ("bad.json", b'{"text": "x",', "malformed JSON at line 1"),
        ("bad.jsonl", b'{"text": "ok ok ok."}\n{"text": \n', "line 2"),
        ("notext.json", b'{"title": "x"}', "no 'text'"),
        ("empty.html", b"<html><body><nav>menu</nav></body></html>", "no article text could be extracted"),
    ],
)
def test_bad_inputs_raise_one_clear_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(InputError, match=message):
        load_sources([f])


def test_missing_path() -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        load_sources(["/nonexistent/article.txt"])


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no supported article files"):
        load_sources([tmp_path])


def test_duplicate_ids(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "x" / "a.md").write_text("Two.")
    with pytest.raises(UsageError, match="duplicate source id 'a'"):
        load_sources([tmp_path / "a.txt", tmp_path / "x" / "a.md"])


def test_json_and_jsonl_articles(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(
        json.dumps({"text": "Alpha text.", "title": "A", "published": "17 January 2025"})
    )
    (tmp_path / "many.jsonl").write_text(
        json.dumps({"id": "x1", "text": "First."})
        + "\n\n"
        + json.dumps({"text": "Second.", "outlet": "O"})
        + "\n"
    )
    sources = load_sources([tmp_path / "one.json", tmp_path / "many.jsonl"])
    assert [s.id for s in sources] == ["one", "x1", "many-2"]
    assert sources[0].published == "2025-01-17"
    assert sources[2].outlet == "O"


def test_html_extraction(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Quake hits town</title><meta property='og:site_name' content='Daily News'>"
        "<meta name='date' content='2025-03-04'></head><body><nav>Home | World | Sport</nav><article>"
        + "".join(
            f"<p>The earthquake damaged {n} buildings in the old town, officials said on Tuesday.</p>"
            for n in range(5, 10)
        )
        + "</article><footer>Copyright</footer></body></html>"
    )
    f = tmp_path / "page.html"
    f.write_text(page)
    (src,) = load_sources([f])
    assert "damaged 5 buildings" in src.text
    assert "Home | World" not in src.text
    assert src.title == "Quake hits town"


def test_large_article_refused(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes(b"word " * (1_100_000))
    with pytest.raises(InputError, match="MiB limit"):
        load_sources([f])


def test_inputs_are_not_modified(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"Line one.\r\nLine two.\r\n")
    before = f.read_bytes(), f.stat().st_mtime_ns
    load_sources([f])
    assert (f.read_bytes(), f.stat().st_mtime_ns) == before


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("utf-32", "utf-32"), ("utf-16", "utf-16")],
)
def test_utf16_and_utf32_with_or_without_bom(encoding: str, expected: str) -> None:
    text = "The bridge collapsed on Tuesday, officials said. Café owners were shocked."
    assert decode_bytes(text.encode(encoding), "x") == (text, expected)


def test_cp1252_english_is_not_read_as_another_code_page() -> None:
    """charset-normalizer alone picks cp1257 for this text and turns "déjà" into "déją"."""
    text = (
        "“We heard a loud crack and then the whole span went down,” said Renée Marchetti, whose café "
        "faces the river. “It was déjà vu – the same thing nearly happened in the floods.” Residents "
        "said the council’s repairs to the bridge had been postponed twice."
    )
    assert decode_bytes(text.encode("cp1252"), "x") == (text, "cp1252")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Most přes řeku Varn se v úterý ráno zřítil. Podle úřadů bylo zraněno dvanáct lidí.", "cp1250"),
        ("Мост через реку Варн обрушился во вторник утром. По данным властей, пострадали люди.", "cp1251"),
    ],
)
def test_other_legacy_encodings_are_still_detected(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "x") == (text, encoding)


def test_utf8_with_nul_bytes_is_binary() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(b"text\x00\x00\x00 more\x00 text" * 10, "x")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-04T10:30:00+00:00", "2025-03-04"),
        ("4 March 2025", "2025-03-04"),
        ("Mar. 4, 2025", "2025-03-04"),
        ("2025-02-30", None),
        ("2025-13-01", None),
        ("yesterday-ish", None),
        ("x" * 500, None),
        ("", None),
        (None, None),
    ],
)
def test_iso_date(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    ("text", "suffix"),
    [
        ('{"text": "a"}', ".json"),
        ('{\n  "text": "a"\n}\n', ".json"),
        ('{"text": "a"}\n{"text": "b"}\n', ".jsonl"),
        ('  [{"text": "a"}]', ".json"),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", ".html"),
        ("<!-- saved from url=(0014)about:internet -->\n<html lang='en'>", ".html"),
        ("---\ntitle: x\n---\nBody.", ".md"),
        ("<b>Bold</b> claim in plain text.", ".txt"),
        ("Plain text.", ".txt"),
    ],
)
def test_sniff_suffix(text: str, suffix: str) -> None:
    assert sniff_suffix(text) == suffix


def test_html_extraction_is_the_same_every_time() -> None:
    """trafilatura's duplicate filter is process-wide; with it the fourth read lost the headline."""
    page = DATA / "formats" / "ledger.html"
    texts = {load_sources([page])[0].text for _ in range(5)}
    assert len(texts) == 1 and next(iter(texts)).startswith("Footbridge collapses in Varnholt, 12 injured\n")


def test_json_records_the_detected_encoding(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_bytes(json.dumps({"text": "Café owners were shocked."}, ensure_ascii=False).encode("utf-16"))
    (src,) = load_sources([f])
    assert (src.text, src.encoding) == ("Café owners were shocked.", "utf-16")


def test_json_ids_default_and_blank(tmp_path: Path) -> None:
    f = tmp_path / "w.jsonl"
    f.write_text('{"id": "  ", "text": "One."}\n{"id": 7, "text": "Two."}\n')
    assert [s.id for s in load_sources([f])] == ["w-1", "7"]


def test_named_pipe_is_read(tmp_path: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text("Piped article text."))
    writer.start()
    (src,) = load_sources([fifo])
    writer.join()
    assert src.text == "Piped article text."


def test_stdin_stream(tmp_path: Path) -> None:
    import io

    (src,) = load_sources(["-"], stdin=io.BytesIO("---\ntitle: T\n---\nBody text.".encode("utf-16")))
    assert (src.id, src.path, src.format, src.title, src.encoding) == ("stdin", "-", "md", "T", "utf-16")


def test_large_file_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "big.txt"
    with f.open("wb") as fh:
        fh.truncate(MAX_SOURCE_BYTES + 1)  # sparse: no 5 MB written
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read the whole file"))
    with pytest.raises(InputError, match=r"big.txt: 5.2 MB is over the 5 MiB limit"):
        load_sources([f])
