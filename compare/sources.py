"""Read articles from files, folders and standard input into normalised :class:`Source` records.

Supported: ``.txt``; ``.md`` with optional YAML front matter (``title``, ``outlet``, ``published``,
``url``); ``.html``/``.htm`` saved pages (main text and metadata by trafilatura); ``.json`` (one article
object or a list of them) and ``.jsonl`` (one article object per line) with a ``text`` field and optional
``title``, ``outlet``, ``published``, ``url``, ``id``; and ``-`` for standard input.

Nothing here writes anywhere, and nothing in an article is fetched or executed.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from compare.config import MAX_SOURCE_BYTES, SUPPORTED_SUFFIXES
from compare.errors import InputError, UsageError
from compare.records import Source

Warn = Callable[[str], None]

# Leading bytes of formats people drop into a folder by mistake.
_BINARY_MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a zip archive (or an office document)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"RIFF": "a RIFF media file",
    b"\x7fELF": "an executable",
}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_META_FIELDS = ("title", "outlet", "published", "url")


def normalize_text(raw: str) -> str:
    """Normalise article text: Unicode NFC, ``\\n`` line endings, no BOM, no NUL or stray control chars.

    Every offset the tool reports refers to the string this returns.
    """
    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    # Control characters (other than tab and newline) carry no meaning in an article and break terminals.
    return "".join(ch if ch in "\n\t" or unicodedata.category(ch) != "Cc" else " " for ch in text)


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode an article's bytes, detecting the encoding.

    Args:
        data: The raw bytes.
        name: How to name the input in an error message.

    Returns:
        ``(text, encoding)``.

    Raises:
        InputError: For binary files and bytes no known encoding decodes.
    """
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not article text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: starts with a UTF-16 byte order mark but does not decode") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if data.count(b"\x00") > len(data) // 100:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not article text")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: cannot detect the text encoding; convert it to UTF-8")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise InputError(f"{name}: looks like a binary file, not article text")
    return text, best.encoding


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return bad / len(text)


