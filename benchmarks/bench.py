"""crosscheck benchmarks: every case in a fresh process, every figure next to the model's own cost.

Run ``make bench`` (or ``python benchmarks/bench.py [--quick] [--sizes 100,1000,5000]``). It prints a
table and writes ``benchmarks/results/latest.json`` and ``latest.md``. A benchmark prints figures; it
asserts nothing. Machines are noisy, so end-to-end times are reported as ratios to a *floor* measured
in the same run on the same sentences.

Cases
-----
* ``crosscheck --help`` and ``crosscheck sources sources/`` (best of ``--repeat-fast`` runs).
* On the bundled articles (best of ``--repeat`` rounds, interleaved so that drift hits all alike):
  the floor; ``report`` cold (empty cache folder) and warm (the same folder again); ``diff`` of
  ``sources/002_*`` and ``003_*`` cold and warm, against a floor on those two articles' sentences;
  the peer script; a spaCy reference.
* On synthetic corpora of ``--sizes`` articles (:mod:`corpus`, seeded): the floor, ``report`` cold,
  ``report`` warm for ``--warm-sizes``, the peer for ``--peer-sizes``, and a story-grouping diagnostic
  (untimed) that says how many articles crosscheck compares with how many.

Definitions
-----------
* **Floor**: a fresh ``python`` that imports sentence-transformers, loads the packaged all-MiniLM-L6-v2
  and encodes the corpus's distinct sentences (those crosscheck's splitter finds; on a cold cache
  crosscheck embeds each distinct text once), batch size 64, normalised (``workers.py floor``).
* **Peer**: ``sentence_transformers.util.paraphrase_mining`` over all sentences (library defaults),
  then a "numbers differ" rule on mined pairs from different articles with cosine >= 0.55
  (``workers.py peer``).
* **Time**: wall-clock seconds from ``subprocess.Popen`` to the child's exit (``time.perf_counter``), so
  interpreter start, imports and model loading count. **CPU**: user + system seconds of the child.
* **Peak RSS**: ``ru_maxrss`` from ``os.wait4`` on that one child: the high-water mark of that process
  alone. (``getrusage(RUSAGE_CHILDREN)`` deltas would be wrong: it reports the largest child so far, not
  a sum, so a small case after a big one shows no change.)
* **Imports**: the CLI runs through ``run_cli.py``, which is the console script plus an exit hook that
  records which of torch, sentence_transformers, transformers, spacy, sklearn, scipy, numpy were
  imported.

* **Noise**: the figure reported is the best of the runs (noise on a shared machine only ever adds
  time; the median is kept as well). Before each case the benchmark waits (``--quiet-wait``) until
  other processes use under a quarter of a core, and each row records the CPU time other processes
  used during its run (``/proc/stat``); rows where that exceeds 10 % of the machine are marked NOISY.
  Synthetic floors run twice, before and after the cold report, so slow drift cannot favour crosscheck.

Cold runs get a new empty ``CROSSCHECK_CACHE_DIR``; warm runs reuse it. Reports go to a temporary
folder (``-o``) with ``--no-timestamp``. Nothing is written outside the temporary folder and
``--out``.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import hashlib
import itertools
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SOURCES = ROOT / "sources"
HEAVY = ("torch", "sentence_transformers", "spacy")
MODEL_MODULES = ("torch", "sentence_transformers", "transformers")

sys.path.insert(0, str(HERE))
import corpus as corpus_mod  # noqa: E402  (a sibling script, not a package)


@dataclass
class Result:
    """One measured case.

    Attributes:
        case: Row name.
        corpus: ``cli``, ``bundled``, ``pair`` or the synthetic size (``1000``).
        kind: ``floor``, ``cli``, ``peer``, ``reference`` or ``diagnostic``.
        wall_s: Best (lowest) wall seconds over ``runs``: noise on a shared machine only adds time.
        median_s: Median wall seconds over ``runs``.
        runs: Every run's wall seconds.
        cpu_s: CPU seconds (user + system) of the best run.
        peak_rss_mib: Largest peak RSS over the runs, MiB.
        rc: Exit code (the first non-zero one, if any).
        ratio: ``wall_s`` over the matching floor's ``wall_s``.
        modules: Watched modules imported (CLI cases).
        info: Figures the worker printed, or the diagnostic.
        notes: Short remarks for the table (set once, when the case runs).
        detail: Figures derived for the table (recomputed on every write).
        cpu_runs: Every run's CPU seconds.
        foreign_cpu_s: CPU time other processes used during the best run.
        rss_samples: ``(seconds, MiB)`` resident memory every 10 s, of the best run.
    """

    case: str
    corpus: str
    kind: str
    wall_s: float = math.nan
    median_s: float = math.nan
    runs: list[float] = field(default_factory=list)
    cpu_s: float = math.nan
    peak_rss_mib: float = math.nan
    rc: int = 0
    ratio: float | None = None
    modules: list[str] | None = None
    info: dict[str, Any] = field(default_factory=dict)
    notes: str = ""
    detail: str = ""
    cpu_runs: list[float] = field(default_factory=list)
    foreign_cpu_s: float = 0.0
    rss_samples: list[tuple[float, float]] = field(default_factory=list)


@dataclass
class Run:
    """One process: wall and CPU seconds, peak RSS (KiB), exit code, stdout and stderr.

    ``foreign_cpu_s`` is the CPU time the rest of the machine used meanwhile (``/proc/stat`` busy time
    minus the child's own): a run that shared the cores with other work is slower for it.
    ``rss_samples`` are ``(seconds, MiB)`` pairs, one per 10 s.
    """

    wall_s: float
    cpu_s: float
    maxrss_kib: int
    rc: int
    stdout: str
    stderr: str
    modules: list[str] | None
    foreign_cpu_s: float = 0.0
    rss_samples: list[tuple[float, float]] = field(default_factory=list)


def _busy_seconds() -> float:
    """CPU seconds all cores have spent busy since boot (0 where ``/proc/stat`` is missing)."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            fields = [int(x) for x in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


class Watchdog(threading.Thread):
    """Samples a child's resident memory once a second; kills it past a time or memory limit.

    Sampling reads ``/proc/PID/status`` from this thread, so the child is not slowed and the parent's
    blocking ``wait4`` still times the exit exactly.

    Args:
        pid: The child.
        timeout: Seconds before the child is killed.
        max_rss_mib: Resident MiB above which the child is killed (protects a shared machine).
    """

    def __init__(self, pid: int, timeout: float, max_rss_mib: float) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.timeout = timeout
        self.max_rss_mib = max_rss_mib
        self.samples: list[tuple[float, float]] = []
        self.killed: str | None = None
        self._done = threading.Event()

    def _rss_mib(self) -> float | None:
        try:
            with open(f"/proc/{self.pid}/status", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except (OSError, ValueError):
            return None
        return None

    def run(self) -> None:
        start = time.perf_counter()
        every = 1.0
        while not self._done.wait(every):
            elapsed = time.perf_counter() - start
            rss = self._rss_mib()
            if rss is not None and (not self.samples or elapsed - self.samples[-1][0] >= 10):
                self.samples.append((round(elapsed, 1), round(rss, 1)))
            reason = None
            if elapsed > self.timeout:
                reason = f"killed after the {self.timeout:.0f} s time limit"
            elif rss is not None and rss > self.max_rss_mib:
                reason = f"killed at {rss:.0f} MiB resident (limit {self.max_rss_mib:.0f} MiB)"
            if reason:
                self.killed = reason
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.pid, 9)
                return

    def stop(self) -> None:
        """End sampling (the child has exited)."""
        self._done.set()


def run_process(
    cmd: Sequence[str], env: dict[str, str], work: Path, timeout: float, max_rss_mib: float = math.inf
) -> Run:
    """Run one command in a fresh process and measure it.

    Args:
        cmd: Command line.
        env: Environment of the child.
        work: Scratch folder for the child's stdout, stderr and module record.
        timeout: Seconds after which the child is killed (``rc`` is then -9).
        max_rss_mib: Resident memory above which the child is killed. Defaults to no limit.

    Returns:
        The measurements.
    """
    out_path, err_path, mod_path = work / "stdout.txt", work / "stderr.txt", work / "modules.txt"
    mod_path.unlink(missing_ok=True)
    env = {**env, "BENCH_MODULES_OUT": str(mod_path)}
    with out_path.open("wb") as out, err_path.open("wb") as err:
        busy = _busy_seconds()
        start = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=err, env=env, cwd=ROOT)
        watchdog = Watchdog(proc.pid, timeout, max_rss_mib)
        watchdog.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        busy = _busy_seconds() - busy
        watchdog.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    modules = mod_path.read_text().split(",") if mod_path.exists() else None
    cpu = usage.ru_utime + usage.ru_stime
    stderr = err_path.read_text(errors="replace")
    if watchdog.killed:
        stderr += f"\n{watchdog.killed}"
    return Run(
        wall_s=wall,
        cpu_s=cpu,
        foreign_cpu_s=max(0.0, busy - cpu),
        maxrss_kib=usage.ru_maxrss,
        rc=proc.returncode,
        stdout=out_path.read_text(errors="replace"),
        stderr=stderr,
        modules=[m for m in modules if m] if modules is not None else None,
        rss_samples=watchdog.samples,
    )


