"""Behaviour added for issue 3: fewer false flags on paraphrase, same typed evidence."""

import pytest
from helpers import _changes, _changes_list

import unspun
from unspun.audit import EntityTagger, find_changes, new_specifics
from unspun.audit.forms import TextForms, article_forms
from unspun.audit.substitutions import substitution_changes
from unspun.audit.text import acronyms, stems
from unspun.documents import Sentence
from unspun.models import nlp


def test_acronym_and_its_expansion_are_the_same_entity():
    got = _changes(
        "The CDC urged people with symptoms to stay home on Monday.",
        "The Centers for Disease Control and Prevention urged people with symptoms to stay "
        "home on Monday.",
    )
    assert "entity" not in got


def test_dotted_country_short_form_is_not_a_location_change():
    got = _changes(
        "In the US there are more than 432,000 cases.",
        "in the u.s. we have more than 432,000 cases.",
    )
    assert "location" not in got and "number" not in got


def test_a_different_figure_is_still_caught():
    got = _changes(
        "In the US there are more than 532,000 cases.",
        "in the u.s. we have more than 432,000 cases.",
    )
    assert "532,000" in got["number"].suspect.text
    assert "432,000" in got["number"].source.text


def test_range_with_lost_dash_matches():
    got = _changes(
        "The students fell ill between March 22-25.",
        "the students became symptomatic after returning march 2225.",
    )
    assert "date" not in got


def test_new_specifics_ignores_the_first_word_and_known_names():
    article = article_forms("The mayor of Springfield opened the bridge in 2021 with 40 guests.")
    assert new_specifics("Officials said the Springfield bridge opened in 2021.", article) == []
    assert new_specifics("The bridge cost Shelbyville $3 million.", article) == ["Shelbyville"]
    assert new_specifics("The bridge opened with 45 guests.", article) == ["45"]
    # after a dash that opens the text proper, a capital starts a sentence, not a name
    assert new_specifics("Springfield News -- Officials opened the bridge.", article) == ["News"]


def test_a_name_the_source_gives_by_its_initials_is_no_new_specific():
    cdc = TextForms.of("follow cdc recommended steps if you are sick")
    named = "The Centers for Disease Control and Prevention has issued guidelines."
    assert new_specifics(named, cdc) == []
    non_us = TextForms.of("this guide is intended for use in non us clinics")
    assert new_specifics("It is meant for clinics outside the United States.", non_us) == []
    other = TextForms.of("follow who recommended steps if you are sick")
    assert new_specifics(named, other) == ["Centers", "Disease", "Control", "Prevention"]


SOURCE = (
    "The city council met on Tuesday to discuss the new bridge. "
    "Engineers told the council that the old bridge is unsafe for heavy trucks. "
    "The council voted to close the old bridge to trucks until repairs are finished. "
    "Repairs are expected to take about six months."
)


def _second(suspect: str, **audit):
    from dataclasses import replace

    options = unspun.CheckOptions(detect=False)
    options = replace(options, audit=replace(options.audit, **audit))
    first = "The city council met on Tuesday to discuss the new bridge. "
    return unspun.compare(first + suspect, SOURCE, options).findings[1]


LOOSE = "Because heavy lorries put the ageing span at risk, councillors shut it to them."


def test_loose_paraphrase_is_supported_with_its_nearest_source_lines():
    finding = _second(LOOSE)
    assert 0.3 <= finding.similarity < 0.46  # below alignment, above added_similarity
    assert finding.label == "supported"
    assert finding.note.startswith("loosely supported")
    assert finding.source_sentences and finding.source_indices
    # the threshold is an option: at the alignment threshold the same sentence is added
    assert _second(LOOSE, added_similarity=0.46).label == "added"


def test_loose_sentence_naming_what_the_source_never_mentions_stays_added():
    finding = _second(LOOSE.replace("councillors", "Mayor Alvarez and councillors"))
    assert 0.3 <= finding.similarity < 0.46
    assert finding.label == "added"
    assert finding.added_type == "fabricated_fact"


def test_far_sentence_stays_added():
    finding = _second("Governor Alvarez promised the state would pay for a replacement bridge.")
    assert finding.label == "added"


def test_name_swapped_for_another_of_the_same_source():
    source = (
        "Mayor Haddad opened the new bridge on Tuesday. "
        "Mayor Lopez of the neighbouring town attended the ceremony."
    )
    s = Sentence("s", 0, 0, 46, "Mayor Lopez opened the new bridge on Tuesday.", "body")
    t = Sentence("t", 0, 0, 47, "Mayor Haddad opened the new bridge on Tuesday.", "body")
    tagger = EntityTagger(nlp())
    got = {c.type: c for c in find_changes(s, [t], tagger=tagger, source_text=source, swaps=True)}
    assert got["entity"].suspect.text == "Lopez" and got["entity"].source.text == "Haddad"
    # without swaps (a loosely matched sentence) a name found in the source is left alone
    assert "entity" not in {c.type for c in find_changes(s, [t], tagger=tagger, source_text=source)}


def test_places_that_nest_are_not_a_swap():
    source = "The train derailed in East Palestine, Ohio, on Friday. Ohio officials responded."
    text = "The train derailed in East Palestine on Friday."
    s = Sentence("s", 0, 0, len(text), text, "body")
    t = Sentence("t", 0, 0, 54, source[:54], "body")
    got = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
    assert "location" not in {c.type for c in got}


def test_nationality_adjective_matches_its_country():
    got = _changes("Italian doctors reported 362 cases.", "doctors in italy reported 362 cases.")
    assert "entity" not in got


def test_general_opposites_are_direction_changes():
    got = _changes(
        "The senator publicly met the lobbyists last week.",
        "The senator secretly met the lobbyists last week.",
    )
    assert got["direction"].suspect.text == "publicly"
    assert got["direction"].source.text == "secretly"


def test_emphasis_around_a_source_statement_is_not_filler():
    source = "Wash your hands with soap and water for at least 20 seconds to prevent infection."
    suspect = (
        "It is important to wash your hands with soap and water for at least 20 seconds to "
        "prevent infection."
    )
    finding = unspun.compare(suspect, source, unspun.CheckOptions(detect=False)).findings[0]
    assert finding.label == "supported"
    padding = "It remains to be seen whether hand washing will prevent infection."
    finding = unspun.compare(padding, source, unspun.CheckOptions(detect=False)).findings[0]
    assert finding.added_type == "filler"


def test_a_share_in_words_changed_is_a_number_change():
    got = _changes(
        "Nearly a third of Americans are living paycheck to paycheck.",
        "Nearly half of Americans are living paycheck to paycheck, up 3 points.",
    )
    assert got["number"].suspect.text.lower() == "nearly a third"


@pytest.mark.parametrize(
    ("source_half", "changed"),
    [("the last half", False), ("the first half", True), ("the last half-hour", True)],
)
def test_the_second_half_is_the_last_half(source_half, changed):
    got = _changes(
        "DHA passes to the fetus through the placenta in the second half of pregnancy.",
        f"DHA is transmitted to a fetus through the placenta in {source_half} of pregnancy.",
    )
    assert ("date" in got) is changed


