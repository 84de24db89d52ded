"""The ``crosscheck`` command: a thin layer over :mod:`compare.pipeline` and the renderers.

Only this module imports click. Errors become one line on stderr and an exit code (2: usage, 1: data);
``COMPARE_DEBUG=1`` shows the traceback instead.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar, cast

import click

from compare import __version__
from compare.config import DEFAULT_MODEL, Settings
from compare.errors import CompareError, OutputError, UsageError

F = TypeVar("F", bound=Callable[..., Any])
REPORT_FORMATS = ("json", "md", "html", "text")


def _stderr_tty() -> bool:
    return sys.stderr.isatty()


def _colour(stream: Any) -> bool:
    return stream.isatty() and not os.environ.get("NO_COLOR")


def model_options(fn: F) -> F:
    """Options shared by every command that embeds sentences."""
    fn = click.option(
        "--model",
        envvar="CROSSCHECK_MODEL",
        default=DEFAULT_MODEL,
        show_default=True,
        help="Sentence-transformers model name or local path (env: CROSSCHECK_MODEL). Never downloaded.",
    )(fn)
    fn = click.option(
        "--no-cache",
        is_flag=True,
        envvar="CROSSCHECK_NO_CACHE",
        help="Do not read or write the embedding and claim caches (env: CROSSCHECK_NO_CACHE=1).",
    )(fn)
    fn = click.option(
        "--align-threshold",
        type=click.FloatRange(-1.0, 1.0),
        default=Settings.align_threshold,
        show_default=True,
        help="Minimum cosine similarity for two sentences to be aligned.",
    )(fn)
    fn = click.option("--recursive", "-r", is_flag=True, help="Read folders recursively.")(fn)
    fn = click.option(
        "--no-timestamp", is_flag=True, help="Leave the generation time out (byte-stable output)."
    )(fn)
    return fn


def _settings(model: str, no_cache: bool, align_threshold: float) -> Settings:
    return replace(Settings(), model=model, cache=not no_cache, align_threshold=align_threshold)


def _warn(message: str) -> None:
    click.echo(f"crosscheck: {message}", err=True)


class _Progress:
    """Progress on stderr, drawn in place, only on a TTY."""

    def __init__(self) -> None:
        self.active = _stderr_tty()
        self.last = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.active:
            return
        line = f"\r{stage}: {done}/{total}"
        if line != self.last:
            sys.stderr.write(line + "\x1b[K")
            sys.stderr.flush()
            self.last = line

    def close(self) -> None:
        if self.active and self.last:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _load(paths: Sequence[str], recursive: bool) -> list[Any]:
    from compare.sources import load_sources

    return load_sources(paths, recursive=recursive, warn=_warn)


def _warn_language(sources: Sequence[Any]) -> None:
    from compare.language import non_english

    for sid in non_english(sources):
        _warn(
            f"warning: {sid} does not look like English; the default model is English-only, "
            "results may be poor"
        )


def _check_writable(paths: Iterable[Path]) -> None:
    """Fail before the (long) run, not after it, when the report's folder cannot be created or written.

    Nothing is created here; :func:`compare.writer.atomic_write` creates the folder when it writes.
    """
    for folder in {p.parent for p in paths}:
        existing = folder
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent
        if not existing.is_dir():
            raise OutputError(f"cannot write to {folder}: {existing} is a file, not a folder")
        if not os.access(existing, os.W_OK | os.X_OK):
            raise OutputError(f"cannot write to {folder}: permission denied")


class _Interrupted(Exception):
    """Ctrl-C inside a command, carried past click's own handler (which adds a blank line)."""


