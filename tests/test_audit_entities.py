"""Entities (audit/entities.py): names, figures and times a sentence changes from its source, or says another way."""

import pytest
from helpers import changes_by_type, changes_list

import unspun
from unspun.audit import EntityTagger, find_changes
from unspun.documents import Sentence, split_sentences
from unspun.models import nlp

# --- the same name in another form: acronyms, aliases, nationalities ----------------------


def test_acronym_and_its_expansion_are_the_same_entity():
    got = changes_by_type(
        "The CDC urged people with symptoms to stay home on Monday.",
        "The Centers for Disease Control and Prevention urged people with symptoms to stay "
        "home on Monday.",
    )
    assert "entity" not in got


def test_dotted_country_short_form_is_not_a_location_change():
    got = changes_by_type(
        "In the US there are more than 432,000 cases.",
        "in the u.s. we have more than 432,000 cases.",
    )
    assert "location" not in got and "number" not in got


def test_an_abbreviation_is_not_a_swap_for_its_name():
    s = "HGI built a tracker for local risk; the institute said it helps."
    t = "The Harvard Global Health Institute built a tracker for local risk."
    got = changes_by_type(s, t)
    assert got.get("entity") is None or got["entity"].source is None


def test_an_abbreviation_the_sentence_defines_names_nothing_new():
    got = changes_by_type(
        "Hospitals may let healthcare workers (HCWs) with mild symptoms return to work.",
        "hospitals may let healthcare personnel with mild symptoms return to work.",
    )
    assert "entity" not in got


def test_nationality_adjective_matches_its_country():
    got = changes_by_type(
        "Italian doctors reported 362 cases.", "doctors in italy reported 362 cases."
    )
    assert "entity" not in got


def test_nationality_without_a_shared_prefix_matches_its_country():
    got = changes_by_type(
        "Irish locks helped flip the score.", "Locks from Ireland helped flip the score."
    )
    assert "entity" not in got


def test_the_pronoun_us_is_not_the_united_states():
    got = changes_by_type(
        "American officials met the minister in Kyiv.",
        "Officials met the minister in Kyiv, a spokesman told us.",
    )
    assert "entity" in got


def test_us_in_a_lower_case_source_may_be_the_country():
    assert "entity" not in changes_by_type(
        "Yukos is due to appear in an American court on Thursday.",
        "yukos is due in a us court on thursday as it fights for survival.",
    )


def test_us_before_a_noun_of_state_is_the_country():
    assert "entity" not in changes_by_type(
        "Yukos' American legal team will push to freeze the assets of Baikal.",
        "Yukos' us lawyers will attempt to have Baikal assets frozen after a us court order.",
    )


def test_part_of_a_name_the_source_gives_in_part():
    assert "entity" not in changes_by_type(
        "She beat Alan Hollinghurst's Man Booker Prize-winning novel to the award.",
        "she won the award after beating booker winner alan hollinghurst's novel.",
    )


@pytest.mark.parametrize(
    ("suspect", "flagged"),
    [
        ("The plan was praised by SEC chairman William Donaldson.", True),  # not "Donald"
        ("The plan was praised by Donald Nicolaisen.", False),
        ("The plan was praised by Mr Nicolaisen's office.", False),
        ("The plan was praised by Volodymyr Zelenskyy.", False),  # a letter more
        ("The plan was praised. #VolodymyrZelensky #Jelena", False),  # tags, not parties
    ],
)
def test_a_person_is_named_by_the_whole_name_not_its_first_letters(suspect, flagged):
    source = (
        "The plan was praised by Donald Nicolaisen, the SEC's chief accountant, and by "
        "Volodymyr Zelensky."
    )
    assert ("entity" in changes_by_type(suspect, source)) == flagged


def test_names_in_a_source_lower_cased_upstream_are_matched_in_any_case():
    got = changes_by_type(
        "Their hits include a 1981 cover of John Lennon's Jealous Guy recorded at the Air Studios.",
        "Other hits include the 1981 john lennon cover, jealous guy, recorded at the air studios.",
    )
    assert "entity" not in got and "location" not in got


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
    assert "entity" not in changes_by_type(suspect, source)


# --- what is a name: an opening verb, title case, an organisation's words -----------------


def test_an_opening_verb_is_not_a_name():
    got = changes_by_type(
        "Notify your supervisor if someone you live with falls ill.",
        "tell your supervisor if someone you live with falls ill.",
    )
    assert "entity" not in got


@pytest.mark.parametrize("reference", ["&#x27;", "&#233;", "&amp;"])
def test_an_html_character_reference_left_in_scraped_text_is_not_a_name(reference):
    source = "Users upload content and host their own sites, a report by think-tank Demos said."
    got = changes_by_type(source.replace("content and", f"content {reference} and"), source)
    assert "entity" not in got


