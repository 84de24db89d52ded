"""Run ``crosscheck`` exactly as its console script does, and record which heavy modules got imported.

``python benchmarks/run_cli.py ARGS...`` is ``crosscheck ARGS...`` (the installed console script is
``sys.exit(compare.cli.main())``) plus an exit hook that writes, to the file named by
``$BENCH_MODULES_OUT``, which of :data:`WATCHED` ended up in ``sys.modules``. The hook costs a few
microseconds at exit; nothing else is added, so that ``--help`` timings stay honest. Only the standard
library is imported before the command runs.
"""

from __future__ import annotations

import atexit
import os
import sys

#: Modules whose import the targets forbid or that explain a slow start.
WATCHED = ("torch", "sentence_transformers", "transformers", "spacy", "thinc", "sklearn", "scipy", "numpy")


def _record() -> None:
    path = os.environ.get("BENCH_MODULES_OUT")
    if path:
        loaded = sorted(name for name in WATCHED if name in sys.modules)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(",".join(loaded))


if __name__ == "__main__":
    atexit.register(_record)
    from compare.cli import main

    sys.argv[0] = "crosscheck"
    main(sys.argv[1:])
