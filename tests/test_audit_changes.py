"""Behaviour added for issue 3: fewer false flags on paraphrase, same typed evidence."""

import pytest
from helpers import _changes, _changes_list

import unspun
from unspun.audit import EntityTagger, find_changes, new_specifics
from unspun.audit.forms import TextForms, article_forms
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


@pytest.mark.parametrize(
    ("suspect", "source", "kind", "found"),
    [
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
    got = _changes(suspect, source)
    assert (kind in got) is found
