"""Omissions (audit/omissions.py): source passages a rewrite leaves out, attributions and credits included."""

import pytest
from helpers import omitted

import unspun

# --- an attribution dropped where the suspect uses its sentence ---------------------------


def test_an_attribution_dropped_where_the_sentence_is_used_is_omitted():
    source = (
        "Researchers at the museum built a robot. It hands out parcels to children. "
        "However, according to researchers, it will still take many years to build a robot "
        "which would make full use of robotiquette."
    )
    suspect = (
        "Researchers at the museum built a robot. It hands out parcels to children. "
        "Building a robot that makes full use of robotiquette will still take many years."
    )
    # "researchers" is in the suspect, but not where it uses the attributed sentence
    assert ("attribution", "according to researchers") in omitted(suspect, source)


@pytest.mark.parametrize(
    ("attributed", "phrase"),
    [
        # a speaker named by what they are, after the claim or before it
        (
            "The plant will close in March, putting 300 people out of work, union officials said.",
            "union officials said",
        ),
        (
            "Union officials said the plant will close in March, putting 300 people out of work.",
            "Union officials said",
        ),
        (
            "The plant will close in March, putting 300 people out of work, a spokeswoman for "
            "the firm told reporters on Monday.",
            "a spokeswoman for the firm told reporters on Monday",
        ),
        # the celebrity press: an unnamed source and the outlet that heard it
        (
            "The plant will close in March, putting 300 people out of work, a source tells Us "
            "Weekly.",
            "a source tells Us Weekly",
        ),
        (
            "The plant will close in March, putting 300 people out of work, per TMZ.",
            "per TMZ",
        ),
        (
            "The plant will close in March, putting 300 people out of work, Page Six reports.",
            "Page Six reports",
        ),
        # a study's authors, and a speaker named after what they are
        (
            "The plant will close in March, putting 300 people out of work, the researchers "
            "wrote in the journal.",
            "the researchers wrote in the journal",
        ),
        (
            "The plant will close in March, putting 300 people out of work, says study author "
            "Jane Smith.",
            "says study author Jane Smith",
        ),
    ],
)
def test_a_speaker_named_by_what_they_are_is_an_omitted_attribution(attributed, phrase):
    suspect = "The plant will close in March, putting 300 people out of work. Shares fell 3%."
    assert ("attribution", phrase) in omitted(suspect, f"{attributed} Shares fell 3%.")


def test_a_clause_of_what_experts_said_is_no_attribution_to_omit():
    # "and experts said the trend ..." reports a second claim; it is not the first one's source
    source = "Prices rose 4% in March, and experts said the trend would continue. Shares fell."
    suspect = "Prices rose 4% in March. Shares fell."
    assert not [o for o in omitted(suspect, source) if o[0] == "attribution"]


def test_a_speaker_named_only_beside_a_claim_told_unattributed_does_not_credit_it():
    source = (
        "The project covers the libraries of Michigan and Stanford. Pages will carry no "
        "adverts but will have links to Amazon, Google said. The goal is to unlock offline "
        "information, said Susan Wojcicki of Google."
    )
    suspect = (
        "The project covers the libraries of Michigan and Stanford. Pages will carry no "
        "adverts but will have links to Amazon. The goal is to unlock offline information, "
        "said Susan Wojcicki of Google."
    )
    assert ("attribution", "Google said") in omitted(suspect, source)
    # "he said" where the claim is told keeps its speaker, named in the sentence before
    told = suspect.replace("to Amazon.", "to Amazon, he said.")
    assert ("attribution", "Google said") not in omitted(told, source)


def test_the_outlet_an_interview_was_given_to_is_an_omitted_attribution():
    source = (
        "The lenses restored sight in six of ten patients. "
        '"This is the first time we have been able to regenerate a cornea in humans," '
        "researcher May Griffith of the University of Ottawa tells WebMD."
    )
    suspect = (
        "The lenses restored sight in six of ten patients. "
        '"This is the first time we have been able to regenerate a cornea in humans," said '
        "researcher May Griffith of the University of Ottawa."
    )
    assert ("attribution", "tells WebMD") in omitted(suspect, source)
    # a surname with a capital inside is no outlet
    assert not [
        o for o in omitted(suspect, source.replace("WebMD", "McDonald")) if o[0] == "attribution"
    ]


