from __future__ import annotations

from compare.gazetteer import fold, related


def test_a_place_inside_another_or_one_conurbation_is_related() -> None:
    assert related("Manhattan", "New York")
    assert related("Antakya", "Turkey")
    assert related("Houston", "Texas")
    assert related("Kiev", "Kyiv")


def test_two_known_places_apart_are_not_related_and_unknown_names_are_none() -> None:
    assert related("Geneva", "Vienna") is False
    assert related("Lyon", "Paris") is False
    assert related("Oskarsby", "Norway") is None


def test_fold() -> None:
    assert fold("The City of São Paulo") == "sao paulo"


def test_everyday_country_names_are_known() -> None:
    assert related("London", "the UK")
    assert related("Houston", "U.S.")
    assert related("Glasgow", "Britain")
    assert related("Lyon", "the UK") is False
