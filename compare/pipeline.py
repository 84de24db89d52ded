"""The one module that knows the order of the stages.

sources -> sentences -> embeddings (cached) -> stories -> alignment -> claim groups -> claims ->
findings and unique claims -> :class:`~compare.records.Report`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from compare import __version__, gazetteer
from compare.alignment import align_sources, claim_groups
from compare.byline import with_byline
from compare.config import Settings, default_cache_dir
from compare.embedding import CachedEncoder, EmbeddingCache, Encoder, SentenceTransformerEncoder
from compare.errors import UsageError
from compare.records import Document, Group, Link, Pair, Report, Sentence, Source, Statement
from compare.sentences import split_document
from compare.stories import story_pairs

if TYPE_CHECKING:
    from compare.claimcache import ClaimExtractor

#: Called with a stage name, work done and work total; the CLI draws it on a TTY.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Prepared:
    """Sources split, embedded and aligned: the input of detection.

    Attributes:
        documents: One per source, in input order.
        embeddings: One ``(n_sentences, dim)`` matrix per document.
        links: Aligned sentence pairs across sources.
        groups: Claim groups built from the links.
        computed: How many sentences the model embedded in this run (0 when all came from the cache).
    """

    documents: tuple[Document, ...]
    embeddings: tuple[np.ndarray, ...]
    links: tuple[Link, ...]
    groups: tuple[Group, ...]
    computed: int


def _cache_folder(settings: Settings) -> Path:
    return default_cache_dir() if settings.cache_dir is None else Path(settings.cache_dir)


def make_encoder(settings: Settings) -> Encoder:
    """The encoder the settings ask for: sentence-transformers, wrapped in the cache unless disabled."""
    base = SentenceTransformerEncoder(settings.model, batch_size=settings.batch_size)
    if not settings.cache:
        return base
    return CachedEncoder(base, EmbeddingCache(_cache_folder(settings)))


def make_extractor(settings: Settings) -> ClaimExtractor:
    """Claim extraction as the settings ask for it: through the claim cache unless disabled.

    Either way each distinct sentence (text and publication date) is extracted once per run.
    """
    from compare.claimcache import ClaimCache, ClaimExtractor

    return ClaimExtractor(ClaimCache(_cache_folder(settings)) if settings.cache else None)


def _embed(documents: Sequence[Document], encoder: Encoder, progress: Progress | None) -> list[np.ndarray]:
    texts = [s.text for d in documents for s in d.sentences]
    step = None if progress is None else (lambda done, total: progress("embedding sentences", done, total))
    matrix = encoder.encode(texts, step)
    out: list[np.ndarray] = []
    pos = 0
    for doc in documents:
        out.append(matrix[pos : pos + len(doc.sentences)])
        pos += len(doc.sentences)
    return out


def _label(sentence: Sentence, limit: int = 80) -> str:
    text = " ".join(sentence.text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _groups(
    documents: Sequence[Document], embeddings: Sequence[np.ndarray], links: Sequence[Link], min_mean: float
) -> tuple[Group, ...]:
    index: dict[tuple[str, int], int] = {}
    nodes: list[Sentence] = []
    owner: list[int] = []
    for k, doc in enumerate(documents):
        for s in doc.sentences:
            index[(s.source, s.index)] = len(nodes)
            nodes.append(s)
            owner.append(k)
    if not nodes:
        return ()
    vectors = np.vstack([e for e in embeddings if len(e)])
    edges = [
        (index[(lk.a.source, lk.a.index)], index[(lk.b.source, lk.b.index)], lk.similarity) for lk in links
    ]
    groups: list[Group] = []
    for n, comp in enumerate(claim_groups(len(nodes), edges, vectors, owner, min_mean), start=1):
        sub = vectors[comp] @ vectors[comp].T
        central = comp[int(np.argmax(sub.sum(axis=1)))]
        groups.append(Group(f"g{n}", tuple(nodes[k] for k in comp), _label(nodes[central])))
    return tuple(groups)


def prepare(
    sources: Sequence[Source],
    settings: Settings | None = None,
    encoder: Encoder | None = None,
    progress: Progress | None = None,
) -> Prepared:
    """Split, embed and align sources.

    Args:
        sources: At least one source.
        settings: Defaults to :class:`Settings()`.
        encoder: Defaults to the settings' model with the on-disk cache (see :func:`make_encoder`).
        progress: Optional progress callback.
    """
    settings = settings or Settings()
    gazetteer.prebuild(on_disk=settings.cache, folder=_cache_folder(settings))
    documents = tuple(split_document(with_byline(s)) for s in sources)
    encoder = encoder or make_encoder(settings)
    before = getattr(encoder, "computed", None)
    embeddings = _embed(documents, encoder, progress)
    computed = (
        (getattr(encoder, "computed", 0) - (before or 0)) if before is not None else sum(map(len, embeddings))
    )
    pairs = story_pairs(embeddings, settings.story_threshold)
    raw = align_sources(embeddings, settings.align_threshold, settings.align_margin, pairs)
    links = tuple(
        Link(documents[a].sentences[i], documents[b].sentences[j], round(sim, 4)) for a, i, b, j, sim in raw
    )
    groups = _groups(documents, embeddings, links, settings.align_threshold)
    return Prepared(documents, tuple(embeddings), links, groups, computed)


def _settings_record(settings: Settings, encoder: Encoder | None) -> dict[str, object]:
    record: dict[str, object] = {"version": __version__, **settings.as_dict()}
    if encoder is not None:
        record["model_identity"] = encoder.identity
    return record


def compare_sources(
    sources: Sequence[Source],
    settings: Settings | None = None,
    encoder: Encoder | None = None,
    progress: Progress | None = None,
    timestamp: bool = True,
) -> Report:
    """Compare two or more sources: the discrepancy report.

    Args:
        sources: Two or more sources.
        settings: Defaults to :class:`Settings()`.
        encoder: Defaults to the settings' model with the on-disk cache.
        progress: Optional progress callback.
        timestamp: Record when the report was generated. Defaults to True.

    Raises:
        UsageError: Fewer than two sources.
    """
    if len(sources) < 2:
        raise UsageError(f"a report needs at least two sources, got {len(sources)}")
    from compare.detect import detect

    settings = settings or Settings()
    encoder = encoder or make_encoder(settings)
    prepared = prepare(sources, settings, encoder, progress)
    extractor = make_extractor(settings)
    findings, unique = detect(prepared, settings, extractor, progress)
    return Report(
        settings=_settings_record(settings, encoder),
        documents=prepared.documents,
        findings=findings,
        unique=unique,
        groups=prepared.groups,
        generated=_now() if timestamp else None,
        warnings=_warnings(encoder, extractor),
    )


def diff_sources(
    a: Source,
    b: Source,
    settings: Settings | None = None,
    encoder: Encoder | None = None,
    progress: Progress | None = None,
    timestamp: bool = True,
) -> Report:
    """Compare exactly two sources: aligned pairs, what only each says, and the findings.

    Each aligned pair's ``relation`` is ``conflicts`` when a finding quotes both sentences, ``differs``
    when their extracted values differ without a finding, and ``same`` otherwise.
    """
    from compare.detect import detect, relation

    settings = settings or Settings()
    encoder = encoder or make_encoder(settings)
    # Two articles are always compared with each other, whatever their overall similarity.
    prepared = prepare([a, b], _with(settings, story_threshold=-1.0), encoder, progress)
    extractor = make_extractor(settings)
    findings, unique = detect(prepared, settings, extractor, progress)
    disputed = {(st.source, st.sentence) for f in findings if not f.internal for st in f.statements}
    pairs = tuple(
        Pair(
            Statement.of(lk.a),
            Statement.of(lk.b),
            lk.similarity,
            relation(lk, (lk.a.source, lk.a.index) in disputed and (lk.b.source, lk.b.index) in disputed),
        )
        for lk in sorted(prepared.links, key=lambda lk: (lk.a.index, lk.b.index))
    )
    linked = {(s.source, s.index) for lk in prepared.links for s in (lk.a, lk.b)}
    only = {
        doc.source.id: tuple(Statement.of(s) for s in doc.sentences if (s.source, s.index) not in linked)
        for doc in prepared.documents
    }
    return Report(
        settings=_settings_record(settings, encoder),
        documents=prepared.documents,
        findings=findings,
        unique=unique,
        groups=prepared.groups,
        pairs=pairs,
        only=only,
        generated=_now() if timestamp else None,
        warnings=_warnings(encoder, extractor),
    )


def _with(settings: Settings, **changes: object) -> Settings:
    from dataclasses import replace

    return replace(settings, **changes)  # type: ignore[arg-type]


def _warnings(encoder: Encoder, extractor: ClaimExtractor) -> tuple[str, ...]:
    errors = (getattr(getattr(encoder, "cache", None), "error", None), extractor.error)
    return tuple(e for e in errors if e)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
