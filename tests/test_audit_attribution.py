"""Attribution (audit/attribution.py): who said it, and an "according to" dropped."""

import pytest
from helpers import changes_by_type, changes_list, omitted

import unspun
from unspun.audit import EntityTagger, find_changes
from unspun.audit.attribution import speaker_swapped
from unspun.audit.spellings import abbreviates
from unspun.audit.text import acronyms, stems
from unspun.documents import Sentence
from unspun.models import nlp
from unspun.results import Change

# --- a claim given to another speaker -----------------------------------------------------


def test_a_speaker_after_a_job_title_is_named():
    suspect = "Kingsbury said the plans could create up to 28,000 jobs in Scotland."
    source = "WWF Scotland director Lang Banks said the plans could create up to 28,000 jobs."
    s = Sentence("s", 0, 0, len(suspect), suspect)
    t = Sentence("t", 0, 0, len(source), source)
    changes = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
    (change,) = [c for c in changes if c.type == "attribution"]
    assert (change.suspect.text, change.source.text) == ("Kingsbury", "Lang Banks")


@pytest.mark.parametrize("title", ["mayor", "harbour master"])
def test_a_speaker_after_a_lower_case_title_is_named(title):
    # the tagger reads "harbour master" as a person and misses "Ana Ruiz"; the speakers of
    # the two sentences are the names after the titles
    source = "The port will close for repairs next month, said harbour master Ana Ruiz."
    suspect = f"The port will close for repairs next month, said {title} John Smith."
    (change,) = changes_list(suspect, source)
    assert (change.type, change.suspect.text, change.source.text) == (
        "attribution",
        "John Smith",
        "Ana Ruiz",
    )


@pytest.mark.parametrize(
    ("said", "instead"),
    [("said via Facebook", "said via Twitter"), ("said amid Brexit", "said amid Covid")],
)
def test_a_name_after_said_and_a_preposition_is_no_speaker(said, instead):
    # "via Twitter" was read as a lower-case title and a name: a speaker swapped
    source = f"The ministry announced the new rules on Monday, the company {said}."
    suspect = f"The ministry announced the new rules on Monday, the company {instead}."
    assert "attribution" not in changes_by_type(suspect, source)


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
    ],
)
def test_a_changed_name_or_figure_is_typed_by_what_it_is(suspect, source, kind):
    assert [c.type for c in changes_list(suspect, source)] == [kind]


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
    ],
)
def test_third_review_cases(suspect, source, kind, found):
    got = changes_by_type(suspect, source)
    assert (kind in got) is found


# --- an "according to" dropped ------------------------------------------------------------


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


# --- what an attribution is: the phrases omissions lists when a rewrite drops them --------


def test_a_speaker_named_at_the_start_of_a_sentence_is_an_attribution():
    source = (
        "Dr. Oken said the new study might have shown no benefit because effects in infants "
        "are hard to measure."
    )
    suspect = (
        "The new study may have shown no benefit because effects in infants are hard to measure."
    )
    assert ("attribution", "Dr. Oken said") in omitted(suspect, source)


@pytest.mark.parametrize(
    ("source", "suspect", "phrase"),
    [
        (
            '"We need robots that respect people," Professor Dautenhahn told BBC News Online.',
            "Professor Dautenhahn says we need robots that respect people.",
            "Professor Dautenhahn told BBC News Online",
        ),
        (
            "The video service should expand over time to cover more channels, said a Google "
            "spokesperson.",
            "The video service should expand over time to cover more channels.",
            "said a Google spokesperson",
        ),
        (
            "According to the NCI, Cologuard detects 92% of colorectal cancers.",
            "Cologuard detects 92% of colorectal cancers.",
            "According to the NCI",
        ),
        (
            "Court papers obtained by The Blast show his mother put capital into the business.",
            "Court papers show his mother put capital into the business.",
            "obtained by The Blast",
        ),
        # the speaker of "told Reuters" lost, though the outlet is kept
        (
            '"The Fed will keep raising rates," UBS economist Maury Harris told Reuters.',
            '"The Fed will keep raising rates," a Commerce Department spokesperson told Reuters.',
            "UBS economist Maury Harris told Reuters",
        ),
        # a parenthetical attribution ends at its comma
        (
            "The main cloud on the horizon, NIESR said, was the property market.",
            "The main cloud on the horizon is the property market.",
            "NIESR said",
        ),
    ],
)
def test_attributions_after_a_quote_or_turned_round_are_omitted_when_dropped(
    source, suspect, phrase
):
    assert ("attribution", phrase) in omitted(suspect, source)


