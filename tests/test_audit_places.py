"""Which places contain or stand for which (audit/places.py)."""

import pytest
from helpers import changes_by_type

from unspun.audit import EntityTagger, find_changes
from unspun.audit.places import ap_state_in, ap_state_named, inside, swappable_places
from unspun.documents import Sentence
from unspun.models import nlp


def test_the_place_guards_survive_odd_names():
    assert not swappable_places("the ", "Dallas", "Dallas is big.")
    # names ending in a full stop are still found close together
    assert not swappable_places("U.S.", "Dallas", "The U.S. city of Dallas is big.")


@pytest.mark.parametrize(
    ("place", "region", "expected"),
    [
        ("london", "u k", True),
        ("london", "britain", True),
        ("london", "england", True),
        ("london", "scotland", False),
        ("london", "france", False),
        ("glasgow", "scotland", True),
        ("austin", "texas", True),
        ("austin", "united states", True),
        ("texas", "the united states", True),
        ("dallas", "ohio", False),
        # a name several cities share is inside each of their regions
        ("birmingham", "alabama", True),
        ("birmingham", "england", True),
        # ... but not a namesake a tenth the size of the largest: Paris, Texas
        ("paris", "texas", False),
        ("paris", "france", True),
        # a city whose name begins with "the"
        ("the hague", "netherlands", True),
        # a region name several places share stands for each: Georgia the country and state
        ("tbilisi", "georgia", True),
        ("atlanta", "georgia", True),
        ("georgia", "united states", True),
        # a country by another of its names
        ("ankara", "turkiye", True),
        ("ankara", "türkiye", True),
        ("praia", "cape verde", True),
        ("kinshasa", "democratic republic of congo", True),
        # a name that stands for several countries contains the places of each, and is
        # inside none of them for sure
        ("seoul", "korea", True),
        ("pyongyang", "korea", True),
        ("tokyo", "korea", False),
        ("kinshasa", "congo", True),
        ("brazzaville", "the congo", True),
        ("korea", "south korea", None),
        # a place or region the gazetteer does not know: nothing can be said
        ("tadcaster village green", "england", None),
        ("london", "gotham", None),
    ],
)
def test_the_gazetteer_says_which_places_are_inside_which(place, region, expected):
    assert inside(place, region) is expected


def test_a_country_for_a_city_swaps_only_where_the_city_is_elsewhere():
    text = "Activists gathered in London. France and Britain sent envoys."
    assert not swappable_places("Britain", "London", text)
    assert swappable_places("France", "London", text)


# --- location changes through the change check --------------------------------------------


def test_places_that_nest_are_not_a_swap():
    source = "The train derailed in East Palestine, Ohio, on Friday. Ohio officials responded."
    text = "The train derailed in East Palestine on Friday."
    s = Sentence("s", 0, 0, len(text), text, "body")
    t = Sentence("t", 0, 0, 54, source[:54], "body")
    got = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
    assert "location" not in {c.type for c in got}


@pytest.mark.parametrize(
    ("suspect", "source", "changed"),
    [
        (
            "He directs pacing at Saint John's Health Center in Santa Barbara.",
            "He directs pacing at Saint John's Health Center in Santa Monica.",
            True,
        ),
        (
            "The bill protects workers in New York City who must quarantine.",
            "The bill protects new yorkers who must quarantine.",
            False,
        ),
    ],
)
def test_a_place_is_not_named_by_its_prefix_alone(suspect, source, changed):
    assert ("location" in changes_by_type(suspect, source)) is changed


def test_a_sea_named_with_another_compass_point_is_a_location_change():
    got = changes_by_type(
        "Chinese ships patrolled the South China Sea on Monday.",
        "Chinese ships patrolled the East China Sea on Monday.",
    )
    assert "South China Sea" in got["location"].suspect.text


def _changes_in(suspect: str, source_sentence: str, article: str) -> dict:
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    start = article.index(source_sentence)
    t = Sentence("t", 0, start, start + len(source_sentence), source_sentence, "body")
    found = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=article, swaps=True)
    return {c.type: c for c in found}