def _interruptible(fn: F) -> F:
    """Turn Ctrl-C inside a command into :class:`_Interrupted`, reported by :func:`main` in one line."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except KeyboardInterrupt as exc:
            raise _Interrupted from exc

    return cast(F, wrapper)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="crosscheck")
def cli() -> None:
    """Find where news sources disagree.

    crosscheck splits articles into sentences, aligns sentences that speak of the same thing across
    sources (sentence embeddings), extracts what each claims (numbers, dates, people, roles, places,
    negation, status, attribution) and reports typed, scored, explained disagreements.

    \b
    Examples:
      crosscheck report                      # the articles in ./sources, report in ./reports
      crosscheck report a.txt b.md c.html -o out/
      crosscheck diff a.txt b.txt
      crosscheck sources sources/
    """


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@model_options
@click.option(
    "--output",
    "-o",
    type=click.Path(),
    default="reports",
    show_default=True,
    help="Folder to write report.json (and the other formats) into, or a file path whose stem names them.",
)
@click.option(
    "--format",
    "-f",
    "formats",
    multiple=True,
    type=click.Choice(REPORT_FORMATS),
    help="Formats to write (repeatable). 'text' prints the whole report to stdout. Default: json, md, html.",
)
@_interruptible
def report(
    paths: tuple[str, ...],
    model: str,
    no_cache: bool,
    align_threshold: float,
    recursive: bool,
    no_timestamp: bool,
    output: str,
    formats: tuple[str, ...],
) -> None:
    """Discrepancy report over two or more articles (default: ./sources)."""
    from compare.pipeline import compare_sources
    from compare.render import json as render_json
    from compare.render.text import Style, render_full, render_summary
    from compare.writer import report_targets, write_report

    if not paths:
        if not Path("sources").is_dir():
            raise UsageError(
                "no sources given and there is no ./sources folder; name article files or folders"
            )
        paths = ("sources",)
    chosen = formats or ("json", "md", "html")
    targets = report_targets(output, [f for f in chosen if f != "text"], paths)
    _check_writable(targets.values())
    sources = _load(paths, recursive)
    if len(sources) < 2:
        raise UsageError(f"a report needs at least two sources; got {len(sources)}")
    _warn_language(sources)
    progress = _Progress()
    try:
        result = compare_sources(sources, _settings(model, no_cache, align_threshold), progress=progress,
                                 timestamp=not no_timestamp)  # fmt: skip
    finally:
        progress.close()
    for w in result.warnings:
        _warn(w)
    data = render_json.to_dict(result)
    written = write_report(data, targets)
    style = Style(_colour(sys.stdout))
    if "text" in chosen:
        click.echo(render_full(data, style), nl=False)
        return
    click.echo(render_summary(data, style), nl=False)
    if written:
        click.echo("\nWrote " + ", ".join(str(p) for p in written))


@cli.command()
@click.argument("a", type=click.Path())
@click.argument("b", type=click.Path(), required=False)
@click.argument("more", nargs=-1, type=click.Path())
@model_options
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_interruptible
def diff(
    a: str,
    b: str | None,
    more: tuple[str, ...],
    model: str,
    no_cache: bool,
    align_threshold: float,
    recursive: bool,
    no_timestamp: bool,
    fmt: str,
) -> None:
    """Diff two articles: aligned pairs, conflicts, and what only each says."""
    from compare.pipeline import diff_sources
    from compare.render import json as render_json
    from compare.render.text import Style, render_diff

    if b is None or more:
        raise UsageError(f"diff takes exactly two articles; got {1 + (b is not None) + len(more)}")
    sources = _load([a, b], recursive)
    if len(sources) != 2:
        raise UsageError(f"diff takes exactly two articles; the arguments hold {len(sources)}")
    _warn_language(sources)
    progress = _Progress()
    try:
        result = diff_sources(sources[0], sources[1], _settings(model, no_cache, align_threshold), progress=progress,
                              timestamp=not no_timestamp)  # fmt: skip
    finally:
        progress.close()
    for w in result.warnings:
        _warn(w)
    data = render_json.to_dict(result)
    if fmt == "json":
        click.echo(render_json.dumps(data), nl=False)
    else:
        click.echo(render_diff(data, Style(_colour(sys.stdout))), nl=False)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--recursive", "-r", is_flag=True, help="Read folders recursively.")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_interruptible
def sources(paths: tuple[str, ...], recursive: bool, fmt: str) -> None:
    """List sources: id, title, sentence count, metadata, encoding. Loads no model."""
    import json

    from compare.byline import with_byline
    from compare.render.text import render_sources
    from compare.sentences import split_document

    if not paths:
        paths = ("sources",)
    rows = []
    for src in map(with_byline, _load(paths, recursive)):
        doc = split_document(src)
        title = src.title or next((s.text for s in doc.sentences if s.heading), None)
        rows.append(
            {
                "id": src.id,
                "path": src.path,
                "title": title,
                "outlet": src.outlet,
                "published": src.published,
                "url": src.url,
                "sentences": len(doc.sentences),
                "format": src.format,
                "encoding": src.encoding,
            }
        )
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        click.echo(render_sources(rows), nl=False)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the CLI, turning library errors into one line and an exit code."""
    debug = os.environ.get("COMPARE_DEBUG") == "1"
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="crosscheck", standalone_mode=False)
    except (_Interrupted, KeyboardInterrupt, click.exceptions.Abort):
        if debug:
            raise
        # Reports are written atomically (temporary file, then rename), so nothing half-written is left.
        # On a terminal, the newline moves the message past the "^C" echo.
        newline = "\n" if _stderr_tty() else ""
        click.echo(f"{newline}crosscheck: interrupted; no partial report file is left", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        if debug:
            raise
        exc.show()
        sys.exit(exc.exit_code)
    except CompareError as exc:
        if debug:
            raise
        click.echo(f"crosscheck: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except OSError as exc:
        if debug:
            raise
        click.echo(f"crosscheck: error: {OutputError(str(exc))}", err=True)
        sys.exit(1)
    except Exception as exc:
        # A bug, not a user's mistake; still one line, and the way to the traceback.
        if debug:
            raise
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        click.echo(
            f"crosscheck: internal error: {type(exc).__name__}{': ' + detail if detail else ''} "
            "(a bug; COMPARE_DEBUG=1 shows the traceback)",
            err=True,
        )
        sys.exit(1)