class Bench:
    """Runs the cases, keeps the results, writes them after every case.

    Args:
        args: Parsed command-line options.
        tmp: Scratch folder for corpora, caches and reports.
    """

    def __init__(self, args: argparse.Namespace, tmp: Path) -> None:
        self.args = args
        self.tmp = tmp
        self.results: list[Result] = []
        self.started = datetime.now(UTC).replace(microsecond=0).isoformat()
        self.machine_info = machine()
        self.code_now: str | None = None
        self.python = sys.executable
        self.env = {
            **os.environ,
            # The same offline, quiet, single-tokeniser-thread settings crosscheck sets for itself, so
            # that floor, peer and crosscheck run the model alike.
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "HF_HUB_DISABLE_PROGRESS_BARS": "1",
            "TRANSFORMERS_VERBOSITY": "error",
            "TOKENIZERS_PARALLELISM": "false",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        for name in ("CROSSCHECK_NO_CACHE", "CROSSCHECK_MODEL", "COMPARE_DEBUG", "CROSSCHECK_CACHE_DIR"):
            self.env.pop(name, None)
        self._n = 0

    # ---------------------------------------------------------------------------------------- running

    def _scratch(self, name: str) -> Path:
        self._n += 1
        path = self.tmp / f"{self._n:03d}-{name}"
        path.mkdir(parents=True)
        return path

    def wait_quiet(self) -> float:
        """Wait (up to ``--quiet-wait`` s) until other processes use under a quarter of one core.

        Noise on a shared machine only ever adds time, and it hurts the two-thread model more than
        single-threaded stages, so ratios are only fair when both sides ran on an idle machine.

        Returns:
            Seconds waited.
        """
        start = time.perf_counter()
        announced = False
        while True:
            before = _busy_seconds()
            time.sleep(1.0)
            load = _busy_seconds() - before
            waited = time.perf_counter() - start
            if load < 0.25 or waited >= self.args.quiet_wait:
                if announced:
                    state = "quiet" if load < 0.25 else f"still busy ({load:.1f} cores), going on"
                    print(f"  ... {state} after {waited:.0f} s", flush=True)
                return waited
            if not announced:
                print(f"  ... machine busy ({load:.1f} cores in use by others), waiting", flush=True)
                announced = True
            time.sleep(4.0)

    def measure(
        self,
        case: str,
        corpus: str,
        kind: str,
        cmd: Sequence[str],
        cache: Path | None = None,
        worker: bool = False,
    ) -> Run:
        """Run ``cmd`` once and fold the run into the result row ``(case, corpus)``."""
        env = dict(self.env)
        if cache is not None:
            env["CROSSCHECK_CACHE_DIR"] = str(cache)
        self.wait_quiet()
        run = run_process(
            cmd, env, self._scratch(case.split()[0]), self.args.timeout, self.args.max_rss_gib * 1024
        )
        row = next((r for r in self.results if r.case == case and r.corpus == corpus), None)
        if row is None:
            row = Result(case, corpus, kind)
            self.results.append(row)
        row.runs.append(run.wall_s)
        row.cpu_runs.append(run.cpu_s)
        row.peak_rss_mib = max(run.maxrss_kib / 1024, 0 if math.isnan(row.peak_rss_mib) else row.peak_rss_mib)
        if run.rc != 0 and row.rc == 0:
            row.rc = run.rc
            tail = (run.stderr.strip().splitlines() or ["(no stderr)"])[-1]
            row.notes = f"exit {run.rc}: {tail[:120]}"
        row.median_s = statistics.median(row.runs)
        if run.wall_s <= min(row.runs):
            # This run is the best so far: the row reports it (noise only ever adds time).
            row.wall_s = run.wall_s
            row.cpu_s = run.cpu_s
            row.foreign_cpu_s = run.foreign_cpu_s
            row.rss_samples = run.rss_samples
            if worker and run.rc == 0 and run.stdout.strip():
                row.info = json.loads(run.stdout.strip().splitlines()[-1])
        if run.modules is not None:
            row.modules = run.modules
        self._log(row, run)
        return run

    def _log(self, row: Result, run: Run) -> None:
        mods = "" if run.modules is None else f"  imports: {','.join(run.modules) or '-'}"
        print(
            f"  {row.corpus:>8} {row.case:<28} {run.wall_s:8.2f} s  cpu {run.cpu_s:8.2f} s  "
            f"rss {run.maxrss_kib / 1024:8.0f} MiB  rc {run.rc}  other {run.foreign_cpu_s:6.1f} cpu-s{mods}",
            flush=True,
        )

    def cli(self, *argv: str) -> list[str]:
        """The command line of ``crosscheck ARGV`` through the import-recording wrapper."""
        return [self.python, str(HERE / "run_cli.py"), *argv]

    def worker(self, *argv: str) -> list[str]:
        """The command line of one reference worker."""
        return [self.python, str(HERE / "workers.py"), *argv]

    # ------------------------------------------------------------------------------------------ cases

    def sentences_file(self, name: str, paths: Sequence[Path]) -> Path:
        """Split ``paths`` with crosscheck's own loader and splitter; write the sentences for the workers."""
        from compare.sentences import split_document
        from compare.sources import load_sources

        texts: list[str] = []
        owners: list[str] = []
        for source in load_sources([str(p) for p in paths]):
            for s in split_document(source).sentences:
                texts.append(s.text)
                owners.append(source.id)
        out = self.tmp / f"sentences-{name}.json"
        out.write_text(json.dumps({"texts": texts, "sources": owners}), encoding="utf-8")
        return out

    def run_cli_cases(self) -> None:
        """``--help`` and ``sources``: fast, so the best of several runs."""
        print("CLI start-up", flush=True)
        for _ in range(self.args.repeat_fast):
            self.measure("crosscheck --help", "cli", "cli", self.cli("--help"))
            self.measure("crosscheck sources sources/", "cli", "cli", self.cli("sources", str(SOURCES)))
        self.write()

    def run_bundled(self) -> None:
        """The bundled articles: floor, report and diff cold and warm, peer, spaCy reference."""
        print("Bundled articles", flush=True)
        files = sorted(SOURCES.glob("*.txt"))
        pair = [next(SOURCES.glob("002_*")), next(SOURCES.glob("003_*"))]
        bundled = self.sentences_file("bundled", files)
        pair_sents = self.sentences_file("pair", pair)
        for _ in range(self.args.repeat):
            self.measure("floor", "bundled", "floor", self.worker("floor", str(bundled)), worker=True)
            cache = self._scratch("cache-report")
            out = self._scratch("out")
            report = self.cli("report", str(SOURCES), "-o", str(out), "--no-timestamp")
            self.measure("report cold", "bundled", "cli", report, cache)
            self.measure("report warm", "bundled", "cli", report, cache)
            self.measure(
                "floor (2 articles)", "pair", "floor", self.worker("floor", str(pair_sents)), worker=True
            )
            cache = self._scratch("cache-diff")
            diff = self.cli("diff", str(pair[0]), str(pair[1]), "--no-timestamp")
            self.measure("diff cold", "pair", "cli", diff, cache)
            self.measure("diff warm", "pair", "cli", diff, cache)
            self.measure("peer", "bundled", "peer", self.worker("peer", str(bundled)), worker=True)
            self.measure(
                "spaCy parse (reference)",
                "bundled",
                "reference",
                self.worker("spacy", str(bundled)),
                worker=True,
            )
            self.write()

    def run_synthetic(self, size: int) -> None:
        """One synthetic corpus: floor, cold report, optional warm report and peer, story diagnostic."""
        print(f"Synthetic corpus, {size:,} articles", flush=True)
        folder = self.tmp / f"corpus-{size}"
        generated = corpus_mod.generate(size, self.args.seed)
        paths = corpus_mod.write_corpus(generated, folder)
        sents = self.sentences_file(str(size), paths)
        name = str(size)
        self.measure("floor", name, "floor", self.worker("floor", str(sents)), worker=True)
        row = self._row("floor", name)
        row.notes = f"{len(generated.events)} events, {len(paths)} articles"
        cache = self._scratch("cache")
        out = self._scratch("out")
        report = self.cli("report", str(folder), "-o", str(out), "--no-timestamp")
        cold = self.measure("report cold", name, "cli", report, cache)
        self.write()
        # A second floor after the long run: the row keeps the better one, so drift cannot favour crosscheck.
        self.measure("floor", name, "floor", self.worker("floor", str(sents)), worker=True)
        if cold.rc == 0 and size in self.args.warm_sizes:
            self.measure("report warm", name, "cli", report, cache)
        if cold.rc == 0:
            diag = run_process(
                self.worker("stories", str(folder), str(cache)), self.env, self._scratch("stories"), 3600
            )
            info = (
                json.loads(diag.stdout.strip().splitlines()[-1])
                if diag.rc == 0
                else {"error": diag.stderr[-300:]}
            )
            self.results.append(Result("story grouping", name, "diagnostic", info=info))
        if size in self.args.peer_sizes:
            self.measure("peer", name, "peer", self.worker("peer", str(sents)), worker=True)
        self.write()
        shutil.rmtree(cache, ignore_errors=True)

    def _row(self, case: str, corpus: str) -> Result:
        return next(r for r in self.results if r.case == case and r.corpus == corpus)

    # ---------------------------------------------------------------------------------------- figures

    def ratios(self) -> None:
        """Set every row's ratio to the floor on the same sentences (CLI start-up: the bundled floor)."""
        floors = {r.corpus: r.wall_s for r in self.results if r.kind == "floor" and r.rc == 0}
        for r in self.results:
            ref = floors.get("bundled" if r.corpus == "cli" else r.corpus)
            if ref and not math.isnan(r.wall_s) and r.kind != "diagnostic":
                r.ratio = r.wall_s / ref
            r.detail = self._detail(r)
            cores = self.machine_info["cores"] or 1
            if r.runs and r.foreign_cpu_s > 0.1 * max(r.runs) * cores and r.foreign_cpu_s > 0.2:
                noisy = f"NOISY: other processes used {r.foreign_cpu_s:.1f} CPU-s during this run"
                r.detail = "; ".join(x for x in (r.detail, noisy) if x)

    def _detail(self, r: Result) -> str:
        i = r.info
        if r.rc != 0:
            return ""
        if r.modules is not None:
            heavy = [m for m in r.modules if m in (*HEAVY, "transformers")]
            text = "imports " + (", ".join(heavy) if heavy else "no torch/transformers/spaCy")
            sents = self._floor_info(r.corpus).get("sentences")
            if r.corpus not in ("cli", "bundled", "pair") and sents:
                text += f"; {sents:,} sentences"
            return text
        if r.kind == "floor" and i:
            return (
                f"{i['distinct']:,} distinct of {i['sentences']:,} sentences: import {i['import_s']:.1f} s, "
                f"load {i['load_s']:.1f} s, encode {i['encode_s']:.1f} s"
            )
        if r.kind == "peer" and i:
            return (
                f"mining {i['mine_s']:.1f} s over {i['sentences']:,} sentences; {i['kept']:,} cross-article "
                f"pairs >= 0.55, {i['flagged']:,} with differing numbers"
            )
        if r.kind == "reference" and i:
            return (
                f"{i['sentences']:,} sentences: import {i['import_s']:.1f} s, load {i['load_s']:.1f} s, "
                f"parse {i['parse_s']:.1f} s"
            )
        return ""

    def _floor_info(self, corpus: str) -> dict[str, Any]:
        row = next((r for r in self.results if r.kind == "floor" and r.corpus == corpus), None)
        return row.info if row else {}

    def targets(self) -> list[dict[str, Any]]:
        """Check the issue's targets against the measured rows."""
        out: list[dict[str, Any]] = []

        def get(case: str, corpus: str) -> Result | None:
            return next((r for r in self.results if r.case == case and r.corpus == corpus), None)

        def add(name: str, measured: str, target: str, met: bool | None) -> None:
            out.append({"target": name, "measured": measured, "limit": target, "met": met})

        for case in ("crosscheck --help", "crosscheck sources sources/"):
            r = get(case, "cli")
            if r:
                add(f"{case}: time", f"{r.wall_s:.3f} s", "< 0.3 s", r.rc == 0 and r.wall_s < 0.3)
                heavy = [m for m in (r.modules or []) if m in HEAVY]
                add(f"{case}: imports", ", ".join(heavy) or "none of torch/spacy/ST", "none", not heavy)
        warm = [("report warm", "bundled"), ("diff warm", "pair")]
        warm += [("report warm", str(s)) for s in self.args.sizes]
        for case, corpus in warm:
            r = get(case, corpus)
            if r and r.modules is not None:
                model = [m for m in r.modules if m in (*MODEL_MODULES, "spacy", "thinc")]
                add(f"{case} ({corpus}): no model import", ", ".join(model) or "none", "none", not model)
        r = get("report warm", "bundled")
        if r:
            add("report warm (bundled): time", f"{r.wall_s:.2f} s", "< 1.5 s", r.rc == 0 and r.wall_s < 1.5)
        for case, corpus in (("report cold", "bundled"), ("diff cold", "pair"), ("report cold", "1000")):
            r = get(case, corpus)
            if r and r.ratio is not None:
                add(
                    f"{case} ({corpus}): ratio to floor",
                    f"{r.ratio:.2f}x",
                    "<= 1.3x",
                    r.rc == 0 and r.ratio <= 1.3,
                )
        sizes = [s for s in self.args.sizes if get("report cold", str(s))]
        base = get("report cold", "bundled")
        for small, big in itertools.pairwise(sizes):
            a, b = get("report cold", str(small)), get("report cold", str(big))
            na, nb = (
                self._floor_info(str(small)).get("sentences"),
                self._floor_info(str(big)).get("sentences"),
            )
            if not (a and b and na and nb) or a.rc != 0:
                break
            # A run that was killed took at least this long: the exponent is then a lower bound.
            bound = "" if b.rc == 0 else ">= "
            k = math.log(b.wall_s / a.wall_s) / math.log(nb / na)
            add(
                f"time growth {small}->{big} articles",
                f"{bound}n^{k:.2f} ({a.wall_s:.0f} -> {b.wall_s:.0f} s)",
                "near-linear (<= n^1.2)",
                k <= 1.2 and b.rc == 0,
            )
            fa, fb = get("floor", str(small)), get("floor", str(big))
            if fa and fb and a.wall_s > fa.wall_s and b.wall_s > fb.wall_s:
                ko = math.log((b.wall_s - fb.wall_s) / (a.wall_s - fa.wall_s)) / math.log(nb / na)
                add(
                    f"time beyond the floor, growth {small}->{big} articles",
                    f"{bound}n^{ko:.2f} ({a.wall_s - fa.wall_s:.0f} -> {b.wall_s - fb.wall_s:.0f} s)",
                    "(information: crosscheck's own work, model excluded)",
                    None,
                )
            if base:
                ea, eb = a.peak_rss_mib - base.peak_rss_mib, b.peak_rss_mib - base.peak_rss_mib
                if ea > 0 and eb > 0:
                    km = math.log(eb / ea) / math.log(nb / na)
                    add(
                        f"memory growth {small}->{big} articles",
                        f"{bound}n^{km:.2f} ({a.peak_rss_mib:.0f} -> {b.peak_rss_mib:.0f} MiB)",
                        "linear (<= n^1.1, above the bundled run's peak)",
                        km <= 1.1 and b.rc == 0,
                    )
        r = get("report cold", "5000")
        if r:
            why = f" ({r.notes})" if r.rc != 0 else ""
            add("5,000 articles complete", f"exit {r.rc} after {r.wall_s:.0f} s{why}", "exit 0", r.rc == 0)
        return out

    # ------------------------------------------------------------------------------------------ output

    def write(self, final: bool = False, finished: str | None = None) -> None:
        """Write ``latest.json`` and ``latest.md`` (also after each case, so a killed run leaves data).

        Args:
            final: The run is complete.
            finished: When it completed. Defaults to now for a final write.
        """
        self.ratios()
        out = Path(self.args.out)
        out.mkdir(parents=True, exist_ok=True)
        data = {
            "schema": "crosscheck.bench/1",
            "complete": final,
            "started": self.started,
            "finished": finished or (datetime.now(UTC).replace(microsecond=0).isoformat() if final else None),
            "machine": self.machine_info,
            # compare/ may be edited while a long run goes on; a change makes the figures a mixture.
            "code_now": self.code_now or code_fingerprint(),
            "options": {
                "sizes": self.args.sizes,
                "warm_sizes": self.args.warm_sizes,
                "peer_sizes": self.args.peer_sizes,
                "repeat": self.args.repeat,
                "repeat_fast": self.args.repeat_fast,
                "seed": self.args.seed,
            },
            "results": [asdict(r) for r in self.results],
            "targets": self.targets(),
        }
        (out / "latest.json").write_text(json.dumps(data, indent=1, default=_json_default) + "\n", "utf-8")
        (out / "latest.md").write_text(markdown(data), "utf-8")


def _json_default(value: object) -> object:
    if isinstance(value, float) and math.isnan(value):
        return None
    return str(value)


def _pkg(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def code_fingerprint() -> str:
    """A short hash of every ``compare/`` source file, so that figures can be tied to the code measured."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "compare").rglob("*.py")):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


@functools.lru_cache(maxsize=1)
def machine() -> dict[str, Any]:
    """CPU model, cores, memory and the versions that matter, read without importing torch."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "code": code_fingerprint(),
        "cpu": cpu,
        "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "memory_gib": mem_gib,
        "os": platform.platform(),
        "python": platform.python_version(),
        "torch": _pkg("torch"),
        "sentence_transformers": _pkg("sentence-transformers"),
        "spacy": _pkg("spacy"),
        "numpy": _pkg("numpy"),
        "crosscheck": _pkg("crosscheck"),
    }


def _fmt(value: float | None, digits: int = 2) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}f}"


