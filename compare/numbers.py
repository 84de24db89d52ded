"""Numbers, hedges and units in news text, normalised for comparison.

spaCy finds the spans (``CARDINAL``, ``QUANTITY``, ``MONEY``, ``PERCENT`` and duration ``DATE`` entities);
this module reads their value. quantulum3 was measured on the same job and not used: it reads "1:39 pm"
as 39 picometres and "two dozen" as 2, ignores hedges ("at least", "up to"), and its unit classifier no
longer loads with current scikit-learn.

Values become intervals ``[low, high]`` in a canonical unit, so that a hedge is a bound: "at least 24" is
``[24, inf)`` and is compatible with 33, not with 19.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

WORD_VALUES: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a": 1, "an": 1, "single": 1, "couple": 2, "pair": 2, "half": 0.5, "quarter": 0.25,
    "dozen": 12, "score": 20,
}  # fmt: skip
MULTIPLIERS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "dozen": 12,
}  # fmt: skip
# Words just before a figure in "pounds" that make it money rather than weight.
_MONEY_CUE = re.compile(
    r"\b(?:pa(?:y|id|ys|ying)|fined?|fines|cost(?:s|ing)?|worth|pric\w+|sp[ea]nd\w*|spent|sold|sell\w*|bought|"
    r"buy\w*|earn\w*|owe[sd]?|owing|award\w*|compensation|damages|salary|bill|budget|valued?|bonus|raised?|"
    r"rais\w+|donat\w+|invest\w*|lent|lend\w*|loan\w*|charg\w+|brib\w+|kickbacks?|ransom|fees?|grants?)\b",
    re.I,
)
_LARGE_MULTIPLIERS = {"million", "billion", "trillion", "m", "mn", "mln", "bn", "tn"}
# Plural multipliers without a number are vague magnitudes: "hundreds" = 200 to 999.
VAGUE_PLURALS: dict[str, float] = {
    "dozens": 24,
    "hundreds": 200,
    "thousands": 2000,
    "millions": 2e6,
    "billions": 2e9,
}

HEDGES: tuple[tuple[str, str], ...] = (
    ("no fewer than", "min"), ("no less than", "min"), ("at least", "min"), ("more than", "min"),
    ("upwards of", "min"), ("in excess of", "min"), ("over", "min"), ("above", "min"), ("exceeding", "min"),
    ("exceeded", "min"), ("exceeds", "min"), ("surpassed", "min"), ("topped", "min"),
    ("at most", "max"), ("no more than", "max"), ("fewer than", "max"), ("less than", "max"),
    ("up to", "max"), ("as many as", "max"), ("as much as", "max"), ("as high as", "max"), ("under", "max"), ("below", "max"), ("not more than", "max"),
    ("nearly", "near"), ("almost", "near"), ("close to", "near"), ("just under", "near"), ("just shy of", "near"),
    ("about", "approx"), ("around", "approx"), ("approximately", "approx"), ("roughly", "approx"),
    ("some", "approx"), ("an estimated", "approx"), ("estimated", "approx"), ("nearly", "near"),
    ("circa", "approx"), ("approx.", "approx"), ("~", "approx"), ("just over", "approx"), ("some", "approx"),
)  # fmt: skip


_BELOW_ZERO = re.compile(r"(?:\bminus\s+|(?<![\w.])[-−]\s?)(?=\d)")
_LONGEST_FIRST = sorted(HEDGES, key=lambda h: -len(h[0]))


@dataclass(frozen=True)
class Unit:
    """A unit and how to bring it to its dimension's canonical unit (``value * factor + offset``)."""

    name: str
    dimension: str
    factor: float = 1.0
    offset: float = 0.0


