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
from compare.language import MIN_FUNCTION_SHARE, function_word_share
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
    b"MZ\x90\x00": "a Windows executable",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"OggS": "an Ogg media file",
    b"SQLite format 3\x00": "an SQLite database",
}
# Byte order marks, longest first (a UTF-32-LE mark starts like a UTF-16-LE one).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
#: How much more "chaos" (charset-normalizer's measure of implausible characters) cp1252 may show than
#: the best guess and still be preferred for English text.
_CHAOS_MARGIN = 0.05
#: Dates in metadata longer than this are not dates (and would make the date parser slow).
_MAX_DATE_CHARS = 100
_WORD = re.compile(r"\w")
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
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

    UTF-8 (with or without a byte order mark) and UTF-16/UTF-32 (with a byte order mark, or UTF-16
    without one) are recognised directly; anything else goes to charset-normalizer, except that English
    text that decodes about as plausibly in windows-1252 (the common Western code page) is read as that.

    Args:
        data: The raw bytes.
        name: How to name the input in an error message.

    Returns:
        ``(text, encoding)``: the decoded text and the Python name of the encoding used.

    Raises:
        InputError: For binary files and bytes no known encoding decodes.
    """
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not article text")
    if data[4:12] in (b"ftypisom", b"ftypmp42", b"ftypM4A ", b"ftypqt  ", b"ftypheic", b"ftypavif"):
        raise InputError(f"{name}: this is a media file, not article text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: starts with a {encoding.upper().removesuffix('-SIG')} byte order mark "
                    "but does not decode as it"
                ) from exc
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        if data.count(b"\x00") > len(data) // 100:
            raise InputError(f"{name}: looks like a binary file (NUL bytes), not article text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text, encoding = _legacy_decode(data, name)
    if _control_ratio(text) > 0.05:
        raise InputError(f"{name}: looks like a binary file, not article text")
    return text, encoding


def _legacy_decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes in a legacy 8-bit (or East Asian multi-byte) encoding with charset-normalizer."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: cannot detect the text encoding; convert it to UTF-8")
    if "cp1252" in best.could_be_from_charset:
        # The same text under several code pages: name the common Western one.
        return str(best), "cp1252"
    western = next((m for m in matches if "cp1252" in m.could_be_from_charset), None)
    if western is not None and western.chaos <= best.chaos + _CHAOS_MARGIN:
        # On short texts charset-normalizer often ranks cp1250 or cp1257 a hair above cp1252, which turns
        # "à" into "ŕ" or "ą"; English prose in a legacy encoding is almost always cp1252.
        share = function_word_share(str(western))
        if share is not None and share >= MIN_FUNCTION_SHARE:
            return str(western), "cp1252"
    return str(best), best.encoding


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a byte order mark: ASCII-range characters leave a NUL in every other byte."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even_nul = sample[0::2].count(0) / pairs
    odd_nul = sample[1::2].count(0) / pairs
    if odd_nul > 0.4 and even_nul < 0.05:
        encoding = "utf-16-le"
    elif even_nul > 0.4 and odd_nul < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return None


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return bad / len(text)


def iso_date(value: Any) -> str | None:
    """Turn a metadata date into ``YYYY-MM-DD``.

    Args:
        value: A ``date``, ``datetime`` or a string in most common forms ("2025-01-17T09:00:00Z",
            "17 January 2025", "Jan. 17, 2025").

    Returns:
        The ISO date, or None when the value is empty or not a valid date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text or len(text) > _MAX_DATE_CHARS:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return date(*(int(part) for part in match.groups())).isoformat()
        except ValueError:
            return None
    import dateparser

    try:
        parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]})
    except (ValueError, OverflowError, TypeError, LookupError):
        return None
    return parsed.date().isoformat() if parsed else None