_CORPUS_LABEL = {"cli": "CLI", "bundled": "bundled (5 articles)", "pair": "bundled 002 + 003"}


def rows(data: dict[str, Any]) -> list[list[str]]:
    """The results as table rows: corpus, case, time, ratio, peak RSS, CPU, notes."""
    table = []
    for r in data["results"]:
        if r["kind"] == "diagnostic":
            continue
        corpus = r["corpus"]
        label = _CORPUS_LABEL[corpus] if corpus in _CORPUS_LABEL else f"synthetic {int(corpus):,} articles"
        runs = len(r["runs"])
        wall = _fmt(r["wall_s"], 3 if (r["wall_s"] or 99) < 1 else 2)
        if runs > 1:
            wall += f" (best of {runs}; median {r['median_s']:.2f})"
        table.append(
            [
                label,
                r["case"],
                wall,
                _fmt(r["ratio"]) + ("x" if r["ratio"] is not None else ""),
                _fmt(r["peak_rss_mib"], 0),
                _fmt(r["cpu_s"], 1),
                "; ".join(x for x in (r["notes"], r["detail"]) if x),
            ]
        )
    return table


def markdown(data: dict[str, Any]) -> str:
    """``latest.md``: the table, the targets, the story diagnostic and the machine."""
    m = data["machine"]
    lines = [
        "# crosscheck benchmark",
        "",
        f"{'Complete run' if data['complete'] else 'Partial run (still running or stopped)'}, started "
        f"{data['started']}. Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB; Python "
        f"{m['python']}, torch {m['torch']}, sentence-transformers {m['sentence_transformers']}, spaCy "
        f"{m['spacy']}, numpy {m['numpy']}, crosscheck {m['crosscheck']} (compare/ sources sha256 "
        f"{m['code']}).",
        "",
        *(
            [
                f"**Warning: compare/ changed during the run (now {data['code_now']}); figures mix versions.**",
                "",
            ]
            if data.get("code_now") and data["code_now"] != m["code"]
            else []
        ),
        "Times are the best of the runs (noise only adds time). Ratios are to the floor on the same "
        "sentences (import sentence-transformers, load the model, encode the distinct sentences) measured "
        "in the same run; CLI start-up is compared with the bundled floor. Peak RSS is per process "
        "(`os.wait4`). NOISY: other processes used over 10 % of the machine during that run.",
        "",
        "| corpus | case | time s | ratio to floor | peak RSS MiB | CPU s | notes |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    lines += ["| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows(data)]
    if data["targets"]:
        lines += ["", "## Targets", "", "| target | measured | limit | met |", "|---|---|---|---|"]
        for t in data["targets"]:
            met = {True: "yes", False: "**no**", None: "n/a"}[t["met"]]
            lines.append(f"| {t['target']} | {t['measured']} | {t['limit']} | {met} |")
    diags = [r for r in data["results"] if r["kind"] == "diagnostic"]
    if diags:
        lines += [
            "",
            "## Story grouping (synthetic corpora)",
            "",
            "Which article pairs crosscheck compares sentence by sentence (`compare.stories.story_pairs` "
            "at the default threshold, what `compare.pipeline.prepare` aligns), against the events the "
            "corpus was built from. Stories: `compare.stories.stories`. Centroid similarity: p5 / median "
            "/ p95 over sampled article pairs. Without the cap: `story_pairs` with no limit on the "
            "neighbours of an article (`compare.stories.STORY_NEIGHBOURS`).",
            "",
            "| articles | events | stories | largest story | article pairs compared | of which same event "
            "| ideal (all same-event pairs) | without the cap (same event) "
            "| sentence pairs compared (ideal) | centroid sim same event | same type | other type |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|",
        ]
        for r in diags:
            i = r["info"]
            if "error" in i:
                lines.append(f"| {r['corpus']} | error: {i['error'][:80]} |||||||||||")
                continue
            same = i.get("article_pairs_same_event")
            uncapped = i.get("article_pairs_uncapped")
            no_cap = "" if uncapped is None else f"{uncapped:,} ({i['article_pairs_same_event_uncapped']:,})"
            lines.append(
                f"| {i['articles']:,} | {i['events']:,} | {i['stories']:,} | {i['largest_story']:,} | "
                f"{i['article_pairs']:,} | {'' if same is None else f'{same:,}'} | "
                f"{i['article_pairs_ideal']:,} | {no_cap} | "
                f"{i['sentence_pairs']:,} ({i['sentence_pairs_ideal']:,}) | "
                f"{i['centroid_sim_same_event_p5_50_95']} | {i['centroid_sim_same_type_p5_50_95']} | "
                f"{i['centroid_sim_other_type_p5_50_95']} |"
            )
    return "\n".join(lines) + "\n"