def test_a_title_case_line_in_the_body_is_style_not_names():
    got = changes_by_type(
        "Rubio Unleashes Shocking Attack On Clinton's 'Radical' Abortion Stance",
        "Rubio used a question on abortion to attack Clinton, claiming her positions are radical.",
    )
    assert "entity" not in got


def test_a_word_changed_in_a_title_case_headline_is_caught():
    assert "entity" in changes_by_type(
        "These US Athletes Caused Controversy at the 2018 Winter Olympics and more than a few "
        "of them came home with nothing.",
        "These US Athletes Won Medals at the 2018 Winter Olympics and more than a few of them "
        "came home with gold.",
    )


def test_a_run_of_everyday_title_case_words_is_no_entity():
    source = (
        "Mr Nath also announced plans to allow foreign investors to develop a smaller area of "
        "any land they acquired. Trade unions said the move threatened the country's "
        "self reliance."
    )
    headline = "Cabinet Eases Land Rules for Overseas Developers as Unions Warn of Threat"
    s = Sentence("s", 0, 0, len(headline), headline, "headline")
    t = Sentence("t", 0, 0, len(source), source, "body")
    changes = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
    assert [c for c in changes if c.type in ("entity", "location")] == []
    # everyday words that make one organisation's name are a name
    ecb = "European Central Bank Raises Interest Rates Again"
    boe = "The Bank of England raised interest rates again on Thursday."
    s = Sentence("s", 0, 0, len(ecb), ecb, "headline")
    t2 = Sentence("t", 0, 0, len(boe), boe, "body")
    changes = find_changes(s, [t2], tagger=EntityTagger(nlp()), source_text=boe, swaps=True)
    assert any(c.type == "entity" for c in changes)
    # a run with a name in it still names someone
    named = "Chidambaram Eases Land Rules as Unions Warn of Threat"
    s = Sentence("s", 0, 0, len(named), named, "headline")
    changes = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
    assert any("Chidambaram" in c.suspect.text for c in changes if c.type == "entity")


def test_an_organisation_is_not_named_by_a_common_word_of_the_source():
    got = changes_by_type(
        "Dr. Zipes, a former president of the American Heart Association, said the heart "
        "rate matters.",
        "Dr. Zipes, past president of the American College of Cardiology, said the heart "
        "rate matters.",
    )
    assert got["entity"].suspect.text == "the American Heart Association"
    assert got["entity"].source.text == "the American College of Cardiology"


def test_an_organisation_is_not_named_by_a_topic_word_of_another_name():
    got = changes_by_type(
        "Experts at the American Cancer Society reviewed the cancer data for the public.",
        "Experts at the National Cancer Institute reviewed the cancer data for the American "
        "public.",
    )
    assert "American Cancer Society" in got["entity"].suspect.text


# --- swaps: another name of the same source in place of the one it gives ------------------


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


def test_a_surname_for_the_first_name_is_no_swap():
    source = "Ian Whitfield proposed on Sunday. Mary wrote: I could not be happier for Kim and Ian!"
    suspect = "Mary Smith wrote that she was happy for Kim Lee and Whitfield."
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    t = Sentence("t", 0, 34, len(source), source[34:], "body")
    tagger = EntityTagger(nlp())
    got = find_changes(s, [t], tagger=tagger, source_text=source, swaps=True)
    assert "entity" not in {c.type for c in got}


def test_a_relative_is_not_the_other_name_of_a_person():
    source = "President Joe Biden spoke. Hunter Biden was charged. Prosecutors said Hunter lied on a form."
    suspect = "Prosecutors said Joe Biden lied on a form."
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    at = source.index("Prosecutors")
    t = Sentence("t", 0, at, len(source), source[at:], "body")
    got = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
    assert "entity" in {c.type for c in got}


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


# --- vague times and amounts, idioms, and what type a change reports ----------------------


def test_vague_times_and_amounts_are_not_changes():
    got = changes_by_type(
        "Staff use protective equipment daily, and hundreds of clinics rely on it.",
        "Staff use protective equipment every day, and 300 clinics rely on it.",
    )
    assert "date" not in got and "number" not in got


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
    got = changes_by_type(suspect, source)
    assert "date" not in got and "number" not in got


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
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
    assert [c.type for c in changes_list(suspect, source)] == [kind]


