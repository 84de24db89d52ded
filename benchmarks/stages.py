"""Where one ``crosscheck report`` spends its time: a stage breakdown, optionally a full profile.

``python benchmarks/stages.py FOLDER [--cache-dir DIR] [--profile cprofile|pyinstrument]`` runs
``crosscheck report FOLDER`` in this process (through :func:`compare.cli.main`, so rendering and writing
count) with timing wrappers around the library's stage functions, then prints seconds per stage,
nested as the calls nest. Wrappers are installed on the module attributes the callers look up, at run
time; nothing in ``compare/`` is edited. ``--profile`` adds a cProfile top list (sorted by cumulative
time) or a pyinstrument tree.

Use a fresh ``--cache-dir`` for a cold run and the same one again for a warm run. The embedding cache
is the only state; the output goes to a temporary folder.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

#: ``(module, attribute, label)``: the functions timed, by where their callers look them up. A label
#: ``parent/child`` is a stage inside ``parent`` (its time is part of the parent's).
STAGES: tuple[tuple[str, str, str], ...] = (
    ("compare.cli", "_load", "load sources"),
    ("compare.pipeline", "split_document", "split sentences"),
    ("compare.pipeline", "_embed", "embed"),
    ("compare.embedding.EmbeddingCache", "get", "embed/cache read"),
    ("compare.embedding.SentenceTransformerEncoder", "encode", "embed/model"),
    ("compare.embedding.SentenceTransformerEncoder", "_load", "embed/model/import + load"),
    ("compare.embedding.EmbeddingCache", "put", "embed/cache write"),
    ("compare.pipeline", "story_pairs", "stories"),
    ("compare.pipeline", "align_sources", "align"),
    ("compare.pipeline", "_groups", "claim groups"),
    ("compare.detect", "detect", "detect"),
    ("compare.detect", "_pairs_to_compare", "detect/pairs to compare"),
    ("compare.claimcache.ClaimExtractor", "__call__", "detect/claims"),
    ("compare.claimcache.ClaimCache", "get", "detect/claims/cache read"),
    ("compare.claims", "nlp", "detect/claims/import + load spaCy"),
    ("compare.claims", "_claim", "detect/claims/claim from parse (parse itself not counted)"),
    ("compare.claimcache.ClaimCache", "put", "detect/claims/cache write"),
    ("compare.detect", "_containment", "detect/containment"),
    ("compare.detect", "compare_claims", "detect/compare claims"),
    ("compare.detect", "_merge", "detect/merge"),
    ("compare.render.json", "to_dict", "render json"),
    ("compare.writer", "write_report", "write files"),
)


def _vm(field: str) -> float:
    """``VmRSS`` (resident now) or ``VmHWM`` (peak resident) of this process in MiB; 0 if unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