def _clean_meta(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _make_source(
    sid: str, path: str, body: str, meta: dict[str, Any], encoding: str | None, fmt: str, where: str = ""
) -> Source:
    text = normalize_text(body)
    what = "entry" if fmt in ("json", "jsonl") else "file"
    if not text.strip():
        raise InputError(f"{path}{where}: no article text (the {what} is empty)")
    if not _WORD.search(text):
        raise InputError(f"{path}{where}: no article text (the {what} holds no letters or digits)")
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
    except ValueError as exc:
        # PyYAML builds dates itself and raises ValueError for impossible ones ("2025-02-30").
        raise InputError(f"{name}: malformed YAML front matter: {exc}") from exc
    except RecursionError as exc:
        raise InputError(f"{name}: malformed YAML front matter: nested too deeply") from exc
    if not isinstance(meta, dict):
        return {}, text
    return {k: v for k, v in meta.items() if k in (*_META_FIELDS, "date")}, text[match.end() :]


def _from_html(raw: str, path: str, sid: str, encoding: str) -> Source:
    import trafilatura

    # No deduplicate=True: trafilatura's duplicate filter is a process-wide cache, so a page read a third
    # time in one process would lose its headline and any paragraph seen before.
    body = trafilatura.extract(
        raw, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
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


def _article_from_object(obj: Any, path: str, default_id: str, fmt: str, where: str, encoding: str) -> Source:
    if not isinstance(obj, dict):
        raise InputError(f"{path}{where}: expected an object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(f"{path}{where}: the article object has no 'text' string")
    given = obj.get("id")
    sid = str(given).strip() if given is not None and str(given).strip() else default_id
    return _make_source(sid, path, text, obj, encoding, fmt, where)


def _from_json(raw: str, path: str, stem: str, encoding: str) -> list[Source]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except RecursionError as exc:
        raise InputError(f"{path}: malformed JSON: nested too deeply") from exc
    items = data if isinstance(data, list) else [data]
    if not items:
        raise InputError(f"{path}: the JSON list holds no articles")
    if len(items) == 1:
        return [_article_from_object(items[0], path, stem, "json", "", encoding)]
    return [
        _article_from_object(obj, path, f"{stem}-{i + 1}", "json", f" (item {i + 1})", encoding)
        for i, obj in enumerate(items)
    ]


def _from_jsonl(raw: str, path: str, stem: str, encoding: str) -> list[Source]:
    out: list[Source] = []
    lines = raw.split("\n")
    numbered = [(n, line) for n, line in enumerate(lines, start=1) if line.strip()]
    for n, line in numbered:
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: malformed JSON on line {n}, column {exc.colno}: {exc.msg}") from exc
        except RecursionError as exc:
            raise InputError(f"{path}: malformed JSON on line {n}: nested too deeply") from exc
        default_id = stem if len(numbered) == 1 else f"{stem}-{len(out) + 1}"
        out.append(_article_from_object(obj, path, default_id, "jsonl", f" (line {n})", encoding))
    if not out:
        raise InputError(f"{path}: no article text (the file is empty)")
    return out


def _too_large(path: str, size: int | None) -> InputError:
    limit = f"{MAX_SOURCE_BYTES // (1024 * 1024)} MiB limit ({MAX_SOURCE_BYTES:,} bytes)"
    what = f"{size / 1e6:.1f} MB is" if size is not None else "the input is"
    return InputError(f"{path}: {what} over the {limit} for one article file; split it into articles")


def sniff_suffix(text: str) -> str:
    """Guess the format of text that came without a file name (standard input).

    Returns:
        ``.json`` for a JSON document, ``.jsonl`` for JSON lines, ``.html`` for an HTML page, ``.md``
        for text with YAML front matter and ``.txt`` otherwise.
    """
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("["):
        return ".json"
    if head.startswith("{"):
        try:
            json.loads(text)
        except (ValueError, RecursionError):
            return ".jsonl"
        return ".json"
    if head.startswith("<") and _HTML_START.search(head[:4096]):
        return ".html"
    if _FRONT_MATTER.match(normalize_text(head[:65536])):
        return ".md"
    return ".txt"


def parse_article(data: bytes, path: str, stem: str, suffix: str) -> list[Source]:
    """Parse one input's bytes into one or more sources, by its suffix.

    Args:
        data: Raw bytes of the file, at most :data:`~compare.config.MAX_SOURCE_BYTES`.
        path: The path as given (used in messages and recorded in the report).
        stem: The default source id (the file name without extension).
        suffix: Lower-case suffix including the dot; ``""`` (or any unknown suffix) reads plain text,
            and ``"-"`` guesses the format from the content (see :func:`sniff_suffix`).

    Returns:
        One source, or one per article object for ``.json`` and ``.jsonl``.

    Raises:
        InputError: If the content is too large, binary, undecodable, malformed or empty.
    """
    if len(data) > MAX_SOURCE_BYTES:
        raise _too_large(path, len(data))
    if not data.strip():
        raise InputError(f"{path}: no article text (the file is empty)")
    raw, encoding = decode_bytes(data, path)
    if suffix == "-":
        suffix = sniff_suffix(raw)
    if suffix in (".html", ".htm"):
        return [_from_html(raw, path, stem, encoding)]
    if suffix == ".json":
        return _from_json(raw, path, stem, encoding)
    if suffix == ".jsonl":
        return _from_jsonl(raw, path, stem, encoding)
    fmt = "md" if suffix in (".md", ".markdown") else "txt"
    meta: dict[str, Any] = {}
    if fmt == "md":
        meta, raw = _split_front_matter(normalize_text(raw), path)
    return [_make_source(stem, path, raw, meta, encoding, fmt)]


def _read_limited(stream: BinaryIO, shown: str) -> bytes:
    """Read at most the size limit (plus one byte, to tell that there is more)."""
    data = stream.read(MAX_SOURCE_BYTES + 1)
    if len(data) > MAX_SOURCE_BYTES:
        raise _too_large(shown, None)
    return data


def _read_file(path: Path, shown: str) -> list[Source]:
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise _too_large(shown, size)
        with path.open("rb") as fh:
            data = _read_limited(fh, shown)
    except PermissionError as exc:
        raise InputError(f"{shown}: permission denied") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{shown}: is a folder, not an article file") from exc
    except OSError as exc:
        raise InputError(f"{shown}: cannot read ({exc.strerror or exc})") from exc
    return parse_article(data, shown, path.stem, path.suffix.lower())


def _folder_files(folder: Path, recursive: bool, warn: Warn) -> list[Path]:
    pattern = "**/*" if recursive else "*"
    files: list[Path] = []
    for entry in sorted(folder.glob(pattern)):
        # Hidden files and everything under hidden folders (.git, .cache) are not articles.
        if any(part.startswith(".") for part in entry.relative_to(folder).parts) or not entry.is_file():
            continue
        if entry.suffix.lower() in SUPPORTED_SUFFIXES:
            files.append(entry)
        else:
            warn(f"skipping {entry}: not a supported article format ({', '.join(SUPPORTED_SUFFIXES)})")
    if not files:
        raise InputError(f"{folder}: no supported article files ({', '.join(SUPPORTED_SUFFIXES)})")
    return files


def _read_stdin(stream: BinaryIO | None) -> list[Source]:
    data = _read_limited(stream or sys.stdin.buffer, "-")
    return parse_article(data, "-", "stdin", "-")


def load_sources(
    paths: Sequence[str | Path] | Iterable[str | Path],
    *,
    recursive: bool = False,
    warn: Warn | None = None,
    stdin: BinaryIO | None = None,
) -> list[Source]:
    """Read every article named by ``paths``.

    Args:
        paths: Files, folders (every supported file in them, sorted; other files are skipped with a
            note) or ``-`` for standard input (format guessed from the content).
        recursive: Descend into sub-folders of folder arguments. Defaults to False.
        warn: Called with a one-line note for each skipped file. Defaults to ignoring them.
        stdin: Stream read for ``-``. Defaults to ``sys.stdin.buffer``.

    Returns:
        The sources in argument order (folder contents sorted by name).

    Raises:
        InputError: A path is missing or unreadable, or holds no usable article.
        UsageError: Two sources end up with the same id, or ``-`` is named twice.
    """
    note = warn or (lambda _msg: None)
    items = list(paths)
    if sum(str(item) == "-" for item in items) > 1:
        raise UsageError("standard input (-) can be named only once")
    sources: list[Source] = []
    for item in items:
        shown = str(item)
        if shown == "-":
            sources.extend(_read_stdin(stdin))
            continue
        path = Path(item)
        if path.is_dir():
            for file in _folder_files(path, recursive, note):
                sources.extend(_read_file(file, str(file)))
        elif path.is_file() or path.is_fifo():
            # A pipe (e.g. bash's <(command)) is read like a file, up to the size limit.
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