def test_relative_date_is_no_rival_to_an_absolute_one():
    got = _changes(
        "She wore a red dress at the awards last Sunday night.",
        "She wore a red dress at the awards on May 8, 2017.",
    )
    assert "date" not in got


def test_vague_times_and_amounts_are_not_changes():
    got = _changes(
        "Staff use protective equipment daily, and hundreds of clinics rely on it.",
        "Staff use protective equipment every day, and 300 clinics rely on it.",
    )
    assert "date" not in got and "number" not in got


def test_a_different_absolute_date_is_still_caught():
    got = _changes(
        "She wore a red dress at the awards on May 9, 2017.",
        "She wore a red dress at the awards on May 8, 2017.",
    )
    assert got["date"].source.text == "May 8, 2017"


def test_a_percentage_is_no_rival_to_a_head_count():
    got = _changes(
        "At the home, 90% of residents tested positive.",
        "At the home, 3,600 residents tested positive.",
    )
    assert got["number"].source is None  # new, but not "in place of 3,600"


def test_spelled_out_compound_numbers_match_digits():
    got = _changes(
        "Congress must decide within 21 days.",
        "Congress must decide within twenty-one days.",
    )
    assert "number" not in got and "date" not in got


def test_an_abbreviation_is_not_a_swap_for_its_name():
    s = "HGI built a tracker for local risk; the institute said it helps."
    t = "The Harvard Global Health Institute built a tracker for local risk."
    got = _changes(s, t)
    assert got.get("entity") is None or got["entity"].source is None


def test_known_alias_is_not_a_new_name():
    article = article_forms("The Senate agreed a relief package for the coronavirus pandemic.")
    assert new_specifics("The Senate agreed a package for the COVID-19 pandemic.", article) == []


def test_a_quantity_moving_the_other_way_is_a_direction_change():
    got = _changes(
        "Shares tumbled after a sharp increase in profit.",
        "Shares tumbled after the business reported first-half profits dropped by 20 per cent.",
    )
    assert got["direction"].suspect.text == "increase"
    assert got["direction"].source.text == "dropped"


def test_increased_turned_into_fewer_is_a_direction_change():
    got = _changes(
        "Radiation was associated with fewer urinary or bowel problems than no treatment.",
        "Radiation was associated with increased urinary or bowel problems, compared with no "
        "treatment.",
    )
    assert got["direction"].suspect.text == "fewer"
    assert got["direction"].source.text == "increased"


def test_a_comparison_with_a_figure_says_no_direction():
    got = _changes(
        "Shares tumbled after a sharp increase in profit.",
        "Shares tumbled after profits dropped by more than 20 per cent.",
    )
    assert got["direction"].suspect.text == "increase"  # "more than 20" is no rise


def test_the_same_direction_in_other_words_is_not_a_change():
    got = _changes("Profits fell by 20 per cent.", "Profits dropped by 20 per cent.")
    assert "direction" not in got


def test_scaled_amounts_in_either_style_match():
    got = _changes(
        "The firm faces a $27 billion tax debt.", "The firm faces a $27bn (£14bn) tax bill."
    )
    assert "number" not in got


def test_a_different_scaled_amount_is_still_caught():
    got = _changes("The firm faces a $72 billion tax debt.", "The firm faces a $27bn tax bill.")
    assert "number" in got


def test_twelve_hour_clock_matches_the_wire_style():
    got = _changes(
        "The final kicks off at 6:15 pm GMT on Saturday.",
        "The final kicks off at 1815 GMT on Saturday.",
    )
    assert "date" not in got and "number" not in got


def test_nationality_without_a_shared_prefix_matches_its_country():
    got = _changes(
        "Irish locks helped flip the score.", "Locks from Ireland helped flip the score."
    )
    assert "entity" not in got


def test_republished_relative_dates_are_not_changes_but_past_for_future_is():
    assert "date" not in _changes(
        "The pair were seen together yesterday.", "The pair were seen together today."
    )
    got = _changes(
        "The bridge will reopen to traffic later this year.",
        "The bridge reopened to traffic earlier this month.",
    )
    assert "date" in got
    got = _changes("Hundreds fell sick in recent weeks.", "Hundreds fell sick in recent months.")
    assert "date" in got


def test_a_day_shifted_forward_is_a_change():
    assert "date" in _changes(
        "The summit will be held tomorrow in Geneva.", "The summit is being held today in Geneva."
    )


def test_the_pronoun_us_is_not_the_united_states():
    got = _changes(
        "American officials met the minister in Kyiv.",
        "Officials met the minister in Kyiv, a spokesman told us.",
    )
    assert "entity" in got


def test_a_clock_time_said_in_words_matches():
    got = _changes(
        "The race began at 6:15 pm on Saturday.",
        "The race began at 6:15 in the evening on Saturday.",
    )
    assert "date" not in got and "number" not in got


def test_up_and_down_words_about_different_things_are_not_a_reversal():
    got = _changes(
        "Rescuers searched the rubble as concerns were growing and the death toll fell to 30.",
        "The death toll fell to 30 as rescuers worked.",
    )
    assert "direction" not in got


def test_a_ratio_is_the_percentage_it_states():
    assert "number" not in _changes(
        "Nearly 90% of residents at the nursing home tested positive.",
        "Almost nine in 10 residents of the nursing home tested positive.",
    )
    assert "number" in _changes(
        "Nearly 70% of residents at the nursing home tested positive.",
        "Almost nine in 10 residents of the nursing home tested positive.",
    )


def test_an_abbreviation_the_sentence_defines_names_nothing_new():
    got = _changes(
        "Hospitals may let healthcare workers (HCWs) with mild symptoms return to work.",
        "hospitals may let healthcare personnel with mild symptoms return to work.",
    )
    assert "entity" not in got


def test_a_surname_for_the_first_name_is_no_swap():
    source = "Ian Whitfield proposed on Sunday. Mary wrote: I could not be happier for Kim and Ian!"
    suspect = "Mary Smith wrote that she was happy for Kim Lee and Whitfield."
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    t = Sentence("t", 0, 34, len(source), source[34:], "body")
    tagger = EntityTagger(nlp())
    got = find_changes(s, [t], tagger=tagger, source_text=source, swaps=True)
    assert "entity" not in {c.type for c in got}


def test_an_opening_verb_is_not_a_name():
    got = _changes(
        "Notify your supervisor if someone you live with falls ill.",
        "tell your supervisor if someone you live with falls ill.",
    )
    assert "entity" not in got


def test_at_least_is_a_quantity_not_a_direction():
    assert "direction" not in _changes(
        "Most of the 1,200 healthcare workers surveyed reported symptoms of anxiety.",
        "Of the 1,200 healthcare workers surveyed, at least half reported symptoms of anxiety.",
    )


def test_two_quantities_turned_round_are_two_changes():
    assert "direction" in _changes(
        "Cases decreased in March and deaths decreased in April.",
        "Cases increased in March and deaths increased in April.",
    )


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
        assert "number" not in _changes(suspect, source), suspect
    assert "number" in _changes(
        "Over $60 million will be spent on roads.", "$45.8 million will be spent on roads."
    )


def test_a_word_changed_in_a_title_case_headline_is_caught():
    assert "entity" in _changes(
        "These US Athletes Caused Controversy at the 2018 Winter Olympics and more than a few "
        "of them came home with nothing.",
        "These US Athletes Won Medals at the 2018 Winter Olympics and more than a few of them "
        "came home with gold.",
    )


