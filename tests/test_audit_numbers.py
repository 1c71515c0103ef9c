"""Figures as a rewrite may write them (audit/numbers.py): words, scales, shares, decades,
hedged approximations and hedges turned round."""

import pytest
from helpers import changes_by_type

import unspun
from unspun.audit import EntityTagger, find_changes
from unspun.audit.numbers import (
    _figures,
    _hedge_side,
    approximates,
    clock_24h,
    decade_years,
    hedged_figure_changes,
    numbers_in,
)
from unspun.documents import Sentence
from unspun.models import nlp


def _sentence(text: str, start: int = 0, article: str = "s") -> Sentence:
    return Sentence(article, 0, start, start + len(text), text, "body")


# --- amounts: digits, words and scales are one figure -------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # an amount in words is one figure, not the figures of its words
        ("four million jobs", {"4000000"}),
        ("Four Million jobs", {"4000000"}),
        ("forty-three hundred dollars", {"4300"}),
        ("five hundred thousand protesters", {"500000"}),
        ("eleven thousand homes", {"11000"}),
        ("nine hundred billion", {"900000000000"}),
        # a compound number is its sum, not also its parts
        ("twenty-one people", {"21"}),
        ("twenty one people", {"21"}),
        ("Ninety-nine balloons", {"99"}),
        ("a dozen eggs", {"12"}),
        ("two dozen eggs", {"24"}),
        ("fifteen people", {"15"}),
        ("fifteen million pounds", {"15000000"}),
        ("half a million people", {"500000"}),
        ("roughly a half-million patients", {"500000"}),
        ("a half-million", {"500000"}),
        ("one and a half million people", {"1500000"}),
        # a season or financial year is one figure
        ("cuts could be imposed in 2016/17", {"2016/17"}),
        ("the 2014 - 15 season", {"2014/15"}),
        ("the 2010-2011 season", {"2010/11"}),
        ("on 2018-08-07", {"2018", "8", "7"}),
        ("one hundred and twenty people", {"120"}),
        ("two hundred and five days", {"205"}),
        # digits keep their separators and drop leading zeros
        ("3,000 people", {"3000"}),
        ("5,000,000 votes", {"5000000"}),
        ("agent 007", {"7"}),
    ],
)
def test_an_amount_is_read_as_one_figure(text, figures):
    assert numbers_in(text) == figures


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4 million jobs", "4000000"),
        ("4m jobs", "4000000"),
        ("$27bn", "27000000000"),
        ("$27 billion", "27000000000"),
        ("$1.5bn", "1500000000"),
        ("4.2 million viewers", "4200000"),
        ("2.5 trillion", "2500000000000"),
        ("$5k", "5000"),
        ("21.406 cases", "21406"),  # a thousands dot, kept alongside the decimal reading
    ],
)
def test_a_scaled_amount_is_also_read_in_full(text, value):
    assert value in numbers_in(text)


def test_scaled_amounts_in_digits_and_in_words_agree():
    assert numbers_in("four million") <= numbers_in("4 million")
    assert numbers_in("twenty thousand") <= numbers_in("20,000")
    assert not numbers_in("four million") & numbers_in("40 million")


# --- shares and ratios ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("a quarter of users", "25"),
        ("A quarter of users", "25"),
        ("half of voters", "50"),
        ("a third of members", "33"),
        ("two-thirds of members", "67"),
        ("Two thirds of members", "67"),
        ("three quarters of", "75"),
        ("a fifth of", "20"),
        ("nine in 10 residents", "90"),
        ("nine out of ten residents", "90"),
        ("one in three adults", "33"),
        ("1 in 5 people", "20"),
        ("two in 10 Americans", "20"),
        # the amount the tagger cuts from "nearly half of Americans"
        ("nearly half", "50"),
        ("Two-thirds", "67"),
    ],
)
def test_a_share_in_words_is_its_percentage(text, share):
    assert share in numbers_in(text)


@pytest.mark.parametrize(
    ("text", "not_a_share"),
    [
        # a half that is part of a period, not of a group
        ("the first half of the year", "50"),
        ("the second half of the season", "50"),
        ("the other half of the team", "50"),
        ("3, Half", "50"),  # "Doom 3, Half Life 2"
        # a count over a time unit or a run of events is a rate, not a share
        ("nine in 10 minutes", "90"),
        ("three in 10 games", "30"),
        ("five out of 10 years", "50"),
        ("two in 24 hours", "8"),
        # a part larger than its whole, or a whole that is a year
        ("ten in 5 boxes", "200"),
        ("scored 3 in 2019", "0"),  # not 3/2019, which rounds to 0%
    ],
)
def test_what_is_not_a_share_gives_no_percentage(text, not_a_share):
    assert not_a_share not in numbers_in(text)