class Timer:
    """Accumulated seconds and calls per label; nested calls of one label count once.

    Also records, when a label's outermost call returns, resident memory (MiB) and the peak so far,
    and how much the peak rose during the call.
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.rss_after: dict[str, float] = {}
        self.peak_rise: dict[str, float] = {}
        self._active: dict[str, int] = {}

    def wrap(self, label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        """``fn`` with its time added to ``label``."""

        def timed(*args: Any, **kwargs: Any) -> Any:
            depth = self._active.get(label, 0)
            self._active[label] = depth + 1
            # Reading /proc per call would slow per-pair stages: only stages called rarely are sampled.
            sample = depth == 0 and self.calls.get(label, 0) < 200
            peak = _vm("VmHWM") if sample else 0.0
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self._active[label] = depth
                if depth == 0:
                    self.seconds[label] = self.seconds.get(label, 0.0) + time.perf_counter() - start
                    self.calls[label] = self.calls.get(label, 0) + 1
                    if sample:
                        self.rss_after[label] = _vm("VmRSS")
                        rise = _vm("VmHWM") - peak
                        self.peak_rise[label] = self.peak_rise.get(label, 0.0) + rise

        timed.__wrapped__ = fn  # type: ignore[attr-defined]
        return timed


def _resolve(path: str) -> Any:
    """A module, or a class inside one (``compare.embedding.EmbeddingCache``)."""
    try:
        return importlib.import_module(path)
    except ModuleNotFoundError:
        module, _, name = path.rpartition(".")
        return getattr(importlib.import_module(module), name)


def install(timer: Timer) -> None:
    """Wrap every stage function in :data:`STAGES`."""
    for where, attr, label in STAGES:
        owner = _resolve(where)
        original = getattr(owner, attr)
        setattr(owner, attr, timer.wrap(label, original))


def report(folder: str, cache_dir: str | None, profiler: str | None, top: int) -> None:
    """Run ``crosscheck report`` on ``folder`` and print the breakdown."""
    import os

    if cache_dir:
        os.environ["CROSSCHECK_CACHE_DIR"] = cache_dir
    timer = Timer()
    t0 = time.perf_counter()
    import compare.cli
    import compare.detect
    import compare.pipeline
    import compare.render.json
    import compare.writer

    imports = time.perf_counter() - t0
    install(timer)
    out = tempfile.mkdtemp(prefix="crosscheck-profile-")
    argv = ["report", folder, "-o", out, "--no-timestamp"]
    prof: Any = None
    if profiler == "cprofile":
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    elif profiler == "pyinstrument":
        from pyinstrument import Profiler

        prof = Profiler(interval=0.005)
        prof.start()
    start = time.perf_counter()
    try:
        compare.cli.main(argv)
    except SystemExit as exc:
        if exc.code:
            raise
    total = time.perf_counter() - start
    if profiler == "cprofile":
        import pstats

        prof.disable()
        stats = pstats.Stats(prof, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(top)
        stats.sort_stats("tottime").print_stats(top)
    elif profiler == "pyinstrument":
        prof.stop()
        print(prof.output_text(unicode=False, color=False, show_all=False))
    heavy = [m for m in ("torch", "sentence_transformers", "transformers", "spacy") if m in sys.modules]
    print(f"\ncrosscheck report {folder}  (cache {cache_dir or 'default'})", file=sys.stderr)
    print(f"  {'import compare (cli, pipeline, detect, render)':<44} {imports:8.2f} s", file=sys.stderr)
    print(f"  {'report, total':<44} {total:8.2f} s", file=sys.stderr)
    for _, _, label in STAGES:
        if label in timer.seconds:
            name = "    " * label.count("/") + label.rsplit("/", 1)[-1]
            calls = timer.calls[label]
            mem = ""
            if label in timer.rss_after:
                mem = (
                    f"  rss after {timer.rss_after[label]:6.0f} MiB, peak +{timer.peak_rise[label]:5.0f} MiB"
                )
            print(
                f"  {name:<44} {timer.seconds[label]:8.2f} s  {f'({calls:,} calls)':<16}{mem}",
                file=sys.stderr,
            )
    top_level = sum(v for k, v in timer.seconds.items() if "/" not in k)
    print(f"  {'other (CLI, rendering text)':<44} {total - top_level:8.2f} s", file=sys.stderr)
    print(f"  peak resident memory: {_vm('VmHWM'):.0f} MiB", file=sys.stderr)
    print(f"  modules imported: {', '.join(heavy) or 'none of the heavy ones'}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> None:
    """Command line."""
    p = argparse.ArgumentParser(description="Stage breakdown of one crosscheck report run.")
    p.add_argument("folder", help="articles to report on")
    p.add_argument("--cache-dir", help="CROSSCHECK_CACHE_DIR for this run (fresh folder: cold run)")
    p.add_argument("--profile", choices=("cprofile", "pyinstrument"), help="also print a profile")
    p.add_argument("--top", type=int, default=40, help="rows of the cProfile lists (default 40)")
    args = p.parse_args(argv)
    report(str(Path(args.folder)), args.cache_dir, args.profile, args.top)


if __name__ == "__main__":
    main()
