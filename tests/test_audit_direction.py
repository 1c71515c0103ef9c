"""Direction (audit/direction.py): the same facts pointing the other way."""

import pytest
from helpers import changes_by_type

import unspun
from unspun import models
from unspun.audit import EntityTagger, find_changes
from unspun.audit.direction import _DIRECTION_PREP, _moves, direction_changes
from unspun.documents import Sentence
from unspun.models import nlp

# --- turned round -------------------------------------------------------------------------


def test_general_opposites_are_direction_changes():
    got = changes_by_type(
        "The senator publicly met the lobbyists last week.",
        "The senator secretly met the lobbyists last week.",
    )
    assert got["direction"].suspect.text == "publicly"
    assert got["direction"].source.text == "secretly"


def test_direction_verbs():
    got = changes_by_type(
        "The company sold its stake in the mine.", "The company bought its stake in the mine."
    )
    assert got["direction"].suspect.text == "sold"


def test_a_quantity_moving_the_other_way_is_a_direction_change():
    got = changes_by_type(
        "Shares tumbled after a sharp increase in profit.",
        "Shares tumbled after the business reported first-half profits dropped by 20 per cent.",
    )
    assert got["direction"].suspect.text == "increase"
    assert got["direction"].source.text == "dropped"


def test_increased_turned_into_fewer_is_a_direction_change():
    got = changes_by_type(
        "Radiation was associated with fewer urinary or bowel problems than no treatment.",
        "Radiation was associated with increased urinary or bowel problems, compared with no "
        "treatment.",
    )
    assert got["direction"].suspect.text == "fewer"
    assert got["direction"].source.text == "increased"


def test_larger_for_smaller_is_a_direction_change():
    got = changes_by_type(
        "People with larger social networks are more likely to be hostile online.",
        "People are hostile online when they have a smaller social network, a study finds.",
    )
    assert got["direction"].suspect.text == "larger"
    assert got["direction"].source.text == "smaller"


def test_a_comparison_with_a_figure_says_no_direction():
    got = changes_by_type(
        "Shares tumbled after a sharp increase in profit.",
        "Shares tumbled after profits dropped by more than 20 per cent.",
    )
    assert got["direction"].suspect.text == "increase"  # "more than 20" is no rise


def test_two_quantities_turned_round_are_two_changes():
    assert "direction" in changes_by_type(
        "Cases decreased in March and deaths decreased in April.",
        "Cases increased in March and deaths increased in April.",
    )


# --- no reversal: the same side, a quantity, different things -----------------------------


def test_the_same_direction_in_other_words_is_not_a_change():
    got = changes_by_type("Profits fell by 20 per cent.", "Profits dropped by 20 per cent.")
    assert "direction" not in got


def test_a_word_for_the_same_side_keeps_the_direction():
    source = "England can seal a third victory after wins over Canada, and avenge June's hammering."
    assert "direction" not in changes_by_type(
        "England can clinch a third win after beating Canada, and avenge the June defeat.", source
    )
    assert "direction" in changes_by_type(
        "England can suffer a third defeat after losing to Canada in June.",
        "England can seal a third victory after beating Canada in June.",
    )


def test_at_least_is_a_quantity_not_a_direction():
    assert "direction" not in changes_by_type(
        "Most of the 1,200 healthcare workers surveyed reported symptoms of anxiety.",
        "Of the 1,200 healthcare workers surveyed, at least half reported symptoms of anxiety.",
    )


def test_up_and_down_words_about_different_things_are_not_a_reversal():
    got = changes_by_type(
        "Rescuers searched the rubble as concerns were growing and the death toll fell to 30.",
        "The death toll fell to 30 as rescuers worked.",
    )
    assert "direction" not in got


def test_more_of_one_thing_and_fewer_of_another_is_no_reversal():
    got = changes_by_type(
        "Gang members have dwindled while the number of graduates has soared.",
        "There are more graduates and fewer gang members in the neighbourhood.",
    )
    assert "direction" not in got