# --- decades ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain", "every_reading"),
    [
        # "the 80s" and "the '80s" are surely the 1980s
        ("in the 80s", {"1980"}, {"80", "1980"}),
        ("in the '80s", {"1980"}, {"80", "1980"}),
        ("in the ’80s", {"1980"}, {"80", "1980"}),
        # "70s horror" probably is; a text compared against keeps both readings
        ("70s horror", {"70"}, {"70", "1970"}),
        # an age is never a decade
        ("a man in his 80s", {"80"}, {"80"}),
        ("a woman in her early 70s", {"70"}, {"70"}),
        ("their mid-60s", {"60"}, {"60"}),
    ],
)
def test_decades_written_short(text, plain, every_reading):
    assert numbers_in(text) == plain
    assert numbers_in(text, every_reading=True) == every_reading


def test_decade_years_are_keyed_by_the_offset_of_their_digits():
    text = "the '80s, 70s horror, his 80s, her early 70s, mid-60s and the 1990s"
    assert decade_years(text) == {5: "1980", 10: "1970"}


# --- clock times ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("6:15 pm", "1815"),
        ("9.30am", "0930"),
        ("12:30 pm", "1230"),
        ("12:05 a.m.", "0005"),
    ],
)
def test_a_twelve_hour_time_gives_its_24_hour_form(text, wire):
    assert wire in clock_24h(text)


def test_a_time_without_am_or_pm_gives_no_24_hour_form():
    assert clock_24h("the score was 6:15") == set()


# --- hedges ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "side"),
    [
        ("more than ", "at least"),
        ("Over ", "at least"),
        ("at least ", "at least"),
        ("no fewer than ", "at least"),
        ("no less than ", "at least"),
        ("in excess of ", "at least"),
        ("upwards of ", "at least"),
        ("nearly ", "at most"),
        ("Almost ", "at most"),
        ("up to ", "at most"),
        ("no more than ", "at most"),
        ("not more than ", "at most"),
        ("just under ", "at most"),
        ("fewer than ", "at most"),
        ("about ", "about"),
        ("around ", "about"),
        ("roughly ", "about"),
        ("an estimated ", "about"),
        # a figure stated plainly, or a word that only ends like a hedge
        ("the flood killed ", None),
        ("", None),
        ("Moreover ", None),
        ("the cover ", None),
    ],
)
def test_the_side_a_hedge_bounds_a_figure_on(lead, side):
    assert _hedge_side(lead) == side


def test_figures_are_read_with_their_hedge_and_what_they_count():
    first, money, share = _figures(
        "More than 100 people died and nearly $4.5 million was lost, 20% of it."
    )
    assert (first.text, first.values, first.side) == ("100", (100.0,), "at least")
    assert first.counted == {"peopl", "died"}
    assert money.text == "$4.5 million" and 4500000.0 in money.values
    assert money.side == "at most"
    assert (share.text, share.side) == ("20%", None)


# --- approximations: a hedged round figure for the source's exact one ------------------------


def _approximates_source(lead: str, figure: str, after: str, source: str) -> bool:
    return approximates(lead, numbers_in(figure), after, source)


