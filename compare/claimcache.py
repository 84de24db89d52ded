"""Claims cached on disk next to the embedding cache, so that a warm run never loads spaCy.

A claim depends on the sentence's text, the source's publication date (weekdays and relative days are
resolved against it) and the extraction code. Each entry is keyed by the SHA-256 of

* :func:`code_fingerprint`: the source code of :mod:`compare.claims` and every ``compare`` module it
  imports, directly or not (found by reading their imports, so a new helper module is covered without
  a change here), of this module and :mod:`compare.serial`, and the versions of spaCy and the spaCy
  model package;
* the publication date (ISO 8601, or empty);
* the sentence text.

Entries are JSON written by :mod:`compare.serial` (never pickle: reading the cache executes nothing),
without the ``sentence`` field, which is attached again on reading. Changing any of that code changes
every key, so old entries are simply never read again.

:class:`ClaimExtractor` is what the pipeline passes to :func:`compare.detect.detect`: it extracts each
distinct ``(publication date, text)`` once, reads what it can from the cache and sends only the rest to
spaCy.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from compare.claims import SPACY_PACKAGE, Claim, extract_claims
from compare.records import Sentence
from compare.serial import SerialError, dumps, loads
from compare.store import SqliteStore

#: What :func:`compare.detect.detect` calls to turn sentences into claims (see :func:`extract_claims`).
Extract = Callable[[Sequence[Sentence], dict[str, date | None] | None], list[Claim]]

#: File name of the claim cache, in the same folder as the embedding cache.
CLAIM_FILE = "claims.sqlite3"

#: Besides :mod:`compare.claims` and its imports: the modules that decide how a claim is stored.
_STORAGE_MODULES = ("compare.serial", "compare.claimcache")


def _imports(module: str) -> set[str]:
    """The ``compare`` modules that ``module``'s source imports (anywhere in the file)."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return set()
    tree = ast.parse(Path(spec.origin).read_bytes())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "compare")
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] != "compare":
                continue
            found.add(node.module)
            package = importlib.util.find_spec(node.module)
            if package is not None and package.submodule_search_locations is not None:
                # ``from compare import names`` imports a module, not a name.
                found.update(
                    f"{node.module}.{a.name}"
                    for a in node.names
                    if importlib.util.find_spec(f"{node.module}.{a.name}") is not None
                )
    return found


def claim_modules() -> list[str]:
    """:mod:`compare.claims` and every ``compare`` module it depends on, sorted."""
    todo, seen = ["compare.claims"], set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(_imports(name) - seen)
    return sorted(seen)


def _dist_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "missing"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hex digest that changes whenever the extraction code or the spaCy model could change a claim."""
    digest = hashlib.sha256()
    for name in sorted(set(claim_modules()) | set(_STORAGE_MODULES)):
        spec = importlib.util.find_spec(name)
        digest.update(name.encode() + b"\0")
        if spec is not None and spec.origin is not None:
            digest.update(Path(spec.origin).read_bytes() + b"\0")
    for dist in ("spacy", SPACY_PACKAGE):
        digest.update(f"{dist}=={_dist_version(dist)}\0".encode())
    return digest.hexdigest()


def claim_key(fingerprint: str, published: date | None, text: str) -> bytes:
    """The cache key of one sentence's claim."""
    stamp = published.isoformat() if published else ""
    return hashlib.sha256(f"{fingerprint}\0{stamp}\0{text}".encode()).digest()


class ClaimCache(SqliteStore):
    """Serialised claims in one SQLite file, ``claims.sqlite3`` in ``folder``.

    Like the embedding cache, a cache that cannot be opened, read or written is switched off
    (``self.error`` says why) rather than failing the run.
    """

    def __init__(self, folder: Path) -> None:
        super().__init__(
            folder / CLAIM_FILE,
            "CREATE TABLE IF NOT EXISTS claim (key BLOB PRIMARY KEY, data TEXT NOT NULL)",
            "claim cache",
        )

    def get(self, keys: Iterable[bytes]) -> dict[bytes, str]:
        """The stored JSON of those ``keys`` that have an entry."""
        wanted = list(dict.fromkeys(keys))
        return dict(self.select_in("SELECT key, data FROM claim WHERE key IN ({marks})", [], wanted))

    def put(self, rows: Sequence[tuple[bytes, str]]) -> None:
        """Store ``(key, json)`` rows."""
        self.insert("INSERT OR REPLACE INTO claim VALUES (?, ?)", rows)


class ClaimExtractor:
    """:func:`compare.claims.extract_claims`, computing each distinct claim once, through a cache.

    Sentences with the same text and the same publication date get the same claim (with their own
    ``sentence``); only those neither seen before in the call nor in the cache reach spaCy.

    Args:
        cache: Where claims persist between runs; ``None`` keeps them for this call only.
        extract: The extraction function. Defaults to :func:`compare.claims.extract_claims`.

    Attributes:
        computed: How many claims the extraction function computed in this object's lifetime.
        error: Why caching was switched off, if it was.
    """

    def __init__(self, cache: ClaimCache | None = None, extract: Extract = extract_claims) -> None:
        self.cache = cache
        self.extract = extract
        self.computed = 0
        self._serial_error: str | None = None

    @property
    def error(self) -> str | None:
        return self._serial_error or (self.cache.error if self.cache is not None else None)

    def __call__(
        self, sentences: Sequence[Sentence], published: dict[str, date | None] | None = None
    ) -> list[Claim]:
        """One claim per sentence, in order (see :func:`compare.claims.extract_claims`)."""
        pub = published or {}
        fingerprint = code_fingerprint()
        keys = [claim_key(fingerprint, pub.get(s.source), s.text) for s in sentences]
        claims: dict[bytes, Claim] = {}
        cache = self.cache if self._serial_error is None else None
        if cache is not None:
            stored = cache.get(keys)
            for key, sentence in zip(keys, sentences, strict=True):
                if key in stored and key not in claims:
                    try:
                        claims[key] = loads(Claim, stored[key], sentence=sentence)
                    except SerialError:
                        continue  # unreadable entry: computed again below and overwritten
        todo: dict[bytes, Sentence] = {}
        for key, sentence in zip(keys, sentences, strict=True):
            if key not in claims:
                todo.setdefault(key, sentence)
        if todo:
            # Sorted by text, so that spaCy parses a text dated differently by two sources once.
            todo = dict(sorted(todo.items(), key=lambda item: item[1].text))
            fresh = self.extract(list(todo.values()), pub)
            self.computed += len(todo)
            claims.update(zip(todo, fresh, strict=True))
            if cache is not None:
                self._store(cache, [(key, claims[key]) for key in todo])
        return [_with_sentence(claims[key], s) for key, s in zip(keys, sentences, strict=True)]

    def _store(self, cache: ClaimCache, items: Sequence[tuple[bytes, Claim]]) -> None:
        try:
            rows = [(key, dumps(claim, exclude=frozenset({"sentence"}))) for key, claim in items]
        except SerialError as exc:
            self._serial_error = f"claim cache disabled (cannot store a claim: {exc})"
            return
        cache.put(rows)


def _with_sentence(claim: Claim, sentence: Sentence) -> Claim:
    return claim if claim.sentence == sentence else replace(claim, sentence=sentence)