def test_two_countries_with_the_same_first_word_can_be_swapped():
    got = _changes_in(
        "Exports to the United States fell by a third last year.",
        "Exports to the United Kingdom fell by a third last year.",
        "Trade with the United States grew. Exports to the United Kingdom fell by a third "
        "last year.",
    )
    assert got["location"].suspect.text == "the United States"


_FUNDS = (
    "Deutsche Boerse wants to buy the London Stock Exchange. Fellow shareholders US-based hedge "
    "fund Atticus Capital and UK-based TCI Fund Management have also expressed doubts."
)


def test_a_place_of_the_source_put_in_place_of_another_is_a_location_change():
    got = _changes_in(
        "Fellow shareholders London-based hedge fund Atticus Capital and UK-based TCI Fund "
        "Management have also raised doubts.",
        _FUNDS.split(". ")[1],
        _FUNDS,
    )
    assert got["location"].suspect.text == "London"
    assert got["location"].source.text == "US"


@pytest.mark.parametrize(
    ("suspect", "sentence", "article"),
    [
        (  # the country a city is in
            "Rasmus said he would carry out an attack in Britain if he had to stay.",
            "Rasmus, from Birmingham, said he would commit an attack if he had to stay.",
            "Police in Britain arrested two men. Rasmus, from Birmingham, said he would commit "
            "an attack if he had to stay.",
        ),
        (  # the state a city is in
            "Fellow shareholders Texas-based hedge fund Atticus have also raised doubts.",
            "Fellow shareholders Dallas-based hedge fund Atticus have also expressed doubts.",
            "The firm was founded in Texas. Fellow shareholders Dallas-based hedge fund Atticus "
            "have also expressed doubts.",
        ),
        (  # a surname the tagger takes for a place
            "Kim shared the proposal on Instagram, congratulating Brown and Paris.",
            "Kim shared the proposal on Instagram, writing from Philadelphia.",
            "Ian Paris proposed to Brown. Kim shared the proposal on Instagram, writing "
            "from Philadelphia.",
        ),
        (  # two places the source names together: one may be in the other
            "The fire broke out at a house in London on Sunday.",
            "The fire broke out at a house in Kensington on Sunday.",
            "Firefighters were called to Kensington, London. The fire broke out at a house in "
            "Kensington on Sunday.",
        ),
    ],
)
def test_a_place_that_may_contain_the_other_or_names_a_person_is_no_swap(
    suspect, sentence, article
):
    assert "location" not in _changes_in(suspect, sentence, article)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # a state names its country, and no other country
        (
            "Residents of nursing homes in the United Kingdom are at risk.",
            "residents of a california nursing home are at risk.",
            "location",
        ),
        (
            "The firm is based in Austin, Texas.",
            "the firm is based in austin, in the uk.",
            "location",
        ),
        # a state names its own country only, and only as a place; codes and initials
        # that are ordinary words name nothing
        (
            "Russia and the United States held talks in Geneva.",
            "Russia and Mexico held talks in Geneva. Officials in New Mexico were pleased.",
            "location",
        ),
        (
            "America is the largest buyer of the oil.",
            "India is the largest buyer of the oil, Texas Instruments analysts said.",
            "location",
        ),
        (
            "Doctors in Connecticut said the patient was stable after a CT scan.",
            "Doctors in Texas said the patient was stable after a CT scan.",
            "location",
        ),
    ],
)
def test_real_changes_stay_caught(suspect, source, kind):
    assert kind in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        (
            "Rebels were seen near the border of New Mexico.",
            "Rebels were seen near the border of Mexico.",
            "location",
        ),
        (
            "The coal plant in West Virginia will close.",
            "The coal plant in Virginia will close.",
            "location",
        ),
    ],
)
def test_changes_the_first_cut_of_this_rule_missed(suspect, source, kind):
    assert kind in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # a state names its country; so does its postal code
        (
            "Residents of nursing homes in the United States are at risk.",
            "residents of a california nursing home are at risk.",
            "location",
        ),
        ("The firm is based in Austin, Texas.", "the firm is based in austin tx.", "location"),
    ],
)
def test_paraphrases_that_are_no_change(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        (
            "He lives in Saint Louis now, he said.",
            "He lives in St. Louis now, he said.",
            "location",
        ),
        ("He climbed Mount Everest last year.", "He climbed Everest last year.", "location"),
    ],
)
def test_faithful_wordings_that_once_looked_like_changes(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind", "changed"),
    [
        # a state's postal code after a comma names it
        (
            "David Paton of Catonsville, Maryland, led the work.",
            "David Paton, Catonsville, MD, led the work.",
            "location",
            False,
        ),
        (
            "David Paton of Catonsville, Virginia, led the work.",
            "David Paton, Catonsville, MD, led the work.",
            "location",
            True,
        ),
        # ... and so does the AP's abbreviation, either way round
        (
            "The Gainesville, Florida native suffered a heart attack at his home.",
            "The Gainesville, Fla., native suffered a heart attack at his home.",
            "location",
            False,
        ),
        (
            "She was born in Portland, Ore., and moved to Seattle to work as a nurse.",
            "She was born in Portland, Oregon, and moved to Seattle to work as a nurse.",
            "location",
            False,
        ),
        (
            "The mayor of Jackson, Missouri, resigned after a long dispute with the council.",
            "The mayor of Jackson, Miss., resigned after a long dispute with the council.",
            "location",
            True,
        ),
    ],
)
def test_forms_that_say_the_same_and_changes_that_do_not(suspect, source, kind, changed):
    assert (kind in changes_by_type(suspect, source)) is changed