def test_a_party_in_the_possessive_is_no_direction_and_two_sources_moving_both_ways_agree():
    # "to Disney's film": the party of the preposition is the film
    got = changes_by_type(
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


# --- an opposite another source sentence uses ---------------------------------------------


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


# --- changes still caught, and wordings that are no change --------------------------------


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
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
        # a flipped word in the source word's own place
        (
            "Smith lost the election, a victory for Jones.",
            "Smith won the election, beating Jones.",
            "direction",
        ),
    ],
)
def test_real_changes_stay_caught(suspect, source, kind):
    assert kind in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
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
    ("suspect", "source", "kind", "found"),
    [
        # an opposite the source says with "failed to"
        (
            "The challenger won and the incumbent mayor lost.",
            "The challenger won and the incumbent mayor failed to win.",
            "direction",
            False,
        ),
    ],
)
def test_review_cases_for_the_wider_checks(suspect, source, kind, found):
    assert (kind in changes_by_type(suspect, source)) is found


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # roles swapped
        (
            "Smith won the final, inflicting a defeat on Jones.",
            "Jones lost the final to Smith.",
            "direction",
        ),
    ],
)
def test_paraphrases_that_are_no_change(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        (
            "University funding was reduced by the government.",
            "Higher education funding was cut by the government.",
            "direction",
        ),
    ],
)
def test_faithful_wordings_that_once_looked_like_changes(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        (  # two source sentences, each moving its own way
            "Initial claims rose to 367,000, while continuing claims fell to a low.",
            "Initial claims jumped to 367,000. Continuing claims slipped to a low.",
            "direction",
        ),
    ],
)
def test_wordings_that_change_nothing(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


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
    ],
)
def test_the_same_claim_in_other_words_is_no_change(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


def test_a_party_on_both_sides_in_both_texts_is_not_turned_round():
    source = (
        "The lead author has served as a consultant to Vivus, and the second author received "
        "grants from Vivus."
    )
    suspect = (
        "The lead author has been a consultant to Vivus, while the second author received "
        "grants from Vivus."
    )
    assert "direction" not in changes_by_type(suspect, source)
    turned = suspect.replace("grants from Vivus", "grants to Vivus").replace(
        "consultant to", "consultant from"
    )
    assert changes_by_type(turned, source)["direction"].suspect.text == "from Vivus"


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # the same act told from the other party's side
        (
            "Security companies have sent BBC News Online five warnings about the virus.",
            "BBC News Online has received five warnings about the virus from security companies.",
        ),
        # "lost ... regained" for "dropped ... gained"
        (
            "People on the lowest dose lost about 5.1% of their body weight at six months but "
            "regained some of it by one year.",
            "People who took the lowest dose dropped about 5.1% of body weight at six months, "
            "and gained some back by one year.",
        ),
        # a from/to of another act ("follows on from" is "the sequel to"), or of a time
        (
            "Gangster-themed GTA San Andreas follows on from Grand Theft Auto Vice City, the "
            "previous record holder.",
            "Gangster-themed GTA San Andreas is the sequel to Grand Theft Auto Vice City, which "
            "previously held the record.",
        ),
        (
            "The assault charge dates back to April 2004, when Ms Love found the musician there.",
            "The assault charge stemmed from April 2004, when Ms Love found the musician there.",
        ),
    ],
)
def test_the_same_facts_told_another_way_are_not_turned_round(suspect, source):
    assert "direction" not in changes_by_type(suspect, source)


def test_one_party_turned_round_is_still_a_reversal():
    got = changes_by_type(
        "BBC News Online has sent five warnings about the virus to security companies.",
        "BBC News Online has received five warnings about the virus from security companies.",
    )
    assert got["direction"].suspect.text == "sent"
    got = changes_by_type(
        "In Japan, Cempra has licensed the commercial rights to solithromycin from Fujifilm "
        "Holdings Corp.",
        "Solithromycin is commercially licensed to Fujifilm Holdings Corp in Japan.",
    )
    assert got["direction"].suspect.text.startswith("from Fujifilm")


def test_a_long_sentence_of_many_froms_and_tos_is_read_whole():
    # each from/to looks only at the words just before it (the whole text, once read before
    # every one, took seconds here)
    text = "Oil went from Iran to Iraq and then " * 170
    sentence = Sentence("s", 0, 0, len(text), text, "body")
    assert direction_changes(sentence, [sentence]) == []


def test_a_from_to_after_the_sentences_first_word_is_compared():
    # "Exports", capitalised only as the first word, says what moved
    got = changes_by_type(
        "Exports to China rose sharply last year.", "Exports from China rose sharply last year."
    )
    assert got["direction"].suspect.text == "to China"


def test_a_from_to_after_a_short_word_of_what_moved_is_compared():
    # "Aid", three letters, says what moved as well as "Exports" does
    got = changes_by_type(
        "Aid to Gaza rose sharply in the second half of the year.",
        "Aid from Gaza rose sharply in the second half of the year.",
    )
    assert got["direction"].suspect.text == "to Gaza"


def test_a_party_with_a_months_or_days_name_is_no_time():
    got = changes_by_type(
        "The letter was sent to Theresa May by the committee.",
        "The letter was sent from Theresa May to the committee.",
    )
    assert got["direction"].suspect.text == "to Theresa May"


