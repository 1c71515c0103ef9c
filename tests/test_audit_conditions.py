"""Conditions dropped or added (audit/conditions.py)."""

import pytest
from helpers import changes_by_type

from unspun.audit import EntityTagger, find_changes
from unspun.documents import Sentence
from unspun.models import nlp

# --- a condition added --------------------------------------------------------------------


def test_an_added_condition_is_still_caught():
    got = changes_by_type(
        "Cats can pass the virus to humans if they are sick.",
        "Cats can pass the virus to humans.",
    )
    assert got["condition"].suspect.text.startswith("if they are sick")


def test_asked_to_do_something_if_is_a_condition():
    assert "condition" in changes_by_type(
        "People near the prison have been asked to come forward if they see contraband thrown "
        "over the wall.",
        "People near the prison have been asked to report contraband thrown over the wall.",
    )


# --- no condition: a span of time, a question, the reader, the next sentence --------------


def test_as_if_is_a_comparison_not_a_condition():
    got = changes_by_type(
        "This is his attempt to keep an eye on future presidents, as if they need his approval.",
        "He says this is the only way he can keep an eye over future presidents.",
    )
    assert "condition" not in got
    # a real "if" is still one
    got = changes_by_type(
        "He can keep an eye over future presidents if they need his approval.",
        "He says this is the only way he can keep an eye over future presidents.",
    )
    assert "condition" in got


def test_as_long_as_a_span_of_time_is_not_a_condition():
    got = changes_by_type(
        "Those trials had ended as long as 20 years before the new analysis.",
        "Researchers examined trials of aspirin that ended up to 20 years earlier.",
    )
    assert "condition" not in got
    for suspect in (
        "Patients may travel as long as they carry the card.",
        "Patients may travel as long as a doctor signs the form.",
    ):
        assert "condition" in changes_by_type(suspect, "Patients may travel.")


def test_question_if_is_not_a_condition():
    got = changes_by_type(
        "It is still uncertain if cats can pass the virus to humans.",
        "Cats can catch the virus, but scientists have not shown that cats pass it to humans.",
    )
    assert "condition" not in got


def test_otherwise_is_a_condition_and_asked_if_is_a_question():
    assert "condition" not in changes_by_type(
        "The squid population could grow and become a risk if not controlled.",
        "Hopefully the walleye can keep the squid population under control, else there is cause for concern.",
    )
    assert "condition" not in changes_by_type(
        "Bartiromo asked Attorney General Sessions if his office is investigating the leak.",
        "Bartiromo interviewed Attorney General Sessions about the leak his office is investigating.",
    )


def test_a_condition_addressed_to_the_reader_is_not_a_fact():
    got = changes_by_type(
        "If you like vegetables, frozen peas are on the list too.",
        "Frozen peas are on the list too.",
    )
    assert "condition" not in got


def test_a_condition_from_the_next_source_sentence_is_not_added():
    source = (
        "Testing shows a heavy dependence on tactical nuclear systems. The country aims to win "
        "quickly in the event of a war, as a prolonged conflict would overwhelm it."
    )
    s = "Testing suggests a reliance on tactical nuclear systems in the event of a conflict."
    sus = Sentence("s", 0, 0, len(s), s, "body")
    first = Sentence("t", 0, 0, 60, source[:60], "body")
    got = find_changes(sus, [first], tagger=EntityTagger(nlp()), source_text=source)
    assert "condition" not in {c.type for c in got}


# --- review cases -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suspect", "source", "kind", "changed"),
    [
        # "if anything" hedges and conditions nothing
        (
            "It said the surge would have only a limited effect, adding that the economy will "
            "continue to grow strongly.",
            "It said the surge would have a limited effect, saying that if anything the economy "
            "will continue to grow strongly.",
            "condition",
            False,
        ),
        # "if anything goes wrong" is a condition
        (
            "Passengers will be refunded for the cancelled flight.",
            "Passengers will be refunded for the cancelled flight if anything goes wrong.",
            "condition",
            True,
        ),
    ],
)
def test_forms_that_say_the_same_and_changes_that_do_not(suspect, source, kind, changed):
    assert (kind in changes_by_type(suspect, source)) is changed