_STORM_SOURCE = (
    "The council approved a 42 million dollar plan to repair the harbour bridge on Tuesday. "
    "Work will start in March and last two years. "
    "The storm killed 12 people in the north, AFP said. "
    "The mayor said the bridge carries 40,000 cars a day."
)
_STORM_SUSPECT = (
    "The council approved a 42 million dollar plan to repair the harbour bridge on Tuesday. "
    "Work will start in March and last two years. "
    "The mayor said the bridge carries 40,000 cars a day."
)


def test_a_sentence_left_out_whole_is_listed_once_with_its_attribution_called_out():
    import unspun

    (omission,) = unspun.compare(_STORM_SUSPECT, _STORM_SOURCE).omissions
    assert (omission.kind, omission.text) == (
        "content",
        "The storm killed 12 people in the north, AFP said.",
    )
    (part,) = omission.parts
    assert (part.kind, part.text, part.index) == ("attribution", "AFP said", omission.index)
    assert _STORM_SOURCE[part.start : part.end] == "AFP said"
    # an outlet the rewrite credits elsewhere goes with the sentence, not called out
    credited = _STORM_SUSPECT + " AFP reported the repairs."
    (omission,) = [o for o in unspun.compare(credited, _STORM_SOURCE).omissions if o.index == 2]
    assert omission.parts == ()


def test_a_photo_credit_inside_a_sentence_left_out_is_called_out_on_it():
    import unspun

    source = _STORM_SOURCE.replace(
        "AFP said.", "AFP said. (Photo: Instagram / @stormwatcher) Roads were closed."
    )
    omissions = unspun.compare(_STORM_SUSPECT, source).omissions
    assert not [o for o in omissions if o.kind in ("attribution", "credit")]
    parts = [(p.kind, p.text) for o in omissions for p in o.parts]
    assert ("credit", "(Photo: Instagram / @stormwatcher)") in parts


@pytest.mark.parametrize(
    ("source", "suspect"),
    [
        (
            "According to researchers, it will take many years to build such a robot.",
            "Researchers say it will take many years to build such a robot.",
        ),
        ("Prices will rise next year, said Smith on Monday.", "Smith said prices will rise."),
        (
            "The service will grow, said a Google spokesperson on Monday.",
            "A Google spokesperson said the service will grow.",
        ),
        (
            "Shares jumped 5%, after Apple reported record iPhone sales.",
            "Shares jumped 5% after record iPhone sales.",
        ),
    ],
)
def test_a_speaker_the_suspect_keeps_or_a_clause_of_time_is_no_omitted_attribution(source, suspect):
    assert not [t for k, t in omitted(suspect, source) if k == "attribution"]


# --- photo credits inside a sentence ------------------------------------------------------


def test_a_photo_credit_inside_a_sentence_is_omitted_as_a_credit():
    source = (
        "Cuoco shared a photo from the gym on Thursday (Photo: Instagram / @normancook) and said "
        "she was on the mend after shoulder surgery."
    )
    suspect = (
        "Cuoco shared a photo from the gym on Thursday and said she was on the mend after surgery."
    )
    assert ("credit", "(Photo: Instagram / @normancook)") in omitted(suspect, source)
    # a photographer and an agency in capitals
    source = "Mourners laid flowers in St Ann's Square on Tuesday. Andrew Yates / REUTERS"
    suspect = "Mourners laid flowers in St Ann's Square on Tuesday."
    assert ("credit", "Andrew Yates / REUTERS") in omitted(suspect, source)


@pytest.mark.parametrize(
    ("source", "suspect", "credit"),
    [
        (
            "What do you think about this whole mess?  (h/t Young Conservatives)",
            "What do you make of the whole affair?",
            "(h/t Young Conservatives)",
        ),
        (
            "The cover of the journal depicts a smartphone test. Gilank Bara Verdana / Ravastra "
            "Design Studio, Science Translational Medicine",
            "The cover of the journal depicts a smartphone test.",
            "Gilank Bara Verdana / Ravastra Design Studio, Science Translational Medicine",
        ),
        (
            "The hostel is a dust-filled mansion. Greg Lewis / Hulu",
            "The hostel is a dust-filled mansion.",
            "Greg Lewis / Hulu",
        ),
    ],
)
def test_a_hat_tip_or_a_name_and_body_ending_the_line_is_a_credit(source, suspect, credit):
    assert ("credit", credit) in omitted(suspect, source)


