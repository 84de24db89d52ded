"""One SQLite file for a cache: opened on first use, switched off (not fatal) when it fails.

Both caches (:class:`compare.embedding.EmbeddingCache`, :class:`compare.claimcache.ClaimCache`) only ever
save time, so a file that cannot be created, read or written turns the cache off for the rest of the
run, with ``error`` saying why, instead of failing the run.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

#: Most ``?`` parameters in one ``IN (...)`` query.
CHUNK = 500


class SqliteStore:
    """A lazily opened SQLite database with one schema.

    Args:
        path: The database file; its folder is created on first use.
        schema: ``CREATE TABLE IF NOT EXISTS`` statement(s) run when the file is opened.
        name: How errors name the cache ("embedding cache").
    """

    def __init__(self, path: Path, schema: str, name: str) -> None:
        self.path = path
        self.schema = schema
        self.name = name
        self.error: str | None = None
        self._db: sqlite3.Connection | None = None

    def _conn(self) -> sqlite3.Connection | None:
        if self._db is None and self.error is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=30)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(self.schema)
                self._db = db
            except (OSError, sqlite3.Error) as exc:
                self.error = f"{self.name} disabled ({self.path}: {exc})"
        return self._db

    def select_in(self, sql: str, fixed: Sequence[Any], keys: Sequence[Any]) -> Iterable[tuple[Any, ...]]:
        """Rows of ``sql`` (which ends in ``IN ({marks})``) for ``keys``, in chunks; none once switched off.

        Args:
            sql: A query with a ``{marks}`` placeholder for the ``?`` list.
            fixed: Parameters before the keys.
            keys: The values of the ``IN`` list.
        """
        db = self._conn()
        if db is None:
            return []
        rows: list[tuple[Any, ...]] = []
        try:
            for start in range(0, len(keys), CHUNK):
                chunk = list(keys[start : start + CHUNK])
                rows.extend(db.execute(sql.format(marks=",".join("?" * len(chunk))), [*fixed, *chunk]))
        except sqlite3.Error as exc:
            self.error = f"{self.name} disabled ({exc})"
            return []
        return rows

    def insert(self, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """Run ``sql`` for every row, in one transaction."""
        db = self._conn()
        if db is None or not rows:
            return
        try:
            with db:
                db.executemany(sql, rows)
        except sqlite3.Error as exc:
            self.error = f"{self.name} disabled ({exc})"

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