@pytest.mark.parametrize(
    ("lead", "figure", "after", "source", "approximates"),
    [
        # on the hedge's side of the source's figure, within a tenth: no change
        ("Over", "$45 million", " will be spent", "$45.8 million will be spent on roads.", True),
        ("Nearly", "50", " people were hurt", "48 people were hurt.", True),
        ("up to", "100", " years old", "It was 90 years old.", True),
        ("over", "100", " years old", "It was 110 years old.", True),
        ("about", "50", " people were hurt", "48 people were hurt.", True),
        ("about", "50", " people were hurt", "54 people were hurt.", True),
        ("at least", "four million", " viewers", "4.2 million viewers watched.", True),
        ("over", "1,000", " people were", "About 1,050 people were evacuated.", True),
        # on the wrong side of it: a change
        ("Nearly", "$45 million", " will be spent", "$45.8 million will be spent on roads.", False),
        ("More than", "50", " people were hurt", "48 people were hurt.", False),
        # on the right side but more than a tenth away
        ("Over", "$60 million", " will be spent", "$45.8 million will be spent on roads.", False),
        ("over", "100", " years old", "It was 211 years old.", False),
        ("up to", "100", " years old", "It was 89 years old.", False),
        ("about", "50", " people were hurt", "56 people were hurt.", False),
        # ... unless "more than" rounds the source's figure down at its first digit
        # ("more than £500,000" for £572,206)
        ("more than", "£500,000", " from a quarry", "He stole £572,206 from a quarry.", True),
        ("over", "100", " years old", "It was 111 years old.", True),
        ("nearly", "500,000", " from a quarry", "He stole £572,206 from a quarry.", False),
        # only rounded down: up or to the nearest, a first digit stretches a figure by half
        ("almost", "200", " people died", "101 people died.", False),
        ("about", "1,000", " people came", "1,490 people came.", False),
        # "about" rounds the source's figure at its own last digit, or to a five there:
        # "about £28,000" is no rounding of £26,000, though within a tenth of it
        ("about", "£28,000", " a month", "He made £26,000 per month.", False),
        ("about", "£25,000", " a month", "He made £26,000 per month.", True),
        ("about", "1,500", " people came", "1,420 people came.", True),
        ("about", "12", " people came", "11 people came.", False),
        # no hedge: a figure stated plainly must match exactly
        ("", "50", " people were hurt", "48 people were hurt.", False),
        # near a figure of something else ("injured 105", not "killed 12 people")
        ("Over", "100", " people died", "The crash killed 12 people and injured 105.", False),
        # a threshold the source bounds itself is kept exactly
        ("More than", "200", " staff must", "Shops with more than 220 staff must close.", False),
        ("More than", "200", " staff must", "Shops with 220 staff must close.", True),
        # a year is never rounded
        ("around", "2010", "", "It opened in 2009.", False),
    ],
)
def test_a_hedged_round_figure_approximates_on_its_side_only(
    lead, figure, after, source, approximates
):
    assert _approximates_source(lead, figure, after, source) is approximates


def test_over_a_whole_article_only_a_figure_of_the_same_thing_or_a_large_one_is_rounded():
    article = "Sales rose on Feb. 9. The chain employs 3,140 people and 12 managers."
    assert approximates("less than", {"10"}, " percent of stock", article)
    assert not approximates("less than", {"10"}, " percent of stock", article, whole_article=True)
    assert approximates("about", {"3000"}, " workers", article, whole_article=True)
    assert approximates("nearly", {"12"}, " managers", article, whole_article=True)


# --- hedged_figure_changes: the same figure bounded the other way ---------------------------


def _hedged(suspect: str, *sources: str) -> list:
    return hedged_figure_changes(_sentence(suspect), [_sentence(s, article="t") for s in sources])


@pytest.mark.parametrize(
    ("suspect", "source", "said", "had"),
    [
        (
            "More than 100 died in the flood.",
            "Nearly 100 died in the flood.",
            "More than 100",
            "Nearly 100",
        ),
        (
            "Nearly 100 died in the flood.",
            "More than 100 died in the flood.",
            "Nearly 100",
            "More than 100",
        ),
        ("Up to 500 jobs will go.", "At least 500 jobs will go.", "Up to 500", "At least 500"),
        (
            "Fewer than 20 homes were lost.",
            "More than 20 homes were lost.",
            "Fewer than 20",
            "More than 20",
        ),
        ("Over 100 people died.", "Almost 100 people died.", "Over 100", "Almost 100"),
        (
            "More than 5,000 people voted.",
            "Almost 5,000 people voted.",
            "More than 5,000",
            "Almost 5,000",
        ),
        (
            "More than 20% of staff quit.",
            "Nearly 20% of staff quit.",
            "More than 20%",
            "Nearly 20%",
        ),
        ("More than $5m was raised.", "Almost $5m was raised.", "More than $5m", "Almost $5m"),
        # a source's "£" read in the wrong encoding ("Â£") still has its hedge before it
        (
            "The course lost just over £1.1m in 2015.",
            "The course lost just under Â£1.1m in 2015.",
            "over £1.1m",
            "just under Â£1.1m",
        ),
    ],
)
def test_a_hedge_turned_round_is_a_number_change(suspect, source, said, had):
    (change,) = _hedged(suspect, source)
    assert change.type == "number"
    assert (change.suspect.text, change.source.text) == (said, had)
    assert change.explanation == f"'{said}' where the source has '{had}'"