def iso_date(value: Any) -> str | None:
    """Turn a metadata date (``date``, ``datetime`` or a string in most common forms) into ``YYYY-MM-DD``."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        return "-".join(match.groups())
    import dateparser

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]})
    return parsed.date().isoformat() if parsed else None


def _clean_meta(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _make_source(
    sid: str, path: str, body: str, meta: dict[str, Any], encoding: str | None, fmt: str
) -> Source:
    text = normalize_text(body)
    if not text.strip():
        raise InputError(
            f"{path}: no article text (the {'entry' if fmt in ('json', 'jsonl') else 'file'} is empty)"
        )
    return Source(
        id=sid,
        path=path,
        text=text,
        title=_clean_meta(meta.get("title")),
        outlet=_clean_meta(meta.get("outlet") or meta.get("sitename") or meta.get("source")),
        published=iso_date(meta.get("published") or meta.get("date")),
        url=_clean_meta(meta.get("url")),
        encoding=encoding,
        format=fmt,
    )


def _split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml

    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise InputError(f"{name}: malformed YAML front matter{where}") from exc
    if not isinstance(meta, dict):
        return {}, text
    return {k: v for k, v in meta.items() if k in (*_META_FIELDS, "date")}, text[match.end() :]


def _from_html(raw: str, path: str, sid: str, encoding: str) -> Source:
    import trafilatura

    body = trafilatura.extract(
        raw, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
    )
    if not body or len(body.split()) < 5:
        raise InputError(f"{path}: no article text could be extracted from this HTML page")
    meta_obj = trafilatura.extract_metadata(raw)
    meta: dict[str, Any] = {}
    if meta_obj is not None:
        meta = {
            "title": meta_obj.title,
            "outlet": meta_obj.sitename,
            "published": meta_obj.date,
            "url": meta_obj.url,
        }
    return _make_source(sid, path, body, meta, encoding, "html")


def _article_from_object(obj: Any, path: str, default_id: str, fmt: str, where: str) -> Source:
    if not isinstance(obj, dict):
        raise InputError(f"{path}{where}: expected an object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(f"{path}{where}: the article object has no 'text' string")
    sid = str(obj.get("id") or default_id)
    return _make_source(sid, path, text, obj, "utf-8", fmt)


def _from_json(raw: str, path: str, stem: str) -> list[Source]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    items = data if isinstance(data, list) else [data]
    if not items:
        raise InputError(f"{path}: the JSON list holds no articles")
    if len(items) == 1:
        return [_article_from_object(items[0], path, stem, "json", "")]
    return [
        _article_from_object(obj, path, f"{stem}-{i + 1}", "json", f" (item {i + 1})")
        for i, obj in enumerate(items)
    ]


def _from_jsonl(raw: str, path: str, stem: str) -> list[Source]:
    out: list[Source] = []
    lines = raw.split("\n")
    numbered = [(n, line) for n, line in enumerate(lines, start=1) if line.strip()]
    for n, line in numbered:
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: malformed JSON on line {n}: {exc.msg}") from exc
        default_id = stem if len(numbered) == 1 else f"{stem}-{len(out) + 1}"
        out.append(_article_from_object(obj, path, default_id, "jsonl", f" (line {n})"))
    if not out:
        raise InputError(f"{path}: no article text (the file is empty)")
    return out


def parse_article(data: bytes, path: str, stem: str, suffix: str) -> list[Source]:
    """Parse one input's bytes into one or more sources, by its suffix.

    Args:
        data: Raw bytes of the file.
        path: The path as given (used in messages and recorded in the report).
        stem: The default source id (the file name without extension).
        suffix: Lower-case suffix including the dot, or ``""`` for plain text.

    Raises:
        InputError: If the content is binary, undecodable, malformed or empty.
    """
    if len(data) > MAX_SOURCE_BYTES:
        raise InputError(
            f"{path}: {len(data) / 1e6:.1f} MB is over the {MAX_SOURCE_BYTES // (1024 * 1024)} MiB limit "
            "for one article; split it into articles"
        )
    if not data.strip():
        raise InputError(f"{path}: no article text (the file is empty)")
    raw, encoding = decode_bytes(data, path)
    if suffix in (".html", ".htm"):
        return [_from_html(raw, path, stem, encoding)]
    if suffix == ".json":
        return _from_json(raw, path, stem)
    if suffix == ".jsonl":
        return _from_jsonl(raw, path, stem)
    fmt = "md" if suffix in (".md", ".markdown") else "txt"
    meta: dict[str, Any] = {}
    if fmt == "md":
        meta, raw = _split_front_matter(normalize_text(raw), path)
    return [_make_source(stem, path, raw, meta, encoding, fmt)]


def _read_file(path: Path, shown: str) -> list[Source]:
    try:
        data = path.read_bytes()
    except PermissionError as exc:
        raise InputError(f"{shown}: permission denied") from exc
    except OSError as exc:
        raise InputError(f"{shown}: cannot read ({exc.strerror or exc})") from exc
    return parse_article(data, shown, path.stem, path.suffix.lower())


def _folder_files(folder: Path, recursive: bool, warn: Warn) -> list[Path]:
    pattern = "**/*" if recursive else "*"
    files: list[Path] = []
    for entry in sorted(folder.glob(pattern)):
        if not entry.is_file() or entry.name.startswith("."):
            continue
        if entry.suffix.lower() in SUPPORTED_SUFFIXES:
            files.append(entry)
        else:
            warn(f"skipping {entry}: not a supported article format ({', '.join(SUPPORTED_SUFFIXES)})")
    if not files:
        raise InputError(f"{folder}: no supported article files ({', '.join(SUPPORTED_SUFFIXES)})")
    return files


def _read_stdin(stream: BinaryIO | None) -> list[Source]:
    data = (stream or sys.stdin.buffer).read()
    if data.lstrip()[:1] in (b"{", b"["):
        return parse_article(data, "-", "stdin", ".json" if data.lstrip()[:1] == b"[" else ".jsonl")
    head = data.lstrip()[:200].lower()
    suffix = ".html" if head.startswith((b"<!doctype html", b"<html")) else ".md"
    return parse_article(data, "-", "stdin", suffix)


def load_sources(
    paths: Sequence[str | Path] | Iterable[str | Path],
    *,
    recursive: bool = False,
    warn: Warn | None = None,
    stdin: BinaryIO | None = None,
) -> list[Source]:
    """Read every article named by ``paths``.

    Args:
        paths: Files, folders (every supported file in them, sorted) or ``-`` for standard input.
        recursive: Descend into sub-folders of folder arguments. Defaults to False.
        warn: Called with a one-line note for each skipped file. Defaults to ignoring them.
        stdin: Stream read for ``-``. Defaults to ``sys.stdin.buffer``.

    Returns:
        The sources in argument order (folder contents sorted by name).

    Raises:
        InputError: A path is missing or unreadable, or holds no usable article.
        UsageError: Two sources end up with the same id.
    """
    note = warn or (lambda _msg: None)
    sources: list[Source] = []
    for item in paths:
        shown = str(item)
        if shown == "-":
            sources.extend(_read_stdin(stdin))
            continue
        path = Path(item)
        if path.is_dir():
            for file in _folder_files(path, recursive, note):
                sources.extend(_read_file(file, str(file)))
        elif path.is_file():
            sources.extend(_read_file(path, shown))
        elif path.exists():
            raise InputError(f"{shown}: not a regular file or folder")
        else:
            raise InputError(f"{shown}: no such file or folder")
    seen: dict[str, str] = {}
    for source in sources:
        if source.id in seen:
            raise UsageError(
                f"duplicate source id '{source.id}' ({seen[source.id]} and {source.path}); "
                "source ids are file names without extension and must be unique"
            )
        seen[source.id] = source.path
    return sources