def test_lower_case_words_the_tagger_calls_a_name_are_none_in_cased_text():
    # spaCy tags "boycotts the" an organisation and "boycotts" a place in these headlines
    source = "Allison Janney has celebrated her Oscar win by sporting a top bearing a slogan."
    got = changes_by_type("Allison Janney boycotts the Oscars after controversial snub", source)
    assert "entity" not in got and "location" not in got
    got = changes_by_type("Allison Janney boycotts the BAFTAs after a snub by Warner Bros", source)
    assert "location" not in got
    assert got["entity"].suspect.text == "BAFTAs"


def test_an_age_is_no_rival_to_a_day():
    # spaCy tags "58-year-old" a date: the weekday it is set against must be the source's day
    got = changes_by_type(
        "In a statement released on Monday, Janney said she was disappointed.",
        "The 58-year-old star took the award at the Academy Awards on Sunday.",
    )
    assert got["date"].source is not None and got["date"].source.text == "Sunday"
    alone = changes_by_type(
        "In a statement released on Monday, Janney said she was disappointed.",
        "The 58-year-old star took the award at the Academy Awards.",
    )
    assert alone["date"].source is None
    # an age against an age given as a bare figure is still a changed number
    aged = changes_by_type("The 58-year-old star spoke.", "The star, 57, spoke.")
    assert aged["number"].source is not None and aged["number"].source.text == "57"


# --- changes still caught, and wordings that are no change --------------------------------