@pytest.mark.parametrize(
    ("suspect", "sources"),
    [
        # the same hedge, or another word for the same side
        ("More than 100 died in the flood.", ["More than 100 died in the flood."]),
        ("More than 100 died in the flood.", ["Over 100 died in the flood."]),
        ("At least 100 people were evacuated.", ["No less than 100 people were evacuated."]),
        # the source states it plainly or only roughly: for the approximation check
        ("More than 100 died in the flood.", ["100 died in the flood."]),
        ("More than 100 died in the flood.", ["About 100 died in the flood."]),
        # another figure, or the same figure of something else
        ("More than 100 died in the flood.", ["Nearly 200 died in the flood."]),
        ("More than 100 people died.", ["Nearly 100 cars were lost in the flood."]),
        ("More than 100 staff lost their jobs.", ["Nearly 100 police were hurt."]),
        # the source says it the suspect's way too, in any of its sentences
        (
            "Over 100 people were injured.",
            ["More than 100 people were injured, including nearly 100 children."],
        ),
        ("More than 100 died.", ["Nearly 100 died in the flood.", "Over 100 died, police said."]),
        # a suspect that does not hedge
        ("100 died in the flood.", ["Nearly 100 died in the flood."]),
    ],
)
def test_a_hedge_kept_or_a_different_figure_is_no_hedge_change(suspect, sources):
    assert _hedged(suspect, *sources) == []


def test_a_hedge_change_points_at_both_articles():
    suspect = "Officials said more than 100 died."
    source = "Nearly 100 died in the flood."
    (change,) = hedged_figure_changes(
        _sentence(suspect, start=10), [_sentence(source, start=50, article="t")]
    )
    assert (change.suspect.start, change.suspect.end) == (25, 38)
    assert (change.source.start, change.source.end) == (50, 60)
    assert change.suspect.text == "more than 100"


def test_at_most_one_hedge_change_per_sentence():
    got = _hedged(
        "More than 100 died and fewer than 20 homes were lost.",
        "Nearly 100 died and more than 20 homes were lost.",
    )
    assert len(got) == 1


# --- through the audit ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suspect", "source", "changed"),
    [
        ("More than 100 died in the flood.", "Nearly 100 died in the flood.", True),
        ("More than 100 died in the flood.", "Over 100 died in the flood.", False),
        (
            "Over $45 million will be spent on roads.",
            "$45.8 million will be spent on roads.",
            False,
        ),
        (
            "Nearly $45 million will be spent on roads.",
            "$45.8 million will be spent on roads.",
            True,
        ),
        (
            "Nearly 90% of residents tested positive.",
            "Nine in 10 residents tested positive.",
            False,
        ),
        ("Nearly 70% of residents tested positive.", "Nine in 10 residents tested positive.", True),
    ],
)
def test_figures_through_compare(suspect, source, changed):
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    kinds = {c.type for f in report.findings for c in f.changes}
    assert ("number" in kinds) is changed


def test_a_compared_text_reads_two_consecutive_years_as_their_season_too():
    assert "2010/11" in numbers_in("in 2010 and 2011", every_reading=True)
    assert "2010/11" not in numbers_in("in 2010 and 2011")


def test_a_year_changed_beside_a_season_is_a_change():
    report = unspun.compare(
        "The force plans to cut £51m from its budget by 2016, but future cuts could come in "
        "2016/17.",
        "The force plans to cut £51m from its budget by 2015, but future cuts could come in "
        "2016/17.",
    )
    (finding,) = report.findings
    assert [c.explanation for c in finding.changes] == ["'2016' where the source has '2015'"]


# --- figures through the change check: the same figure in another form --------------------


def test_spelled_out_compound_numbers_match_digits():
    got = changes_by_type(
        "Congress must decide within 21 days.",
        "Congress must decide within twenty-one days.",
    )
    assert "number" not in got and "date" not in got


def test_amounts_in_words_and_shares_in_words():
    for suspect, source in (
        ("We are creating four million jobs.", "We are creating 4 million jobs."),
        (
            "Household income fell by $4,300 a year.",
            "Household income fell forty-three hundred dollars a year.",
        ),
        ("About 25% of users upload content.", "A quarter of users upload content."),
        ("Over $45 million will be spent on roads.", "$45.8 million will be spent on roads."),
    ):
        assert "number" not in changes_by_type(suspect, source), suspect
    assert "number" in changes_by_type(
        "Over $60 million will be spent on roads.", "$45.8 million will be spent on roads."
    )


def test_decades_and_compound_numbers_in_any_form():
    for suspect, source in (
        (
            "She hosted children's shows during the 80s.",
            "She hosted children's shows in the 1980s.",
        ),
        ("Twenty-one people were hurt in the crash.", "21 people were hurt in the crash."),
        (
            "Spam went through over five hundred hijacked addresses.",
            "Spam went through 514 compromised addresses.",
        ),
    ):
        assert "number" not in changes_by_type(suspect, source) and "date" not in changes_by_type(
            suspect, source
        )


def test_scaled_amounts_in_either_style_match():
    got = changes_by_type(
        "The firm faces a $27 billion tax debt.", "The firm faces a $27bn (£14bn) tax bill."
    )
    assert "number" not in got


