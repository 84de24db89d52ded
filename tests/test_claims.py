from __future__ import annotations

from datetime import date

import pytest

from compare.claims import extract_claim
from compare.records import Sentence


def claim(text: str, published: date | None = None):
    return extract_claim(Sentence("s", 0, 0, len(text), text), published)


def test_quantities_with_what_they_count() -> None:
    c = claim("At least 24 people were killed and the agreement comprises 47 articles.")
    got = {(q.text, q.head, q.value.hedge) for q in c.quantities}
    assert ("At least 24", "people", "min") in got
    assert any(q.head == "article" and q.value.point == 47 for q in c.quantities)


def test_duration_in_words_is_a_quantity_not_a_date() -> None:
    c = claim("Initially set for a duration of ten years, this treaty has been extended twice.")
    (q,) = [q for q in c.quantities if q.value.dimension == "duration"][:1]
    assert q.value.point == 10 and "initially" in q.markers
    assert not c.dates


def test_weekday_in_a_list_is_not_a_date() -> None:
    assert claim("Monday, defense and security cooperation.").dates == ()
    c = claim("The leaders will sign the pact on Friday.", date(2025, 1, 15))
    assert [d.resolved for d in c.dates] == [date(2025, 1, 17)]


def test_date_resolution_and_clock() -> None:
    c = claim("The vote took place at 1:39 pm on January 17, 2025.")
    assert any(d.resolved == date(2025, 1, 17) for d in c.dates)
    assert any(d.minutes == 13 * 60 + 39 for d in c.dates)


def test_years_are_not_quantities() -> None:
    c = claim("The new agreement replaces a 2001 framework that has been periodically renewed.")
    assert c.quantities == ()
    assert "2001" in c.markers


@pytest.mark.parametrize(
    ("text", "focus_word"),
    [
        ("The Iranian foreign minister said it is not a treaty for a military alliance.", "alliance"),
        ("The deal stops short of a mutual defence clause.", "clause"),
        ("The pact omits a mutual defence clause.", "clause"),
        ("No injuries were reported after the blast.", "injury"),
    ],
)
def test_negation_and_its_focus(text: str, focus_word: str) -> None:
    c = claim(text)
    assert c.negations and any(focus_word in n.focus for n in c.negations)


def test_status_done_vs_expected() -> None:
    assert claim("Putin and Pezeshkian signed the treaty in Moscow.").status == "done"
    assert claim("Russia and Iran are set to sign a partnership agreement on Friday.").status == "expected"
    assert claim("The treaty is expected to be signed next week.").status == "expected"


def test_people_roles_and_name_keys() -> None:
    c = claim("Iranian President Masoud Pezeshkian met Russian Foreign Minister Sergei Lavrov.")
    roles = {p.key: p.role for p in c.people}
    assert roles.get("masud peseshkian") == "president"
    assert roles.get("serge lavrov") == "foreign minister"


def test_attribution() -> None:
    c = claim("The treaty will run for 20 years, according to Ambassador Kazem Jalali.")
    assert any("Jalali" in s.text for s in c.speakers)


@pytest.mark.parametrize(
    "text", ["", " ", "1234567890" * 20, "\x00\x01", "((((", "€€€ 1/2/3 ....", "a" * 5000]
)
def test_extraction_never_raises(text: str) -> None:
    claim(text)


def test_a_decade_with_an_apostrophe_is_no_figure_and_no_century() -> None:
    for text in (
        "Sales peaked in the late '90s and again in 2008.",
        "Sales peaked in the ’90s, the firm said.",
    ):
        claim = extract_claim(Sentence("A", 0, 0, len(text), text), None)
        assert not any("90" in q.text for q in claim.quantities)
        assert all(d.year_from is None or d.year_from >= 1000 for d in claim.dates)


def test_a_causal_due_to_is_no_plan_and_a_timetable_looks_ahead() -> None:
    assert claim("The bridge is due to open to traffic in March, the council said.").status in (
        "expected",
        "pending",
    )
    caused = claim(
        "The hour-long delay was due to a power failure at the signal box, the rail operator said."
    )
    assert caused.status not in ("expected", "pending")
    wednesday = date(2025, 4, 9)
    final = claim("The cup final takes place on Sunday at the national stadium.", wednesday)
    assert [d.resolved for d in final.dates] == [date(2025, 4, 13)]
    played = claim("The cup final was played on Sunday at the national stadium.", wednesday)
    assert [d.resolved for d in played.dates] == [date(2025, 4, 6)]


def test_a_drop_of_so_many_metres_is_no_denial_and_a_span_of_time_no_qualifier() -> None:
    falls = claim("The river drops nearly 80 metres over the falls, according to the park service.")
    assert not falls.negations
    assert claim("The party dropped its demand for a recount, its leader said.").negations
    rain = claim("Rainfall of 120 millimetres in 12 hours flooded the lower town on Monday.")
    assert all(not any(w[:1].isdigit() for w in q.qualifiers) for q in rain.quantities)