_EMBASSY = (
    "Activists in London dumped gallons of yellow and blue paint in front of the Russian "
    "embassy in support of Ukraine on Thursday morning."
)


@pytest.mark.parametrize(
    "suspect",
    [
        "Activists in Britain dumped paint outside the Russian embassy in support of Ukraine.",
        "U.K. activists dumped paint outside the Russian embassy in support of Ukraine.",
        "Activists in England dumped paint outside the Russian embassy in support of Ukraine.",
    ],
)
def test_the_country_a_city_is_in_is_no_location_change(suspect):
    assert "location" not in changes_by_type(suspect, _EMBASSY)


@pytest.mark.parametrize("place", ["France", "Scotland", "Manchester"])
def test_another_country_or_city_is_a_location_change(place):
    suspect = (
        f"Activists in {place} dumped gallons of paint in front of the Russian embassy on Thursday."
    )
    assert "location" in changes_by_type(suspect, _EMBASSY)


def test_a_country_for_a_city_beside_a_country_it_may_have_replaced_is_a_change():
    # "Britain" may say where London is, or stand for Ukraine: not excused
    suspect = "Activists in Britain dumped paint outside the Russian embassy."
    assert "location" in changes_by_type(suspect, _EMBASSY)


def test_the_country_georgia_is_where_tbilisi_is():
    # "Georgia" is a country and a US state: the state's code must not hide the country's
    source = "Protesters rallied in Tbilisi on Sunday against the law."
    suspect = "Protesters rallied in Georgia on Sunday against the law."
    assert "location" not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "changed"),
    [
        # "Paris" is Paris, France: Paris, Texas is a namesake a hundredth its size
        ("Fans in Texas celebrated the win late into the night.",
         "Fans in Paris celebrated the win late into the night.", True),
        ("Fans in France celebrated the win late into the night.",
         "Fans in Paris celebrated the win late into the night.", False),
        ("Diplomats met in the Netherlands on Monday to discuss the case.",
         "Diplomats met in The Hague on Monday to discuss the case.", False),
    ],
)  # fmt: skip
def test_a_city_is_where_its_large_namesakes_are(suspect, source, changed):
    assert ("location" in changes_by_type(suspect, source)) is changed


