"""Sentence labels (audit/labels.py): loose paraphrases and emphasis supported, far sentences added."""

import unspun

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