def test_a_regained_both_texts_have_excuses_no_reversal():
    got = changes_by_type(
        "The firm lost customers while rivals regained market share.",
        "The firm gained customers while rivals regained market share.",
    )
    assert got["direction"].suspect.text == "lost"


def test_a_from_that_tells_who_someone_is_moves_nothing():
    # "Aunt Lydia from The Handmaid's Tale" is the character of that show, where the source
    # has "resemblance to The Handmaid's Tale's Aunt Lydia": nothing went anywhere
    source = "He mocked her eyes and alleged resemblance to The Handmaid's Tale's Aunt Lydia."
    suspect = "He mocked her eyes and alleged resemblance to Aunt Lydia from The Handmaid's Tale."
    assert "direction" not in changes_by_type(suspect, source)
    # a letter sent the other way is still turned round
    got = changes_by_type(
        "Officials read out a letter from The Wall Street Journal.",
        "Officials read out a letter to The Wall Street Journal.",
    )
    assert got["direction"].suspect.text.startswith("from The Wall")


def test_a_sentence_of_many_froms_and_tos_is_parsed_once(monkeypatch):
    # every from/to about to be reported asks what it hangs from: one parse answers them all
    seen = []
    spacy_parser = models.parser()

    def counting_parser():
        def parse(text):
            seen.append(text)
            return spacy_parser(text)

        return parse

    monkeypatch.setattr(models, "parser", counting_parser)
    models.parsed.cache_clear()
    text = "Aunt Lydia from Gilead sent a letter to Offred and a parcel from Boston to Toronto."
    answers = [_moves(text, m) for m in _DIRECTION_PREP.finditer(text)]
    models.parsed.cache_clear()
    assert answers == [False, True, True, True]
    assert seen == [text]


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "The couple prefer to keep their engagement private, a friend said.",
            "The couple prefer to keep their engagement out of the public eye, a friend said.",
        ),
        (
            "The couple kept their engagement away from the public eye for a year.",
            "The couple kept their engagement private for a year.",
        ),
    ],
)
def test_out_of_the_public_eye_says_private(suspect, source):
    assert "direction" not in changes_by_type(suspect, source)
    # a thing made public where the source kept it private is still turned round
    got = changes_by_type(
        "The couple made their engagement public last year.",
        "The couple kept their engagement private last year.",
    )
    assert "direction" in got


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "According to a report from Variety, the studio is casting a new lead.",
            "According to Variety, the studio is casting a new lead.",
        ),
        (
            "This season feels different from Arsenal's past campaigns, the captain said.",
            "This season feels different to Arsenal's past campaigns, the captain said.",
        ),
    ],
)
def test_according_to_and_different_from_name_no_movement(suspect, source):
    assert "direction" not in changes_by_type(suspect, source)


# --- the source says the suspect's word too, or another kind of "more" ---------------------


def test_a_source_that_says_both_ways_in_another_form_is_no_reversal():
    got = changes_by_type(
        "Adding the compound to the diet decreased obesity in the mice.",
        "Adding it to the diet would decrease obesity in the mice and would increase their "
        "ability to deal with increased blood glucose.",
    )
    assert "direction" not in got


def test_more_of_a_degree_is_no_opposite_of_fewer():
    source = "Cancers that stay in the prostate can be monitored, which is cheaper and has far "
    source += "fewer side-effects."
    got = changes_by_type(
        "Cancers that stay in the prostate can be monitored more cheaply.", source
    )
    assert "direction" not in got
    # "more" of things counted still is
    got = changes_by_type("Monitoring has far more side-effects for patients.", source)
    assert got["direction"].suspect.text == "more"


def test_sent_it_for_received_from_is_the_same_act():
    source = (
        "No formal offer has been made yet, but Manchester United have confirmed they have "
        'received a "detailed proposal" from the US entrepreneur which could lead to a bid.'
    )
    same = (
        "Although no formal offer has been made yet, United confirmed that the American "
        'entrepreneur has sent it a "detailed proposal" which could lead to a bid.'
    )
    turned = (
        "Although no formal offer has been made yet, United confirmed that it has sent the "
        'American entrepreneur a "detailed proposal" which could lead to a bid.'
    )
    assert "direction" not in changes_by_type(same, source)
    assert "direction" in changes_by_type(turned, source)


def test_the_receiver_named_as_sender_before_a_pronoun_is_still_turned():
    # the source's receiver (United) sends in the suspect: the proposal went the other way
    got = changes_by_type(
        "Ratcliffe said United had sent him a proposal.",
        "United have received a proposal from Ratcliffe, the club said.",
    )
    assert "direction" in got


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        ("The council cuts spending on roads.", "The council raises spending on roads."),
        (
            "The bank boosted its lending to small firms.",
            "The bank slashed its lending to small firms.",
        ),
    ],
)
def test_a_quantity_made_to_go_the_other_way_is_a_direction_change(suspect, source):
    assert "direction" in changes_by_type(suspect, source)


