"""Dates and times (audit/dates.py): a source's relative dates read from its publication day, and times compared."""

from datetime import date

import pytest
from helpers import changes_by_type, changes_list

import unspun
from unspun import Article
from unspun.audit import dates
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


# --- dates through the change check -------------------------------------------------------


def test_range_with_lost_dash_matches():
    got = changes_by_type(
        "The students fell ill between March 22-25.",
        "the students became symptomatic after returning march 2225.",
    )
    assert "date" not in got


def test_a_month_run_into_the_next_word_upstream_still_names_it():
    got = changes_by_type(
        "Cases rose sharply during April-June 2020.",
        "cases increased considerably during apriljune of 2020.",
    )
    assert "date" not in got


@pytest.mark.parametrize(
    ("source_half", "changed"),
    [("the last half", False), ("the first half", True), ("the last half-hour", True)],
)
def test_the_second_half_is_the_last_half(source_half, changed):
    got = changes_by_type(
        "DHA passes to the fetus through the placenta in the second half of pregnancy.",
        f"DHA is transmitted to a fetus through the placenta in {source_half} of pregnancy.",
    )
    assert ("date" in got) is changed


def test_relative_date_is_no_rival_to_an_absolute_one():
    got = changes_by_type(
        "She wore a red dress at the awards last Sunday night.",
        "She wore a red dress at the awards on May 8, 2017.",
    )
    assert "date" not in got


def test_a_different_absolute_date_is_still_caught():
    got = changes_by_type(
        "She wore a red dress at the awards on May 9, 2017.",
        "She wore a red dress at the awards on May 8, 2017.",
    )
    assert got["date"].source.text == "May 8, 2017"


def test_another_month_with_the_same_day_number_is_a_date_change():
    got = changes_by_type(
        "Departments doubled their shredding before the act came into force on 1 April.",
        "Departments had doubled their shredding ahead of the act's implementation on 1 January.",
    )
    assert got["date"].suspect.text == "1 April"
    assert got["date"].source.text == "1 January"


def test_republished_relative_dates_are_not_changes_but_past_for_future_is():
    assert "date" not in changes_by_type(
        "The pair were seen together yesterday.", "The pair were seen together today."
    )
    got = changes_by_type(
        "The bridge will reopen to traffic later this year.",
        "The bridge reopened to traffic earlier this month.",
    )
    assert "date" in got
    got = changes_by_type(
        "Hundreds fell sick in recent weeks.", "Hundreds fell sick in recent months."
    )
    assert "date" in got


def test_a_day_shifted_forward_is_a_change():
    assert "date" in changes_by_type(
        "The summit will be held tomorrow in Geneva.", "The summit is being held today in Geneva."
    )


def test_a_year_ago_is_the_anniversary_the_source_marks():
    source = (
        "Fans gathered today in Manchester to mark the anniversary of the concert bombing "
        "that killed 22 people."
    )
    assert "date" not in changes_by_type(
        "Manchester paused to remember the 22 people killed at the concert a year ago.", source
    )
    # ... not two years, for a first anniversary
    assert "date" in changes_by_type(
        "Manchester paused to remember the 22 people killed at the concert two years ago.",
        source.replace("the anniversary", "the first anniversary"),
    )


def test_a_year_left_unsaid_reads_the_source_as_written():
    # "İ" lower-cases to two characters: offsets must not drift
    source = "İYİ İzmir İstanbul İnönü İİ leaders met him on May 5."
    assert year_left_unsaid("May 5, 2019", source)
    assert not year_left_unsaid("May 5, 2019", "he may 5 times")


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # ages are what they say
        (
            "A man in his 80s died in the fire.",
            "A man who grew up in the 1980s died in the fire.",
            "date",
        ),
        (
            "A man in his 80s died in the fire.",
            "A man who grew up in the 1980s died in the fire.",
            "date",
        ),
    ],
)
def test_real_changes_stay_caught(suspect, source, kind):
    assert kind in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        # a decade written short
        ("He made 70s horror films in Italy.", "He made 1970s horror films in Italy.", "date"),
    ],
)
def test_paraphrases_that_are_no_change(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        ("The vote will be held on Tuesday, Nov. 5.", "The vote will be held on Nov. 5.", "date"),
    ],
)
def test_faithful_wordings_that_once_looked_like_changes(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind"),
    [
        (  # a day named in the source, run into the line before it upstream
            "West Ham won Tuesday's game 3-2 in their last match at the Boleyn Ground.",
            "Media playback is not supported on this deviceTuesday's game, which West Ham won "
            "3-2, was the last at the Boleyn Ground.",
            "date",
        ),
    ],
)
def test_wordings_that_change_nothing(suspect, source, kind):
    assert kind not in changes_by_type(suspect, source)