@pytest.mark.parametrize(
    ("country", "city", "changed"),
    [
        ("Korea", "Seoul", False),
        ("South Korea", "Seoul", False),
        ("Korea", "Pyongyang", False),
        ("Congo", "Kinshasa", False),
        ("Congo", "Brazzaville", False),
        ("Türkiye", "Ankara", False),
        ("Turkiye", "Ankara", False),
        ("Cape Verde", "Praia", False),
        ("Cabo Verde", "Praia", False),
        ("Korea", "Tokyo", True),
        ("Türkiye", "Athens", True),
    ],
)
def test_a_country_by_any_of_its_names_says_where_its_city_is(country, city, changed):
    suspect = f"Rescuers searched the rubble in {country} on Monday after the quake."
    source = f"Rescuers searched the rubble in {city} on Monday after the quake."
    assert bool(changes_by_type(suspect, source).keys() & {"location", "entity"}) is changed


@pytest.mark.parametrize(
    ("place", "region", "expected"),
    [
        # "Ireland" is the state and the island: it contains Belfast, and is still no part
        # of the UK, nor of Northern Ireland
        ("belfast", "ireland", True),
        ("northern ireland", "ireland", True),
        ("dublin", "ireland", True),
        ("london", "ireland", False),
        ("ireland", "u k", False),
        ("ireland", "northern ireland", False),
    ],
)
def test_the_island_of_ireland_contains_northern_ireland(place, region, expected):
    assert inside(place, region) is expected


@pytest.mark.parametrize(
    ("suspect", "changed"),
    [
        ("The march took place in Ireland on Saturday, organisers said.", False),
        ("The march took place in England on Saturday, organisers said.", True),
    ],
)
def test_belfast_said_to_be_in_ireland_is_no_location_change(suspect, changed):
    source = "The march took place in Belfast on Saturday, organisers said."
    assert ("location" in changes_by_type(suspect, source)) is changed


def test_britain_for_ireland_is_still_a_location_change():
    source = "The march took place in Ireland on Saturday, organisers said."
    suspect = "The march took place in Britain on Saturday, organisers said."
    assert "location" in changes_by_type(suspect, source)


def test_an_ap_state_abbreviation_names_its_state_only_after_a_city():
    assert ap_state_in("mississippi", "the mayor of Jackson, Miss., said")
    assert not ap_state_in("mississippi", "Miss. Smith said")  # a title
    assert not ap_state_in("missouri", "the mayor of Jackson, Miss., said")
    assert ap_state_named("n y") == "new york"
    assert ap_state_named("fla") == "florida"
    assert ap_state_named("texas") is None


@pytest.mark.parametrize(
    ("suspect", "source", "explained"),
    [
        # the tagger calls "Lyon" a person; "in" and the gazetteer say it is the city
        (
            "The minister met the envoy in Lyon on Monday.",
            "The minister met the envoy in Paris on Monday.",
            "'Lyon' where the source has 'Paris'",
        ),
    ],
)
def test_a_city_the_tagger_takes_for_a_person_is_a_place_after_in(suspect, source, explained):
    import unspun

    finding = unspun.compare(suspect, source).findings[0]
    assert [(c.type, c.explanation) for c in finding.changes] == [("location", explained)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The envoy stayed in Lyon.", "GPE"),
        # after "from" or "to" the name may be a person's: the tagger's word stands
        ("The letter from Lyon was read aloud.", "PERSON"),
        ("She spoke to Lyon about the plan.", "PERSON"),
    ],
)
def test_only_in_near_or_outside_makes_a_tagged_person_a_place(text, label):
    tagged = EntityTagger(nlp())(Sentence("s", 0, 0, len(text), text))
    assert [(e.text, e.label) for e in tagged] == [("Lyon", label)]


def test_a_canadian_province_the_source_gives_by_its_code_is_no_new_place():
    source = "Hamilton, ON - The study was led by researchers there."
    assert "location" not in changes_by_type(
        "The study was led by researchers in Hamilton, Ontario.", source
    )
    assert "location" in changes_by_type(
        "The study was led by researchers in Hamilton, Quebec.", source
    )
