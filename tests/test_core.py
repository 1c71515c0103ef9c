"""``check`` and ``compare`` as a library caller uses them: their verdicts and the options
and texts they accept."""

import unspun


def test_compare_with_a_text_drawn_from_nothing_in_the_source_is_not_derived(seed_source):
    text = (
        "The village bakery won a national prize for its sourdough this week. "
        "Customers queued for hours outside the shop on Saturday morning."
    )
    report = unspun.compare(text, seed_source, unspun.CheckOptions(detect=False))
    assert report.counts()["supported"] == report.counts()["altered"] == 0
    assert report.verdict.kind == "unrelated", report.verdict.summary
    assert not report.derived
    assert "0%" not in report.verdict.summary


def test_compare_of_a_rewrite_is_still_derived(seed_rewrite, seed_source):
    report = unspun.compare(seed_rewrite, seed_source, unspun.CheckOptions(detect=False))
    assert report.verdict.kind == "derived"
