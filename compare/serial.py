"""Frozen dataclasses to JSON-ready data and back, driven by their type annotations.

Used by the claim cache (:mod:`compare.claimcache`): a claim is stored as plain JSON, never pickled, so
that reading the cache can never execute anything. The conversion follows each field's annotation, so a
field added to :class:`~compare.claims.Claim`, :class:`~compare.claims.Quantity` or
:class:`~compare.numbers.Value` works without a change here, as long as its type is one of:

* ``str``, ``int``, ``float`` (``inf`` and ``nan`` included), ``bool``, ``None``;
* ``datetime.date`` and ``datetime.datetime`` (ISO 8601 strings);
* ``tuple[X, ...]``, ``tuple[X, Y]``, ``list[X]``, ``frozenset[X]``, ``set[X]``, ``dict[str, X]``;
* ``X | None``, ``Literal[...]``;
* another dataclass made of these.

Anything else raises :class:`SerialError` (when writing and when reading), so an unsupported field is
noticed at once instead of being stored in a form that would not read back.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from functools import cache
from typing import Any, Literal, TypeVar, Union

T = TypeVar("T")


class SerialError(TypeError):
    """A value that does not match its annotation, or an annotation this module cannot convert."""


@cache
def _hints(cls: type) -> dict[str, Any]:
    """Resolved annotations of the init fields of dataclass ``cls``, in field order."""
    try:
        hints = typing.get_type_hints(cls)
    except (NameError, TypeError) as exc:
        raise SerialError(f"cannot resolve the annotations of {cls.__qualname__}: {exc}") from exc
    return {f.name: hints[f.name] for f in dataclasses.fields(cls) if f.init}


def to_data(obj: Any, exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A dataclass instance as a JSON-ready dict.

    Args:
        obj: A dataclass instance whose fields have supported types.
        exclude: Top-level fields to leave out (the caller supplies them again to :func:`from_data`).

    Raises:
        SerialError: A field's type is not supported, or its value does not match its annotation.
    """
    cls = type(obj)
    if not dataclasses.is_dataclass(cls):
        raise SerialError(f"{cls.__qualname__} is not a dataclass")
    return {
        name: _convert(tp, getattr(obj, name), f"{cls.__qualname__}.{name}", True)
        for name, tp in _hints(cls).items()
        if name not in exclude
    }


def from_data(cls: type[T], data: Any, **given: Any) -> T:
    """Rebuild a dataclass from :func:`to_data`'s output.

    Args:
        cls: The dataclass.
        data: The dict :func:`to_data` returned (possibly after a JSON round trip).
        **given: Values for the fields that were excluded when writing.

    Raises:
        SerialError: ``data`` does not have exactly the fields of ``cls`` (less ``given``), or a value
            does not fit its annotation.
    """
    if not dataclasses.is_dataclass(cls):
        raise SerialError(f"{cls.__qualname__} is not a dataclass")
    return typing.cast(T, _build(cls, data, cls.__qualname__, given))


def dumps(obj: Any, exclude: frozenset[str] = frozenset()) -> str:
    """:func:`to_data` as a compact JSON string."""
    return json.dumps(to_data(obj, exclude), separators=(",", ":"), ensure_ascii=False)


def loads(cls: type[T], text: str, **given: Any) -> T:
    """:func:`from_data` of a JSON string.

    Raises:
        SerialError: The text is not JSON, or not what :func:`dumps` writes for ``cls``.
    """
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise SerialError(f"not JSON: {exc}") from exc
    return from_data(cls, data, **given)


def _optional(tp: Any) -> Any | None:
    """``X`` for ``X | None``; ``None`` for other types."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0]
        raise SerialError(f"unions other than X | None are not supported: {tp}")
    return None


def _convert(tp: Any, value: Any, where: str, write: bool) -> Any:
    """``value`` of type ``tp`` to JSON-ready data (``write``), or such data back to ``tp``."""
    inner = _optional(tp)
    if inner is not None:
        return None if value is None else _convert(inner, value, where, write)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is Literal:
        if value not in args:
            raise SerialError(f"{where}: {value!r} is not one of {args}")
        return value
    if origin is tuple:
        _check(value, tuple if write else list, where)
        items = [args[0]] * len(value) if len(args) == 2 and args[1] is Ellipsis else list(args)
        if len(items) != len(value):
            raise SerialError(f"{where}: expected {len(items)} items, got {len(value)}")
        out = [_convert(a, v, where, write) for a, v in zip(items, value, strict=True)]
        return out if write else tuple(out)
    if origin in (frozenset, set, list):
        _check(value, (frozenset, set) if write and origin is not list else list, where)
        out = [_convert(args[0], v, where, write) for v in value]
        if origin is list:
            return out
        # A stable order, so that equal sets give equal text.
        return sorted(out, key=lambda x: json.dumps(x, sort_keys=True)) if write else origin(out)
    if origin is dict:
        _check(value, dict, where)
        if args[0] is not str:
            raise SerialError(f"{where}: only str dictionary keys are supported")
        return {_str(k, where): _convert(args[1], v, where, write) for k, v in value.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if write:
            _check(value, tp, where)
            return to_data(value)
        return _build(tp, value, where, {})
    if tp is datetime or tp is date:
        if write:
            if type(value) is not tp:
                raise SerialError(f"{where}: expected {tp.__name__}, got {type(value).__name__}")
            return value.isoformat()
        try:
            return tp.fromisoformat(_str(value, where))
        except ValueError as exc:
            raise SerialError(f"{where}: {exc}") from exc
    return _scalar(tp, value, where)


def _build(cls: type, data: Any, where: str, given: dict[str, Any]) -> Any:
    """Dataclass ``cls`` from its fields' data plus the ``given`` values."""
    _check(data, dict, where)
    hints = _hints(cls)
    expected = set(hints) - set(given)
    if set(data) != expected:
        missing, extra = sorted(expected - set(data)), sorted(set(data) - expected)
        raise SerialError(f"{where}: fields differ (missing {missing}, unexpected {extra})")
    values = {name: _convert(hints[name], data[name], f"{where}.{name}", False) for name in expected}
    return cls(**values, **given)


def _scalar(tp: Any, value: Any, where: str) -> Any:
    """A ``bool``, ``int``, ``float``, ``str`` or ``None``: the same checks when writing and reading."""
    if tp is bool:
        _check(value, bool, where)
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SerialError(f"{where}: expected int, got {type(value).__name__}")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise SerialError(f"{where}: expected float, got {type(value).__name__}")
        return float(value)
    if tp is str:
        return _str(value, where)
    if tp is type(None) or tp is None:
        if value is not None:
            raise SerialError(f"{where}: expected None")
        return None
    raise SerialError(f"{where}: type {tp} is not supported")


def _check(value: Any, kind: type | tuple[type, ...], where: str) -> None:
    if not isinstance(value, kind):
        raise SerialError(f"{where}: expected {kind}, got {type(value).__name__}")


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise SerialError(f"{where}: expected str, got {type(value).__name__}")
    return value