@pytest.mark.parametrize(
    ("suspect", "source", "kind", "found"),
    [
        # a condition said another way, or an "if" that contrasts
        (
            "Should that happen, hospitals will cancel routine operations for weeks.",
            "If the strike goes ahead, hospitals will cancel routine operations for weeks.",
            "condition",
            False,
        ),
        (
            "2021 was a year of recovery for the tourism industry.",
            "If 2020 was a year of crisis, 2021 was a year of recovery for the tourism industry.",
            "condition",
            False,
        ),
    ],
)
def test_third_review_cases(suspect, source, kind, found):
    got = changes_by_type(suspect, source)
    assert (kind in got) is found


def test_an_inverted_condition_keeps_the_sources_if():
    source = "The bill lets people give power of attorney if they become too ill to decide."
    kept = (
        "Under the bill, people could give power of attorney should they become too ill to decide."
    )
    dropped = "Under the bill, people could give power of attorney when too ill to decide."
    assert "condition" not in changes_by_type(kept, source)
    assert "condition" in changes_by_type(dropped.replace("when", "as they are"), source)


def test_an_if_that_means_whether_after_confirm_is_no_condition():
    got = changes_by_type(
        "The FDA approved ultrasound as a test for confirming that the device is placed correctly.",
        "The FDA approved ultrasound as an alternate test to confirm if the device is placed "
        "properly.",
    )
    assert "condition" not in got


def test_an_inverted_condition_in_the_source_is_a_condition():
    got = changes_by_type(
        "If the approach turned into a firm offer, it should come at a price the board would "
        "regard as fair.",
        "Should it become a firm offer, it should be at a price the board is likely to regard "
        "as fair.",
    )
    assert "condition" not in got


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # a question in the source is no condition that covers the suspect's "if"
        (
            "They will become citizens if they pass the language test next year.",
            "Should they become citizens after they pass the language test next year?",
        ),
        # a question in the suspect is no condition that keeps the source's
        (
            "Should they pay the fine the court set last week?",
            "They should pay the fine the court set last week if the appeal fails.",
        ),
        (
            "Were they to blame for the collapse of the bank in 2008?",
            "They were to blame for the collapse of the bank in 2008 if the report is right.",
        ),
    ],
)
def test_an_inverted_question_is_no_condition(suspect, source):
    assert "condition" in changes_by_type(suspect, source)


def test_an_inverted_condition_inside_a_question_is_a_condition():
    got = changes_by_type(
        "What would happen to the deal, should they become too ill to sign it?",
        "What would happen to the deal if they become too ill to sign it?",
    )
    assert "condition" not in got


def test_a_purpose_said_as_an_if_is_no_added_condition():
    source = (
        "Philippe Sella believes coach Bernard Laporte must recall Frederic Michalak to give "
        "his side any chance of beating Ireland."
    )
    got = changes_by_type(
        "Philippe Sella believes coach Bernard Laporte has to recall Frederic Michalak if his "
        "side are to have any chance of beating Ireland.",
        source,
    )
    assert "condition" not in got
    # a case in which it holds is still a condition the source does not have
    got = changes_by_type(
        "Philippe Sella believes coach Bernard Laporte must recall Frederic Michalak if his "
        "side lose to Ireland.",
        source,
    )
    assert "condition" in got


def test_a_to_before_a_place_or_a_thing_is_no_purpose_an_if_could_say():
    got = changes_by_type(
        "Sella believes Laporte has to recall Michalak to the squad if his side are to beat "
        "Ireland.",
        "Sella believes Laporte must recall Michalak to the squad that will play Ireland.",
    )
    assert "condition" in got


@pytest.mark.parametrize(
    ("suspect", "source", "condition"),
    [
        (
            "Serwotka warned there would be further walkouts whether or not the government "
            "rethinks.",
            "Serwotka warned there could be further walkouts unless there was a government "
            "rethink.",
            "unless there was a government rethink",
        ),
        (
            "Patients who take aspirin may see an added benefit, regardless of whether the "
            "findings are confirmed, Choe says.",
            "But if the findings are confirmed, patients who take aspirin may see an added "
            "benefit, Choe says.",
            "if the findings are confirmed",
        ),
        (
            "Printing at home is worth it whichever printer you choose.",
            "Printing at home is worth it, but only if you choose the right printer.",
            "only if you choose the right printer",
        ),
    ],
)
def test_a_condition_said_to_hold_whatever_the_case_is_dropped(suspect, source, condition):
    change = changes_by_type(suspect, source)["condition"]
    assert change.source.text == condition