_U = Unit
UNITS: dict[str, Unit] = {
    # duration, canonical: year
    "year": _U("year", "duration"), "years": _U("year", "duration"), "yr": _U("year", "duration"),
    "decade": _U("year", "duration", 10), "decades": _U("year", "duration", 10),
    "century": _U("year", "duration", 100), "centuries": _U("year", "duration", 100),
    "month": _U("year", "duration", 1 / 12), "months": _U("year", "duration", 1 / 12),
    "week": _U("year", "duration", 7 / 365.25), "weeks": _U("year", "duration", 7 / 365.25),
    "fortnight": _U("year", "duration", 14 / 365.25), "fortnights": _U("year", "duration", 14 / 365.25),
    "day": _U("year", "duration", 1 / 365.25), "days": _U("year", "duration", 1 / 365.25),
    "hour": _U("year", "duration", 1 / 8766), "hours": _U("year", "duration", 1 / 8766),
    "minute": _U("year", "duration", 1 / 525960), "minutes": _U("year", "duration", 1 / 525960),
    # length, canonical: metre
    "metre": _U("m", "length"), "metres": _U("m", "length"), "meter": _U("m", "length"),
    "meters": _U("m", "length"), "m": _U("m", "length"),
    "kilometre": _U("m", "length", 1000), "kilometres": _U("m", "length", 1000),
    "kilometer": _U("m", "length", 1000), "kilometers": _U("m", "length", 1000), "km": _U("m", "length", 1000),
    "centimetre": _U("m", "length", 0.01), "centimetres": _U("m", "length", 0.01), "cm": _U("m", "length", 0.01),
    # rainfall: a litre of water on a square metre stands one millimetre deep
    "litres per square metre": _U("m", "length", 0.001), "liters per square meter": _U("m", "length", 0.001),
    "l/m2": _U("m", "length", 0.001), "l/m²": _U("m", "length", 0.001),
    "millimetre": _U("m", "length", 0.001), "millimetres": _U("m", "length", 0.001), "mm": _U("m", "length", 0.001),
    "foot": _U("m", "length", 0.3048), "feet": _U("m", "length", 0.3048), "ft": _U("m", "length", 0.3048),
    "inch": _U("m", "length", 0.0254), "inches": _U("m", "length", 0.0254),
    "yard": _U("m", "length", 0.9144), "yards": _U("m", "length", 0.9144),
    "mile": _U("m", "length", 1609.344), "miles": _U("m", "length", 1609.344),
    "nautical": _U("m", "length", 1852),
    # mass, canonical: kilogram
    "kilogram": _U("kg", "mass"), "kilograms": _U("kg", "mass"), "kg": _U("kg", "mass"),
    "gram": _U("kg", "mass", 0.001), "grams": _U("kg", "mass", 0.001), "g": _U("kg", "mass", 0.001),
    "tonne": _U("kg", "mass", 1000), "tonnes": _U("kg", "mass", 1000), "ton": _U("kg", "mass", 1000),
    "tons": _U("kg", "mass", 1000), "t": _U("kg", "mass", 1000),
    "pound": _U("kg", "mass", 0.45359), "pounds": _U("kg", "mass", 0.45359), "lb": _U("kg", "mass", 0.45359),
    "lbs": _U("kg", "mass", 0.45359),
    # area, canonical: square metre
    "hectare": _U("m2", "area", 1e4), "hectares": _U("m2", "area", 1e4), "ha": _U("m2", "area", 1e4),
    "acre": _U("m2", "area", 4046.86), "acres": _U("m2", "area", 4046.86),
    "km2": _U("m2", "area", 1e6), "sq km": _U("m2", "area", 1e6), "square kilometres": _U("m2", "area", 1e6),
    "square kilometers": _U("m2", "area", 1e6), "square miles": _U("m2", "area", 2.59e6),
    "square mile": _U("m2", "area", 2.59e6), "square metres": _U("m2", "area"), "square meters": _U("m2", "area"),
    # speed, canonical: km/h
    "mph": _U("km/h", "speed", 1.609344), "km/h": _U("km/h", "speed"), "kph": _U("km/h", "speed"),
    "kmh": _U("km/h", "speed"), "knots": _U("km/h", "speed", 1.852), "knot": _U("km/h", "speed", 1.852),
    # temperature, canonical: Celsius
    "°c": _U("°C", "temperature"), "celsius": _U("°C", "temperature"), "c": _U("°C", "temperature"),
    "°f": _U("°C", "temperature", 5 / 9, -32 * 5 / 9), "fahrenheit": _U("°C", "temperature", 5 / 9, -32 * 5 / 9),
    "f": _U("°C", "temperature", 5 / 9, -32 * 5 / 9),
    "degrees celsius": _U("°C", "temperature"), "degree celsius": _U("°C", "temperature"),
    "degrees centigrade": _U("°C", "temperature"), "degrees c": _U("°C", "temperature"),
    "degrees fahrenheit": _U("°C", "temperature", 5 / 9, -32 * 5 / 9),
    "degree fahrenheit": _U("°C", "temperature", 5 / 9, -32 * 5 / 9),
    "degrees f": _U("°C", "temperature", 5 / 9, -32 * 5 / 9),
    # shares
    "percent": _U("%", "percent"), "per cent": _U("%", "percent"), "%": _U("%", "percent"),
    "percentage points": _U("pp", "points"), "percentage point": _U("pp", "points"), "points": _U("pt", "points"),
    "basis points": _U("pp", "points", 0.01), "basis point": _U("pp", "points", 0.01), "bps": _U("pp", "points", 0.01),
    "bp": _U("pp", "points", 0.01),
}  # fmt: skip
# Every word of a unit's name ("litres per square metre": litre, square, metre), singular and plural.
UNIT_WORDS = frozenset(w for key in UNITS for w in key.split()) | frozenset(
    w.rstrip("s") for key in UNITS for w in key.split()
)
CURRENCIES: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "sterling": "GBP",
    "¥": "JPY", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "rial": "IRR", "rials": "IRR",
    "franc": "CHF", "francs": "CHF", "won": "KRW", "lira": "TRY", "naira": "NGN", "rand": "ZAR",
}  # fmt: skip