@pytest.mark.parametrize(
    "source",
    [
        "The study was led by Professor Greet Van den Berghe from KU Leuven / University "
        "Hospitals Leuven.",
        "He played Wally West / Kid Flash on The CW series The Flash.",
    ],
)
def test_a_name_and_body_inside_prose_is_no_credit(source):
    assert not [t for k, t in omitted(source, source) if k == "credit"]


def test_a_credit_handle_is_not_carried_by_a_name_it_starts_with():
    source = (
        "(Image: Instagram/sofiarichie) With a 16 year age gap, many thought their relationship "
        "would not last."
    )
    suspect = "Sofia posted on Instagram: with a 16-year age gap, many thought it would not last."
    assert ("credit", "(Image: Instagram/sofiarichie)") in omitted(suspect, source)


def test_a_credit_pattern_in_ordinary_prose_is_no_photo_credit():
    source = "Sales rose 4% in May, data from Refinitiv/Reuters showed, beating forecasts."
    suspect = "Sales rose 4% in May, Refinitiv data showed, beating forecasts."
    assert not [t for k, t in omitted(suspect, source) if k == "credit"]


# --- a clause with a fact left out of a used sentence -------------------------------------


def test_a_clause_with_a_fact_left_out_of_a_used_sentence_is_an_omitted_detail():
    source = (
        "The actress stars in the drama, alongside Reese Witherspoon, Nicole Kidman and Meryl "
        "Streep, which returns to television in June."
    )
    suspect = "The actress stars in the drama, which returns to television in June."
    assert ("detail", "alongside Reese Witherspoon, Nicole Kidman and Meryl Streep") in omitted(
        suspect, source
    )
    # a clause said in other words, with no figure or name left out, is not reported
    source = "Matsegora added it was his own point of view, and he knew of no plans."
    suspect = "Matsegora clarified that his comments were just his personal opinion, and he knew of no plans."
    assert [k for k, _ in omitted(suspect, source)] == []


# --- a source sentence only close to the suspect ---------------------------------------------


def test_a_sentence_only_close_to_a_suspect_headline_is_omitted():
    # the headline reaches the alignment bar against the inspection sentence, which it
    # does not say: that passage was left out
    source = (
        "The council approved a plan to repair the harbour bridge on Tuesday. "
        "Engineers found rust in every cable of the harbour bridge during an inspection last year. "
        "Work will start in March and last two years."
    )
    suspect = (
        "HARBOUR BRIDGE REPAIRS\n\n"
        "On Tuesday the council approved a plan to repair the harbour bridge. "
        "Work will start in March and last two years."
    )
    assert omitted(suspect, source) == [
        (
            "content",
            "Engineers found rust in every cable of the harbour bridge during an inspection "
            "last year.",
        )
    ]


def test_a_close_sentence_said_in_one_place_of_the_suspect_is_carried():
    import numpy as np

    from unspun.align import Alignment, AlignOptions, SentenceMatch
    from unspun.audit import used_source_sentences
    from unspun.documents import split_sentences

    source = split_sentences(
        "The council approved the repair plan. "
        "Engineers found rust in every cable during an inspection last year. "
        "Work starts in March."
    )
    suspect = split_sentences(
        "BRIDGE REPAIRS. The council approved the repair plan. Work starts in March. "
        "An inspection last year found rust in every cable, engineers said."
    )
    # the inspection sentence is close only to the headline (0.6), and aligned to nothing
    matrix = np.array(
        [[0.5, 0.6, 0.1], [1.0, 0.3, 0.1], [0.1, 0.1, 1.0], [0.2, 0.4, 0.1]], dtype=np.float32
    )
    matches = (
        None,
        SentenceMatch(1, (0,), 1.0),
        SentenceMatch(2, (2,), 1.0),
        None,
    )
    alignment = Alignment(matches=matches, best=matrix.max(axis=1), matrix=matrix)
    # said in the suspect's last sentence, far from the headline: carried
    assert used_source_sentences(alignment, AlignOptions(), source, suspect) == {0, 1, 2}
    # said nowhere: not carried, though as close to the headline
    elsewhere = split_sentences(
        "BRIDGE REPAIRS. The council approved the repair plan. Work starts in March. "
        "Traffic will be diverted."
    )
    assert used_source_sentences(alignment, AlignOptions(), source, elsewhere) == {0, 2}


