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


def test_the_index_lives_in_the_cache_folder_it_is_given(tmp_path) -> None:
    from compare import gazetteer

    saved = dict(gazetteer._settings)
    try:
        gazetteer.prebuild(on_disk=True, folder=tmp_path)
        assert gazetteer.related("Houston", "Texas")
        assert list(tmp_path.glob("gazetteer-*.sqlite"))
        gazetteer.prebuild(on_disk=False, folder=tmp_path / "unused")
        assert gazetteer.related("Houston", "Texas")
        assert not (tmp_path / "unused").exists()
    finally:
        gazetteer._settings.clear()
        gazetteer._settings.update(saved)
        gazetteer._store.cache_clear()
        gazetteer._lookup.cache_clear()


def test_a_great_city_name_means_that_city() -> None:
    # Rome, Georgia and Paris, Texas are far smaller than the capitals: "Rome" in the news is Italy's.
    assert related("Rome", "US") is False
    assert related("Paris", "United States") is False
    assert related("Rome", "Italy") is True
    # Comparable cities of one name all stay: Birmingham, Alabama is a sixth of Birmingham, England.
    assert related("Birmingham", "Alabama") is True
    assert related("Birmingham", "England") is not False or related("Birmingham", "UK") is True


def test_time_zones_of_places() -> None:
    from compare.gazetteer import timezone

    assert timezone("Moscow") == "Europe/Moscow"
    assert timezone("Kenya") == "Africa/Nairobi"  # every listed Kenyan city keeps one zone
    assert timezone("United States") == ""  # several zones: unknown
    assert timezone("Xqzville") == ""


def test_nations_of_names_and_adjectives() -> None:
    from compare.gazetteer import nations

    assert nations("UK") == nations("Britain") == nations("British") == {"GB"}
    assert nations("Guinea-Bissau's") == {"GW"}
    assert nations("Senegalese") == {"SN"} and nations("Chinese") == {"CN"}
    assert nations("Austrian") != nations("Australian")
    assert not nations("Lyon")