def test_entity_change():
    got = changes_by_type(
        "Mayor Lopez opened the new bridge.", "Mayor Haddad opened the new bridge."
    )
    assert "entity" in got


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
        # "X of Y" is told apart by Y
        (
            "The Bank of India said it would buy bonds.",
            "The Bank of Japan said it would buy bonds.",
            "entity",
        ),
        # initials only in capitals and never a title ("Dr")
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
        # initials that are ordinary words name nothing
        (
            "The review will be led by World Health Organization experts.",
            "The review, who knows, will be led by experts.",
            "entity",
        ),
    ],
)
def test_real_changes_stay_caught(suspect, source, kind):
    assert kind in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        (
            "The Los Angeles Police Department opened an inquiry.",
            "The New York Police Department opened an inquiry.",
            "entity",
        ),
    ],
)
def test_changes_the_first_cut_of_this_rule_missed(suspect, source, kind):
    assert kind in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind", "found"),
    [
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
    assert (kind in changes_by_type(suspect, source)) is found


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
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
        (
            "The University of Pennsylvania's report was released.",
            "A University of Pennsylvania report was released.",
            "entity",
        ),
    ],
)
def test_paraphrases_that_are_no_change(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        (
            "The National Weather Service warned that snow would fall in Boston overnight.",
            "The weather service warned that snow would fall in Boston overnight.",
            "entity",
        ),
    ],
)
def test_faithful_wordings_that_once_looked_like_changes(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind", "changed"),
    [
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
    assert (kind in changes_by_type(suspect, source)) is changed


def test_a_country_in_dotted_capitals_is_compared_like_any_name():
    # "U.S." is one word of two letters, not two one-letter words too short to be names
    source = "The protest comes on the anniversary of Russia's invasion of Ukraine, activists said."
    got = changes_by_type(source.replace("Russia's", "the U.S.'s"), source)
    assert (got["location"].suspect.text, got["location"].source.text) == ("U.S.", "Russia")


def test_the_pronoun_us_in_the_source_is_no_mention_of_the_u_s():
    source = (
        "The protest comes on the anniversary of Russia's invasion of Ukraine. "
        "'They will not silence us,' the activists said."
    )
    got = changes_list(
        "The protest comes on the anniversary of the U.S.'s invasion of Ukraine.", source
    )
    assert [c.suspect.text for c in got if c.type == "location"] == ["U.S."]


def test_a_title_the_source_writes_as_the_suspect_does_is_no_new_name():
    # "Us" of a show's title, written so in the source: no pronoun standing for the country
    source = (
        "Chrissy Metz is not here for negative talk about her body. The This Is Us actress "
        "graced the MTV Movie & TV Awards on Sunday night in a dark-red latex dress."
    )
    suspect = (
        "Chrissy Metz, a popular actress from the TV show “This Is Us,” shut down body "
        "shamers after she wore a dark-red latex dress at the awards."
    )
    assert unspun.compare(suspect, source).findings[0].changes == ()


@pytest.mark.parametrize(
    ("said", "had"), [("Frances Smith", "Francis Smith"), ("Martina", "Martin")]
)
def test_a_given_name_an_ending_apart_is_a_new_name_in_a_loose_rewrite(said, had):
    suspect = f"{said}, who runs the shelter, has asked the city for more money."
    source = f"The shelter is run by {had}, who has asked the city council for more funding."
    changes = unspun.compare(suspect, source).findings[0].changes
    assert [(c.type, c.suspect.text) for c in changes] == [("entity", said)]


@pytest.mark.parametrize(
    ("said", "had", "elsewhere"),
    [
        ("Greg", "Gregory", "Gregory Abbott is the governor."),
        ("Gregory", "Greg", "Greg Abbott is the governor."),
        ("Samuel", "Sam", "Sam Jones is the governor."),
        ("Governor Gregory", "Governor Greg", "Greg Abbott is the governor."),
        ("Gregory", "Greg Abbott", ""),
    ],
)
def test_a_given_name_cut_or_in_full_is_that_person_where_the_source_gives_the_full_name(
    said, had, elsewhere
):
    source = f"Critics said {had} had ignored doctors. {elsewhere}"
    assert (
        unspun.compare(f"Critics said {said} had ignored doctors.", source).findings[0].changes
        == ()
    )


@pytest.mark.parametrize(
    ("said", "had", "elsewhere"),
    [
        # no full name: "Gregory" may be a surname
        ("Gregory", "Greg", ""),
        # a surname that opens with the given name the source gives in full
        ("Kennedy", "Ken", "Ken Burns made the film."),
        # another given name, or a surname, that opens with the one the source gives
        ("Kent", "Ken", "Ken Burns made the film."),
        ("Samir", "Sam", "Sam Jones made the film."),
        ("Janet", "Jan", "Jan Novak made the film."),
        ("Jeffries", "Jeff", "Jeff Bezos made the film."),
        ("Markham", "Mark", "Mark Kelly made the film."),
    ],
)
def test_a_longer_name_the_source_never_gives_is_another_person(said, had, elsewhere):
    source = f"Critics said {had} had ignored doctors. {elsewhere}"
    changes = (
        unspun.compare(f"Critics said {said} had ignored doctors.", source).findings[0].changes
    )
    assert [(c.type, c.suspect.text) for c in changes] == [("entity", said)]


def test_a_word_run_into_a_figure_is_no_name():
    # scraped contact lines run a figure into the next word: the source's "6555Fax" says
    # "Fax", and the suspect's "555Main Street" (tagged a place) is no place it names
    source = (
        "Staff are available on weekdays for your assistance. Telephone: (202) 691-6555Fax: "
        "(202) 691-6641If you have a specific data question, please contact us via e-mail."
    )
    suspect = (
        "Telephone: (202) 691-6555 Fax: (202) 691-6641 If you have a specific data question, "
        "please contact us via e-mail."
    )
    assert "entity" not in changes_by_type(suspect, source)
    got = changes_by_type(
        "Visit us for more at 555Main Street.", "Visit us for more at our office downtown."
    )
    assert "location" not in got
    # a place set apart from the figure is still one
    got = changes_by_type(
        "Visit us for more at 12 Main Street.", "Visit us for more at our office downtown."
    )
    assert got["location"].suspect.text == "Main Street"


def _headline_changes(headline: str, source: str) -> list:
    s = Sentence("s", 0, 0, len(headline), headline, "headline")
    t = Sentence("t", 0, 0, len(source), source, "body")
    return find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)


def test_a_name_the_tagger_runs_into_a_title_case_headline_is_read_without_the_style_words():
    source = (
        "A University of Iowa researcher recently discovered natural compounds in the herbs "
        "that may offer a treatment for cachexia."
    )
    headline = "Herb Compounds May Offer Treatment, University of Iowa Researcher Finds"
    assert [c for c in _headline_changes(headline, source) if c.type == "entity"] == []
    # a run whose name the source does not write is still read whole
    other = "Herb Compounds May Offer Treatment, University of Ohio Researcher Finds"
    assert any(c.type == "entity" for c in _headline_changes(other, source))


def test_an_acronym_in_the_plural_names_what_it_names():
    source = "In an attempt to win over Windows PC customers, Mr Jobs said it would appeal."
    got = changes_by_type(
        "To win over customers with Windows PCs, Mr Jobs said it would appeal.", source
    )
    assert "entity" not in got
    got = changes_by_type(
        "To win over customers with Windows CDs, Mr Jobs said it would appeal.", source
    )
    assert "entity" in got


def test_a_name_spelled_out_for_the_source_pronoun_is_no_swap():
    article = (
        "Lee Blackett is to become Wasps' backs coach next season. "
        "He will be part of a four-man coaching team under Dai Young. "
        "Young also has defence coach Brad Davis on his backroom team. "
        "Stephen Jones returns to Scarlets."
    )
    he, young = article.index("He will"), article.index("Young also")
    sources = [
        Sentence("t", 1, he, young - 1, article[he : young - 1], "body"),
        Sentence(
            "t",
            2,
            young,
            article.index(" Stephen"),
            article[young : article.index(" Stephen")],
            "body",
        ),
    ]

    def changes(suspect: str) -> list:
        s = Sentence("s", 0, 0, len(suspect), suspect, "body")
        tagger = EntityTagger(nlp())
        return find_changes(s, sources, tagger=tagger, source_text=article, swaps=True)

    said = "Blackett will be part of a four-man coaching team under Dai Young, the head coach."
    assert [c for c in changes(said) if c.type == "entity"] == []
    # a person the source names after that sentence is no antecedent of its "he"
    said = "Stephen Jones will be part of a four-man coaching team under Dai Young, the coach."
    assert any(c.type == "entity" for c in changes(said))


def test_a_hyphenated_name_the_source_writes_as_it_stands_is_no_new_name():
    source = (
        "The regulator chose the formats on Monday. Free-to-air services will be broadcast in "
        "MPEG-2 format. But pay-TV operators will be allowed to broadcast in MPEG-4 - a much "
        "better compression technology."
    )
    suspect = (
        "The regulator chose the formats on Monday. While free-to-air services will use "
        "MPEG-2, pay-TV operators will be allowed to broadcast in the much better MPEG-4 format."
    )
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    assert [f.label for f in report.findings] == ["supported", "supported"]
    report = unspun.compare(
        suspect.replace("MPEG-2", "MPEG-7"), source, unspun.CheckOptions(detect=False)
    )
    assert report.findings[1].label == "altered"


def test_a_place_cut_to_a_word_that_starts_another_name_in_the_source_is_still_read_whole():
    # "jersey" is a lower-case word of the source, and "New" starts its "New England"
    source = "The striker signed for New England on Monday and will wear the number 10 jersey."
    got = _headline_changes("Striker Signs For New Jersey", source)
    assert [c.suspect.text for c in got if c.type == "location"] == ["New Jersey"]


def test_a_name_where_the_source_names_another_is_a_swap_though_a_pronoun_is_near():
    # "his" and "him" are Smith's: Jones takes Smith's place, not a pronoun's
    article = (
        "Tom Jones was booked early on for a late tackle. "
        "Later, Sam Smith scored the winner and his teammates mobbed him."
    )
    at = article.index("Later")
    source = Sentence("t", 1, at, len(article), article[at:], "body")
    suspect = "Later, Jones scored the winner and his teammates mobbed him."
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    got = find_changes(s, [source], tagger=EntityTagger(nlp()), source_text=article, swaps=True)
    assert [c.suspect.text for c in got if c.type == "entity"] == ["Jones"]


# --- a surname swapped under a kept given name ----------------------------------------------


def _person_changes(suspect: str, source: str) -> list[tuple[str, str | None]]:
    """The (suspect, source) words of the entity changes of one sentence against one."""
    return [
        (c.suspect.text, c.source.text if c.source else None)
        for c in changes_list(suspect, source)
        if c.type == "entity"
    ]


@pytest.mark.parametrize(
    ("suspect", "source", "swapped"),
    [
        (
            "The bill, backed by Tom Walsh, passed on Friday after a long debate.",
            "Tom Price backed the bill, which passed on Friday after a long debate.",
            ("Tom Walsh", "Tom Price"),
        ),
        # the given name in another form, a title before the source's name
        (
            "The bill, backed by Bill Walsh, passed on Friday after a long debate.",
            "Senator William Price backed the bill, which passed on Friday after a long debate.",
            ("Bill Walsh", "William Price"),
        ),
        (
            "Critics said Tom Walsh's bill would fail.",
            "Critics said that the bill of Tom Price would fail.",
            ("Tom Walsh's", "Tom Price"),
        ),
    ],
)
def test_a_surname_changed_under_the_given_name_is_a_new_person(suspect, source, swapped):
    assert _person_changes(suspect, source) == [swapped]


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # the surname said in another form: possessive, hyphenated, a letter apart
        (
            "The bill, backed by Tom Walsh, passed on Friday.",
            "Tom Price-Walsh backed the bill, which passed on Friday.",
        ),
        (
            "The bill, backed by Tom Zelenskyy, passed on Friday.",
            "Tom Zelensky backed the bill, which passed on Friday.",
        ),
        # the full name the source gives elsewhere, cut in this sentence
        (
            "The bill, backed by Tom Walsh, passed on Friday.",
            "Tom Price, an ally of Tom Walsh, backed the bill, which passed on Friday.",
        ),
        # the source's surname still in the sentence: another person beside it
        (
            "The bill, backed by Tom Walsh and Price, passed on Friday.",
            "Tom Price backed the bill, which passed on Friday.",
        ),
        # the surname inside the source's longer name
        (
            "The bill, backed by Kim Walsh's party, passed on Friday.",
            "Kim Walsh Price's party backed the bill, which passed on Friday.",
        ),
        # a source cut off inside the name
        (
            "Tom Walsh backed the bill, which passed on Friday.",
            "The bill passed on Friday, backed by Tom Wal",
        ),
    ],
)
def test_a_surname_the_source_says_is_no_swap(suspect, source):
    assert _person_changes(suspect, source) == []