def test_a_short_clause_with_a_figure_left_out_is_an_omitted_detail():
    source = (
        "The judge in the case, which lasted seven days, said a heavy penalty was called for "
        "because of the damage done to legitimate business."
    )
    suspect = (
        "The judge said a heavy penalty was called for because of the damage done to "
        "legitimate business."
    )
    assert ("detail", "which lasted seven days") in omitted(suspect, source)


def test_a_figure_with_a_thousands_comma_is_one_clause():
    source = (
        "To study heart disease in women, Rautiainen and her team followed 31,671 women with no "
        "history of heart disease for about 10 years."
    )
    suspect = (
        "To study heart disease in women, the researchers followed 31,671 women with no history "
        "of heart disease for about 10 years."
    )
    assert [k for k, _ in omitted(suspect, source)] == []


def test_a_figure_the_suspect_alters_is_not_also_omitted():
    source = (
        "Rob is requesting that he receive $2,864 a month from his ex-fiancée, court papers show."
    )
    suspect = "Court papers show Rob now wants his former partner to pay him $2,684 a month."
    report = unspun.compare(suspect, source)
    assert [c.type for f in report.findings for c in f.changes] == ["number"]
    assert not [o for o in report.omissions if o.kind == "detail"]


# --- the outlet a quote was told to ------------------------------------------------------------


@pytest.mark.parametrize(
    ("told", "outlet"),
    [
        ("told Reuters news agency", "told Reuters news agency"),
        ("told the Daily Mail newspaper", "told the Daily Mail newspaper"),
        ("told the BBC in an interview", "told the BBC"),
    ],
)
def test_the_outlet_a_quote_was_told_to_is_omitted_when_dropped(told, outlet):
    source = (
        f"The foreign minister {told} that talks with the rebels would resume next week in "
        "Geneva. The rebels have not commented on the talks."
    )
    suspect = (
        "The foreign minister said that talks with the rebels would resume next week in "
        "Geneva. The rebels have not commented on the talks."
    )
    assert ("attribution", outlet) in omitted(suspect, source)


def test_an_outlet_the_rewrite_credits_anywhere_is_not_omitted():
    source = (
        "A lorry crashed on the motorway near Leeds on Friday. Two lanes were closed for "
        "hours. Traffic backed up for miles. Police cleared the road by the evening. A "
        "spokesman told Reuters that no one was hurt in the crash on the motorway."
    )
    # the credit to Reuters is four sentences from the one that uses the quote
    suspect = (
        "Reuters reports that a lorry crashed on the motorway near Leeds on Friday. Two lanes "
        "were closed for hours. Traffic backed up for miles. Police cleared the road by the "
        "evening. A spokesman said that no one was hurt in the crash on the motorway."
    )
    assert not [o for o in omitted(suspect, source) if o[0] == "attribution"]


def test_a_speaker_and_the_outlet_they_told_are_one_attribution():
    source = (
        "Lavrov told Reuters that talks with the rebels would resume next week in Geneva. "
        "The rebels have not commented on the talks."
    )
    suspect = (
        "Talks with the rebels will resume next week in Geneva. The rebels have not "
        "commented on the talks."
    )
    dropped = [o for o in omitted(suspect, source) if o[0] == "attribution"]
    assert dropped == [("attribution", "Lavrov told Reuters")]


def test_telling_people_is_no_outlet_credit():
    source = "The minister told reporters that the plan was dead. Officials agreed with him."
    suspect = "The minister said that the plan was dead. Officials agreed with him."
    assert not [o for o in omitted(suspect, source) if o[0] == "attribution"]