def test_a_month_in_a_speakers_name_is_the_name():
    source = "The plan is sound, said Prime Minister Theresa May."
    suspect = "There is a plan, and it is sound."
    assert ("attribution", "said Prime Minister Theresa May") in omitted(suspect, source)


def test_a_pronoun_is_no_named_source():
    source = "She said the council would pay for the new roof by March."
    suspect = "The mayor said the council would pay for the new roof by March."
    assert not [t for k, t in omitted(suspect, source) if k == "attribution"]


def _swapped_speaker(suspect: str, source: str) -> Change | None:
    s = Sentence("s", 0, 0, len(suspect), suspect)
    t = Sentence("t", 0, 0, len(source), source)
    changes = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
    return next((c for c in changes if c.type == "attribution"), None)


@pytest.mark.parametrize(
    ("suspect", "source", "said", "had"),
    [
        # a speaker with "also" before the verb; an outlet that "reported that"
        (
            "Mr Newton also said that industry and the media had helped to raise awareness.",
            '"Industry and the media have helped to raise awareness," said William Plante.',
            "Mr Newton",
            "William Plante",
        ),
        (
            'Sky News reported that there was "masses of support" for him to form a new party.',
            'Mr Kilroy-Silk also told Sky News there was "masses of support" for him to form a '
            "new party.",
            "Sky News",
            "Mr Kilroy-Silk",
        ),
        # "according to" one named party where the source has another say it
        (
            "Mr Lammy was sinking fast, according to former Conservative leader Iain Duncan Smith.",
            "BBC political editor Andrew Marr said Mr Lammy was sinking fast.",
            "former Conservative leader Iain Duncan Smith",
            "Andrew Marr",
        ),
    ],
)
def test_a_claim_given_to_another_named_party_however_it_is_said(suspect, source, said, had):
    change = _swapped_speaker(suspect, source)
    assert change is not None
    assert (change.suspect.text, change.source.text) == (said, had)


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # a role for the name, and the same name after a title with a full stop
        (
            "According to the chancellor, the private sector spends only £60m a year on a vaccine.",
            "The private sector only spends £60m a year on a vaccine, Mr Brown said.",
        ),
        (
            "Rabin said adequate fish intake is important for normal human development.",
            'According to Dr. Jill Rabin, "adequate intake of fish is important for normal human '
            'development."',
        ),
        ("Shell reported record profits for the year.", "BP reported record profits for the year."),
    ],
)
def test_no_speaker_swap_for_a_role_a_title_or_a_verb_of_business(suspect, source):
    assert _swapped_speaker(suspect, source) is None


def test_a_loose_paraphrase_that_reports_a_quote_under_another_named_speaker_is_caught():
    source = (
        '"It was always tough serving second in the fifth set," said Hewitt, who had never '
        "reached the last four at his home Grand Slam. But Nalbandian broke his serve three "
        "times in both of the next two sets to set up a nailbiting decider."
    )
    suspect = (
        "Nalbandian said it was always tough serving second in the fifth set, before the "
        "nailbiting decider."
    )
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    changes = [c for f in report.findings for c in f.changes]
    assert [(c.type, c.suspect.text, c.source.text) for c in changes] == [
        ("attribution", "Nalbandian", "Hewitt")
    ]
    # the same words under their own speaker, however loosely, are no change
    kept = suspect.replace("Nalbandian said", "Hewitt said")
    report = unspun.compare(kept, source, unspun.CheckOptions(detect=False))
    assert all(f.label == "supported" for f in report.findings)


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "Jones told Smith that the project was running two years behind schedule and over "
            "budget.",
            "Smith said Jones had told him the project was running two years behind schedule "
            "and over budget.",
        ),
        (
            "Pelosi said the president had promised her the bill would pass before the August "
            "recess.",
            "Schumer said Pelosi told him the president had promised her the bill would pass "
            "before the August recess.",
        ),
    ],
)
def test_a_speaker_the_source_reports_speaking_is_no_attribution_change(suspect, source):
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    assert not [c for f in report.findings for c in f.changes if c.type == "attribution"]


