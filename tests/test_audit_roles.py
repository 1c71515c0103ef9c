"""Roles (audit/roles.py): two parties that changed places around the same verb, or the
two sides of a comparison."""

import pytest
from helpers import changes_by_type

import unspun
from unspun.audit import EntityTagger, find_changes
from unspun.audit.roles import turned_comparison
from unspun.documents import Sentence
from unspun.models import nlp


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
        # a word describing the subject in one and the object in the other: nothing moved
        (
            "Homegrown shows like Channel 4's Supernanny and ITV1's Hell's Kitchen dominated "
            "the reality category.",
            "Homegrown reality programmes dominated that category, including Channel 4's "
            "Supernanny and ITV1's Hell's Kitchen.",
            False,
        ),
        # ... but not where the nouns they describe are new words: the parties swapped
        (
            "Palestinian gunmen attacked Israeli troops near the fence.",
            "Israeli soldiers attacked Palestinian protesters near the fence.",
            True,
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
    ],
)
def test_third_review_cases(suspect, source, kind, found):
    got = _close_changes(suspect, source)
    assert (kind in got) is found


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "Doctors found more men than women had the disease.",
            "Doctors found more women than men had the disease.",
        ),
        (
            "Fresh ginger contains higher concentrations of 6-gingerol than powdered ginger.",
            "Powdered ginger contains higher concentrations of 6-gingerol than fresh ginger.",
        ),
    ],
)
def test_a_comparison_whose_sides_changed_places_is_a_direction_change(suspect, source):
    got = changes_by_type(suspect, source)
    assert "direction" in got
    assert got["direction"].suspect.text.startswith("than ")


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # the sides turned under the opposite comparative say the same
        ("Women had fewer visits than men.", "Men had more visits than women."),
        # figures are compared by the number checks
        ("It cost more than 100 dollars.", "It cost more than 90 dollars."),
        # the same sides, reworded
        ("Women made more visits than men did.", "Women had more visits than men."),
    ],
)
def test_a_comparison_kept_or_turned_with_its_comparative_is_no_direction_change(suspect, source):
    assert turned_comparison(suspect, source) is None


# --- two parties swapped around the very same words ----------------------------------------


def _direction(suspect: str, source: str) -> list[str]:
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    return [c.explanation for f in report.findings for c in f.changes if c.type == "direction"]


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "The protein is found in astrocytes, which surround nerve cells in the brain.",
            "The protein is found in nerve cells, which surround astrocytes in the brain.",
        ),
        (
            "The enzyme works by converting glucose into fructose inside the liver.",
            "The enzyme works by converting fructose into glucose inside the liver.",
        ),
        (
            "Jobs moved out of manufacturing plants and into call centres abroad.",
            "Jobs moved out of call centres and into manufacturing plants abroad.",
        ),
        (
            "Anna Berg, who beat her team-mate Lisa Holm in the final, took the title.",
            "Lisa Holm, who beat her team-mate Anna Berg in the final, took the title.",
        ),
        # far apart: the two arms of a trial, nine words between
        (
            "Of the women, 21 of 235 given a placebo delivered early, compared with 36 of 223 "
            "given progesterone.",
            "Of the women, 21 of 235 given progesterone delivered early compared with 36 of 223 "
            "given a placebo.",
        ),
    ],
)
def test_parties_swapped_around_the_same_words_are_a_direction_change(suspect, source):
    assert any("changed places" in e for e in _direction(suspect, source))


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # a compound said the other way round
        (
            "The rabbits fed sulforaphane also showed higher levels of good cholesterol.",
            "Sulforaphane-fed rabbits also showed higher levels of good cholesterol.",
        ),
        # phrases that open with a preposition move freely
        (
            "The charges followed raids by the FBI on suspected pirates in August.",
            "The charges followed raids in August on suspected pirates by the FBI.",
        ),
        # a speaker turned round a verb of saying
        (
            "In the news release, Dr Patel says the drug is safe.",
            "The drug is safe, says Dr Patel in the news release.",
        ),
        (
            "Report author James Goodman estimates the pile has grown to 90 million phones.",
            "The pile has grown to 90 million phones, estimates James Goodman, report author.",
        ),
        # nothing between the two but a copula, or nouns
        ("Smith was the winner of the race.", "The winner of the race was Smith."),
        # a party said twice in the source (two arms of a trial): no one order to turn
        (
            "One arm had an ultrasound followed by an X-ray if needed, the other an X-ray "
            "followed by an ultrasound.",
            "One arm had an ultrasound and, if needed, an X-ray; the other had an X-ray "
            "followed by an ultrasound.",
        ),
        (
            "He keeps a photo of Stefani as his profile picture.",
            "He keeps a picture of Stefani as his profile photo.",
        ),
    ],
)
def test_words_that_move_freely_are_no_swap(suspect, source):
    assert not any("around the same words" in e for e in _direction(suspect, source))
