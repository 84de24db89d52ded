"""Cross-source sentence alignment. Pure numpy: embedding matrices in, index pairs out.

Articles from different outlets do not follow the same order, so alignment is order-free and
many-to-one: a sentence may match several sentences of another source (one sentence often packs what
another article says in two). A candidate pair ``(i, j)`` is linked when

* its cosine similarity is at least ``threshold``, and
* it is close to the best either sentence can do in the other source: ``sim[i, j] >= best_row[i] -
  margin`` or ``sim[i, j] >= best_col[j] - margin``.

The second rule keeps a sentence from linking to everything on the same topic while still allowing a
one-to-many split. Both numbers are calibrated on the gold set in ``eval/alignment_gold.jsonl`` by
``eval/align_eval.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: Rows of the left matrix compared at once; bounds peak memory to ``BLOCK x m`` floats.
BLOCK = 2048


def cosine_matrix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarities of unit-length rows.

    Args:
        a: Shape ``(n, d)``, rows L2-normalised.
        b: Shape ``(m, d)``, rows L2-normalised.

    Returns:
        Shape ``(n, m)`` float32.
    """
    return np.asarray(a @ b.T, dtype=np.float32)


def align_pair(sim: np.ndarray, threshold: float, margin: float) -> list[tuple[int, int, float]]:
    """Link rows to columns of one similarity matrix.

    Args:
        sim: Shape ``(n, m)``: similarities between the sentences of two sources.
        threshold: Minimum similarity of a link.
        margin: How far below a sentence's best match a link may be.

    Returns:
        ``(i, j, similarity)`` triples, sorted by ``(i, j)``.
    """
    if sim.size == 0:
        return []
    best_row = sim.max(axis=1)
    best_col = sim.max(axis=0)
    keep = (sim >= threshold) & ((sim >= best_row[:, None] - margin) | (sim >= best_col[None, :] - margin))
    rows, cols = np.nonzero(keep)
    return [(int(i), int(j), float(sim[i, j])) for i, j in zip(rows, cols, strict=False)]


def align_sources(
    embeddings: Sequence[np.ndarray],
    threshold: float,
    margin: float,
    pairs: Sequence[tuple[int, int]] | None = None,
) -> list[tuple[int, int, int, int, float]]:
    """Align every pair of sources (or the given pairs).

    Args:
        embeddings: One ``(n_k, d)`` matrix per source.
        threshold: See :func:`align_pair`.
        margin: See :func:`align_pair`.
        pairs: Source index pairs ``(a, b)`` with ``a < b`` to compare. Defaults to all pairs.

    Returns:
        ``(a, i, b, j, similarity)``: sentence ``i`` of source ``a`` is linked to sentence ``j`` of
        source ``b``.
    """
    n = len(embeddings)
    todo = pairs if pairs is not None else [(a, b) for a in range(n) for b in range(a + 1, n)]
    links: list[tuple[int, int, int, int, float]] = []
    for a, b in todo:
        ea, eb = embeddings[a], embeddings[b]
        if len(ea) == 0 or len(eb) == 0:
            continue
        if len(ea) <= BLOCK:
            found = align_pair(cosine_matrix(ea, eb), threshold, margin)
        else:
            found = _align_blocked(ea, eb, threshold, margin)
        links.extend((a, i, b, j, s) for i, j, s in found)
    return links


def _align_blocked(
    ea: np.ndarray, eb: np.ndarray, threshold: float, margin: float
) -> list[tuple[int, int, float]]:
    """:func:`align_pair` for a very long source, in row blocks (two passes: column maxima first)."""
    best_col = np.full(len(eb), -np.inf, dtype=np.float32)
    for start in range(0, len(ea), BLOCK):
        best_col = np.maximum(best_col, cosine_matrix(ea[start : start + BLOCK], eb).max(axis=0))
    out: list[tuple[int, int, float]] = []
    for start in range(0, len(ea), BLOCK):
        sim = cosine_matrix(ea[start : start + BLOCK], eb)
        best_row = sim.max(axis=1)
        keep = (sim >= threshold) & (
            (sim >= best_row[:, None] - margin) | (sim >= best_col[None, :] - margin)
        )
        rows, cols = np.nonzero(keep)
        out.extend((int(i) + start, int(j), float(sim[i, j])) for i, j in zip(rows, cols, strict=False))
    return out


def claim_groups(
    n_nodes: int,
    edges: Sequence[tuple[int, int, float]],
    vectors: np.ndarray,
    owner: Sequence[int],
    min_mean: float,
    max_per_owner: int = 2,
) -> list[list[int]]:
    """Group linked sentences without chaining: greedy average-linkage over the links.

    Links are merged strongest first; two groups join only if the mean similarity between their
    members from different sources stays at least ``min_mean`` and no source contributes more than
    ``max_per_owner`` sentences. Connected components would chain a whole single-topic corpus into one
    group; this keeps a group to one thing several sources say.

    Args:
        n_nodes: Number of sentences.
        edges: ``(u, v, similarity)`` links.
        vectors: Shape ``(n_nodes, d)``, unit rows.
        owner: Source index of each node.
        min_mean: Minimum average cross-source similarity inside a group.
        max_per_owner: Most sentences one source may have in a group.

    Returns:
        Groups of two or more nodes, each sorted, ordered by their smallest node.
    """
    members: dict[int, list[int]] = {}
    where = list(range(n_nodes))
    owners = np.asarray(owner)
    for u, v, _ in sorted(edges, key=lambda e: -e[2]):
        gu, gv = where[u], where[v]
        if gu == gv:
            continue
        a, b = members.get(gu, [u]), members.get(gv, [v])
        union = a + b
        counts: dict[int, int] = {}
        for node in union:
            counts[owner[node]] = counts.get(owner[node], 0) + 1
        if max(counts.values()) > max_per_owner:
            continue
        sims = vectors[a] @ vectors[b].T
        # Row-major, like the pairs (i, j) themselves: the same floats in the same order as a loop.
        cross = sims[owners[a][:, None] != owners[b][None, :]]
        if cross.size and float(np.mean(cross)) < min_mean:
            continue
        members[gu] = union
        members.pop(gv, None)
        for node in b:
            where[node] = gu
    return sorted((sorted(m) for m in members.values() if len(m) > 1), key=lambda m: m[0])


def connected_groups(n_nodes: int, edges: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Connected components of an undirected graph (union-find), each sorted, singletons left out.

    Args:
        n_nodes: Number of nodes, numbered ``0 .. n_nodes - 1``.
        edges: Node index pairs.

    Returns:
        Components of two or more nodes, ordered by their smallest node.
    """
    parent = list(range(n_nodes))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[max(ru, rv)] = min(ru, rv)
    comps: dict[int, list[int]] = {}
    for node in range(n_nodes):
        comps.setdefault(find(node), []).append(node)
    return sorted((c for c in comps.values() if len(c) > 1), key=lambda c: c[0])