def test_a_different_scaled_amount_is_still_caught():
    got = changes_by_type(
        "The firm faces a $72 billion tax debt.", "The firm faces a $27bn tax bill."
    )
    assert "number" in got


def test_a_different_figure_is_still_caught():
    got = changes_by_type(
        "In the US there are more than 532,000 cases.",
        "in the u.s. we have more than 432,000 cases.",
    )
    assert "532,000" in got["number"].suspect.text
    assert "432,000" in got["number"].source.text


def test_number_change():
    got = changes_by_type(
        "The council approved a $45 million plan.", "The council approved a $42 million plan."
    )
    assert got["number"].suspect.text.startswith("$45") and got["number"].source.text.startswith(
        "$42"
    )


# --- figures through the change check: shares, ratios and rivals --------------------------


def test_a_share_in_words_changed_is_a_number_change():
    got = changes_by_type(
        "Nearly a third of Americans are living paycheck to paycheck.",
        "Nearly half of Americans are living paycheck to paycheck, up 3 points.",
    )
    assert got["number"].suspect.text.lower() == "nearly a third"


def test_a_share_swapped_for_another_is_a_number_change():
    got = changes_by_type(
        "Only about half of people at high risk will go on to develop mental illness.",
        "Only about a third of people at high risk will go on to develop mental illness.",
    )
    assert (got["number"].suspect.text, got["number"].source.text) == ("half", "a third")


def test_a_ratio_is_the_percentage_it_states():
    assert "number" not in changes_by_type(
        "Nearly 90% of residents at the nursing home tested positive.",
        "Almost nine in 10 residents of the nursing home tested positive.",
    )
    assert "number" in changes_by_type(
        "Nearly 70% of residents at the nursing home tested positive.",
        "Almost nine in 10 residents of the nursing home tested positive.",
    )


def test_a_percentage_is_no_rival_to_a_head_count():
    got = changes_by_type(
        "At the home, 90% of residents tested positive.",
        "At the home, 3,600 residents tested positive.",
    )
    assert got["number"].source is None  # new, but not "in place of 3,600"


# --- figures through the change check: clock times ----------------------------------------


def test_twelve_hour_clock_matches_the_wire_style():
    got = changes_by_type(
        "The final kicks off at 6:15 pm GMT on Saturday.",
        "The final kicks off at 1815 GMT on Saturday.",
    )
    assert "date" not in got and "number" not in got


def test_a_clock_time_said_in_words_matches():
    got = changes_by_type(
        "The race began at 6:15 pm on Saturday.",
        "The race began at 6:15 in the evening on Saturday.",
    )
    assert "date" not in got and "number" not in got


# --- figures through the change check: a list's count is no figure ------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Forget the Feed: 10 Celebrities Whose Instagram Stories Are Worth Your Time",
        "Bank Posts Loss But Insists Profits Are Coming: 6 Things You Need to Know",
    ],
)
def test_a_listicle_count_after_a_colon_is_no_figure(headline):
    source = Sentence("t", 0, 0, 44, "The bank made a loss, Instagram stories say.", "body")
    s = Sentence("s", 0, 0, len(headline), headline, "headline")
    changes = find_changes(s, [source], tagger=EntityTagger(nlp()), source_text=source.text)
    assert "number" not in {c.type for c in changes}


def test_a_count_after_a_dash_in_prose_is_a_figure():
    got = changes_by_type(
        "The panel approved the bill – 12 changes to the draft were made.",
        "The panel approved the bill with 9 changes to the draft.",
    )
    assert "number" in got


def test_a_count_in_a_plain_sentence_is_still_a_figure():
    got = changes_by_type(
        "The council gave three reasons for the delay.",
        "The council gave two reasons for the delay.",
    )
    assert "number" in got
    assert "negation" not in changes_by_type(
        "Refuse collections will be cut from weekly to fortnightly.",
        "Bin collections will be cut from weekly to fortnightly.",
    )


