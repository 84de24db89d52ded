"""Frozen dataclasses passed between the pipeline's stages.

Offsets are character offsets into a source's normalised text (Unicode NFC, ``\\n`` line endings), end
exclusive, so that ``source.text[s.start:s.end] == s.text`` holds for every sentence and statement.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["quantity", "date", "entity", "polarity", "status", "attribution", "other"]
Severity = Literal["high", "medium", "low"]
Relation = Literal["same", "differs", "conflicts"]

KINDS: tuple[Kind, ...] = ("quantity", "date", "entity", "polarity", "status", "attribution", "other")
SEVERITIES: tuple[Severity, ...] = ("high", "medium", "low")


@dataclass(frozen=True)
class Source:
    """One article, read and normalised.

    Attributes:
        id: The file name without extension; unique within a run.
        path: Where it was read from (``-`` for standard input).
        text: The normalised article text every offset refers to.
        title: Headline from metadata, or the first heading line when there is none.
        outlet: Publisher, when known.
        published: ISO date (``YYYY-MM-DD``) when known.
        url: Original address, when known. Never fetched.
        encoding: The byte encoding the text was decoded from.
        format: ``txt``, ``md``, ``html``, ``json``, ``jsonl`` or ``stdin``.
    """

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    encoding: str | None = None
    format: str = "txt"


@dataclass(frozen=True)
class Sentence:
    """A sentence (or heading line) of a source, with exact offsets.

    Attributes:
        source: Id of the source it belongs to.
        index: Position within the source, from 0.
        start: Offset of the first character in the source text.
        end: Offset one past the last character.
        text: ``source.text[start:end]``.
        heading: True for headline and sub-heading lines (short, no final punctuation).
    """

    source: str
    index: int
    start: int
    end: int
    text: str
    heading: bool = False


@dataclass(frozen=True)
class Document:
    """A source with its sentences."""

    source: Source
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Link:
    """Two sentences from different sources that speak about the same thing.

    Attributes:
        a: The sentence from the source that comes first in input order.
        b: The sentence from the other source.
        similarity: Cosine similarity of their embeddings, in [-1, 1].
    """

    a: Sentence
    b: Sentence
    similarity: float


@dataclass(frozen=True)
class Group:
    """A claim group: sentences from several sources about one thing.

    Attributes:
        id: Stable id within a report (``g1``, ``g2``, ...).
        members: The sentences, in input order of their sources.
        label: A short human label (the most central sentence, shortened).
    """

    id: str
    members: tuple[Sentence, ...]
    label: str


@dataclass(frozen=True)
class Statement:
    """A sentence quoted as evidence, with the value in dispute when there is one."""

    source: str
    sentence: int
    start: int
    end: int
    text: str
    value: str | None = None
    normalized: Any = None

    @classmethod
    def of(cls, sentence: Sentence, value: str | None = None, normalized: Any = None) -> Statement:
        return cls(
            sentence.source, sentence.index, sentence.start, sentence.end, sentence.text, value, normalized
        )


@dataclass(frozen=True)
class Finding:
    """A disagreement between statements, typed, scored and explained."""

    id: str
    kind: Kind
    topic: str
    severity: Severity
    score: float
    explanation: str
    statements: tuple[Statement, ...]
    internal: bool = False
    group: str | None = None


@dataclass(frozen=True)
class Pair:
    """``diff`` only: an aligned pair of sentences and how they relate."""

    a: Statement
    b: Statement
    similarity: float
    relation: Relation


@dataclass(frozen=True)
class Report:
    """The result of ``report`` or ``diff``: everything every renderer needs.

    Attributes:
        settings: Tool version, model and thresholds: enough to reproduce the run.
        documents: The sources compared, with their sentences.
        findings: Disagreements, most important first.
        unique: Check-worthy statements no other source makes.
        groups: Claim groups (which sources speak about what).
        pairs: ``diff`` only: aligned pairs.
        only: ``diff`` only: sentences without a counterpart, by source id.
        generated: ISO timestamp of the run, or None when left out for reproducible output.
    """

    settings: Mapping[str, Any]
    documents: tuple[Document, ...]
    findings: tuple[Finding, ...]
    unique: tuple[Statement, ...]
    groups: tuple[Group, ...] = ()
    pairs: tuple[Pair, ...] | None = None
    only: Mapping[str, tuple[Statement, ...]] | None = None
    generated: str | None = None
    warnings: tuple[str, ...] = field(default=())
