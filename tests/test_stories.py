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
