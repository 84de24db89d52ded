from __future__ import annotations

import numpy as np

from compare.stories import stories, story_pairs


def _docs(*directions: list[float]) -> list[np.ndarray]:
    out = []
    for d in directions:
        v = np.array(d, dtype=np.float32)
        out.append(np.vstack([v / np.linalg.norm(v)] * 3))
    return out


def test_unrelated_articles_are_not_compared() -> None:
    docs = _docs([1, 0, 0], [0.95, 0.1, 0], [0, 0, 1])
    assert story_pairs(docs, 0.6) == [(0, 1)]
    assert story_pairs(docs, -2) == [(0, 1), (0, 2), (1, 2)]


def test_pairs_do_not_chain() -> None:
    # a ~ b and b ~ c, but a and c are far apart: only the direct pairs are compared.
    docs = _docs([1, 0, 0], [0.7, 0.7, 0], [0, 1, 0])
    assert story_pairs(docs, 0.6) == [(0, 1), (1, 2)]
    assert stories(docs, 0.6) == [[0, 1, 2]]


def test_each_article_is_compared_with_its_nearest_only() -> None:
    rng = np.random.default_rng(0)
    base = rng.normal(size=16)
    # 40 articles on one topic, each a small perturbation: all centroids are above the threshold.
    docs = [np.vstack([base + rng.normal(scale=0.3, size=16)] * 2) for _ in range(40)]
    docs = [d / np.linalg.norm(d, axis=1, keepdims=True) for d in docs]
    everything = story_pairs(docs, 0.6, neighbours=100)
    assert len(everything) == 40 * 39 // 2
    capped = story_pairs(docs, 0.6, neighbours=5)
    assert 40 * 5 // 2 <= len(capped) <= 40 * 5 and set(capped) <= set(everything)
    cents = np.vstack([d.mean(axis=0) / np.linalg.norm(d.mean(axis=0)) for d in docs])
    sim = cents @ cents.T
    np.fill_diagonal(sim, -np.inf)
    for a in range(40):
        nearest = {int(b) for b in np.argsort(-sim[a])[:5]}
        assert all((min(a, b), max(a, b)) in capped for b in nearest)
    # Small inputs are unaffected by the cap.
    assert story_pairs(_docs([1, 0, 0], [0.95, 0.1, 0], [0, 0, 1]), 0.6, neighbours=1) == [(0, 1)]