# --- figures through the change check: changes caught and wordings excused ----------------


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # a hedged figure on the wrong side of the source's, or near only a year
        ("More than 50 people died in the blast.", "48 people died in the blast.", "number"),
        (
            "About 2,000 people attended, the largest since 2010.",
            "About 1,200 people attended, the largest since 2010.",
            "number",
        ),
        # a share that is not a share, a scale that goes on
        (
            "Sales fell 50% in the first half of the year.",
            "Sales fell 8% in the first half of the year.",
            "number",
        ),
        ("The attack killed 50 people in 24 hours.", "The attack killed 12 in 24 hours.", "number"),
        (
            "500 protesters marched through the city.",
            "Five hundred thousand protesters marched through the city.",
            "number",
        ),
        # a threshold the source hedges itself, a figure of something else, hedges turned
        (
            "Shops with more than 200 staff must close.",
            "Shops with more than 220 staff must close.",
            "number",
        ),
        (
            "Over 100 people died in the crash.",
            "The crash killed 12 people and injured 105.",
            "number",
        ),
        ("More than 100 died in the flood.", "Nearly 100 died in the flood.", "number"),
        (
            "Nearly 50 people were hurt in the fire.",
            "At least 50 people were hurt in the fire.",
            "number",
        ),
        (
            "About 20 people died in the crash.",
            "The crash killed 12 people and injured 21.",
            "number",
        ),
        # "half a million" is not a million
        (
            "One million people signed the petition.",
            "Half a million people signed the petition.",
            "number",
        ),
        ("Nine in 10 residents tested positive.", "80% of residents tested positive.", "number"),
        ("More than 5 million people voted.", "Almost 5 million people voted.", "number"),
        # a ratio is not a figure the source gives of something else
        (
            "Nine in 10 members opposed the plan.",
            "About 90 members came. One in 10 members opposed the plan.",
            "number",
        ),
    ],
)
def test_real_changes_stay_caught(suspect, source, kind):
    assert kind in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind", "found"),
    [
        # a figure and a fraction of a different kind
        (
            "Rates went up by 25% on Thursday.",
            "Rates rose by a quarter-point on Thursday.",
            "number",
            True,
        ),
    ],
)
def test_review_cases_for_the_wider_checks(suspect, source, kind, found):
    assert (kind in changes_by_type(suspect, source)) is found


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # the same figure said both ways in the source, or of something else
        (
            "More than 100 people were arrested and nearly 100 police were hurt.",
            "More than 100 people were arrested and nearly 100 police were hurt.",
            "number",
        ),
        (
            "Over 100 people were injured.",
            "More than 100 people were injured, including nearly 100 children.",
            "number",
        ),
        (
            "More than 100 staff lost their jobs.",
            "More than 100 staff lost their jobs, affecting nearly 100,000 customers.",
            "number",
        ),
        # a rounded figure of a figure the source only estimates, or states at the end
        ("Over 1,000 people were evacuated.", "About 1,050 people were evacuated.", "number"),
        (
            "More than 4 million viewers watched the final.",
            "An estimated 4.2 million viewers watched the final.",
            "number",
        ),
        ("The death toll is now over 100.", "The death toll is now 104.", "number"),
        (
            "At least 100 people were evacuated.",
            "No less than 100 people were evacuated.",
            "number",
        ),
        # amounts in words, a ratio for a share
        ("15 people were hurt in the crash.", "Fifteen people were hurt in the crash.", "number"),
        ("120 people attended.", "One hundred and twenty people attended.", "number"),
        ("She bought 24 eggs.", "She bought two dozen eggs.", "number"),
        ("She bought 6 eggs.", "She bought half a dozen eggs.", "number"),
        ("120 people attended.", "A hundred and twenty people attended.", "number"),
        ("Nine in 10 residents tested positive.", "90% of residents tested positive.", "number"),
    ],
)
def test_paraphrases_that_are_no_change(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # a share in words and in figures
        (
            "The drug lowered the risk of prostate cancer by roughly 25 percent in men.",
            "The drug was found to reduce the risk of prostate cancer by about a quarter in men.",
            "number",
        ),
    ],
)
def test_the_same_claim_in_other_words_is_no_change(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


def test_a_share_in_words_matches_the_percentage_it_rounds_to():
    got = changes_by_type(
        "The booster improved protection in two-thirds (66%) of patients, the author said.",
        "The booster improved protection in 66% of patients, said the author.",
    )
    assert "number" not in got
    got = changes_by_type(
        "The booster improved protection in two-thirds of patients, the author said.",
        "The booster improved protection in 60% of patients, said the author.",
    )
    assert got["number"].suspect.text == "two-thirds"
    got = changes_by_type(
        "The booster improved protection in two-thirds of patients, the author said.",
        "The booster improved protection in 66.7% of patients, said the author.",
    )
    assert "number" not in got


def test_a_share_in_words_the_source_gives_in_the_same_words_is_no_change():
    got = changes_by_type(
        "Every participant had a peanut allergy; one third were given a placebo.",
        "All participants had a peanut allergy, but one third received a placebo.",
    )
    assert "number" not in got


def test_a_share_in_words_is_compared_with_a_percentage_not_any_figure():
    # "two-thirds" is no "66" that counts something else
    got = changes_by_type(
        "Two-thirds of those surveyed said the lawsuits would not help musicians.",
        "Some 66 people took part, and 60% said the lawsuits would not help musicians.",
    )
    assert got["number"].suspect.text == "Two-thirds"


@pytest.mark.parametrize(
    ("suspect", "source", "changed"),
    [
        # a hedged share in words restates a percentage on its hedge's side, within a tenth
        (
            "Painkillers lowered the cancer risk by nearly a third in the Danish study.",
            "In the Danish study, painkillers reduced the cancer risk by 30%.",
            False,
        ),
        (
            "Painkillers lowered the cancer risk by nearly a third in the Danish study.",
            "In the Danish study, painkillers reduced the cancer risk by 20%.",
            True,
        ),
        (
            "The firm recently bought a stake of more than four-fifths in the estate.",
            "The firm recently also bought an 85% share in the estate.",
            False,
        ),
        (
            "The firm recently bought a stake of more than four-fifths in the estate.",
            "The firm recently also bought a 70% share in the estate.",
            True,
        ),
        (
            "More than nine in ten of the airline's employees are based in Australia.",
            "More than 90% of the airline's staff are based in Australia.",
            False,
        ),
        (
            "A positive score flagged roughly three in four high-risk patients.",
            "A positive score identified about 75% of patients at high risk.",
            False,
        ),
        (
            "Roughly a fifth of the men had fingers of equal length.",
            "Men whose fingers were the same length, about 19 percent of those studied, had "
            "a similar risk.",
            False,
        ),
        # the same amount in other units or words
        (
            "Fans will be able to download the song from iTunes for 99 cents.",
            "Fans will be able to download it for $0.99 from iTunes.",
            False,
        ),
        (
            "An estimated nearly 250,000 children are treated in hospital each year.",
            "It's estimated nearly a quarter of a million children are treated in hospitals "
            "each year.",
            False,
        ),
        (
            "There would be 10,000 fewer premature births a year out of more than 500,000.",
            "There would be 10,000 fewer preemies a year out of more than half-a-million.",
            False,
        ),
        (
            "The services sector expanded by 1% in the quarter, the ONS said.",
            "The ONS said the services sector grew 1.0% in the quarter.",
            False,
        ),
        (
            "The nerves regrew completely into the implant in 90 percent of the patients.",
            "The cells and nerves from nine of the 10 patients regrew completely.",
            False,
        ),
    ],
)
def test_a_share_or_amount_said_another_way(suspect, source, changed):
    assert ("number" in changes_by_type(suspect, source)) is changed


@pytest.mark.parametrize(
    ("suspect", "source", "changed"),
    [
        # a ratio with its hedge, for the percentage it rounds
        (
            "In the trial, fewer than one in five children on the drug got worse after a week, "
            "against nearly 45% of those on placebo.",
            "By day seven, 18.6% of the children on the drug had got worse, against 44.9% of "
            "those on placebo. The trial enrolled 319 children aged 6 to 35 months.",
            False,
        ),
        (
            "In the trial, fewer than one in five children on the drug got worse after a week, "
            "against nearly 45% of those on placebo.",
            "By day seven, 24% of the children on the drug had got worse, against 44.9% of "
            "those on placebo. The trial enrolled 319 children aged 6 to 35 months.",
            True,
        ),
        # a multiple for a rise in percent, and back
        (
            "Smokers were 1.5 times as likely to develop the disease as non-smokers.",
            "Smokers were 50% more likely to develop the disease than non-smokers.",
            False,
        ),
        (
            "Smokers were 1.5 times as likely to develop the disease as non-smokers.",
            "Smokers were 80% more likely to develop the disease than non-smokers.",
            True,
        ),
        (
            "Smokers were 50% more likely to develop the disease than non-smokers.",
            "Smokers were 1.5 times as likely to develop the disease as non-smokers.",
            False,
        ),
        # a multiple of two figures both texts give
        (
            "The new scan found almost three times as many tumours as the old one, 41 to 15.",
            "The new scan found 41 tumours, compared with 15 found by the old one.",
            False,
        ),
        (
            "The new scan found more than four times as many tumours as the old one, 41 to 15.",
            "The new scan found 41 tumours, compared with 15 found by the old one.",
            True,
        ),
        # a count of a total the sentence gives, for the share the source says
        (
            "Of the trial's 200 volunteers, roughly 100 were given the vaccine.",
            "About half of the trial's 200 volunteers were given the vaccine.",
            False,
        ),
        (
            "Of the trial's 200 volunteers, roughly 150 were given the vaccine.",
            "About half of the trial's 200 volunteers were given the vaccine.",
            True,
        ),
        # "the second half" of a year is no share
        (
            "About 10 of the 60 workers quit in the second half of the year.",
            "About 30 of the 60 workers quit in the second half of the year.",
            True,
        ),
    ],
)
def test_a_figure_a_reader_can_work_out_from_the_source(suspect, source, changed):
    assert ("number" in changes_by_type(suspect, source)) is changed


@pytest.mark.parametrize(
    ("suspect", "source", "changed"),
    [
        # an age bound said another way
        (
            "The test could help judge the risk in men younger than 60, the researchers said.",
            "The test could help judge the risk in men aged under 60, the researchers said.",
            False,
        ),
        (
            "The vaccine is offered to all adults older than 65 this winter.",
            "The vaccine is offered to all adults over 65 this winter.",
            False,
        ),
        # ... and turned the other way
        (
            "The test could help judge the risk in men older than 60, the researchers said.",
            "The test could help judge the risk in men aged under 60, the researchers said.",
            True,
        ),
        (
            "The vaccine is offered to all adults younger than 65 this winter.",
            "The vaccine is offered to all adults over 65 this winter.",
            True,
        ),
        # "above" and "below" bound a figure too
        (
            "Temperatures in the city stayed below 30 degrees all week.",
            "Temperatures in the city stayed above 30 degrees all week.",
            True,
        ),
        (
            "Temperatures in the city stayed below 30 degrees all week.",
            "Temperatures in the city stayed under 30 degrees all week.",
            False,
        ),
        # a bound said after its figure
        (
            "The vaccine worked in only 17 percent of people above 65 years of age.",
            "The vaccine worked in only 17 percent of those 65 years and older, and less in "
            "adults under 65 years of age.",
            False,
        ),
        (
            "The vaccine worked in only 17 percent of people below 65 years of age.",
            "The vaccine worked in only 17 percent of those 65 years and older.",
            True,
        ),
        (
            "The shots are free for children under 12 this year.",
            "The shots are free for children 12 and under this year.",
            False,
        ),
    ],
)
def test_a_bound_in_other_words_is_read_as_a_bound(suspect, source, changed):
    changes = changes_by_type(suspect, source)
    assert bool({"number", "negation"} & changes.keys()) is changed
    assert "negation" not in changes  # a bound turned is a figure's change, no flipped claim


def test_three_quarters_is_three_fourths():
    assert "number" not in changes_by_type(
        "They drank a beverage made up of roughly three-quarters beet juice and a quarter "
        "apple juice.",
        "They drank a beverage consisting of about three-fourths beet juice and one-fourth "
        "apple juice.",
    )


def test_a_fourth_of_july_is_no_share():
    from unspun.audit.numbers import shares_in_words

    assert shares_in_words("They met at a Fourth of July party.") == set()


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "Among those younger than 50, 2.5 percent had late-stage polyps.",
            "One in 40 of those younger than 50 years had late-stage polyps.",
        ),
        (
            "The number of tracks downloaded last year was more than ten times higher than in "
            "2003.",
            "The number of tracks downloaded last year was up more than tenfold on 2003.",
        ),
    ],
)
def test_a_figure_said_as_a_ratio_or_a_fold(suspect, source):
    assert "number" not in changes_by_type(suspect, source)