def test_a_surname_swap_is_not_read_in_a_title_case_line():
    # the tagger runs a name into the headline's words ("Tom Price Says")
    source = "Tom Price Says The Bill Will Pass Despite Critics"
    suspect = "Tom Walsh Says The Bill Will Pass Despite Critics"
    s = Sentence("s", 0, 0, len(suspect), suspect, "headline")
    t = Sentence("t", 0, 0, len(source), source, "headline")
    got = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source)
    assert not any(c.source and c.source.text.startswith("Tom Price") for c in got)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The striker will miss the game against Chelsea, manager Erik ten Hag said.",
            "Erik ten Hag",
        ),
        ("Ursula von der Leyen spoke in Brussels.", "Ursula von der Leyen"),
    ],
)
def test_a_name_runs_on_over_its_surname_particles(text, name):
    [sentence] = split_sentences(text)
    people = [e.text for e in EntityTagger(nlp())(sentence) if e.label == "PERSON"]
    assert people == [name]


# --- a name or figure from the source sentence next to the paired ones ----------------------


def _swaps_beside(suspect: str, paired: str, beside: str) -> set[str]:
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    b = Sentence("t", 0, 0, len(beside), beside, "body")
    t = Sentence("t", 1, len(beside) + 1, len(beside) + 1 + len(paired), paired, "body")
    changes = find_changes(
        s,
        [t],
        tagger=EntityTagger(nlp()),
        source_text=f"{beside} {paired}",
        swaps=True,
        beside=[b],
    )
    return {c.type for c in changes}