def test_the_pronoun_us_is_not_the_country():
    told = article_forms("They told us that china had acted. Officials said it was a mistake.")
    written = article_forms("U.S. officials said china had acted.")
    sentence = "The United States must hold China accountable for this act."
    assert new_specifics(sentence, told) == ["United", "States"]
    assert new_specifics(sentence, written) == []


def test_a_word_for_the_same_side_keeps_the_direction():
    source = "England can seal a third victory after wins over Canada, and avenge June's hammering."
    assert "direction" not in _changes(
        "England can clinch a third win after beating Canada, and avenge the June defeat.", source
    )
    assert "direction" in _changes(
        "England can suffer a third defeat after losing to Canada in June.",
        "England can seal a third victory after beating Canada in June.",
    )


def test_part_of_a_name_the_source_gives_in_part():
    assert "entity" not in _changes(
        "She beat Alan Hollinghurst's Man Booker Prize-winning novel to the award.",
        "she won the award after beating booker winner alan hollinghurst's novel.",
    )


def test_us_in_a_lower_case_source_may_be_the_country():
    assert "entity" not in _changes(
        "Yukos is due to appear in an American court on Thursday.",
        "yukos is due in a us court on thursday as it fights for survival.",
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
        assert "number" not in _changes(suspect, source) and "date" not in _changes(suspect, source)


def test_us_before_a_noun_of_state_is_the_country():
    assert "entity" not in _changes(
        "Yukos' American legal team will push to freeze the assets of Baikal.",
        "Yukos' us lawyers will attempt to have Baikal assets frozen after a us court order.",
    )


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # an opening name followed by "this", "all": not an instruction
        (
            "Russia this week launched a missile attack.",
            "Ukraine this week launched a missile attack.",
            "location",
        ),
        (
            "Democrats all voted against the bill.",
            "Republicans all voted against the bill.",
            "entity",
        ),
        # a hedged figure on the wrong side of the source's, or near only a year
        ("More than 50 people died in the blast.", "48 people died in the blast.", "number"),
        (
            "About 2,000 people attended, the largest since 2010.",
            "About 1,200 people attended, the largest since 2010.",
            "number",
        ),
        # both quantities turned round, a 'win' that was in the source, a loss elsewhere
        (
            "Cases decreased in March and deaths decreased in April.",
            "Cases increased in March and deaths increased in April.",
            "direction",
        ),
        (
            "The ruling is a defeat for the unions, who had hoped to win.",
            "The ruling is a victory for the unions, who had hoped to win.",
            "direction",
        ),
        (
            "Labour gained 50 seats, despite heavy losses in Scotland.",
            "Labour lost 50 seats in the election.",
            "direction",
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
        # 'un-' words and ages are what they say
        (
            "A man in his 80s died in the fire.",
            "A man who grew up in the 1980s died in the fire.",
            "date",
        ),
        # an alias that is only a word of the other name
        (
            "The Oscar-winning director opened the festival.",
            "The director, who trained at the national film academy, opened the festival.",
            "entity",
        ),
        (
            "The Democrats backed the bill on Tuesday.",
            "The Lib Dems backed the bill on Tuesday.",
            "entity",
        ),
        # a flipped word in the source word's own place
        (
            "Smith lost the election, a victory for Jones.",
            "Smith won the election, beating Jones.",
            "direction",
        ),
        (
            "A man in his 80s died in the fire.",
            "A man who grew up in the 1980s died in the fire.",
            "date",
        ),
        (
            "About 20 people died in the crash.",
            "The crash killed 12 people and injured 21.",
            "number",
        ),
        # "X of Y" is told apart by Y; "half a million" is not a million
        (
            "The Bank of India said it would buy bonds.",
            "The Bank of Japan said it would buy bonds.",
            "entity",
        ),
        (
            "One million people signed the petition.",
            "Half a million people signed the petition.",
            "number",
        ),
        ("Nine in 10 residents tested positive.", "80% of residents tested positive.", "number"),
        ("More than 5 million people voted.", "Almost 5 million people voted.", "number"),
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
        # initials only in capitals and never a title ("Dr"); a double negative is no word's
        (
            "The surgery was led by David Roberts at the hospital.",
            "The surgery was led by Dr Jones at the hospital.",
            "entity",
        ),
        # a generic head ("University") does not name an institution
        (
            "A controlled explosion was carried out at Cardiff University.",
            "The university said a controlled explosion was carried out.",
            "entity",
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
        (
            "The review will be led by World Health Organization experts.",
            "The review, who knows, will be led by experts.",
            "entity",
        ),
        (
            "Nine in 10 members opposed the plan.",
            "About 90 members came. One in 10 members opposed the plan.",
            "number",
        ),
    ],
)
def test_real_changes_stay_caught(suspect, source, kind):
    assert kind in _changes(suspect, source)


def test_a_relative_is_not_the_other_name_of_a_person():
    source = "President Joe Biden spoke. Hunter Biden was charged. Prosecutors said Hunter lied on a form."
    suspect = "Prosecutors said Joe Biden lied on a form."
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    at = source.index("Prosecutors")
    t = Sentence("t", 0, at, len(source), source[at:], "body")
    got = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
    assert "entity" in {c.type for c in got}


def test_names_said_another_way_in_news():
    article = article_forms(
        "Economy focus for election: britain's economic future will be at the heart of labour's "
        "campaign, chancellor gordon brown said after the last meeting at no 10. Meanwhile the "
        "tories outlined plans on yob culture and the lib dems gave details on council tax. "
        "Debra hill, best known for the 70s horror classic halloween, has died."
    )
    for sentence in (
        "Gordon Brown spoke after the last meeting at Downing Street.",
        "The Conservative Party set out its plans and the Liberal Democrats spoke on council tax.",
        "Hill was known for the iconic 70s horror film Halloween.",
        "Chancellor Gordon Brown said the economy would be at the heart of the campaign.",
    ):
        assert new_specifics(sentence, article) == [], sentence
    assert new_specifics("Gordon Brown later spoke at Chequers.", article) == ["Chequers"]


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
        # litotes, roles swapped, a decade written short
        (
            "Smith won the final, inflicting a defeat on Jones.",
            "Jones lost the final to Smith.",
            "direction",
        ),
        ("He made 70s horror films in Italy.", "He made 1970s horror films in Italy.", "date"),
        # amounts in words, a ratio for a share, a name the source gives after "of"
        ("15 people were hurt in the crash.", "Fifteen people were hurt in the crash.", "number"),
        ("120 people attended.", "One hundred and twenty people attended.", "number"),
        ("She bought 24 eggs.", "She bought two dozen eggs.", "number"),
        ("She bought 6 eggs.", "She bought half a dozen eggs.", "number"),
        ("120 people attended.", "A hundred and twenty people attended.", "number"),
        ("Nine in 10 residents tested positive.", "90% of residents tested positive.", "number"),
        (
            "Residents of nursing homes in the United States are at risk.",
            "residents of a california nursing home are at risk.",
            "location",
        ),
        ("The firm is based in Austin, Texas.", "the firm is based in austin tx.", "location"),
        # a negation said with another word: "unsure" for "did not know", "refrain from"
        (
            "Brown proposed at a party in Los Angeles.",
            "Brown proposed at a party in L.A.",
            "location",
        ),
        (
            "Staff of the European Commission must delete the app.",
            "The EU Commission told staff to delete the app.",
            "entity",
        ),
        (
            "Cardiff University said it was safe.",
            "A Cardiff university spokesman said it was safe.",
            "entity",
        ),
        (
            "Greater Manchester Police arrested two men.",
            "Manchester police arrested two men.",
            "entity",
        ),
        ("The Washington Post reported the deal.", "The Post reported the deal.", "entity"),
        # "may 19" in a lower-case source is the month
        (
            "The University of Pennsylvania's report was released.",
            "A University of Pennsylvania report was released.",
            "entity",
        ),
    ],
)
def test_paraphrases_that_are_no_change(suspect, source, kind):
    assert kind not in _changes(suspect, source)


