"""Dates and times (audit/dates.py): a source's relative dates read from its publication day, and times compared."""

from datetime import date

import pytest

import unspun
from unspun import Article
from unspun.audit.dates import parse, publication_day, same_day, same_duration, year_left_unsaid

TUESDAY = date(2020, 4, 14)


@pytest.mark.parametrize(
    ("suspect", "source", "same"),
    [
        ("November 2019", "last November", True),
        ("March 2019", "last November", False),
        ("October 2019", "October of last year", True),
        ("April 13", "yesterday", True),
        ("April 12", "yesterday", False),
        ("Monday", "yesterday", True),
        ("Sunday", "yesterday", False),
        ("June 2020", "in June", True),
        ("June 5", "in June", False),  # more precise than the source: not backed
        ("Thursday", "April 9", True),
        ("Friday", "April 9", False),
        ("2019", "last year", True),
    ],
)
def test_same_day(suspect, source, same):
    assert same_day(suspect, [source], TUESDAY) is same


def test_parse_and_publication_day():
    assert parse("Friday, April 21").month == 4
    assert parse("the report") is None
    assert publication_day("2020-04-14T09:30:00Z") == TUESDAY
    assert publication_day("14 April 2020") is None  # only ISO dates are trusted
    assert publication_day(None) is None


SOURCE = "The council approved the budget yesterday after a long debate in the town hall."


def _date_changes(suspect: str, published: str | None) -> list:
    report = unspun.compare(
        suspect,
        Article(id="src", text=SOURCE, date=published),
        unspun.CheckOptions(detect=False),
    )
    return [c for f in report.findings for c in f.changes if c.type == "date"]


def test_a_republished_date_is_read_from_the_source_publication_day():
    suspect = "The council approved the budget on April 13 after a long debate in the town hall."
    assert not _date_changes(suspect, "2020-04-14")
    assert _date_changes(suspect.replace("April 13", "April 10"), "2020-04-14")
    # without a publication date the calendar date is not in the source: still a finding
    assert _date_changes(suspect, None)


def test_check_reads_the_indexed_source_publication_date(tmp_path):
    corpus = unspun.Corpus.open(tmp_path / "dates.unspun")
    text = (
        "The city council approved the new harbour budget yesterday after a long debate. "
        "Mayor Ellen Ward said the harbour works would start in June and cost 4 million pounds. "
        "Opposition councillors said the plan ignored the fishing fleet."
    )
    corpus.add([Article(id="harbour", text=text, date="2020-04-14")])
    options = unspun.CheckOptions(detect=False)
    same = unspun.check(text.replace("yesterday", "on April 13"), corpus, options)
    moved = unspun.check(text.replace("yesterday", "on April 11"), corpus, options)
    assert [f.label for f in same.findings] == ["supported"] * 3
    assert moved.findings[0].label == "altered"
    assert moved.findings[0].changes[0].type == "date"


THURSDAY = date(2020, 4, 16)


@pytest.mark.parametrize(
    ("suspect", "source", "published", "same"),
    [
        ("Tuesday, April 21", "next Tuesday", TUESDAY, True),
        ("Tuesday, April 14", "next Tuesday", TUESDAY, False),
        ("April 7", "Tuesday last week", THURSDAY, True),
        ("Tuesday, April 14", "Tuesday last week", THURSDAY, False),
        ("Friday, April 24", "Friday next week", THURSDAY, True),
        ("Friday, April 17", "Friday next week", THURSDAY, False),
        ("March 2021", "March this year", TUESDAY, False),
        ("May 2019", "this May", TUESDAY, False),
        ("April 10, 2020", "yesterday", TUESDAY, False),  # the day is kept with its year
    ],
)
def test_weeks_and_years_named_around_a_date(suspect, source, published, same):
    assert same_day(suspect, [source], published) is same


def test_absurd_amounts_do_not_break_the_audit():
    text = "The fund holds nine hundred" + " billion" * 400 + " and " + "9" * 400 + " million."
    report = unspun.compare(
        text, "The fund holds nine hundred billion.", unspun.CheckOptions(detect=False)
    )
    assert report.findings


def _date_flags(suspect: str, source: str) -> list[str]:
    (finding,) = unspun.compare(suspect, source).findings
    return [c.explanation for c in finding.changes if c.type == "date"]


def test_a_relative_time_turned_round_is_a_date_change():
    assert _date_flags(
        "The couple flew to St Barts last week with the three children.",
        "The couple flew to St Barts this week with the three children.",
    ) == ["'last week' where the source has 'this week'"]
    # the same span pointing the other way
    assert _date_flags(
        "The bridge reopened to traffic a year later, the council said.",
        "The bridge reopened to traffic a year earlier, the council said.",
    )


def test_a_time_narrowed_within_the_same_period_is_no_change():
    assert not _date_flags(
        "The company cut 200 jobs at its Leeds plant earlier this year.",
        "The company cut 200 jobs at its Leeds plant this year.",
    )
    assert not _date_flags(
        "Florida reported a 13% rise in new cases in the past week.",
        "Florida is reporting a 13 percent rise this past week in new cases.",
    )


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        # the same span in other words
        (
            "He said television money had driven the game forward over the past decade.",
            "He said television money had driven the game forward in the past 10 years.",
        ),
        (
            "The operation, planned a year earlier, was moved to July.",
            "The operation, planned a year ago, was moved to July.",
        ),
    ],
)
def test_a_relative_time_said_another_way_is_no_change(suspect, source):
    assert _date_flags(suspect, source) == []


def test_a_year_added_to_a_day_the_source_dates_without_one_is_no_change():
    suspect = "The first cases were identified in China on December 31, 2019, officials said."
    assert _date_flags(suspect, "The first cases were confirmed in China on December 31.") == []
    # ... but a year other than the one the source gives is
    assert _date_flags(
        suspect, "The first cases were confirmed in China on December 31, 2018."
    ) == ["'December 31, 2019' where the source has 'December 31, 2018'"]
    # ... and so is one the source's publication date rules out
    (finding,) = unspun.compare(
        suspect.replace("2019", "2015"),
        Article(
            id="s",
            text="The first cases were confirmed in China on December 31.",
            date="2020-01-05",
        ),
    ).findings
    assert [c.type for c in finding.changes] == ["date"]


@pytest.mark.parametrize(
    ("suspect", "source", "unsaid"),
    [
        ("December 31, 2019", "since december 31 when", True),
        ("31 December 2019", "on the 31st of December, officials", True),
        ("December 2019", "since December 31", False),  # no day to match
        ("December 30, 2019", "since December 31", False),
        # the sentences date the day themselves: a year, a relative year, a range
        ("December 31, 2019", "In 2018, on December 31, it", False),
        ("March 3, 2017", "It closed on March 3 last year.", False),
        ("December 30, 2019", "on Dec. 30-31, 2018, in Vienna", False),
        ("December 31, 2019 to January 10, 2020", "from December 31 to January 3", False),
        ("May 5, 2019", "he may 5 times", False),  # the verb
    ],
)
def test_year_left_unsaid(suspect, source, unsaid):
    assert year_left_unsaid(suspect, source) is unsaid


def test_the_same_duration_in_other_units_is_not_a_date_change():
    assert same_duration("up to 72 hours", "up to 3 days")
    assert same_duration("three months", "90 straight days")
    assert not same_duration("two weeks", "three days")
    assert same_duration("an additional twelve months", "an extra year")