def test_a_date_from_the_sentence_beside_is_merged_in_not_swapped():
    # the rewrite merged the renewal date of the sentence before into this one
    assert "date" not in _swaps_beside(
        "The show was renewed in October 2016 and will be set in Michigan.",
        "In February 2017, Murphy said the show will be set in Michigan.",
        "On October 4, 2016, the show was renewed for a seventh season.",
    )


def test_a_name_from_the_sentence_beside_in_the_place_of_the_paired_one_is_a_swap():
    assert "entity" in _swaps_beside(
        "Mayor Lopez opened the new bridge on Tuesday.",
        "Mayor Haddad opened the new bridge on Tuesday.",
        "Mayor Lopez of the neighbouring town attended the ceremony.",
    )


def test_a_date_the_sentence_beside_gives_only_a_figure_of_is_still_a_swap():
    # "two million" and the paired "2005" hold the figures, not "the second quarter"
    assert "date" in _swaps_beside(
        "Japan will have to wait until the second quarter of 2005 to get the device.",
        "Japan will have to wait until the first quarter of 2005 to get the device.",
        "It has more than two million pre-orders in Japan.",
    )


def test_a_named_speaker_for_the_sources_he_is_no_swap_though_a_title_is_before_both():
    # "Mr Howard will" and "Mr Blair takes" share only the title: Howard is who "he" is
    article = (
        "Michael Howard will urge voters who feel taken for granted by Tony Blair to back the "
        "Tories. Mr Howard will say that racial discrimination still exists. "
        '"People from ethnic communities still earn less than their white counterparts," he '
        'will say. "So I say to all those people who feel Mr Blair takes their votes for '
        'granted - come join us," he will say.'
    )
    first, second = article.index('"People'), article.index('"So I')
    sources = [
        Sentence("t", 2, first, second - 1, article[first : second - 1], "body"),
        Sentence("t", 3, second, len(article), article[second:], "body"),
    ]
    suspect = "Mr Howard will say people from ethnic minorities still earn less than white people."
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    got = find_changes(s, sources, tagger=EntityTagger(nlp()), source_text=article, swaps=True)
    assert [c for c in got if c.type == "entity"] == []


