"""How much of a group a claim covers (audit/quantities.py)."""

import pytest
from helpers import changes_by_type

from unspun.audit.quantities import quantity_changes
from unspun.documents import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence("x", 0, 0, len(text), text, "body")


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # all for less than all
        ("All patients in the trial improved.", "Some patients in the trial improved."),
        ("Every seat was won by the party.", "Most seats were won by the party."),
        ("The drug always works.", "The drug usually works."),
        # two steps higher
        ("Most of the participants reported pain.", "Some of the participants reported pain."),
        # less, said as a limit
        (
            "Only a few of the banks signed the deal.",
            "Nearly all the banks signed the deal.",
        ),
        # less, said as an exact share: half is not all
        (
            "Half of the proceeds benefit the Anti-Defamation League.",
            "All of the proceeds benefit the Anti-Defamation League.",
        ),
    ],
)
def test_a_claim_about_more_of_the_same_thing_is_a_number_change(suspect, source):
    got = changes_by_type(suspect, source)
    assert "number" in got
    assert got["number"].suspect is not None and got["number"].source is not None


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # less is claimed safely: it follows from the source
        (
            "Many horses come from owners who fell ill.",
            "Most horses come from owners who fell ill.",
        ),
        # one step apart below "all"
        ("Most patients improved.", "Nearly all patients improved."),
        ("Many patients improved.", "Several patients improved."),
        # half is less than most by one step only: no limit
        ("Half of the voters backed it.", "Most of the voters backed it."),
        # quantifiers of different things
        ("All the files were sent to most states.", "Some officials were sent to most states."),
        # idioms and superlatives name no amount
        ("It was not at all clear to the most senior staff.", "It was unclear to some staff."),
        # a denied predicate: "many do not" says what "few do" says
        (
            "Many people do not take the paper seriously.",
            "Few people take the paper seriously.",
        ),
        # the same amount said another way
        ("The majority of voters backed it.", "Most voters backed it."),
        ("The infection almost always clears up alone.", "The infection usually clears up alone."),
        (
            "The infection nearly always clears up alone.",
            "The infection generally clears up alone.",
        ),
        # a denied quantifier claims less than all, not all
        ("Not all patients responded to the drug.", "Some patients responded to the drug."),
        ("Not every voter backed the measure.", "Many voters backed the measure."),
        ("The buses aren't always reliable.", "The buses are sometimes reliable."),
        ("Trains cannot always run on time.", "Trains sometimes run on time."),
    ],
)
def test_the_same_or_a_safely_smaller_amount_is_no_change(suspect, source):
    assert quantity_changes(_sentence(suspect), [_sentence(source)]) == []


def test_a_source_that_gives_the_same_amount_elsewhere_covers_it():
    # "most states" and "a few states" both in the source: "most states" is said there
    source = [
        _sentence("Most states set a limit of 75 mph."),
        _sentence("A few states allow 80 mph."),
    ]
    assert quantity_changes(_sentence("It matches the limit in most states."), source) == []


def test_for_all_of_a_group_is_an_amount_and_for_all_its_faults_an_idiom():
    source = "We can reduce the pain for many patients, the doctor said."
    assert "number" in changes_by_type(
        "We can reduce the pain for all patients, the doctor said.", source
    )
    assert "number" not in changes_by_type(
        "For all its faults, the plan helps many patients, the doctor said.",
        "The plan helps many patients, for all its faults, the doctor said.",
    )