def test_a_speaker_by_the_other_part_of_the_name_the_article_gives_is_one_person():
    article = (
        'Gov. Greg Abbott visited the border town on Monday. "We will not back down," Abbott '
        "said on Tuesday."
    )
    quote = article.index('"We')
    sources = [Sentence("t", 1, quote, len(article), article[quote:])]

    def changes(said: str) -> list:
        s = Sentence("s", 0, 0, len(said), said)
        tagger = EntityTagger(nlp())
        return find_changes(s, sources, tagger=tagger, source_text=article, swaps=True)

    assert changes('"We will not back down," Greg said on Tuesday.') == []
    assert [c.type for c in changes('"We will not back down," Paxton said on Tuesday.')] == [
        "attribution"
    ]


# --- words given a speaker the source does not give them --------------------------------

_BOVE = "Dr. Alfred Bove, a professor at Temple, noted that many surgeons already fit the devices."


def _attributions(suspect: str, source: str) -> list[Change]:
    """The attribution changes of a one-sentence suspect against a source article."""
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    return [c for f in report.findings for c in f.changes if c.type == "attribution"]


def test_words_said_by_one_named_speaker_given_another_are_an_attribution_change():
    # the suspect's speaker is named in the source, but for other words
    source = (
        "The device cut deaths by a third in the trial. Dr. Clyde Yancy, a cardiologist at "
        "Baylor, said the results give reason for renewed enthusiasm about treatment. " + _BOVE
    )
    suspect = "Dr. Alfred Bove said the results give reason for renewed enthusiasm about treatment."
    (change,) = _attributions(suspect, source)
    assert (change.suspect.text, change.source.text) == ("Dr. Alfred Bove", "Dr. Clyde Yancy")


def test_the_speaker_of_a_quote_that_runs_on_is_named_before_it():
    source = (
        'The study "gives us reason for renewed enthusiasm," said Dr. Clyde Yancy of Baylor. '
        '"When we compare this to the other two studies, we see some consistency of '
        'response." ' + _BOVE
    )
    suspect = (
        "Dr. Alfred Bove said that compared with the other two studies there is some "
        "consistency of response."
    )
    (change,) = _attributions(suspect, source)
    assert change.source.text == "Dr. Clyde Yancy of Baylor"
    assert "named before" in change.explanation


def test_he_said_is_the_speaker_named_before_it():
    source = (
        "Men who took aspirin gained the most, Choe says. Anthony Zietman, president of "
        "ASTRO, tells WebMD that the findings are intriguing. However, the dose and timing "
        "of aspirin use need to be worked out, he says."
    )
    suspect = "Kevin Choe said the dose and timing of aspirin use need to be worked out."
    (change,) = _attributions(suspect, source)
    assert (change.suspect.text, change.source.text) == ("Kevin Choe", "Anthony Zietman")


@pytest.mark.parametrize(
    ("source", "suspect"),
    [
        # the same speaker by surname, after a "he said"
        (
            'Dr. Clyde Yancy of Baylor praised the work. "It gives us reason for renewed '
            'enthusiasm about treatment," he said.',
            "Yancy said the work gives reason for renewed enthusiasm about treatment.",
        ),
        # the organisation for its spokesman, named before a running quote
        (
            'Unison spokesman Dave Prentis said: "We met the minister today. We will meet '
            'again next week in London and hope to settle the pensions dispute."',
            "Unison said it would meet again next week in London and hoped to settle the "
            "pensions dispute.",
        ),
        # a speaker the article names in full elsewhere
        (
            'Greg Abbott toured the flooded town. "The repairs will take a year," Abbott said.',
            "Greg said the repairs will take a year in the town.",
        ),
        # a group says it in the source: which researcher, it does not say
        (
            "Dr. Ann Lee led the study. The benefit may be modest, the researchers said.",
            "Dr. Ann Lee said the benefit may be modest.",
        ),
        # both speakers kept, each with their own words
        (
            "The study cannot show causation, said Victor Urrutia. More research is needed on "
            "cooking methods, Daniel Labovitz says.",
            "Victor Urrutia said the study cannot show causation, and Daniel Labovitz said more "
            "research is needed on cooking methods.",
        ),
    ],
)
def test_the_same_speaker_named_otherwise_is_no_attribution_change(source, suspect):
    assert not _attributions(suspect, source)


