from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

import pytest

from compare.serial import SerialError, dumps, from_data, loads, to_data


@dataclass(frozen=True)
class Inner:
    low: float
    high: float
    unit: str = ""


@dataclass(frozen=True)
class Outer:
    name: str
    count: int
    flag: bool
    when: date | None
    stamp: datetime
    kind: Literal["a", "b"]
    parts: tuple[Inner, ...]
    pair: tuple[int, str]
    tags: frozenset[str]
    names: list[str]
    extra: dict[str, float] = field(default_factory=dict)
    maybe: Inner | None = None


def _outer() -> Outer:
    return Outer(
        name="Ünïcode – “quotes”",
        count=3,
        flag=True,
        when=date(2025, 3, 15),
        stamp=datetime(2025, 3, 15, 13, 39),
        kind="b",
        parts=(Inner(24.0, math.inf, "people"), Inner(-1.5, 2)),
        pair=(7, "x"),
        tags=frozenset({"military", "alliance"}),
        names=["a", "b"],
        extra={"k": 0.25},
        maybe=Inner(1, 1),
    )


def test_round_trip_of_every_supported_type() -> None:
    obj = _outer()
    text = dumps(obj)
    assert loads(Outer, text) == obj
    assert (
        loads(Outer, dumps(Outer("", 0, False, None, obj.stamp, "a", (), (0, ""), frozenset(), []))).when
        is None
    )


def test_equal_sets_give_equal_text() -> None:
    a = Outer("n", 1, False, None, datetime(2020, 1, 1), "a", (), (0, ""), frozenset(["x", "y", "z"]), [])
    b = Outer("n", 1, False, None, datetime(2020, 1, 1), "a", (), (0, ""), frozenset(["z", "y", "x"]), [])
    assert dumps(a) == dumps(b)


def test_excluded_field_is_supplied_on_reading() -> None:
    data = to_data(Inner(1.0, 2.0, "km"), exclude=frozenset({"unit"}))
    assert data == {"low": 1.0, "high": 2.0}
    assert from_data(Inner, data, unit="mile") == Inner(1.0, 2.0, "mile")
    with pytest.raises(SerialError, match="missing"):
        from_data(Inner, data)


def test_output_is_plain_json() -> None:
    data = json.loads(dumps(_outer()))
    assert data["when"] == "2025-03-15" and data["tags"] == ["alliance", "military"]
    assert data["parts"][0] == {"low": 24.0, "high": math.inf, "unit": "people"}


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        '{"low": 1.0, "high": 2.0}',  # a field missing
        '{"low": 1.0, "high": 2.0, "unit": "", "new": 1}',  # a field the class does not have
        '{"low": "1", "high": 2.0, "unit": ""}',  # wrong type
        '{"low": true, "high": 2.0, "unit": ""}',  # a bool is not a number here
        "[1, 2, 3]",
    ],
)
def test_bad_data_is_refused(text: str) -> None:
    with pytest.raises(SerialError):
        loads(Inner, text)


def test_literal_and_date_values_are_checked() -> None:
    good = json.loads(dumps(_outer()))
    with pytest.raises(SerialError, match="not one of"):
        from_data(Outer, {**good, "kind": "c"})
    with pytest.raises(SerialError):
        from_data(Outer, {**good, "when": "15 March"})


def test_unsupported_types_fail_on_writing() -> None:
    @dataclass(frozen=True)
    class Odd:
        value: object

    @dataclass(frozen=True)
    class Either:
        value: int | str

    with pytest.raises(SerialError, match="not supported"):
        dumps(Odd(1))
    with pytest.raises(SerialError, match="unions"):
        dumps(Either(1))


def test_value_not_matching_its_annotation_fails_on_writing() -> None:
    with pytest.raises(SerialError):
        dumps(Inner("1", 2.0))  # type: ignore[arg-type]