def test_deciding_whether_or_not_asks_and_waives_no_condition():
    got = changes_by_type(
        "The board will decide in May whether or not the plant is to close.",
        "The board will decide in May if the plant is to close.",
    )
    assert "condition" not in got


def test_what_holds_whatever_the_case_made_a_condition_is_a_change():
    source = (
        "The findings suggest that starting steroid treatment promptly, even if the "
        "likelihood of completion is low, is beneficial."
    )
    change = changes_by_type(
        "The findings suggest that starting steroid treatment promptly is beneficial as long "
        "as the course is likely to be completed.",
        source,
    )["condition"]
    assert change.suspect.text == "as long as the course is likely to be completed"
    assert change.source.text == "even if"
    assert "condition" not in changes_by_type(
        "The findings suggest that starting steroid treatment promptly is beneficial even if "
        "the course is unlikely to be completed.",
        source,
    )


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "Whether or not it rains, the match will go ahead on Sunday.",
            "The match will go ahead on Sunday whether or not it rains.",
        ),
        (
            "The match will go ahead on Sunday, even if it rains.",
            "The match will go ahead on Sunday, even if it rains heavily.",
        ),
        # the source's own "if" governs other words
        (
            "Whatever the weather, the parade will start at noon, and a second show is planned "
            "if tickets sell out.",
            "The parade will start at noon, and if tickets sell out a second show is planned.",
        ),
    ],
)
def test_a_source_that_holds_whatever_the_case_too_keeps_its_condition(suspect, source):
    assert "condition" not in changes_by_type(suspect, source)


# --- "if that wasn't enough", "when or if", "for as long as": no condition ------------------


@pytest.mark.parametrize(
    "suspect",
    [
        "And if that wasn't enough, the mayor also cut the library budget by half.",
        "If all of this was not enough, the mayor also cut the library budget by half.",
        "If that's not enough to make your blood boil, the mayor also cut the library budget.",
    ],
)
def test_if_that_wasnt_enough_says_there_is_more_on_no_condition(suspect):
    source = "The mayor also cut the library budget by half."
    assert "condition" not in changes_by_type(suspect, source)


def test_if_that_is_not_enough_is_still_a_condition():
    # said of what will be done, not at the reader: a condition
    got = changes_by_type(
        "If that is not enough, the council will raise the parking fees next year.",
        "The council will raise the parking fees next year.",
    )
    assert "condition" in got


@pytest.mark.parametrize(
    "suspect",
    [
        "The shop says nothing about when or if the blue jackets will be back in stock.",
        "It is unclear whether the driver was tired or if the brakes of the bus failed.",
        "Analysts say it is not clear if the rise comes from the new price or the new stores.",
        "Her songs have been a part of my life for as long as I can remember.",
    ],
)
def test_an_if_that_goes_on_with_a_question_or_a_span_of_time_is_no_condition(suspect):
    source = (
        "Her songs were part of my life; the shop has sold out of blue jackets; the bus "
        "driver and the brakes are under investigation; sales rose after the new stores opened."
    )
    assert "condition" not in changes_by_type(suspect, source)
    # an "if" after "when ... or" that is not a question stays one
    got = changes_by_type(
        "The bus will leave at noon when the driver arrives or if the rain stops.",
        "The bus will leave at noon.",
    )
    assert "condition" in got


# --- the other half of the sentence -------------------------------------------------------


def test_restating_what_the_conditioned_verb_does_not_say_drops_no_condition():
    source = (
        "The second-leading cause of cancer deaths after lung cancer, colon cancer can be "
        "prevented if polyps are found and removed during a colonoscopy."
    )
    got = changes_by_type(
        "After lung cancer, colon cancer is the second-leading cause of cancer deaths.", source
    )
    assert "condition" not in got
    # saying the conditioned verb without its "if" still drops it
    got = changes_by_type("Colon cancer can be prevented, doctors say.", source)
    assert got["condition"].source.text.startswith("if polyps")


def test_a_condition_on_a_verb_the_suspect_carries_on_is_still_dropped():
    # "would continue recommending": "keep recommending" says the verb the condition qualifies
    source = (
        "Dr. Jatinder Bhatia said that unless further studies showed no benefit as children "
        "got older, he would continue recommending DHA, now included in many prenatal vitamins."
    )
    suspect = (
        "Dr. Jatinder Bhatia said he would keep recommending DHA, now included in many "
        "prenatal vitamins."
    )
    assert "condition" in changes_by_type(suspect, source)