def test_a_raised_issue_is_no_quantity_moved():
    assert "direction" not in changes_by_type(
        "The firm cut 200 jobs, raising fears in the town.",
        "The firm cut 200 jobs, sparking fears in the town.",
    )


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        ("The team beat Chelsea on Saturday.", "The team lost to Chelsea on Saturday."),
        ("Rovers beat Hull 3-1.", "Rovers lost 3-1 to Hull."),
        ("Arsenal beat Chelsea.", "Arsenal were beaten by Chelsea."),
        ("Leeds were defeated by Wigan in the final.", "Leeds defeated Wigan in the final."),
    ],
)
def test_winner_and_loser_swapped_is_a_direction_change(suspect, source):
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    assert "direction" in {c.type for c in report.findings[0].changes}


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        ("Chelsea lost 2-0 to Arsenal at home.", "Arsenal beat Chelsea 2-0 at home."),
        ("Arsenal beat Chelsea.", "Chelsea were beaten by Arsenal."),
    ],
)
def test_a_result_told_from_the_other_side_is_no_change(suspect, source):
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    assert "direction" not in {c.type for c in report.findings[0].changes}


def test_a_relation_told_from_its_other_end_is_no_reversal():
    source = (
        "The more people a participant interacts with, the closer the physical interaction "
        "and the longer the interaction, the higher the risk of COVID-19 spread."
    )
    suspect = (
        "Interacting with fewer people, avoiding close contact and reducing the time together "
        "can help reduce the risk of COVID-19 spread."
    )
    assert "direction" not in changes_by_type(suspect, source)
    # one end turned alone is still a reversal
    assert "direction" in changes_by_type(
        "Interacting with fewer people raises the risk of COVID-19 spread.",
        "Interacting with more people raises the risk of COVID-19 spread.",
    )


def test_sent_told_as_received_with_the_parties_changing_sides_is_no_reversal():
    source = (
        "Since its approval in 2002, women using the device have sent the FDA more than 5,000 "
        "complaints."
    )
    # a short party ("the FDA") and a figure with a comma ("5,000") between the verb and
    # the other party
    assert "direction" not in changes_by_type(
        "Since its approval in 2002, the FDA has received more than 5,000 complaints from "
        "women using the device.",
        source,
    )
    assert "direction" in changes_by_type(
        "Since its approval in 2002, women using the device have received more than 5,000 "
        "complaints from the FDA.",
        source,
    )


def test_a_from_the_source_gives_after_the_same_word_is_no_rival_to_its_to():
    # "grants from Vivus" is the source's own; "consultant to Vivus" is said as "Vivus
    # consultant"
    assert "direction" not in changes_by_type(
        "He has served as a Vivus consultant and received grants from Vivus.",
        "He has served as a consultant to Vivus and received grants from Vivus.",
    )
    assert "direction" in changes_by_type(
        "He has received grants from Vivus.",
        "He has served as a consultant to Vivus and received grants to Vivus.",
    )


@pytest.mark.parametrize(
    ("suspect", "source", "said", "source_said"),
    [
        (
            "On Friday, the club's share price ended at 270.25p, having gained 3.75p.",
            "The club's shares closed at 270.25p on Friday, down 3.75p on the day.",
            "gained 3.75p",
            "down 3.75p",
        ),
        (
            "The index was up 2% at the close.",
            "The index lost 2% by the close.",
            "up 2%",
            "lost 2%",
        ),
        (
            "The council will cut 300 jobs next year.",
            "The council will add 300 jobs next year.",
            "cut 300",
            "add 300",
        ),
    ],
)
def test_a_figure_said_to_move_the_other_way_is_a_direction_change(
    suspect, source, said, source_said
):
    change = changes_by_type(suspect, source)["direction"]
    assert (change.suspect.text, change.source.text) == (said, source_said)


@pytest.mark.parametrize(
    "suspect",
    [
        # the figure moves both ways in the suspect: which of them is the source's is unknown
        "The index was up 2% at the close while bonds fell 2%.",
        # "up to 5" is a most, not a rise
        "Turnout was up to 5 points lower.",
        "The index was down 2% at the close.",
    ],
)
def test_a_figure_moving_the_same_way_or_not_said_to_move_is_no_direction_change(suspect):
    assert "direction" not in changes_by_type(suspect, "The index lost 2% by the close.")