def test_an_opposite_another_source_sentence_uses_is_no_reversal():
    first, second = "Treatment begins for people who test positive.", "Negative results reassure."
    source = f"{first} {second}"
    suspect = "Negative results allow treatment to begin for people."
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    t1 = Sentence("t", 0, 0, len(first), first, "body")
    t2 = Sentence("t", 1, len(first) + 1, len(source), second, "body")
    tagger = EntityTagger(nlp())
    assert "direction" in {c.type for c in find_changes(s, [t1], tagger=tagger, source_text=source)}
    both = find_changes(s, [t1, t2], tagger=tagger, source_text=source)
    assert "direction" not in {c.type for c in both}


def test_an_opposite_another_source_sentence_uses_of_something_else_is_still_a_reversal():
    first, second = "Smith won the Senate seat in Ohio.", "Jones lost the race in Texas."
    source = f"{first} {second}"
    suspect = "Smith lost the Senate seat in Ohio and Jones lost the race in Texas."
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    t1 = Sentence("t", 0, 0, len(first), first, "body")
    t2 = Sentence("t", 1, len(first) + 1, len(source), second, "body")
    got = find_changes(s, [t1, t2], tagger=EntityTagger(nlp()), source_text=source)
    assert "direction" in {c.type for c in got}


def test_a_rival_the_sentence_names_by_another_part_of_the_name_is_no_swap():
    source = "Karamo Brown and Ian Jordan got engaged. France wrote: I couldn't be happier for you, KK and Ian!"
    at = source.index("France")
    t = Sentence("t", 1, at, len(source), source[at:], "body")
    tagger = EntityTagger(nlp())
    for suspect, swapped in (
        ("France wrote that he couldn't be happier, congratulating Brown and Jordan.", False),
        ("France wrote that he couldn't be happier, congratulating Brown and Smith.", True),
    ):
        s = Sentence("s", 0, 0, len(suspect), suspect, "body")
        got = find_changes(s, [t], tagger=tagger, source_text=source, swaps=True)
        assert ("entity" in {c.type for c in got}) is swapped, suspect


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "Scientists hope to one day restore sight to millions.",
            "Scientists restored sight to 20 patients on Aug. 25, 2010.",
        ),
        (
            "Illinois researchers tested an OCT wand: here are 5 things you need to know.",
            "Illinois researchers tested an OCT wand on 35 patients.",
        ),
        ("6) A new £1bn fund for green projects.", "The bank has a new £1bn fund for projects."),
    ],
)
def test_a_time_or_figure_in_an_idiom_is_no_change(suspect, source):
    got = _changes(suspect, source)
    assert "date" not in got and "number" not in got


def test_a_count_in_a_plain_sentence_is_still_a_figure():
    got = _changes(
        "The council gave three reasons for the delay.",
        "The council gave two reasons for the delay.",
    )
    assert "number" in got
    assert "negation" not in _changes(
        "Refuse collections will be cut from weekly to fortnightly.",
        "Bin collections will be cut from weekly to fortnightly.",
    )


def test_a_speaker_after_a_job_title_is_named():
    suspect = "Kingsbury said the plans could create up to 28,000 jobs in Scotland."
    source = "WWF Scotland director Lang Banks said the plans could create up to 28,000 jobs."
    s = Sentence("s", 0, 0, len(suspect), suspect)
    t = Sentence("t", 0, 0, len(source), source)
    changes = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
    (change,) = [c for c in changes if c.type == "attribution"]
    assert (change.suspect.text, change.source.text) == ("Kingsbury", "Lang Banks")


def test_a_quote_given_to_another_named_speaker_is_an_attribution_change():
    # the other speaker is named in the source sentence: only the swap check sees the change
    suspect = '"We will never give up," said Ledley King after the match.'
    source = '"We will never give up," said Jermaine Jenas after the match, as Ledley King watched.'
    s = Sentence("s", 0, 0, len(suspect), suspect)
    t = Sentence("t", 0, 0, len(source), source)
    changes = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
    (change,) = [c for c in changes if c.type == "attribution"]
    assert (change.suspect.text, change.source.text) == ("Ledley King", "Jermaine Jenas")
    # "Gigi says Kendall has ..." names no speaker Kendall; "Jenner added a hat" is no speech
    for suspect, source in (
        (
            "Gigi, 19, says Kendall has a good sense of timing.",
            "Kendall has a good sense of timing, Gigi says.",
        ),
        ("Jenner added a party hat to her outfit.", "Kendall added a party hat to her outfit."),
    ):
        s = Sentence("s", 0, 0, len(suspect), suspect)
        t = Sentence("t", 0, 0, len(source), source)
        changes = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
        assert "attribution" not in {c.type for c in changes}, suspect


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # the rewrite keeps the claim of the source sentence's second speaker
        (
            "King said the lanes were a disaster for shops and drivers.",
            "Jenas said the plan was good, while King said the lanes were a disaster for shops "
            "and drivers.",
        ),
        # a group is no named speaker
        (
            "Critics said the lanes were a disaster for shops.",
            "Opponents said the lanes were a disaster for shops.",
        ),
    ],
)
def test_a_kept_speaker_or_a_group_is_no_attribution_change(suspect, source):
    s = Sentence("s", 0, 0, len(suspect), suspect)
    t = Sentence("t", 0, 0, len(source), source)
    changes = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
    assert "attribution" not in {c.type for c in changes}


def test_another_month_with_the_same_day_number_is_a_date_change():
    got = _changes(
        "Departments doubled their shredding before the act came into force on 1 April.",
        "Departments had doubled their shredding ahead of the act's implementation on 1 January.",
    )
    assert got["date"].suspect.text == "1 April"
    assert got["date"].source.text == "1 January"


def test_a_month_run_into_the_next_word_upstream_still_names_it():
    got = _changes(
        "Cases rose sharply during April-June 2020.",
        "cases increased considerably during apriljune of 2020.",
    )
    assert "date" not in got


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
    assert ("location" in _changes(suspect, source)) is changed


def test_an_organisation_is_not_named_by_a_common_word_of_the_source():
    got = _changes(
        "Dr. Zipes, a former president of the American Heart Association, said the heart "
        "rate matters.",
        "Dr. Zipes, past president of the American College of Cardiology, said the heart "
        "rate matters.",
    )
    assert got["entity"].suspect.text == "the American Heart Association"
    assert got["entity"].source.text == "the American College of Cardiology"


