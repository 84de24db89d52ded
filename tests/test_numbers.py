from __future__ import annotations

import math

import pytest

from compare.numbers import parse_value


@pytest.mark.parametrize(
    ("text", "point", "unit", "hedge"),
    [
        ("ten years", 10, "year", "exact"),
        ("two decades", 20, "year", "exact"),
        ("20-year", 20, "year", "exact"),
        ("$4.8 billion", 4.8e9, "USD", "exact"),
        ("95 percent", 95, "%", "exact"),
        ("95%", 95, "%", "exact"),
        ("425 feet", 129.54, "m", "exact"),
        ("about 100 metres", 100, "m", "approx"),
        ("two dozen", 24, "", "exact"),
        ("at least 24", 24, "", "min"),
        ("more than 200", 200, "", "min"),
        ("up to 3,000", 3000, "", "max"),
        ("nearly 300", 300, "", "near"),
        ("two and a half years", 2.5, "year", "exact"),
        ("113F", 45, "°C", "exact"),
        ("1.2bn dollars", 1.2e9, "USD", "exact"),
        ("€1.1 billion", 1.1e9, "EUR", "exact"),
    ],
)
def test_parse_value(text: str, point: float, unit: str, hedge: str) -> None:
    v = parse_value(text)
    assert v is not None
    assert math.isclose(v.point, point, rel_tol=1e-3)
    assert (v.unit, v.hedge) == (unit, hedge)


def test_bounds() -> None:
    at_least = parse_value("at least 24")
    assert at_least and at_least.low == 24 and math.isinf(at_least.high)
    rng = parse_value("between 30 and 40")
    assert rng and (rng.low, rng.high, rng.hedge) == (30, 40, "range")
    vague = parse_value("hundreds")
    assert vague and vague.vague and vague.low == 200


def test_no_number() -> None:
    assert parse_value("the treaty") is None


def test_vague_magnitudes_have_both_bounds() -> None:
    hundreds = parse_value("Hundreds")
    tens_of_thousands = parse_value("Tens of thousands")
    assert hundreds is not None and tens_of_thousands is not None
    assert hundreds.low == 200 and hundreds.high == 1000
    assert tens_of_thousands.low == 20000 and tens_of_thousands.high == 100000
    assert hundreds.high < tens_of_thousands.low


@pytest.mark.parametrize(
    ("text", "suffix", "dimension", "low", "high"),
    [
        ("one-third", "full", "percent", 29.3, 37.4),
        ("more than half", "", "percent", 50.0, math.inf),
        ("nearly three-quarters", "of voters", "percent", 63.7, 75.0),
        ("half", "a percentage point", "points", 0.5, 0.5),
    ],
)
def test_word_fractions(text: str, suffix: str, dimension: str, low: float, high: float) -> None:
    v = parse_value(text, "", suffix)
    assert v is not None and v.dimension == dimension
    assert v.low == pytest.approx(low, abs=0.1) and v.high == pytest.approx(high, abs=0.1)


def test_money_with_a_letter_multiplier() -> None:
    from compare.numbers import parse_value

    for text, point in (("€46m", 46e6), ("£2.3m", 2.3e6), ("$5k", 5e3), ("US$3.4bn", 3.4e9)):
        value = parse_value(text)
        assert value is not None and value.dimension == "money" and abs(value.point - point) < 1
    value = parse_value("46m")
    assert value is not None and value.dimension == "length"


def test_a_decade_and_basis_points() -> None:
    from compare.numbers import parse_value

    decade = parse_value("a decade")
    assert decade is not None and decade.dimension == "duration" and decade.point == 10
    half = parse_value("a year and a half")
    assert half is not None and half.point == 1.5
    bp = parse_value("50 basis points")
    quarter = parse_value("a quarter of a percentage point")
    assert bp is not None and quarter is not None and bp.unit == quarter.unit == "pp"
    assert abs(bp.point - 0.5) < 1e-9 and abs(quarter.point - 0.25) < 1e-9


def test_money_per_unit_is_a_price() -> None:
    from compare.numbers import parse_value

    share = parse_value("$86", "", "per share, a premium")
    assert share is not None and share.unit == "USD/share" and share.dimension == "money rate"
    barrel = parse_value("$40", "", "a barrel on Monday")
    assert barrel is not None and barrel.unit == "USD/barrel"
    deal = parse_value("$3 billion", "", "a big deal")
    assert deal is not None and deal.unit == "USD" and deal.dimension == "money"


def test_a_hedge_before_a_number_word_and_the_longest_hedge_win() -> None:
    nearly = parse_value("nearly a year")
    assert nearly is not None and nearly.hedge == "near" and nearly.low < 11 / 12 <= nearly.high
    just_over = parse_value("just over a hundred")
    assert just_over is not None and just_over.hedge == "approx" and just_over.high < 150
    not_more = parse_value("not more than 30")
    assert not_more is not None and not_more.hedge == "max"


def test_temperatures_in_both_scales_and_below_zero() -> None:
    c, f = parse_value("46 degrees Celsius"), parse_value("115 degrees Fahrenheit")
    assert c is not None and f is not None and abs(c.point - f.point) < 0.5
    assert c.dimension == f.dimension == "temperature"
    cold_c, cold_f = parse_value("minus 40 degrees Celsius"), parse_value("minus 40 degrees Fahrenheit")
    assert cold_c is not None and cold_f is not None and cold_c.point == cold_f.point == -40


def test_other_countries_dollars_a_rate_after_the_figure_and_rainfall_depth() -> None:
    wage = parse_value("A$24.10 an hour")
    assert wage is not None and wage.unit == "AUD/hour" and wage.point == 24.10
    hk = parse_value("HK$40 million")
    assert hk is not None and hk.unit == "HKD" and hk.point == 40e6
    us = parse_value("US$5 million")
    assert us is not None and us.unit == "USD"
    about = parse_value("about NZ$12 million")
    assert about is not None and about.unit == "NZD" and about.hedge == "approx"
    rain = parse_value("180", "nearly", "litres per square metre fell")
    mm = parse_value("180mm")
    assert rain is not None and mm is not None and rain.dimension == mm.dimension == "length"
    assert abs(rain.point - mm.point) < 1e-9


def test_a_figure_exceeded_is_a_lower_bound() -> None:
    v = parse_value("60%", "Attendance exceeded")
    assert v is not None and v.hedge == "min" and v.low == 60


def test_pounds_are_sterling_with_a_multiplier_or_a_payment_and_a_weight_of_goods() -> None:
    deal = parse_value("1.6 billion pounds")
    assert deal is not None and deal.unit == "GBP" and deal.point == 1.6e9
    fine = parse_value("120,000 pounds", "the utility to pay")
    assert fine is not None and fine.unit == "GBP"
    beef = parse_value("2 million pounds", "recalled", "of ground beef")
    assert beef is not None and beef.dimension == "mass"
    bear = parse_value("300 pounds", "the bear weighed")
    assert bear is not None and bear.dimension == "mass"


def test_a_sum_a_year_earlier_is_no_rate_per_year() -> None:
    v = parse_value("$980 million", suffix="a year earlier and ahead of forecasts")
    assert v is not None and v.dimension == "money"
    rate = parse_value("$2 billion", suffix="a year in subsidies")
    assert rate is not None and rate.dimension == "money rate"
    span = parse_value("a fortnight")
    assert span is not None and span.dimension == "duration" and round(span.point * 365.25) == 14