def test_a_speaker_named_without_the_accents_of_the_source_is_the_same_speaker():
    report = unspun.compare(
        "Erdogan said the talks in Ankara would resume next week.",
        "Recep Tayyip Erdoğan said the talks in Ankara would resume next week.",
        unspun.CheckOptions(detect=False),
    )
    assert [f.label for f in report.findings] == ["supported"]


@pytest.mark.parametrize(
    ("suspect", "source", "altered"),
    [
        (
            "Acme Corp said the factory in Ohio would close in March.",
            "The factory in Ohio will close in March, said Jane Doe, a spokeswoman for Acme Corp.",
            False,
        ),
        (
            "NASA said the launch was delayed by two days because of high winds.",
            "The launch was delayed by two days because of high winds, said John Smith, a NASA "
            "spokesman.",
            False,
        ),
        (
            "The White House said the president would sign the bill on Friday.",
            "The president will sign the bill on Friday, White House press secretary Karine "
            "Jean-Pierre said.",
            False,
        ),
        # a clause about the speaker is no role: Jane Doe does not speak for Acme
        (
            "Acme said the factory in Ohio would close in March.",
            "The factory in Ohio will close in March, said Jane Doe, who sued Acme last year.",
            True,
        ),
    ],
)
def test_a_body_said_it_where_the_source_names_its_spokesperson(suspect, source, altered):
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    assert [f.label == "altered" for f in report.findings] == [altered]


_CDC_SOURCE = (
    "According to the Centers for Disease Control and Prevention, if everyone 50 or older "
    "were regularly screened, as many as 60% of deaths could be avoided."
)


@pytest.mark.parametrize(("who", "changed"), [("The CDC", False), ("The WHO", True)])
def test_a_body_named_by_its_initials_is_the_same_body(who, changed):
    suspect = (
        f"{who} says up to 60% of colon cancer deaths could be prevented if everyone aged 50 "
        "and over were screened regularly."
    )
    got = unspun.compare(suspect, _CDC_SOURCE).findings[0]
    assert any(c.type == "attribution" for c in got.changes) is changed


def test_initials_of_a_name_lengthened_by_and():
    assert abbreviates("the CDC", "the Centers for Disease Control and Prevention")
    assert not abbreviates("CDN", "the Centers for Disease Control and Prevention")


def test_a_name_listed_after_the_speaker_is_not_the_speakers_other_name():
    # "Study authors: ..., Jose U. Scher, Soumya Reddy, ..." lists two people: Reddy is not
    # another name of Scher, so a quote of Scher's given to Reddy is an attribution change
    source_text = (
        "For the study, Reddy and colleagues reviewed the medical charts of patients.\n\n"
        '"This study highlights the collaborative spirit of academic medicine," says study '
        "co-author Jose U. Scher, MD. "
        '"These findings can be used to identify people who may benefit most."\n\n'
        "Study authors: Monica Sethi, Jose U. Scher, Soumya Reddy, Ana Caminer."
    )
    sources = unspun.split_sentences(source_text, "t")
    quoted = next(s for s in sources if s.text.startswith('"These findings'))
    suspect = '"These findings can be used to identify people who may benefit most," Reddy added.'
    s = Sentence("s", 0, 0, len(suspect), suspect)
    (change,) = speaker_swapped(s, [quoted], sources)
    assert (change.suspect.text, change.source.text) == ("Reddy", "Jose U. Scher")


@pytest.mark.parametrize(
    ("suspect", "moved"),
    [
        # an unnamed spokesperson of an organisation the source never has say it
        ('"The service should expand over time," a Yahoo spokesperson said.', True),
        ('"The service should expand over time," said a Yahoo spokesman.', True),
        # the organisation the source's speaker speaks for
        ('"The service should expand over time," a Google spokesperson said.', False),
        ('"The service should expand over time," a spokeswoman for Google said.', False),
    ],
)
def test_a_quote_given_to_an_unnamed_spokesperson_of_another_organisation(suspect, moved):
    source = '"The service should expand over time," said Bob Smith, a spokesman for Google.'
    assert ("attribution" in changes_by_type(suspect, source)) is moved
