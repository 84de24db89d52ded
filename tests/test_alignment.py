from __future__ import annotations

import numpy as np
import pytest

from compare.alignment import align_pair, align_sources, claim_groups, connected_groups


def _unit(rows: list[list[float]]) -> np.ndarray:
    m = np.array(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_align_pair_is_order_free_and_many_to_one() -> None:
    sim = np.array([[0.9, 0.1, 0.2], [0.1, 0.2, 0.8], [0.1, 0.85, 0.2], [0.1, 0.2, 0.78]])
    links = align_pair(sim, threshold=0.5, margin=0.05)
    assert {(i, j) for i, j, _ in links} == {(0, 0), (1, 2), (2, 1), (3, 2)}


def test_threshold_and_margin() -> None:
    sim = np.array([[0.7, 0.6], [0.3, 0.4]])
    assert {(i, j) for i, j, _ in align_pair(sim, 0.5, 0.05)} == {(0, 0), (0, 1)}
    assert {(i, j) for i, j, _ in align_pair(sim, 0.65, 0.05)} == {(0, 0)}
    assert {(i, j) for i, j, _ in align_pair(sim, 0.5, 0.0)} == {(0, 0), (0, 1)}


def test_align_sources_only_given_pairs() -> None:
    a = _unit([[1, 0, 0], [0, 1, 0]])
    b = _unit([[1, 0.1, 0]])
    c = _unit([[0, 1, 0.1]])
    links = align_sources([a, b, c], 0.5, 0.1, pairs=[(0, 1)])
    assert [(x, i, y, j) for x, i, y, j, _ in links] == [(0, 0, 1, 0)]
    assert len(align_sources([a, b, c], 0.5, 0.1)) == 2


def test_blocked_alignment_matches_dense(monkeypatch) -> None:
    rng = np.random.default_rng(0)
    a = _unit(rng.normal(size=(50, 8)).tolist())
    b = _unit(rng.normal(size=(40, 8)).tolist())
    dense = align_sources([a, b], 0.3, 0.05)
    monkeypatch.setattr("compare.alignment.BLOCK", 7)
    blocked = align_sources([a, b], 0.3, 0.05)
    # the same links; a block's matrix product may differ from the whole one in the last float32 bit
    assert [link[:4] for link in blocked] == [link[:4] for link in dense]
    assert [link[4] for link in blocked] == pytest.approx([link[4] for link in dense], abs=1e-6)


def test_claim_groups_do_not_chain() -> None:
    # A chain 0-1-2-3 across sources where the ends are unrelated.
    vec = _unit([[1, 0, 0], [0.8, 0.6, 0], [0.3, 0.95, 0], [0, 1, 0.1]])
    edges = [(0, 1, 0.8), (1, 2, 0.75), (2, 3, 0.95)]
    owner = [0, 1, 2, 3]
    assert connected_groups(4, [(u, v) for u, v, _ in edges]) == [[0, 1, 2, 3]]
    groups = claim_groups(4, edges, vec, owner, min_mean=0.7)
    assert [0, 1, 2, 3] not in groups and [2, 3] in groups


def test_claim_groups_limit_per_source() -> None:
    vec = _unit([[1, 0], [1, 0.01], [1, 0.02]])
    groups = claim_groups(3, [(0, 1, 0.99), (0, 2, 0.99)], vec, [0, 1, 1], min_mean=0.5, max_per_owner=1)
    assert groups == [[0, 1]] or groups == [[0, 2]]