def test_an_organisation_is_not_named_by_a_topic_word_of_another_name():
    got = _changes(
        "Experts at the American Cancer Society reviewed the cancer data for the public.",
        "Experts at the National Cancer Institute reviewed the cancer data for the American "
        "public.",
    )
    assert "American Cancer Society" in got["entity"].suspect.text


def test_names_in_a_source_lower_cased_upstream_are_matched_in_any_case():
    got = _changes(
        "Their hits include a 1981 cover of John Lennon's Jealous Guy recorded at the Air Studios.",
        "Other hits include the 1981 john lennon cover, jealous guy, recorded at the air studios.",
    )
    assert "entity" not in got and "location" not in got


def test_a_title_case_line_in_the_body_is_style_not_names():
    got = _changes(
        "Rubio Unleashes Shocking Attack On Clinton's 'Radical' Abortion Stance",
        "Rubio used a question on abortion to attack Clinton, claiming her positions are radical.",
    )
    assert "entity" not in got


def test_two_countries_with_the_same_first_word_can_be_swapped():
    got = _changes_in(
        "Exports to the United States fell by a third last year.",
        "Exports to the United Kingdom fell by a third last year.",
        "Trade with the United States grew. Exports to the United Kingdom fell by a third "
        "last year.",
    )
    assert got["location"].suspect.text == "the United States"


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        (
            "University funding was reduced by the government.",
            "Higher education funding was cut by the government.",
            "direction",
        ),
        ("The vote will be held on Tuesday, Nov. 5.", "The vote will be held on Nov. 5.", "date"),
        (
            "He lives in Saint Louis now, he said.",
            "He lives in St. Louis now, he said.",
            "location",
        ),
        ("He climbed Mount Everest last year.", "He climbed Everest last year.", "location"),
        (
            "The National Weather Service warned that snow would fall in Boston overnight.",
            "The weather service warned that snow would fall in Boston overnight.",
            "entity",
        ),
    ],
)
def test_faithful_wordings_that_once_looked_like_changes(suspect, source, kind):
    assert kind not in _changes(suspect, source)


def test_a_sea_named_with_another_compass_point_is_a_location_change():
    got = _changes(
        "Chinese ships patrolled the South China Sea on Monday.",
        "Chinese ships patrolled the East China Sea on Monday.",
    )
    assert "South China Sea" in got["location"].suspect.text


def test_more_of_one_thing_and_fewer_of_another_is_no_reversal():
    got = _changes(
        "Gang members have dwindled while the number of graduates has soared.",
        "There are more graduates and fewer gang members in the neighbourhood.",
    )
    assert "direction" not in got


def _changes_in(suspect: str, source_sentence: str, article: str) -> dict:
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    start = article.index(source_sentence)
    t = Sentence("t", 0, start, start + len(source_sentence), source_sentence, "body")
    found = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=article, swaps=True)
    return {c.type: c for c in found}


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
        (  # a day named in the source, run into the line before it upstream
            "West Ham won Tuesday's game 3-2 in their last match at the Boleyn Ground.",
            "Media playback is not supported on this deviceTuesday's game, which West Ham won "
            "3-2, was the last at the Boleyn Ground.",
            "date",
        ),
        (  # two source sentences, each moving its own way
            "Initial claims rose to 367,000, while continuing claims fell to a low.",
            "Initial claims jumped to 367,000. Continuing claims slipped to a low.",
            "direction",
        ),
    ],
)
def test_wordings_that_change_nothing(suspect, source, kind):
    assert kind not in _changes(suspect, source)


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
        (
            "The Los Angeles Police Department opened an inquiry.",
            "The New York Police Department opened an inquiry.",
            "entity",
        ),
    ],
)
def test_changes_the_first_cut_of_this_rule_missed(suspect, source, kind):
    assert kind in _changes(suspect, source)


def test_larger_for_smaller_is_a_direction_change():
    got = _changes(
        "People with larger social networks are more likely to be hostile online.",
        "People are hostile online when they have a smaller social network, a study finds.",
    )
    assert got["direction"].suspect.text == "larger"
    assert got["direction"].source.text == "smaller"


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
        # a hyphenated word the source writes too
        (
            "A day earlier, Rob posted shots of Dream in a black T-shirt and black sneakers.",
            "On Friday, Rob Kardashian shared snaps of Dream in a black T-shirt and black sneakers.",
            "entity",
            False,
        ),
        # a hashtag in prose names a thing; a run of tags at the end does not
        (
            "He was criticised for his comments on the #MeToo movement at the awards.",
            "He was praised for his comments at the awards.",
            "entity",
            True,
        ),
    ],
)
def test_forms_that_say_the_same_and_changes_that_do_not(suspect, source, kind, changed):
    assert (kind in _changes(suspect, source)) is changed


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
    got = _changes(
        "The panel approved the bill – 12 changes to the draft were made.",
        "The panel approved the bill with 9 changes to the draft.",
    )
    assert "number" in got


def _dropped(suspect: str, source: str, beside: str = "") -> list:
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    t = Sentence("t", 0, 0, len(source), source, "body")
    found = find_changes(
        s,
        [t],
        tagger=EntityTagger(nlp()),
        source_text=source,
        said_beside=stems(beside) | acronyms(beside),
    )
    return [c for c in found if c.type == "attribution"]


def test_a_claim_stripped_of_its_according_to_is_an_attribution_change():
    (change,) = _dropped(
        "Building a robot that can use robotiquette with people will take many more years.",
        "However, according to researchers, it will still take many years to build a robot "
        "that can use robotiquette with people.",
    )
    assert change.suspect is None
    assert change.source.text == "according to researchers"
    assert "without saying who" in change.explanation


@pytest.mark.parametrize(
    ("suspect", "beside"),
    [
        # the party kept, in the sentence or next to it
        ("The researchers say it will take many years to build a robot with robotiquette.", ""),
        ("It will take many years to build a robot with robotiquette.", "Researchers at MIT"),
        # still said to come from someone, if not whom
        ("It will reportedly take many years to build a robot with robotiquette.", ""),
        # drew on the other part of the source sentence, not the attributed claim
        ("The robot greeted visitors at the lab on Monday.", ""),
    ],
)
def test_an_attribution_kept_or_not_drawn_on_is_no_attribution_change(suspect, beside):
    source = (
        "According to researchers, it will take many years to build a robot with robotiquette, "
        "though the robot greeted visitors at the lab on Monday."
    )
    assert _dropped(suspect, source, beside) == []


@pytest.mark.parametrize(
    ("suspect", "source", "beside"),
    [
        # nobody: "according to plan"
        (
            "The new stadium will open to fans in 2025.",
            "The new stadium will open to fans in 2025, according to plan.",
            "",
        ),
        # the party named beside it by its acronym, or with an apostrophe in its name
        (
            "The central bank will cut rates next year.",
            "The central bank will cut rates next year, according to the International "
            "Monetary Fund.",
            "The IMF said so",
        ),
        (
            "The service will close two wards next year.",
            "The service will close two wards next year, according to Ireland's Health "
            "Service Executive.",
            "The HSE said so",
        ),
        (
            "The central bank will cut rates next year.",
            "The central bank will cut rates next year, according to O'Brien.",
            "O'Brien said so",
        ),
    ],
)
def test_according_to_nobody_or_to_a_party_named_beside_is_no_dropped_attribution(
    suspect, source, beside
):
    said = stems(beside) | acronyms(beside)
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    t = Sentence("t", 0, 0, len(source), source, "body")
    changes = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, said_beside=said)
    assert "attribution" not in {c.type for c in changes}