@pytest.mark.parametrize(
    ("suspect", "source", "changed"),
    [
        # a nationality for a place of its country the source names
        (
            "The French firm Imstar has paired the technology with its reader to create a test.",
            "Paris-based company Imstar has coupled the technology with its reader to create a "
            "test.",
            False,
        ),
        (
            "A British charity has raised the money for the new hospital wing.",
            "A London-based charity has raised the money for the new hospital wing.",
            False,
        ),
        # another country's, or a nationality the source gives of its own
        (
            "The Italian firm Imstar has paired the technology with its reader to create a test.",
            "Paris-based company Imstar has coupled the technology with its reader to create a "
            "test.",
            True,
        ),
        (
            "A French tourist was killed in Paris on Sunday, police said.",
            "A German tourist was killed in Paris on Sunday, police said.",
            True,
        ),
        (
            "Syrian jets struck Damascus overnight, the monitor said.",
            "Israeli jets struck Damascus overnight, the monitor said.",
            True,
        ),
        # a namesake in another country or state
        (
            "French police said the man was arrested on Monday.",
            "Police in Paris, Texas said the man was arrested on Monday.",
            True,
        ),
        # a state inside the nationality's country is no other country
        (
            "An American hospital in Boston treated the boy.",
            "A hospital in Boston, Massachusetts treated the boy.",
            False,
        ),
    ],
)
def test_a_nationality_for_a_place_of_its_country(suspect, source, changed):
    assert ("entity" in changes_by_type(suspect, source)) is changed


def test_a_label_of_everyday_words_opening_a_line_names_no_one():
    source = "Liam Neeson has backed a campaign to save a Belfast theatre."
    got = _headline_changes("Weekend Roundup: Neeson Rallies Support for Belfast Theatre", source)
    assert [c for c in got if c.type == "entity"] == []
    body = changes_by_type(
        "Media contact: Leigh Hopper, the hospital's information officer.",
        "Leigh Hopper is the hospital's information officer.",
    )
    assert "entity" not in body
    # a name that opens the line before a colon is still one
    named = changes_by_type(
        "Goldman Sachs: Leigh Hopper, the hospital's information officer.",
        "Leigh Hopper is the hospital's information officer.",
    )
    assert "entity" in named


_NO_FULL_NAME = (
    "The 61-year-old, who ran the club from 2008 to 2011, will take on a part-time role "
    "helping manager Kevin Ramsey. Warnock's last job was at Leeds, where he was sacked in "
    'May. "Full-time management does not interest me any more, but if I can help Kevin, '
    "that is great,\" Warnock said. Under Warnock's leadership the club were promoted in "
    '2011. "Neil has a passion for this club," Ramsey said. "Adding someone to the backroom '
    "team has been on my mind for some time and I know {name} well, having spoken to him at "
    "length during his time at Crystal Palace when we were in talks about me going to join "
    'him as part of his staff."'
)
_KNOWS_WARNOCK = (
    "Ramsey said adding someone to the backroom team had been on his mind for some time, "
    "and that he knows Warnock well, having talked to him at length during Warnock's time "
    "at Crystal Palace, when the two were in talks about Ramsey joining him as part of his "
    "staff."
)


def _entity_flags(suspect: str, source: str) -> list[str]:
    report = unspun.compare(suspect, source)
    return [c.suspect.text for f in report.findings for c in f.changes if c.type == "entity"]


def test_a_first_name_said_only_in_quotes_may_be_the_person_named_by_surname():
    assert _entity_flags(_KNOWS_WARNOCK, _NO_FULL_NAME.format(name="Neil")) == []


def test_a_name_the_reporter_gives_in_full_elsewhere_is_still_a_rival():
    source = _NO_FULL_NAME.format(name="Neil") + " Neil Harris will coach the youth team."
    assert "Warnock" in _entity_flags(_KNOWS_WARNOCK, source)


def test_a_full_name_glued_to_the_word_before_it_still_joins_its_parts():
    source = (
        '"Paul knows the club inside out," chairman Tony Stewart said. "Paul has greatly '
        'impressed the board in a number of areas this season."\nBBC sport editor Andy '
        "GiddingsPaul Warne has seemed to be the board's choice for some time."
    )
    suspect = "According to Mr Stewart, Warne has greatly impressed the board in a number of areas this season."
    assert _entity_flags(suspect, source) == []


def test_a_describing_word_before_one_makes_it_the_pronoun():
    source = (
        "Business Secretary Vince Cable said the sector was substantial within the UK."
        '"Our aerospace sector already supports more than 3,000 companies," he said.'
    )
    suspect = "Business Secretary Vince Cable said the sector was a substantial one within the UK."
    report = unspun.compare(suspect, source)
    assert [c.type for f in report.findings for c in f.changes] == []


def test_one_as_a_count_is_still_a_figure():
    from unspun.audit.entities import _pronoun_one

    assert not _pronoun_one("The club signed only")
    assert not _pronoun_one("There was just")
    assert _pronoun_one("It was a big")
    assert _pronoun_one("we are pursuing each")
    assert not _pronoun_one("we are pursuing only")


