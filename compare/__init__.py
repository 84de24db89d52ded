"""crosscheck: find where news sources disagree.

The library is the product; the ``crosscheck`` command is a thin layer over it::

    from compare import load_sources, compare_sources
    report = compare_sources(load_sources(["sources/"]))
    for finding in report.findings:
        print(finding.severity, finding.topic, finding.explanation)

Nothing here imports torch, spaCy or sentence-transformers: the heavy libraries load on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"

from compare.config import Settings
from compare.errors import (
    CompareError,
    InputError,
    ModelError,
    OutputError,
    UsageError,
)
from compare.pipeline import compare_sources, diff_sources, prepare
from compare.records import (
    Document,
    Finding,
    Group,
    Link,
    Pair,
    Report,
    Sentence,
    Source,
    Statement,
)
from compare.sources import load_sources

__all__ = [
    "CompareError",
    "Document",
    "Finding",
    "Group",
    "InputError",
    "Link",
    "ModelError",
    "OutputError",
    "Pair",
    "Report",
    "Sentence",
    "Settings",
    "Source",
    "Statement",
    "UsageError",
    "__version__",
    "compare_sources",
    "diff_sources",
    "load_sources",
    "prepare",
]