def test_an_acronym_is_named_only_in_capitals():
    # "according to the World Health Organization": "who" the word names nobody
    (change,) = _dropped(
        "Cases will double by the end of the year.",
        "Cases will double by the end of the year, according to the World Health Organization.",
        beside="Doctors who treat patients are worried.",
    )
    assert change.source.text == "according to the World Health Organization"


def test_a_reported_fact_stripped_of_its_according_to_is_only_an_omission():
    # summaries drop "according to" from facts routinely; the omission list still shows it
    assert (
        _dropped(
            "He faces a maximum of 10 years in prison if found guilty.",
            "He faces a maximum of 10 years in prison if found guilty, according to the indictment.",
        )
        == []
    )


def test_a_speaker_dropped_from_a_paraphrase_is_only_an_omission():
    # rewrites drop "X says" routinely; the claim keeps its source, listed as omitted
    assert (
        _dropped(
            "The test is easier, as it only requires one stool sample.",
            "Maddipatla says this test is easier, as it only requires one stool sample.",
        )
        == []
    )


def test_compare_marks_a_claim_whose_source_attribution_was_dropped_altered():
    source = (
        "The council met on Monday. According to the Congressional Budget Office, 115,000 "
        "disabled children will receive improved health care under the act. The vote is due "
        "in May."
    )
    suspect = (
        "The council met on Monday. Some 115,000 disabled children will receive improved "
        "health care under the act. The vote is due in May."
    )
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    finding = next(f for f in report.findings if "115,000" in f.text)
    assert finding.label == "altered"
    assert [c.type for c in finding.changes] == ["attribution"]
    omitted = [o for o in report.omissions if o.kind == "attribution"]
    assert [o.text for o in omitted] == ["According to the Congressional Budget Office"]


def _swapped(suspect: str, source: str) -> dict:
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    t = Sentence("t", 0, 0, len(source), source, "body")
    return {c.type: c for c in substitution_changes(s, [t])}


@pytest.mark.parametrize(
    ("suspect", "source", "kind", "said", "had"),
    [
        # opposites in WordNet, in otherwise shared wording
        (
            "Astronomers used the telescope to peer outside the heart of spiral galaxies.",
            "Astronomers used the telescope to peer inside the heart of spiral galaxies.",
            "negation",
            "outside",
            "inside",
        ),
        (
            "Officials said it was an uncontrolled burn of the chemicals.",
            "Officials said it was a controlled burn of the chemicals.",
            "negation",
            "uncontrolled",
            "controlled",
        ),
        # which way a quantity went
        (
            "Shares in the pizza chain have risen after the profit warning.",
            "Shares in the pizza chain have tumbled after the profit warning.",
            "direction",
            "risen",
            "tumbled",
        ),
        (
            "The bank said it would conduct emergency bond selling to contain yields.",
            "The bank said it would conduct emergency bond buying to contain yields.",
            "direction",
            "selling",
            "buying",
        ),
        # a comparison turned round
        (
            "Smokers were less likely to recover from the infection, the study found.",
            "Smokers were more likely to recover from the infection, the study found.",
            "direction",
            "less",
            "more",
        ),
        # a figure in words, an ordinal, and a scale word, swapped for another
        (
            "Yields touched 0.5% for a first straight session on Wednesday.",
            "Yields touched 0.5% for a second straight session on Wednesday.",
            "number",
            "first",
            "second",
        ),
        (
            "The collapse killed at least three people and left 50 missing.",
            "The collapse, on Wednesday, killing at least two people and leaving 50 missing.",
            "number",
            "three",
            "two",
        ),
        (
            "The administration wants the most bang for the millions it has at its disposal.",
            "The administration wants the most bang for the billions it has at its disposal.",
            "number",
            "millions",
            "billions",
        ),
        # how often
        (
            "Patients who took the vitamin once a day were less likely to get new cancers.",
            "Patients who took the vitamin twice a day cut their chances of new cancers.",
            "number",
            "once",
            "twice",
        ),
        # one moment put on the other side of another
        (
            "The crash happened on Interstate 5 shortly after 11 p.m., the patrol said.",
            "The crash happened on Interstate 5 just before 11 Thursday night, the patrol said.",
            "date",
            "after",
            "before",
        ),
        # ... at the start of the sentence too
        (
            "Before the vote, the minister resigned from the cabinet.",
            "After the vote, the minister resigned from the cabinet.",
            "date",
            "Before",
            "After",
        ),
        # another party
        (
            "Conservative peer Baroness Kennedy said people already believed in dirty tricks.",
            "Labour peer Baroness Kennedy said people already thought politicians were dirty.",
            "entity",
            "Conservative",
            "Labour",
        ),
    ],
)
def test_a_word_swapped_for_its_opposite_or_a_figure_in_shared_wording(
    suspect, source, kind, said, had
):
    change = _swapped(suspect, source)[kind]
    assert (change.suspect.text, change.source.text) == (said, had)
    assert suspect[change.suspect.start : change.suspect.end] == said


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # two opposites in one slot say the same thing
        (
            "They tried to fill gaps for less conclusive treatments such as steroids.",
            "They tried to fill gaps for more inconclusive treatments such as steroids.",
        ),
        # a negation said with a word is the negation check's business
        (
            "Politifact labelled the story as inaccurate and Facebook blocked it.",
            "Politifact said the story was not accurate and Facebook blocked it.",
        ),
        # a light verb's opposite depends on its construction
        (
            "Mothers who took fish oil during pregnancy had bigger children.",
            "Mothers who were given fish oil during pregnancy had bigger children.",
        ),
        # the same figure said another way, an approximation, a lost dash, a date
        (
            "Adults require 7-9 hours of sleep a night.",
            "Adults require 79 hours of sleep a night.",
        ),
        (
            "The boat was carrying 105 African migrants when it sank.",
            "The boat was carrying more than 100 African migrants when it sank.",
        ),
        ("The home of 1,200 healthcare workers.", "The home of 1.200 healthcare workers."),
        (
            "It was the twenty-first time the club won the title.",
            "It was the 21st time the club won the title.",
        ),
        (
            "Petty died on October 2, 2017 in Santa Monica.",
            "Petty died on October 3, 2017 in Santa Monica.",
        ),
        # a "not" (a curly "n’t" too) in one text's slot: the negation check's business
        (
            "The witness wasn’t able to identify the attacker in court.",
            "The witness was unable to identify the attacker in court.",
        ),
        # "persuade ... not to" for "dissuade ... from"
        (
            "They were able to dissuade their mother from discussing her.",
            "They were able to persuade their mother not to discuss her.",
        ),
        # "little" before the source's word is the suspect's "un-"
        (
            "The court sanctioned Baikal, the relatively unknown firm that bought the asset.",
            "The court sanctioned Baikal, the little known firm that bought the asset.",
        ),
        # a WordNet opposite of a rare sense
        (
            "Critics have raised accusations of corruption against him.",
            "Critics have levelled accusations of corruption against him.",
        ),
        # the number of a list item
        (
            "8. McCain talks a big game about special interests.",
            "7. McCain talks a big game about special interests.",
        ),
        # a synonym in the slot is a paraphrase
        (
            "Astronomers used the telescope to look inside the heart of spiral galaxies.",
            "Astronomers used the telescope to peer inside the heart of spiral galaxies.",
        ),
        # "before" and "after" that say the same: after a "not" or "until", or "after all"
        (
            "The shops will open after 9 a.m. on Sunday.",
            "The shops will not open before 9 a.m. on Sunday.",
        ),
        (
            "A decision is not expected before the election, officials said.",
            "A decision is not expected until after the election, officials said.",
        ),
        (
            "The plan, after all, was approved by the council before the vote.",
            "The plan, before the vote, was approved by the council after all.",
        ),
        # one party by two names
        (
            "The Tory leader spoke to reporters outside.",
            "The Conservative leader spoke to reporters outside.",
        ),
    ],
)
def test_no_substitution_where_the_slot_says_the_same(suspect, source):
    assert _swapped(suspect, source) == {}