def test_a_short_verb_inflected_still_carries_its_condition():
    # "loses" says the "lose" the condition hangs from, though their five-letter stems differ
    got = changes_by_type(
        "The club loses its licence under the new rules.",
        "The club would lose its licence if it broke the new rules.",
    )
    assert got["condition"].source.text == "if it broke the new rules"


# --- a condition's own clause stated as a fact ---------------------------------------------


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "Smart fabrics are going to be part of everyday clothing, so regulators need to "
            "think hard about privacy, the minister said.",
            "If smart fabrics are going to be part of everyday clothing, regulators need to "
            "think hard about privacy, the minister said.",
        ),
        (
            "The airline raised its fares, so passenger numbers fell sharply.",
            "If the airline raises its fares, passenger numbers will fall sharply.",
        ),
    ],
)
def test_an_if_clause_said_as_a_statement_drops_the_condition(suspect, source):
    got = changes_by_type(suspect, source)
    assert got["condition"].source.text.startswith("If")
    assert "stated as a fact" in got["condition"].explanation


@pytest.mark.parametrize(
    "suspect",
    [
        # a restriction, not a statement
        "A fabric that is going to be part of everyday clothing needs regulators to think "
        "hard about privacy, the minister said.",
        # the condition said another way, or the consequence kept hypothetical
        "Should smart fabrics become part of everyday clothing, regulators need to think hard "
        "about privacy, the minister said.",
        "When smart fabrics become part of everyday clothing, regulators need to think hard "
        "about privacy, the minister said.",
        "Smart fabrics becoming part of everyday clothing would mean regulators need to think "
        "hard about privacy, the minister said.",
    ],
)
def test_a_condition_said_as_a_restriction_or_another_condition_is_kept(suspect):
    source = (
        "If smart fabrics become part of everyday clothing, regulators need to think hard "
        "about privacy, the minister said."
    )
    assert "condition" not in changes_by_type(suspect, source)


def test_an_if_about_anyone_is_no_claim_a_rewrite_asserts():
    assert "condition" not in changes_by_type(
        "Smokers who quit before 40 cut their extra risk of dying by 90%, the study found.",
        "If you quit smoking before 40, you cut your extra risk of dying by 90%, the study found.",
    )


# --- a condition said another way ----------------------------------------------------------


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "But weekend warriors who also met the target saw substantial health benefits too.",
            "But the weekend warriors also saw substantial health benefits if they met the "
            "physical activity target too.",
        ),
        (
            "The clinic offers a discount to patients who let the robot carry out the extraction.",
            "The clinic offers patients a discount if they let the robot do the extraction.",
        ),
    ],
)
def test_a_condition_said_as_a_restriction_on_whom_it_concerns_is_kept(suspect, source):
    assert "condition" not in changes_by_type(suspect, source)


def test_a_condition_said_in_a_clause_that_only_adds_a_fact_is_dropped():
    # ", who also met the target," says that they did, on no condition
    assert "condition" in changes_by_type(
        "The weekend warriors, who also met the physical activity target, saw substantial "
        "health benefits too.",
        "But the weekend warriors also saw substantial health benefits if they met the "
        "physical activity target too.",
    )


def test_an_opening_condition_is_dropped_only_where_the_clause_it_opens_is_said():
    source = (
        "If they are at high risk of heart disease, they're doing the right thing, according "
        "to draft recommendations issued Monday by the task force."
    )
    # only the attribution after it is said
    assert "condition" not in changes_by_type(
        "That's according to draft recommendations the task force issued on Monday.", source
    )
    assert "condition" in changes_by_type(
        "They're doing the right thing, according to draft recommendations issued Monday.",
        source,
    )


def test_a_condition_for_the_case_a_source_sentence_puts_with_would_is_no_addition():
    source = "A positive test for TB would mean visa applications being turned down."
    assert "condition" not in changes_by_type(
        "Visa applications would be rejected in the event of a positive TB test.", source
    )
    # a "could" is a possibility, not the case of a consequence: the condition is new
    assert "condition" in changes_by_type(
        "Visa applications will be rejected in the event of a positive TB test.",
        source.replace("would mean", "could lead to"),
    )
