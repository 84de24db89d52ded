"""Writing reports: target paths from ``--output``, atomic writes, and never into an input folder."""

from __future__ import annotations

import contextlib
import importlib
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from compare.errors import OutputError, UsageError

#: Renderer of each written format, imported on use (``module:function``, taking the report dictionary).
RENDERERS = {
    "json": "compare.render.json:render",
    "md": "compare.render.markdown:render_markdown",
    "html": "compare.render.html:render_html",
}

SUFFIX = {"json": ".json", "md": ".md", "html": ".html"}


def report_targets(output: str, formats: Sequence[str], inputs: Sequence[str]) -> dict[str, Path]:
    """Where each format goes.

    Args:
        output: A folder (``reports/``), or a file path whose stem names the files (``out/run1.json``
            writes ``out/run1.json``, ``out/run1.md``, ``out/run1.html``).
        formats: Formats to write (``json``, ``md``, ``html``).
        inputs: The input paths, which must not contain the output.

    Raises:
        UsageError: The output would land inside an input folder.
    """
    out = Path(output)
    if out.suffix.lower() in (".json", ".md", ".html", ".htm"):
        folder, stem = out.parent, out.stem
    else:
        folder, stem = out, "report"
    resolved = folder.resolve()
    for item in inputs:
        if item == "-":
            continue
        p = Path(item).resolve()
        if p.is_dir() and (resolved == p or p in resolved.parents):
            raise UsageError(
                f"refusing to write the report into the input folder {item}; choose another --output"
            )
    return {fmt: folder / f"{stem}{SUFFIX[fmt]}" for fmt in formats}


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename, so no partial file is left.

    Raises:
        OutputError: The folder cannot be created or written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write to {path.parent}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        # mkstemp creates 0600; a report is an ordinary file, so honour the umask like open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise


def write_report(data: Mapping[str, Any], targets: Mapping[str, Path]) -> list[Path]:
    """Render and write each requested format; return the paths written.

    Every format is rendered before any file is written, so a rendering error leaves nothing behind.
    """
    rendered: dict[Path, str] = {}
    for fmt, path in targets.items():
        module, _, func = RENDERERS[fmt].partition(":")
        render = getattr(importlib.import_module(module), func)
        rendered[path] = render(data)
    for path, text in rendered.items():
        atomic_write(path, text)
    return list(rendered)