def test_a_ratio_is_read_to_one_decimal():
    from unspun.audit.numbers import numbers_in

    assert "2.5" in numbers_in("One in 40 of them")
    assert "3" in numbers_in("a threefold rise")


def test_all_but_one_of_the_34_is_33_of_them():
    assert "number" not in changes_by_type(
        "The supplement raised vitamin D levels in 33 of the 34 people who received it.",
        "The supplement raised vitamin D levels in all but one of the 34 people who received it.",
    )


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "Cases of the disease rose 10 percent over the decade.",
            "Cases of the disease rose tenfold over the decade.",
        ),
        ("Prices rose 3% last year.", "Prices saw a threefold rise last year."),
    ],
)
def test_a_percentage_does_not_restate_a_fold(suspect, source):
    assert "number" in changes_by_type(suspect, source)


def test_figures_read_once_are_handed_out_as_copies():
    first = numbers_in("Police arrested 12 people in 2004.")
    first.add("999")
    assert numbers_in("Police arrested 12 people in 2004.") == {"12", "2004"}


def test_a_range_scales_its_low_end_too():
    assert {"5000000", "10000000"} <= numbers_in("about 5-10 million cases a year")
    assert "2000000000" in numbers_in("between 2 and 3 billion")
    got = changes_by_type(
        "The country sees about 5 million to 10 million cases a year.",
        "The country has about 5-10 million cases per year.",
    )
    assert "number" not in got