@pytest.mark.parametrize(
    ("suspect", "source", "kind", "found"),
    [
        # a fortnight is two weeks
        (
            "Talks resumed after two weeks of deadlock.",
            "Talks resumed after a fortnight of deadlock, two months after the ceasefire.",
            "date",
            False,
        ),
    ],
)
def test_third_review_cases(suspect, source, kind, found):
    got = changes_by_type(suspect, source)
    assert (kind in got) is found


def test_a_month_put_in_another_year_is_a_date_change_though_both_appear_elsewhere():
    source = (
        "Her drug offence stemmed from October 2003, when she took an overdose. The assault "
        "charge stemmed from April 2004, when Ms Love found the musician at her boyfriend's home."
    )
    got = changes_list(
        "The assault case goes back to an incident in April 2003, when Ms Love found the "
        "musician at her boyfriend's house.",
        source,
    )
    assert [c.suspect.text for c in got if c.type == "date"] == ["April 2003"]


def test_a_month_the_source_gives_without_its_year_is_no_clash():
    got = changes_by_type(
        "Binance transferred $1.8 billion to hedge funds from August 2022 until December 2022.",
        "The transfers started on 17 August last year and went on as late as December 2022.",
    )
    assert "date" not in got


def test_a_source_is_read_for_its_months_once_however_many_figures_ask(monkeypatch):
    # the entity check asks of one article for every figure it compares: reading it each
    # time made a long sentence of dates quadratic
    source = "The charge stemmed from April 2004; the offence from October 2003. " * 50
    reads = []
    month_years = dates._month_years
    monkeypatch.setattr(dates, "_month_years", lambda text: reads.append(text) or month_years(text))
    clashes = [dates.month_year_clash(f"April 2003, item {i}", source) for i in range(20)]
    assert all(clashes)
    assert reads.count(source) <= 1


@pytest.mark.parametrize(
    ("suspect", "source", "changed"),
    [
        (
            "James began using a ketamine nasal spray every two days, his doctor said.",
            "James started taking a ketamine nasal spray every other day, his doctor said.",
            False,
        ),
        (
            "James began using a ketamine nasal spray every three days, his doctor said.",
            "James started taking a ketamine nasal spray every other day, his doctor said.",
            True,
        ),
        (
            "The golden arches will appear throughout the 30-minute programme, Ofcom said.",
            "The golden arches will be used throughout the half-hour programme, Ofcom said.",
            False,
        ),
        (
            "The golden arches will appear throughout the 90-minute programme, Ofcom said.",
            "The golden arches will be used throughout the half-hour programme, Ofcom said.",
            True,
        ),
    ],
)
def test_a_span_said_in_other_words_is_the_same_span(suspect, source, changed):
    assert ("date" in changes_by_type(suspect, source)) is changed


@pytest.mark.parametrize(
    ("suspect", "source", "changed"),
    [
        # the year a source counts from another, worked out
        (
            "The band, whose chart career began in 1997, won the award for best newcomer in 1999.",
            "The band's chart career stretches back to 1997. They won the award for best "
            "newcomer two years later.",
            False,
        ),
        (
            "The plant, which closed in 2004, had been sold to a rival in 2003.",
            "The plant closed in 2004. It had been sold to a rival a year earlier.",
            False,
        ),
        # a sentence that gives its own year is not counted from another
        (
            "The firm, founded in 2010, was sold to a rival in 2011.",
            "The firm was founded in 2010. The following year it listed, and it was sold to a "
            "rival in 2015.",
            True,
        ),
        (
            "He spent two years on the project, which began in 2010 and was finished in 2012.",
            "He spent two years on the project, which began in 2010 and was finished in 2015.",
            True,
        ),
        # ... worked out wrong
        (
            "The band, whose chart career began in 1997, won the award for best newcomer in 2000.",
            "The band's chart career stretches back to 1997. They won the award for best "
            "newcomer two years later.",
            True,
        ),
    ],
)
def test_a_year_counted_from_another_is_the_sum(suspect, source, changed):
    assert ("date" in changes_by_type(suspect, source)) is changed