def test_a_coordinated_clause_with_a_figure_and_a_word_left_out_is_an_omitted_detail():
    source = (
        "The risk of lung cancer death was 30 percent lower, the risk of colorectal cancer "
        "death was 40 percent lower and the risk of esophageal cancer death was 60 percent "
        "lower, the study reported."
    )
    suspect = (
        "Deaths from lung cancer fell by 30 percent and deaths from colorectal cancer by 40 "
        "percent, the study reported."
    )
    assert ("detail", "and the risk of esophageal cancer death was 60 percent lower") in omitted(
        suspect, source
    )


def test_a_participle_adding_a_name_is_an_omitted_detail():
    source = (
        "Sara Head will face world champion Li Qian in the class 3 quarter final after a 3-0 "
        "victory over Croatia's Helena Dretar-Karic having earlier beaten Sigala Lopez of Mexico."
    )
    suspect = (
        "Sara Head beat Croatia's Helena Dretar-Karic 3-0 to set up a class 3 quarter-final "
        "against world champion Li Qian."
    )
    assert omitted(suspect, source) == [("detail", "having earlier beaten Sigala Lopez of Mexico.")]


def test_a_web_address_is_no_omitted_detail():
    source = (
        "The study appears in Clinical Trials, at http://www.example.com/content/CT-1584, "
        "and was led by Dr. Henry."
    )
    suspect = "The study appears in Clinical Trials and was led by Dr. Henry."
    assert not [o for o in omitted(suspect, source) if o[0] == "detail"]


def test_a_quote_the_rewrite_tells_without_its_words_is_an_omitted_detail():
    source = (
        'Criminals are turning to computer crime. "The main motivation now is money," said '
        "Gary Stowell of St Bernard software, adding that gangs face little risk of being "
        "caught. Police are struggling."
    )
    told = (
        "Criminals are turning to computer crime. Gary Stowell of St Bernard software said "
        "gangs face little risk of being caught. Police are struggling."
    )
    assert ("detail", '"The main motivation now is money,"') in omitted(told, source)
    # the quote kept, word for word, is no omission
    kept = (
        'Criminals are turning to computer crime. "The main motivation now is money," '
        "Gary Stowell of St Bernard software said; gangs face little risk of being caught. "
        "Police are struggling."
    )
    assert not [o for o in omitted(kept, source) if o[0] == "detail"]


def test_a_caption_only_a_suspect_headline_lands_on_is_omitted():
    source = (
        'Shailene Woodley at the premiere of "Adrift." Rodin Eckenroth/Getty Images  "Big '
        'Little Lies" actress Shailene Woodley plays sailor Tami Oldham Ashcraft in the new '
        'movie "Adrift." The film was released on June 1.'
    )
    suspect = (
        "Shailene Woodley reveals the punishing diet behind Adrift\n\n"
        '"Big Little Lies" actress Shailene Woodley plays sailor Tami Oldham Ashcraft in the '
        'new movie "Adrift." The film was released on June 1.'
    )
    assert ("content", 'Shailene Woodley at the premiere of "Adrift."') in omitted(suspect, source)


def test_a_hyphenated_speaker_the_rewrite_keeps_is_credited():
    source = (
        'The test found more cases. "It has triple the rate," said co-author Bai-Lin Wu, a '
        "director of the lab. Doctors welcomed it."
    )
    suspect = (
        'The test found more cases. "It has triple the rate," said Bai-Lin Wu, who directs '
        "the lab. Doctors welcomed it."
    )
    assert not [o for o in omitted(suspect, source) if o[0] == "attribution"]


@pytest.mark.parametrize(
    "source",
    [
        "The man, who said he was fired Tuesday, sued the firm. Doctors welcomed it.",
        "In 2009, Eric Holder wrote the following letter to the senator. Doctors welcomed it.",
    ],
)
def test_a_clause_with_a_verb_of_saying_inside_is_no_attribution(source):
    suspect = source.replace(" Doctors welcomed it.", "")
    assert not [o for o in omitted(suspect, source) if o[0] == "attribution"]