@pytest.mark.parametrize(
    ("suspect", "source", "said", "had"),
    [
        (
            "He admitted the charge at the hearing on Monday.",
            "He denied the charge at the hearing on Monday.",
            "admitted",
            "denied",
        ),
        (
            "The witness was able to identify the attacker in court.",
            "The witness was unable to identify the attacker in court.",
            "able",
            "unable",
        ),
        # the same "no" after the slot in both: the swap stands
        (
            "The bill passed with no opposition in the Senate.",
            "The bill failed with no opposition in the Senate.",
            "passed",
            "failed",
        ),
        (
            "There was much support for the plan among residents.",
            "There was little support for the plan among residents.",
            "much",
            "little",
        ),
        (
            "The fact-checkers rated the senator's claim true on their website.",
            "The fact-checkers rated the senator's claim false on their website.",
            "true",
            "false",
        ),
    ],
)
def test_a_swap_of_opposites_is_one_change_however_the_negation_check_reads_it(
    suspect, source, said, had
):
    changes = [c for c in _changes_list(suspect, source) if c.type in ("negation", "direction")]
    assert [(c.suspect.text, c.source.text) for c in changes] == [(said, had)]


def test_a_word_both_texts_use_elsewhere_is_still_swapped():
    # "no right to receive" is in both; "is right" for "is wrong" is the swap
    got = _swapped(
        "He has no right to receive the money under his contracts, and that is right, they said.",
        "He has no right to receive the money under his contracts, and that is wrong, they said.",
    )
    assert (got["negation"].suspect.text, got["negation"].source.text) == ("right", "wrong")


def test_a_scale_slip_in_a_figure_is_a_number_change():
    # the same digits: a range whose dash was lost has two figures on one side, this not
    assert (
        _swapped(
            "The company raised £2.5m in the funding round.",
            "The company raised £25m in the funding round.",
        )["number"].suspect.text
        == "2.5m"
    )


def test_a_swap_the_date_check_already_typed_is_not_repeated():
    got = _changes(
        "The ceasefire began on 14 March after the talks.",
        "The ceasefire began on 12 March after the talks.",
    )
    assert "date" in got and "number" not in got


def test_a_party_in_the_possessive_is_no_direction_and_two_sources_moving_both_ways_agree():
    # "to Disney's film": the party of the preposition is the film
    got = _changes(
        "She likened her daughter to Moana, the princess from Disney's 2016 film.",
        "He likened his daughter to Disney's 2016 princess Moana.",
    )
    assert "direction" not in got
    # one source sentence says "jumped", the other "slipped": a suspect saying both is no flip
    suspect = (
        "Initial jobless claims rose to 367,000, while continuing claims fell to their "
        "lowest since 2001."
    )
    sources = [
        "Initial jobless claims jumped to 367,000, the highest since September.",
        "However, continuing claims slipped to their lowest level since 2001.",
    ]
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    ts, start = [], 0
    for i, text in enumerate(sources):
        ts.append(Sentence("t", i, start, start + len(text), text, "body"))
        start += len(text) + 1
    changes = find_changes(s, ts, tagger=EntityTagger(nlp()), source_text=" ".join(sources))
    assert "direction" not in {c.type for c in changes}


def test_a_body_swapped_for_one_of_the_same_kind_the_tagger_calls_otherwise_is_an_entity():
    # "Kent Police" (tagged an organisation) for "West Midlands Police" (tagged a place);
    # the source names Kent elsewhere, so only the swap shows the change
    suspect = (
        "Assistant Chief Constable Marcus Beale, of Kent Police, said the sentences sent a "
        "clear message to anyone planning to travel to Syria."
    )
    source = (
        "Assistant Chief Constable Marcus Beale, from West Midlands Police, said the "
        "sentences send a clear message to anyone planning to travel to Syria."
    )
    article = source + " One of the men had lived in Kent."
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    t = Sentence("t", 0, 0, len(source), source, "body")
    changes = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=article, swaps=True)
    (change,) = [c for c in changes if c.type == "entity"]
    assert (change.suspect.text, change.source.text) == ("Kent Police", "West Midlands Police")


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # a changed score: figures in digits are no number spelled in parts
        (
            "Arsenal beat Chelsea 3-0 at the Emirates on Sunday.",
            "Arsenal beat Chelsea 2-1 at the Emirates on Sunday.",
            "number",
        ),
        # what a possessive party owns is part of the party: the same ports, turned round
        (
            "Tankers carried oil to Iran's ports last year, the report said.",
            "Tankers carried oil from Iran's ports last year, the report said.",
            "direction",
        ),
        # another source sentence moving the suspect's way counts only for the same quantity
        (
            "Official figures show unemployment climbed in May and wages rose too.",
            "Unemployment dipped in May, according to official figures. Wages climbed 2 percent.",
            "direction",
        ),
    ],
)
def test_changes_the_narrowing_rules_must_still_see(suspect, source, kind):
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    assert kind in {c.type for f in report.findings for c in f.changes}


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # an agency with its country, and its acronym
        (
            "Doctors can look for plaques after the US Food and Drug Administration approved it.",
            "Last week, the FDA approved an agent that lets doctors look for plaques.",
        ),
        # the platform for its post
        (
            "Grande wrote to survivors on Twitter that she was thinking of them all today.",
            "The pop star wrote in a tweet to survivors that she was thinking of them all today.",
        ),
    ],
)
def test_a_body_named_another_way_is_no_entity_change(suspect, source):
    assert "entity" not in _changes(suspect, source)


def test_a_year_ago_is_the_anniversary_the_source_marks():
    source = (
        "Fans gathered today in Manchester to mark the anniversary of the concert bombing "
        "that killed 22 people."
    )
    assert "date" not in _changes(
        "Manchester paused to remember the 22 people killed at the concert a year ago.", source
    )
    # ... not two years, for a first anniversary
    assert "date" in _changes(
        "Manchester paused to remember the 22 people killed at the concert two years ago.",
        source.replace("the anniversary", "the first anniversary"),
    )


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # an opposite the source says with a "not"
        (
            "Trials of psychiatric drugs typically exclude people younger than 18, he added.",
            "Trials of drugs for mental illness typically don’t include people younger than 18.",
            "direction",
        ),
        (
            "Most attacks are pragmatic, said Paul King.",
            "Not least, said Paul King, attacks.",
            "direction",
        ),
        # a share in words and in figures
        (
            "The drug lowered the risk of prostate cancer by roughly 25 percent in men.",
            "The drug was found to reduce the risk of prostate cancer by about a quarter in men.",
            "number",
        ),
    ],
)
def test_the_same_claim_in_other_words_is_no_change(suspect, source, kind):
    assert kind not in _changes(suspect, source)