def print_table(data: dict[str, Any]) -> None:
    """The results and targets as aligned plain text on stdout."""
    header = ["corpus", "case", "time s", "ratio", "peak RSS MiB", "CPU s", "notes"]
    table = [header, *rows(data)]
    widths = [max(len(row[i]) for row in table) for i in range(len(header) - 1)]
    print()
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1])
    if data["targets"]:
        print("\nTargets")
        for t in data["targets"]:
            met = {True: "met", False: "MISSED", None: "n/a"}[t["met"]]
            print(f"  {met:<7} {t['target']}: {t['measured']} (target {t['limit']})")


def _ints(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options (see ``--help``)."""
    p = argparse.ArgumentParser(
        description="crosscheck benchmarks: time and peak memory, as ratios to the model."
    )
    p.add_argument("--sizes", type=_ints, default=[100, 1000, 5000], help="synthetic corpus sizes (articles)")
    p.add_argument("--quick", action="store_true", help="leave out sizes above 1,000 (for development)")
    p.add_argument("--out", default=str(HERE / "results"), help="folder for latest.json and latest.md")
    p.add_argument("--warm-sizes", type=_ints, default=[1000], help="sizes also run warm (default 1000)")
    p.add_argument("--peer-sizes", type=_ints, default=[1000], help="sizes the peer runs on (default 1000)")
    p.add_argument("--repeat", type=int, default=3, help="rounds of the bundled cases (best; default 3)")
    p.add_argument("--repeat-fast", type=int, default=7, help="runs of --help and sources (best; default 7)")
    p.add_argument("--seed", type=int, default=7, help="synthetic corpus seed (default 7)")
    p.add_argument("--timeout", type=float, default=4 * 3600, help="seconds before a case is killed")
    p.add_argument(
        "--max-rss-gib",
        type=float,
        default=20.0,
        help="resident GiB at which a case is killed, to keep a shared machine alive (default 20)",
    )
    p.add_argument(
        "--quiet-wait",
        type=float,
        default=600.0,
        help="before each case, wait up to this many seconds for other processes to go idle (default 600)",
    )
    p.add_argument("--no-bundled", action="store_true", help="skip the CLI and bundled-article cases")
    p.add_argument("--keep", action="store_true", help="keep the scratch folder (corpora, caches, reports)")
    p.add_argument(
        "--render-only",
        action="store_true",
        help="measure nothing: rebuild latest.md (and the targets) from latest.json in --out",
    )
    args = p.parse_args(argv)
    if args.quick:
        args.sizes = [s for s in args.sizes if s <= 1000]
    return args


def rerender(args: argparse.Namespace) -> None:
    """Rebuild ``latest.md`` and the targets from ``latest.json`` with this version of the script."""
    path = Path(args.out) / "latest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, value in data["options"].items():
        setattr(args, key, value)
    bench = Bench(args, Path(tempfile.gettempdir()))
    bench.started = data["started"]
    bench.machine_info = data["machine"]
    bench.code_now = data.get("code_now")
    floats = ("wall_s", "median_s", "cpu_s", "peak_rss_mib")
    rows: list[dict[str, Any]] = [
        {k: math.nan if v is None and k in floats else v for k, v in r.items()} for r in data["results"]
    ]
    bench.results = [Result(**row) for row in rows]
    bench.write(final=data["complete"], finished=data.get("finished"))
    print_table(json.loads(path.read_text(encoding="utf-8")))


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark and write the results."""
    args = parse_args(argv)
    if args.render_only:
        rerender(args)
        return
    tmp = Path(tempfile.mkdtemp(prefix="crosscheck-bench-"))
    bench = Bench(args, tmp)
    m = machine()
    print(
        f"crosscheck benchmark: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB; scratch {tmp}",
        flush=True,
    )
    try:
        if not args.no_bundled:
            bench.run_cli_cases()
            bench.run_bundled()
        for size in args.sizes:
            bench.run_synthetic(size)
        bench.write(final=True)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    data = json.loads((Path(args.out) / "latest.json").read_text())
    print_table(data)
    print(f"\nWrote {Path(args.out) / 'latest.json'} and {Path(args.out) / 'latest.md'}")


if __name__ == "__main__":
    main()
