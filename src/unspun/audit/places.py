"""Places: which names are larger places (countries, regions, US states), how a US state
is written (postal codes, "in Texas"), place names that start with a prefix ("South Korea"
is not "North Korea"; "Everest" is Mount Everest), and when one place may stand for another
without being a swap ("Britain" for "Birmingham", "Kensington, London").

Used by the entity check (``entities``) to tell a place changed from a place said another way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from .text import key

__all__ = [
    "AP_STATE_ABBREVIATIONS",
    "LOWERCASE_STATE_CODES",
    "POSTAL_CODES",
    "PROVINCE_CODES",
    "ap_state_in",
    "ap_state_named",
    "in_a_state",
    "inside",
    "larger_place",
    "place_named",
    "region",
    "place_prefix",
    "prefixed_place_in",
    "swappable_places",
]


# first words of place names that say nothing on their own ("New", "San", "North")
_NAME_PREFIXES = frozenset(
    "new san santa los las saint fort port north south east west northern southern "
    "eastern western upper lower greater central lake mount".split()
)


def place_prefix(word: str) -> str | None:
    """The word, if it is a place-name prefix ("new", "south")."""
    return word if word in _NAME_PREFIXES else None


def prefixed_place_in(words: list[str], text_key: str) -> bool:
    """Does a text (in ``key`` form) name this place that starts with a prefix ("Mount
    Everest", "South China Sea")? The rest of the name must be there ("new yorkers" names
    "New York"), with the same prefix before it or none ("Everest"), not another prefix
    ("East China Sea" is not the South China Sea)."""
    mine, rest = words[0], " ".join(words[1:])
    if f" {words[0]} {words[1]}" in f" {text_key}":
        return True  # "new yorkers" for "New York City"
    for m in re.finditer(rf"(?:\b(\w+)\s)?\b{re.escape(rest)}\b", text_key):
        before = place_prefix(m.group(1) or "")
        if before == mine or (before is None and mine in _BARE_OK and not larger_place(rest)):
            return True
    return False


_BARE_OK = frozenset({"mount", "lake", "saint"})  # "Everest" names Mount Everest


_US_NAMES = frozenset({"us", "u s", "usa", "america", "united states", "united states of america"})


def _codes(pairs: str) -> dict[str, str]:
    """``"new_york:NY ohio:OH"`` as ``{"new york": "NY", "ohio": "OH"}``."""
    return {
        name.replace("_", " "): code for name, code in (pair.split(":") for pair in pairs.split())
    }


# the fifty states and their postal codes, which name them after a comma ("Baltimore, MD")
POSTAL_CODES = _codes(
    "alabama:AL alaska:AK arizona:AZ arkansas:AR california:CA colorado:CO "
    "connecticut:CT delaware:DE florida:FL georgia:GA hawaii:HI idaho:ID illinois:IL "
    "indiana:IN iowa:IA kansas:KS kentucky:KY louisiana:LA maine:ME maryland:MD "
    "massachusetts:MA michigan:MI minnesota:MN mississippi:MS missouri:MO montana:MT "
    "nebraska:NE nevada:NV new_hampshire:NH new_jersey:NJ new_mexico:NM new_york:NY "
    "north_carolina:NC north_dakota:ND ohio:OH oklahoma:OK oregon:OR pennsylvania:PA "
    "rhode_island:RI south_carolina:SC south_dakota:SD tennessee:TN texas:TX utah:UT "
    "vermont:VT virginia:VA washington:WA west_virginia:WV wisconsin:WI wyoming:WY"
)
# Canada's provinces and territories, written the same way after a city ("Hamilton, ON")
PROVINCE_CODES = _codes(
    "alberta:AB british_columbia:BC manitoba:MB new_brunswick:NB "
    "newfoundland_and_labrador:NL nova_scotia:NS ontario:ON prince_edward_island:PE "
    "quebec:QC saskatchewan:SK northwest_territories:NT nunavut:NU yukon:YT"
)
# a larger place than a city: every state but Washington (the capital, a surname)
_STATE_NAMES = frozenset(POSTAL_CODES) - {"washington"}
# a state written as a place: not Georgia (a country too) nor Virginia, Indiana, Montana
# (first names)
_STATES = sorted(_STATE_NAMES - {"georgia", "virginia", "indiana", "montana"})
# a state as a place ("in Texas", "Austin, Texas", "a california nursing home"), not the
# first word of another name ("Texas Instruments", "the New York Times")
_STATE_PLACE = re.compile(
    r"(?:\b(?:in|from|across|of|at|to|a|an|the)\s+|,\s*)(?i:("
    + "|".join(_STATES)
    + r"))\b(?!\s+[A-Z])"
)
# the AP style's abbreviations of state names after a city ("Parkland, Fla.", "Jackson,
# Miss."), with the older forms news still writes ("Tex.", "Penn."); AP never shortens the
# states missing here ("Austin, Texas")
AP_STATE_ABBREVIATIONS = {
    name.replace("_", " "): tuple(forms.split("|"))
    for name, forms in (
        pair.split(":")
        for pair in (
            "alabama:Ala. arizona:Ariz. arkansas:Ark. california:Calif.|Cal. colorado:Colo. "
            "connecticut:Conn. delaware:Del. florida:Fla. georgia:Ga. illinois:Ill. "
            "indiana:Ind. kansas:Kan.|Kans. kentucky:Ky. louisiana:La. maryland:Md. "
            "massachusetts:Mass. michigan:Mich. minnesota:Minn. mississippi:Miss. "
            "missouri:Mo. montana:Mont. nebraska:Neb.|Nebr. nevada:Nev. new_hampshire:N.H. "
            "new_jersey:N.J. new_mexico:N.M. new_york:N.Y. north_carolina:N.C. "
            "north_dakota:N.D. oklahoma:Okla. oregon:Ore.|Oreg. pennsylvania:Pa.|Penn. "
            "rhode_island:R.I. south_carolina:S.C. south_dakota:S.D. tennessee:Tenn. "
            "texas:Tex. vermont:Vt. virginia:Va. washington:Wash. west_virginia:W.Va. "
            "wisconsin:Wis.|Wisc. wyoming:Wyo."
        ).split()
    )
}


def ap_state_in(name: str, text: str) -> bool:
    """Does a text give the state ``name`` (in ``key`` form) as AP writes it after a city
    ("Parkland, Fla.")? Only after a comma: alone, "Miss." is a title and "Ind." an
    independent."""
    return any(
        re.search(rf",\s*{re.escape(form)}(?!\w)", text)
        for form in AP_STATE_ABBREVIATIONS.get(name, ())
    )


def ap_state_named(form: str) -> str | None:
    """The state an AP abbreviation (in ``key`` form: "fla", "n y") stands for."""
    return _AP_STATE_OF.get(form)


_AP_STATE_OF = {key(form): name for name, forms in AP_STATE_ABBREVIATIONS.items() for form in forms}


# postal codes that are no English word or common abbreviation ("austin tx")
LOWERCASE_STATE_CODES = {
    "arizona": "az",
    "florida": "fl",
    "kansas": "ks",
    "kentucky": "ky",
    "nevada": "nv",
    "new jersey": "nj",
    "new york": "ny",
    "north carolina": "nc",
    "tennessee": "tn",
    "texas": "tx",
    "vermont": "vt",
}


def in_a_state(name: str, article: str, rivals: Iterable[str] = ()) -> bool:
    """Is ``name`` the United States of a source that names a state as a place ("a
    california nursing home"), and none of ``rivals`` another country it could replace?"""
    if name not in _US_NAMES:
        return False
    states = _states_named(article)
    return bool(states) and all(key(r) in states for r in rivals)


@lru_cache(maxsize=16)
def _states_named(text: str) -> frozenset[str]:
    return frozenset(key(m.group(1)) for m in _STATE_PLACE.finditer(text))


# countries and larger regions: a rewrite that names one in place of a smaller place of the
# source may only be saying where that place is ("Britain" for "Birmingham")
_COUNTRIES = frozenset(
    """
    afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain
    bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada
    chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt england
    eritrea estonia ethiopia finland france georgia germany ghana greece guatemala haiti
    honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
    jordan kazakhstan kenya korea kosovo kuwait latvia lebanon libya lithuania luxembourg
    malaysia mali malta mexico moldova mongolia montenegro morocco mozambique myanmar nepal
    netherlands holland nicaragua niger nigeria norway oman pakistan palestine panama paraguay
    peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia
    singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tanzania
    thailand tunisia turkey uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen
    zambia zimbabwe uk europe asia africa australasia antarctica malawi angola namibia
    botswana liberia chad gabon togo benin laos bhutan fiji
    """.split()
) | {
    "united kingdom",
    "great britain",
    "south africa",
    "south korea",
    "north korea",
    "new zealand",
    "saudi arabia",
    "sri lanka",
    "northern ireland",
    "united arab emirates",
    "u k",
    "middle east",
    "latin america",
    "south america",
    "north america",
    "european union",
}


_Codes = dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[_Codes, _Codes, _Codes]:
    """Countries, US states and the UK's nations by name, with the codes of every such place
    of that name ("GB", "GB-SCT", "US-TX"; "georgia": the country and the state); cities
    of 15,000 people or more, with the codes of every country, state and nation a city of
    that name is in; and names that stand for several such places, with the codes of
    each ("korea": both Koreas) (``resources/places``, from GeoNames)."""
    path = resources.files("unspun") / "resources" / "places" / "places.json"
    data = json.loads(path.read_text("utf-8"))
    tables: list[_Codes] = []
    for table in ("regions", "cities", "contains"):
        named: _Codes = {}
        for name, codes in data[table].items():
            named[key(name)] = named.get(key(name), frozenset()) | frozenset(codes)
        tables.append(named)
    regions, cities, several = tables
    return regions, cities, several


def place_named(name: str) -> bool:
    """Does the gazetteer know a name (in ``key`` form) as a place: a city of 15,000 people
    or more, a country, a US state or a nation of the UK?"""
    bare = re.sub(r"^the ", "", name)
    regions, cities, several = _gazetteer()
    return bare in regions or bare in cities or name in cities or bare in several


def region(name: str) -> bool:
    """Is a name (in ``key`` form) a country, a US state or a nation of the UK, or one
    that stands for several ("Korea")?"""
    bare = re.sub(r"^the ", "", name)
    regions, _, several = _gazetteer()
    return bare in regions or bare in several


def inside(place: str, region: str) -> bool | None:
    """Is a place (a city, a state or a nation) inside a country, state or nation (both in
    ``key`` form): "london" in "u k", "austin" in "texas", "texas" in "united states"? None
    when the gazetteer knows either name not as such a place, so nothing can be said. A city
    name several places share is inside each of their regions ("birmingham": England and
    Alabama), but not a namesake a tenth the size of the largest ("paris": not Texas).
    A name that stands for several places contains what each contains ("seoul" is in
    "korea", "belfast" in the island of "ireland"), and is inside none of them (it may be
    another: "korea" in "south korea" is None) but the one it also names alone ("ireland",
    the state, is no part of the "u k")."""
    regions, cities, several = _gazetteer()
    outer = several.get(re.sub(r"^the ", "", region), regions.get(re.sub(r"^the ", "", region)))
    bare = re.sub(r"^the ", "", place)
    # a country's or state's name is that place, not a town named after it ("Mexico", Missouri)
    # a city's may begin with "the" ("The Hague")
    where = regions.get(bare, cities.get(place, cities.get(bare)))
    if bare in several and bare not in regions:
        where = None  # "Korea" is in neither Korea for sure, nor a town of that name
    if outer is None or where is None:
        return None
    return any(w == o or w.startswith(f"{o}-") for w in where for o in outer)


def swappable_places(place: str, other: str, text: str) -> bool:
    """Is a place the source names elsewhere a swap for this other place of its sentence?
    Not if one may be inside the other: the suspect names a country or state for a smaller
    place ("Britain" for "Birmingham"; "France" for "London" is a swap), or the source names
    them close together ("Kensington, London"). Nor if the source gives "place" as a surname
    ("Ian Paris")."""
    a, b = (re.sub(r"^the\s+", "", p, flags=re.IGNORECASE).strip() for p in (place, other))
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    if larger_place(ka) and not larger_place(kb) and inside(kb, ka) is not False:
        return False  # where the smaller place is, as far as anyone can tell
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(a)}(?!\w)", text):
        if m.group(1).lower() not in STOP_WORDS:
            return False
    near = r"[^.!?]{0,80}"
    first, second = (rf"(?<!\w){re.escape(x)}(?!\w)" for x in (a, b))
    return not re.search(rf"{first}{near}{second}|{second}{near}{first}", text, re.IGNORECASE)


def larger_place(name: str) -> bool:
    """A country, a US state or a continent (``name`` in ``key`` form): the gazetteer's
    countries by any of their names ("turkiye", "cape verde") and the names that stand for
    several ("korea") count too."""
    if name in _COUNTRIES or name in _US_NAMES or name in _STATE_NAMES:
        return True
    regions, _, several = _gazetteer()
    return name in several or any("-" not in code for code in regions.get(name, ()))