def test_a_share_swapped_for_another_is_a_number_change():
    got = _changes(
        "Only about half of people at high risk will go on to develop mental illness.",
        "Only about a third of people at high risk will go on to develop mental illness.",
    )
    assert (got["number"].suspect.text, got["number"].source.text) == ("half", "a third")


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # a name swapped in the attribution changes who said it
        (
            "The test cuts deaths by 15 to 33 percent, according to the American Cancer Society.",
            "The test can cut deaths by 15 to 33 percent, according to the National Cancer "
            "Institute.",
            "attribution",
        ),
        (
            "Earlier this month, accountancy firm KPMG said that the forecasts were too rosy.",
            "Earlier this month, accountancy firm Ernst & Young said that the forecasts were too "
            "rosy.",
            "attribution",
        ),
        # ... anywhere else, who did it
        ("KPMG bought the firm on Monday.", "Ernst & Young bought the firm on Monday.", "entity"),
        # an age is a number; a nationality or a faith is who
        (
            "The 27-year-old actress said she skipped dinner every night.",
            "According to the 26-year-old actress, she skipped dinner every night.",
            "number",
        ),
        (
            "They pointed to a smaller Swedish study that recorded I.Q. gains at age 4.",
            "They cited a smaller Norwegian study that found I.Q. increases at age 4.",
            "entity",
        ),
        (
            "The Muslim community gathered on Friday.",
            "The Christian community gathered on Friday.",
            "entity",
        ),
    ],
)
def test_a_changed_name_or_figure_is_typed_by_what_it_is(suspect, source, kind):
    assert [c.type for c in _changes_list(suspect, source)] == [kind]


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
        # a party only as a name, and the right of one country for the right of another
        (
            "The ruling angered conservatives across the country.",
            "The ruling angered Republicans across the country.",
            "entity",
            False,
        ),
        (
            "The bill passed after a democratic vote.",
            "The bill passed after a republican vote.",
            "entity",
            False,
        ),
        (
            "The Tory leader spoke to reporters.",
            "The Conservative leader spoke to reporters.",
            "entity",
            False,
        ),
        # an agency with its country: the acronym in full, but not two letters of it
        (
            "Officials from the US Department of Agriculture said so.",
            "Officials from the USDA said so.",
            "entity",
            False,
        ),
        (
            "Officials from the US Department of Agriculture said so.",
            "Officials from the DA said so.",
            "entity",
            True,
        ),
        # an opposite the source says with "failed to"
        (
            "The challenger won and the incumbent mayor lost.",
            "The challenger won and the incumbent mayor failed to win.",
            "direction",
            False,
        ),
        # when, turned round at the sentence's start
        (
            "Later, the minister resigned from the cabinet.",
            "Earlier, the minister resigned from the cabinet.",
            "date",
            True,
        ),
    ],
)
def test_review_cases_for_the_wider_checks(suspect, source, kind, found):
    assert (kind in _changes(suspect, source)) is found


def test_a_year_left_unsaid_reads_the_source_as_written():
    from unspun.audit.dates import year_left_unsaid

    # "İ" lower-cases to two characters: offsets must not drift
    source = "İYİ İzmir İstanbul İnönü İİ leaders met him on May 5."
    assert year_left_unsaid("May 5, 2019", source)
    assert not year_left_unsaid("May 5, 2019", "he may 5 times")


def _close_changes(suspect: str, source: str) -> dict:
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    t = Sentence("t", 0, 0, len(source), source, "body")
    found = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
    return {c.type: c for c in found}


@pytest.mark.parametrize(
    ("suspect", "source", "crossed"),
    [
        # two parties change places around the same verb
        (
            "Jones beat Smith in the final on Sunday.",
            "Smith beat Jones in the final on Sunday.",
            True,
        ),
        (
            "The researchers believe psoriasis may contribute to the risk of developing obesity "
            "through inflammation.",
            "The researchers believe that obesity may contribute to the risk for development of "
            "psoriasis through inflammation.",
            True,
        ),
        # ... but not a symmetric verb, the passive, a time moved, or a description
        (
            "Kim met Putin in Vladivostok on Wednesday.",
            "Putin met Kim in Vladivostok on Wednesday.",
            False,
        ),
        (
            "In one case, a firm used a DDoS attack to knock its rivals offline.",
            "One DDoS attack was used by one firm to knock its competitors offline.",
            False,
        ),
        (
            "Trading standards officers first stopped him in December 2002 in his car.",
            "In December 2002, he was stopped in his car by trading standards officers.",
            False,
        ),
        (
            "She likened her daughter to Moana, the princess from Disney's 2016 film.",
            "He likened his daughter to Disney's 2016 princess Moana.",
            False,
        ),
        (
            "A second agent was studied in a new study released on Monday by the Academy.",
            "On Monday, the Academy released a new study of a second agent.",
            False,
        ),
        # the same claim told from the other side
        (
            "Smith won the final, inflicting a defeat on Jones.",
            "Jones lost the final to Smith.",
            False,
        ),
    ],
)
def test_two_parties_that_changed_places_are_a_direction_change(suspect, source, crossed):
    assert ("direction" in _close_changes(suspect, source)) is crossed


@pytest.mark.parametrize(
    ("suspect", "source", "kind", "found"),
    [
        # one-sided verbs, comparisons and two-sided verbs: no parties changed places
        (
            "The yen weakened after the central bank's surprise move.",
            "The central bank's surprise move weakened the yen.",
            "direction",
            False,
        ),
        (
            "On average, women earn less than men in the sector.",
            "On average, men earn more than women in the sector.",
            "direction",
            False,
        ),
        (
            "The company merged with its rival last year.",
            "Its rival merged with the company last year.",
            "direction",
            False,
        ),
        (
            "Chelsea will face Arsenal in the final.",
            "Arsenal will face Chelsea in the final.",
            "direction",
            False,
        ),
        # only the speaker's own name makes an attribution change
        (
            "Most owners are happy, according to a Pew survey of Samsung users.",
            "Most owners are happy, according to a Pew survey of Apple users.",
            "attribution",
            False,
        ),
        (
            '"We will never give up," said SEC chairman William Donaldson.',
            '"We will never give up," said Donald Nicolaisen, the SEC\'s chief accountant.',
            "attribution",
            True,
        ),
        # a fortnight is two weeks
        (
            "Talks resumed after two weeks of deadlock.",
            "Talks resumed after a fortnight of deadlock, two months after the ceasefire.",
            "date",
            False,
        ),
    ],
)
def test_third_review_cases(suspect, source, kind, found):
    got = _close_changes(suspect, source) if kind == "direction" else _changes(suspect, source)
    assert (kind in got) is found