def test_each_one_of_them_is_no_count():
    source = (
        "Two years ago there were three open investigations of leaks; now we have 27 and we are "
        "going after this aggressively."
    )
    suspect = "We have 27 open investigations and we are aggressively pursuing each one of them."
    report = unspun.compare(suspect, source)
    assert [c.type for f in report.findings for c in f.changes] == []


def test_a_ratio_after_a_hedge_restates_a_percentage():
    source = (
        "Breast cancer caused by these mutations is particularly aggressive. And they told "
        "her that her lifetime risk of that type of cancer was as high as 90 percent."
    )
    suspect = (
        "Breast cancer caused by these mutations is particularly aggressive, and they told her "
        "that her lifetime risk of that type of cancer was as high as nine in ten."
    )
    report = unspun.compare(suspect, source)
    assert [c.type for f in report.findings for c in f.changes] == []


def test_a_word_opening_the_text_after_a_dateline_dash_is_no_name():
    source = (
        "(Boston)--Despite the continued controversy surrounding its use in older men, a new "
        "study has found that the therapy improves vigor."
    )
    suspect = (
        "(Boston)--Although its use in older men remains controversial, a new study has found "
        "that the therapy improves vigor."
    )
    assert _entity_flags(suspect, source) == []


_TRIAL = (
    "Earlier work was reviewed by the National Cancer Institute last year. "
    "Doctors have long debated the operation. "
    "A large randomized study currently being conducted by the Eastern Clinical Oncology "
    "Group should produce the most reliable data on the subject to date, he said."
)


@pytest.mark.parametrize(
    ("suspect", "rival"),
    [
        # the organisation the source names elsewhere, after the same "by" as the one it
        # replaces: a swap, though the sentence is reworded below the swap bar
        (
            "A large randomized prospective trial now being run by the National Cancer "
            "Institute should deliver the most reliable data yet, he added.",
            "the Eastern Clinical Oncology Group",
        ),
        # ... as the speaker instead, in no doer's place: nothing swapped
        (
            "A large randomized prospective trial now being run by the group should deliver "
            "the most reliable data yet, the National Cancer Institute said.",
            None,
        ),
    ],
)
def test_an_organisation_named_elsewhere_in_the_doers_place_is_a_swap(suspect, rival):
    finding = unspun.compare(suspect, _TRIAL).findings[0]
    assert [c.source.text for c in finding.changes if c.source] == ([rival] if rival else [])


def test_a_hedged_round_figure_the_article_gives_elsewhere_is_no_change():
    # the aligned source sentence has no figure; the article's "21,372" is what
    # "more than 21,000" rounds
    source = (
        "Researchers at the university reviewed the records of 21,372 women treated between "
        "1988 and 2011. The women had been diagnosed with advanced breast cancer. Those who had "
        "surgery on the original tumour lived longer on average, the team found, though the "
        "gap was small."
    )
    suspect = (
        "Women who had surgery on the original tumour lived longer, the team found after "
        "tracking more than 21,000 patients, though the gap was small."
    )
    finding = unspun.compare(suspect, source, unspun.CheckOptions(detect=False)).findings[0]
    assert finding.source_indices == (2,)
    assert finding.label == "supported"
    # said plainly, the round figure is no longer the source's
    plain = unspun.compare(
        suspect.replace("more than ", ""), source, unspun.CheckOptions(detect=False)
    )
    assert [c.type for c in plain.findings[0].changes] == ["number"]


def test_not_one_is_none_and_no_count():
    assert "number" not in changes_by_type(
        "Not one patient experienced graft rejection or needed immune suppression, both "
        "potential side effects.",
        "None of the patients experienced graft rejection or required immune suppression -- "
        "two potential side effects.",
    )


def test_an_acronym_the_source_gives_in_the_plural_is_no_new_name():
    assert "entity" not in changes_by_type(
        "Once a PC is infected, the worm installs a copy of the game.",
        "The worm installs a copy of the game on PCs that it has infected.",
    )


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "Here are some of the best jokes from the night [Laughs] and more.",
            "Here are some of the jokes from the night and more.",
        ),
        (
            "(Please note that this information has since been retracted as it was incorrect.)",
            "(This has been retracted, it is incorrect.)",
        ),
    ],
)
def test_an_everyday_word_opening_a_bracket_is_no_name(suspect, source):
    assert "entity" not in changes_by_type(suspect, source)


def test_a_name_in_a_bracket_is_still_a_name():
    assert "entity" in changes_by_type(
        "The deal was signed by (Apple) and the council.",
        "The deal was signed by Samsung and the council.",
    )
    # a quoted word alone is a title
    assert "entity" in changes_by_type(
        "The “Selfish” author said she had not spoken to Caitlyn in a year.",
        "The reality star said she had not spoken to Caitlyn in a year.",
    )
