"""Who says a sentence (audit/speakers.py): named in it, or before it."""

import pytest

from unspun.audit.attribution import speaker_swapped
from unspun.audit.speakers import head_name, name_stems, said_by, speaker_of
from unspun.documents import Sentence, split_sentences


def _speaker(text: str, index: int) -> str | None:
    found = speaker_of(index, split_sentences(text, "t"))
    return found.words if found else None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            '"It is a first step," said Dr. Scott L. Friedman, a liver expert.',
            "Dr. Scott L. Friedman",
        ),
        ("Peter Weissberg, medical director at the BHF, said the idea was odd.", "Peter Weissberg"),
        ("Study head Kevin Choe said the dose must be worked out.", "Kevin Choe"),
        ("The vote matters, said BBC labour correspondent Stephen Cape.", "Stephen Cape"),
        (
            'Earlier, David Rose, chief executive of the trust, had said: "We regret it."',
            "David Rose",
        ),
    ],
)
def test_a_named_speaker_is_found_with_its_title_and_appositive_left_out(sentence, speaker):
    assert [s.words for s in said_by(sentence) if s.words not in ("he", "she")] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics said the lanes were a disaster for shops.",  # a group, capitalised first
        "Jenner added a party hat to her outfit.",  # "added" that says nothing
        "The findings are intriguing, Anthony Zietman tells WebMD.",  # WebMD heard it
    ],
)
def test_no_group_or_listener_is_a_speaker(sentence):
    assert all(s.words not in ("Critics", "Jenner", "WebMD") for s in said_by(sentence))


def test_he_said_and_a_running_quote_are_said_by_the_speaker_named_before():
    text = (
        'Dr. Ann Lee led the trial. "The results are striking," said Dr. Ann Lee. "We did '
        'not expect them." The dose must be worked out, she said.'
    )
    assert [_speaker(text, i) for i in range(4)] == [None, *["Dr. Ann Lee"] * 3]


def test_a_group_or_the_article_itself_names_no_speaker():
    text = 'Dr. Ann Lee spoke first. "More work is needed," the report said. Sales fell.'
    assert [_speaker(text, i) for i in (1, 2)] == [None, None]


def test_the_head_of_a_speaker_is_the_name_before_what_places_it():
    assert head_name("Ros Eeles of the ICR, who led the study") == "Ros Eeles"
    assert head_name("Study head Dr. Kevin Choe") == "Dr. Kevin Choe"


def test_a_name_with_its_accents_dropped_has_the_same_stems():
    assert name_stems("President Recep Tayyip Erdoğan") == name_stems("Recep Tayyip Erdogan")
    assert name_stems("Pedro Sánchez") == {"pedro", "sanch"}


def test_a_speaker_named_without_accents_is_the_same_speaker():
    text = (
        "President Recep Tayyip Erdoğan said on Monday that Turkey would stay neutral. "
        '"We will not back the new sanctions until the talks have ended," he said.'
    )
    source = split_sentences(text, "t")
    said = "Erdogan said Turkey would not back the new sanctions until the talks ended."
    suspect = Sentence("s", 0, 0, len(said), said)
    assert speaker_swapped(suspect, [source[1]], source) == []


def test_a_quote_left_open_is_said_by_whom_the_next_sentence_names_as_it_closes():
    text = (
        "Retail sales rose 1.2% in December.\n\n"
        '"Consumers for now remain willing to spend freely. Given that attitude, the Fed is '
        'likely to keep raising rates," UBS economist Maury Harris told Reuters.'
    )
    sentences = split_sentences(text, "t")
    assert [s.text[:12] for s in sentences][1:3] == ['"Consumers f', "Given that a"]
    assert _speaker(text, 1) == "Maury Harris"
    assert _speaker(text, 2) == "Maury Harris"