# Dollars of other countries, written before the figure ("NZ$23.65", "A$1.2bn", "HK$40"); plain "$" is the US's.
_DOLLARS = {None: "USD", "us": "USD", "nz": "NZD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD",
            "s": "SGD", "sg": "SGD"}  # fmt: skip
_DOLLAR_COUNTRIES = "|".join(sorted((k for k in _DOLLARS if k), key=len, reverse=True))
_DOLLAR_PREFIX = re.compile(rf"(?<![a-z])({_DOLLAR_COUNTRIES})?\$")
_NUM = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)")
# "a decade", "a year": lengths of time written with an article
_SPANS = {"decade", "century", "year", "month", "week", "fortnight", "day", "hour", "minute"}
_MONEY_SUFFIX = re.compile(r"(\d)(m|mn|k|b)\b", re.IGNORECASE)
_SUFFIX_WORDS = {"m": "million", "mn": "million", "k": "thousand", "b": "billion"}
_TOKEN = re.compile(r"[$€£¥]|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z°%]+(?:/[a-z]+)?")
_RANGE = re.compile(r"(?:between\s+)?(?P<a>[\d.,]+)\s*(?:-|–|—|to|and)\s*(?P<b>[\d.,]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Value:
    """A parsed amount.

    Attributes:
        low: Lower bound in the canonical unit.
        high: Upper bound (``inf`` for "at least").
        unit: Canonical unit (``year``, ``m``, ``kg``, ``USD``, ``%``, ...) or ``""`` for a count.
        dimension: ``count``, ``duration``, ``length``, ``mass``, ``area``, ``speed``, ``temperature``,
            ``money``, ``percent`` or ``points``.
        hedge: ``exact``, ``approx``, ``near``, ``min``, ``max`` or ``range``.
        point: The amount as written, in the canonical unit (the midpoint for a range).
        vague: True for "hundreds", "dozens": a lower bound, not a figure.
    """

    low: float
    high: float
    unit: str
    dimension: str
    hedge: str
    point: float
    vague: bool = False

    def as_json(self) -> dict[str, object]:
        if self.dimension == "score":
            return {
                "score": [int(self.point) // 1000, int(self.point) % 1000],
                "unit": "score",
                "hedge": "exact",
            }
        data: dict[str, object] = {
            "amount": _clean(self.point),
            "unit": self.unit or "count",
            "hedge": self.hedge,
        }
        if self.hedge != "exact":
            data["range"] = [_clean(self.low), None if math.isinf(self.high) else _clean(self.high)]
        return data


def _clean(x: float) -> float | int:
    if math.isinf(x) or math.isnan(x):
        return x
    r = round(x, 4)
    return int(r) if r == int(r) and abs(r) < 1e15 else r


_DIGITS = re.compile(r"\d+(?:\.\d+)?|\.\d+")


def _number_token(tok: str) -> float | None:
    t = tok.lower().replace(",", "")
    # Only digits: float() would also accept "nan", "inf" and "1e309", which are words in an article.
    if _DIGITS.fullmatch(t):
        return float(t)
    return WORD_VALUES.get(t)


def parse_amount(words: list[str]) -> tuple[float | None, int]:
    """Read a number at the start of ``words`` ("4.8 billion", "two dozen", "twenty-five", "1.2bn").

    Returns:
        ``(value, words used)``; ``(None, 0)`` when ``words`` does not start with a number.
    """
    total = 0.0
    current: float | None = None
    used = 0
    for i, raw in enumerate(words):
        w = raw.lower().strip(",")
        parts = w.split("-") if "-" in w and not w.startswith("-") else [w]
        if len(parts) == 2 and all(p in WORD_VALUES for p in parts) and parts[0] not in ("a", "an"):
            val: float | None = WORD_VALUES[parts[0]] + WORD_VALUES[parts[1]]
        else:
            m = re.fullmatch(r"(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)", w)
            if m and current is None:
                return float(m.group(1)) * MULTIPLIERS[m.group(2)], i + 1
            val = _number_token(w) if w not in ("a", "an") or i + 1 < len(words) else None
        if w in ("and",) and current is not None and i + 1 < len(words):
            nxt = words[i + 1].lower()
            if nxt in ("a", "half") or nxt in WORD_VALUES:
                used = i + 1
                continue
        if w in MULTIPLIERS and w not in ("m", "b", "k") and current is not None:
            mult = MULTIPLIERS[w]
            if mult >= 1000:
                total += current * mult
                current = None
            else:
                current *= mult
            used = i + 1
            continue
        if val is None:
            break
        if w in ("a", "an"):
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            if nxt not in MULTIPLIERS and nxt not in ("half", "quarter", "dozen", "couple", "score"):
                break
        if w == "half" and current is not None:
            current += 0.5
        elif current is not None and val < current and current >= 20:
            current += val  # "twenty five" written without hyphen
        elif current is not None and w not in ("a", "an"):
            break
        else:
            current = val if current is None else current * val
        used = i + 1
    if current is None and total == 0.0:
        return None, 0
    return total + (current or 0.0), used


def _hedge_of(prefix: str) -> str:
    p = " ".join(prefix.lower().split())
    for cue, hedge in _LONGEST_FIRST:  # "just over" before "over", "not more than" before "more than"
        if p.endswith(cue):
            return hedge
    return "exact"


def _is_round(x: float) -> bool:
    if x == 0:
        return False
    mag = 10 ** max(int(math.log10(abs(x))), 0)
    return x >= 100 and (x / mag) == int(x / mag)


def interval(point: float, hedge: str, precision: float) -> tuple[float, float]:
    """The interval a hedged value allows. ``precision`` is the written value's last-digit step."""
    if hedge == "min":
        return point, math.inf
    if hedge == "max":
        return -math.inf if point > 0 else point, point
    if hedge == "near":
        return point * 0.85, point
    if hedge == "approx":
        return point * 0.88, point * 1.12
    if hedge == "vague":  # "hundreds" (point 200) is 200-999; "tens of thousands" is 20,000-99,999
        return point, point * 5
    half = precision / 2
    return point - half, point + half


def parse_value(text: str, prefix: str = "", suffix: str = "") -> Value | None:
    """Parse a quantity span.

    Args:
        text: The span, e.g. "at least 24", "$4.8 billion", "ten years", "two decades", "425 feet".
        prefix: A few words before the span (hedges spaCy left outside the entity).
        suffix: A few words after the span (units spaCy left outside, e.g. "feet" after "425").

    Returns:
        The value, or None when the span holds no number.
    """
    low_text = text.lower()
    hedge = _hedge_of(prefix + " " + _leading_words(low_text))
    fraction = _fraction(low_text, prefix, suffix.lower())
    if fraction is not None:
        return fraction
    dollar = _DOLLAR_PREFIX.search(low_text)
    currency = (
        _DOLLARS[dollar.group(1)]
        if dollar
        else next((CURRENCIES[c] for c in ("$", "€", "£", "¥") if c in low_text), None)
    )
    if currency:  # "£2.3m", "€46m", "$5k": after a currency sign a letter stuck to the number is a multiplier
        text = _MONEY_SUFFIX.sub(lambda m: f"{m.group(1)} {_SUFFIX_WORDS[m.group(2).lower()]}", text)
    raw = tokens = _TOKEN.findall(text.replace("-", " "))
    tokens = [
        "1"
        if t.lower() in ("a", "an")
        and not any(_number_token(x) is not None for x in tokens[:i])  # "NZ$23.65 an hour": a rate
        and i + 1 < len(tokens)
        and tokens[i + 1].lower() in _SPANS
        and tokens[i + 2 : i + 3] != ["and"]  # "a year and a half" is read whole below
        else t
        for i, t in enumerate(tokens)
    ]
    start = next((i for i, t in enumerate(tokens) if parse_amount(tokens[i:])[0] is not None and
                  not (t.lower() in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].lower() not in MULTIPLIERS
                       and tokens[i + 1].lower() not in ("half", "quarter", "dozen", "couple")
                       and tokens[i + 1].lower() not in _SPANS)), None)  # fmt: skip
    vague = False
    if hedge == "exact" and start:  # "nearly a year", "almost two decades": the hedge before a number word
        hedge = _hedge_of(prefix + " " + " ".join(raw[:start]))
    if start is None:
        plural = next((VAGUE_PLURALS[t.lower()] for t in tokens if t.lower() in VAGUE_PLURALS), None)
        if plural is None:
            return None
        at = next(i for i, t in enumerate(tokens) if t.lower() in VAGUE_PLURALS)
        # "tens of thousands", "hundreds of thousands": the magnitude word before "of" scales it.
        if at >= 2 and tokens[at - 1].lower() == "of" and tokens[at - 2].lower() in ("tens", "hundreds"):
            plural *= 10 if tokens[at - 2].lower() == "tens" else 100
            at -= 2
        amount, used, start, vague, hedge = plural, 1, at, True, "vague"
    else:
        parsed, used = parse_amount(tokens[start:])
        assert parsed is not None
        amount = parsed
    rest = [t.lower() for t in tokens[start + used :]] + suffix.lower().replace("-", " ").split()[:4]
    range_match = _RANGE.search(text)
    high_amount: float | None = None
    if range_match and hedge == "exact":
        a, b = _number_token(range_match.group("a")), _number_token(range_match.group("b"))
        if (
            a is not None
            and b is not None
            and a < b
            and "and" not in range_match.group(0).lower().split()[1:2]
        ) or (a is not None and b is not None and a < b and low_text.lstrip().startswith("between")):
            high_amount, hedge = b, "range"
    written = tokens[start] if start < len(tokens) else ""
    if len(rest) >= 2 and rest[0] in _SPAN_WORDS and rest[1] in UNITS and not _ORDINAL.match(written):
        rest = rest[1:]  # "two full days", "three straight years" (not "a third straight year")
    unit = _unit_of(rest, currency)
    if (
        unit is not None
        and rest[:1] == ["pounds"]
        and rest[1:2] != ["of"]
        and (
            any(t.lower() in _LARGE_MULTIPLIERS for t in tokens[start : start + used])
            or _MONEY_CUE.search(prefix)
        )
    ):
        # "1.6 billion pounds", "ordered to pay 120,000 pounds": sterling; "2 million pounds of beef" a weight
        unit = Unit("GBP", "money")
    precision = _precision(written, amount)
    factor, offset = (unit.factor, unit.offset) if unit else (1.0, 0.0)
    if unit is not None and unit.dimension == "temperature" and _BELOW_ZERO.search(f"{prefix} {low_text}"):
        amount, high_amount = -amount, None if high_amount is None else -high_amount  # "minus 40 degrees"
    point = amount * factor + offset
    if hedge == "range" and high_amount is not None:
        mult = amount / (_number_token(written) or amount) if _number_token(written) else 1.0
        low, high = point, high_amount * mult * factor + offset
        point = (low + high) / 2
    else:
        if hedge == "exact" and _is_round(amount) and unit is None:
            hedge = "exact"
        low, high = interval(point, hedge, precision * factor)
    if unit is None and currency:
        unit = Unit(currency, "money")
    if unit is not None and unit.dimension == "money":
        per = _per(rest)
        if per:  # "$86 per share", "$2bn a year": a price or a rate, not a sum
            unit = Unit(f"{unit.name}/{per}", "money rate", unit.factor, unit.offset)
    return Value(
        low=min(low, high),
        high=max(low, high),
        unit=unit.name if unit else "",
        dimension=unit.dimension if unit else "count",
        hedge=hedge,
        point=point,
        vague=vague,
    )


_RATE_NOUNS = {
    "share", "year", "month", "week", "day", "hour", "night", "barrel", "litre", "liter", "gallon", "tonne", "ton",
    "kilo", "kilogram", "kg", "pound", "ounce", "head", "person", "unit", "seat", "ticket", "passenger", "megawatt",
    "mwh", "kwh", "dose", "pack", "bottle", "vote",
}  # fmt: skip


_AGO = {"earlier", "ago", "before", "previously"}


def _per(rest: list[str]) -> str | None:
    """The unit a money amount is counted per ("per share", "a barrel", "an hour"), singular."""
    words = [w.strip(",.;:()") for w in rest[:3]]
    for i, w in enumerate(words[:2]):
        if w in ("per", "a", "an", "each") and i + 1 < len(words) and words[i + 1].isalpha():
            noun = words[i + 1]
            if w in ("a", "an", "each") and (i > 0 or noun not in _RATE_NOUNS):
                return None
            if i + 2 < len(words) and words[i + 2] in _AGO:
                return None  # "$980 million a year earlier": the figure then, not a sum per year
            return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        if w not in MULTIPLIERS and w not in ("million", "billion", "thousand", "trillion"):
            return None
    return None


_FRACTION = re.compile(
    r"(?:^|\s)(?:(?P<num>a|an|one|two|three|four)[\s-]+)?(?P<den>half|halves|thirds?|quarters?|fifths?)\b(?P<rest>.*)$"
)
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
}
_NUMERATORS = {None: 1, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _fraction(text: str, prefix: str, suffix: str) -> Value | None:
    """A word fraction: "one-third" (of voters), "three-quarters", "half" -> a share in percent, as an
    approximation (a writer rounds to a fraction); "half a percentage point" -> 0.5 points; "half an hour"
    and other units -> the fraction of that unit. A hedge before it ("more than half") bounds it. None when
    the text is not a fraction."""
    flat = text.replace("-", " ")
    m = _FRACTION.search(flat)
    if m is None or re.search(r"\d", text):
        return None
    if re.search(r"\b(and|one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b", flat[: m.start()]):
        return None  # "two and a half years": a mixed number, parsed as such elsewhere
    if m.group("num") is None and re.search(
        r"\b(first|second|third|fourth|last|final|latter|former|opening|closing|back|front)\s*$",
        (prefix + " " + flat[: m.start()]).lower(),
    ):
        return None  # "the first half" of a year or match, "the last quarter": a period, not a share
    share = _NUMERATORS[m.group("num")] / _DENOMINATORS[m.group("den")]
    hedge = _hedge_of(prefix + " " + flat[: m.start()])
    rest = (m.group("rest") + " " + suffix).replace("-", " ").split()
    rest = [w for w in rest if w not in ("of", "a", "an", "the")]
    unit = _unit_of(rest, None)
    if unit is not None and unit.dimension != "percent":
        point, name, dimension = share * unit.factor + unit.offset, unit.name, unit.dimension
    else:
        point, name, dimension = share * 100, "%", "percent"
        hedge = "approx" if hedge == "exact" else hedge
    low, high = interval(point, hedge, 0.0)
    return Value(low, high, name, dimension, hedge, point)


def _leading_words(text: str) -> str:
    """The words before the first digit, without a currency sign ("about $14 million": "about")."""
    m = re.match(r"^\D*", text)
    return re.sub(rf"\s*(?:\b(?:{_DOLLAR_COUNTRIES}))?[$€£¥₹]\s*$", "", m.group(0)) if m else ""


def _precision(written: str, amount: float) -> float:
    """The step of the last written digit, scaled to the amount (``4.8 billion`` -> 0.1 billion)."""
    w = written.replace(",", "")
    base = _number_token(w)
    if base is None or base == 0:
        return 0.0
    scale = amount / base
    if "." in w:
        return 10 ** -len(w.split(".")[1]) * scale
    # A written integer ("a dozen", "5 million") is exact; a rounded figure is judged by the caller.
    return 0.0


_ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.I
)
_SPAN_WORDS = {"full", "whole", "entire", "straight", "consecutive", "successive", "long", "solid", "more", "further",
               "additional", "extra", "clear"}  # fmt: skip


def _unit_of(rest: list[str], currency: str | None) -> Unit | None:
    if currency:
        return Unit(currency, "money")
    for n in (4, 2, 1):
        if len(rest) >= n:
            key = " ".join(rest[:n])
            if key in UNITS:
                return UNITS[key]
            if key in CURRENCIES:
                return Unit(CURRENCIES[key], "money")
    return None


def score_value(winner: int, loser: int) -> Value:
    """A match result ("28-24"), the larger tally first, as one exact figure: two results agree only
    when both tallies do."""
    point = float(winner * 1000 + loser)
    return Value(point, point, "score", "score", "exact", point)
