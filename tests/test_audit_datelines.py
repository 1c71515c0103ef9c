"""Datelines (audit/datelines.py): the place, day and agency a story says it was filed with."""

import pytest

import unspun
from unspun.audit.datelines import read_dateline
from unspun.documents import Sentence

BODY = "The Bank of England raised rates to 5% on Thursday.\nMarkets had expected the move.\n"


def _dateline(text: str):
    return read_dateline(Sentence("s", 0, 10, 10 + len(text), text, "dateline"))


@pytest.mark.parametrize(
    ("line", "place", "day", "agency"),
    [
        ("LONDON, March 3 (Reuters)", "LONDON", "March 3", "Reuters"),
        ("NEW YORK", "NEW YORK", None, None),
        ("Los Angeles, CA (CBSLA)", "Los Angeles", None, "CBSLA"),
        ("LANCASTER, 3 March 2024", "LANCASTER", "3 March 2024", None),
        ("New Rochelle, NY, June 19, 2017", "New Rochelle", "June 19, 2017", None),
        ("Jan. 4, 2013", None, "Jan. 4, 2013", None),
        # a weekday opens some wire datelines: a day, not a place
        ("TUESDAY, Aug. 7, 2018 (HealthDay News)", None, "Aug. 7, 2018", "HealthDay News"),
    ],
)
def test_a_dateline_is_read_part_by_part(line, place, day, agency):
    parts = _dateline(line)
    assert parts is not None
    assert (getattr(parts.place, "text", None), getattr(parts.day, "text", None)) == (place, day)
    assert getattr(parts.agency, "text", None) == agency
    for span in (parts.place, parts.day, parts.agency):
        if span is not None:  # offsets into the article, not the line
            assert line[span.start - 10 : span.end - 10] == span.text


def test_a_line_that_is_no_dateline_is_not_read():
    assert _dateline("published : 2023-09-05") is None


def _first(suspect_dateline: str, source_dateline: str) -> unspun.Finding:
    report = unspun.compare(f"{suspect_dateline} - {BODY}", f"{source_dateline} - {BODY}")
    return report.findings[0]


def test_a_dateline_moved_to_another_place_and_day_and_agency_is_altered():
    finding = _first("PARIS, March 4 (AP)", "LONDON, March 3 (Reuters)")
    assert finding.label == "altered"
    assert finding.source_sentences[0].text == "LONDON, March 3 (Reuters)"
    got = {c.type: (c.suspect.text, c.source.text) for c in finding.changes}
    assert got == {
        "location": ("PARIS", "LONDON"),
        "date": ("March 4", "March 3"),
        "attribution": ("AP", "Reuters"),
    }


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        ("LONDON, March 3 (Reuters)", "LONDON, March 3 (Reuters)"),
        # the same place and day, written otherwise
        ("London, March 3, 2024", "LONDON, March 3 (Reuters)"),
        ("NEW YORK", "New York City"),
        ("Los Angeles, CA (CBSLA)", "LOS ANGELES (CBSLA)"),
    ],
)
def test_the_same_dateline_written_otherwise_is_supported(suspect, source):
    finding = _first(suspect, source)
    assert (finding.label, finding.changes) == ("supported", ())


def test_a_dateline_the_source_lacks_is_still_a_metadata_line():
    report = unspun.compare(f"PARIS, March 4 (AP) - {BODY}", BODY)
    assert (report.findings[0].label, report.findings[0].note) == ("added", "metadata line")


@pytest.mark.parametrize(
    ("suspect", "source"),
    [("MOSCOW (TASS)", "March 3, 2024"), ("PARIS (AP)", "Jan. 4, 2013")],
)
def test_a_dateline_sharing_no_part_with_the_sources_is_not_supported(suspect, source):
    # nothing of "MOSCOW (TASS)" can be set against a dateline that gives only a day
    finding = _first(suspect, source)
    assert (finding.label, finding.note) == ("added", "metadata line")


@pytest.mark.parametrize("marker", ["BREAKING NEWS", "EXCLUSIVE", "FILE PHOTO", "ANALYSIS"])
def test_a_marker_split_off_like_a_dateline_is_no_place(marker):
    # "BREAKING NEWS - ..." was read as filed from 'BREAKING NEWS', not the source's LONDON
    finding = _first(marker, "LONDON, March 3 (Reuters)")
    assert (finding.role, finding.label, finding.changes) == ("dateline", "added", ())
