"""``check`` and ``compare`` as a library caller uses them: their verdicts and the options
and texts they accept."""

import pytest

import unspun
from unspun.align import AlignOptions
from unspun.retrieve import RetrieveOptions


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


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        (lambda: unspun.CheckOptions(max_sources=0), ValueError, "max_sources"),
        (lambda: unspun.CheckOptions(source_threshold=2.0), ValueError, "source_threshold"),
        (lambda: unspun.CheckOptions(false_positive_rate=5), ValueError, "false_positive_rate"),
        (lambda: unspun.CheckOptions(near_copy_similarity="high"), TypeError, "near_copy"),
        (lambda: unspun.CheckOptions(detect="no"), TypeError, "detect"),
        (lambda: unspun.CheckOptions(retrieve={"lexical_k": 3}), TypeError, "RetrieveOptions"),
        (lambda: RetrieveOptions(lexical_k=-5), ValueError, "lexical_k"),
        (lambda: RetrieveOptions(exclude="a1"), TypeError, "exclude"),
        (lambda: AlignOptions(match=2), ValueError, "match"),
        (lambda: AlignOptions(embed_weight=-1), ValueError, "embed_weight"),
    ],
)
def test_bad_options_are_refused_when_made(options, error, message):
    # a value that cannot work is refused at once, naming the option, not ignored (a
    # max_sources of 0 still gave a source, detect="no" still scored the text) or failing
    # deep inside a check
    with pytest.raises(error, match=message):
        options()


def test_options_and_texts_of_the_wrong_type_are_refused_clearly(example_corpus, seed_source):
    with pytest.raises(TypeError, match="CheckOptions"):
        unspun.check("Some text. More text.", example_corpus, {"max_sources": 1})  # type: ignore[arg-type]
    for bad in (None, b"bytes", 5):
        with pytest.raises(TypeError, match="str or an Article"):
            unspun.check(bad, example_corpus)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="str or an Article"):
            unspun.compare(bad, seed_source)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="str or an Article"):
            unspun.compare(seed_source, bad)  # type: ignore[arg-type]


def test_ids_to_exclude_given_by_a_generator_are_all_kept():
    # the type check read the generator to its end, leaving nothing to exclude
    ids = ["a1", "a2"]
    assert RetrieveOptions(exclude=(i for i in ids)).exclude == frozenset(ids)


def test_a_set_of_ids_to_exclude_is_taken_as_given():
    options = RetrieveOptions(exclude={"a1", "a2"})
    assert options.exclude == frozenset({"a1", "a2"}) and hash(options)


def test_a_text_that_is_not_valid_unicode_is_refused_clearly(example_corpus, seed_source):
    text = "The council met. It voted \ud800 on the budget."
    with pytest.raises(unspun.InputError, match="not valid Unicode"):
        unspun.check(text, example_corpus)
    with pytest.raises(unspun.InputError, match="not valid Unicode"):
        unspun.compare(text, seed_source)
    with pytest.raises(unspun.InputError, match="not valid Unicode"):
        unspun.compare(seed_source, text)


def test_the_verdicts_count_in_words_that_agree(example_corpus):
    one = "Russia has proposed naval drills with North Korea and China, a lawmaker said."
    report = unspun.check(one, example_corpus, unspun.CheckOptions(detect=False))
    assert report.verdict.kind == "too_short"
    assert "too short to trace: 1 sentence of its own story;" in report.verdict.summary


def test_a_search_stopped_at_max_sources_says_so(limited_report):
    # five stories copied, three named: the other six copied sentences read as fabricated
    # unless the report says the search stopped at the limit
    named = {s.id for s in limited_report.sources}
    assert len(named) == 3 and named < {"harbour", "orchid", "chess", "bakery", "comet"}
    assert limited_report.sources_limited
    assert limited_report.source_limit == unspun.SourceLimit(max_sources=3, unexplained=6)
    assert limited_report.counts()["added"] == 6


def test_a_limit_high_enough_for_every_source_is_not_reported(six_stories, five_story_copy):
    options = unspun.CheckOptions(detect=False, max_sources=5)
    report = unspun.check(five_story_copy, six_stories, options)
    assert len(report.sources) == 5 and report.counts()["added"] == 0
    assert not report.sources_limited and report.source_limit is None


def test_one_source_allowed_skips_the_search_for_a_partner_and_says_so(
    six_stories, five_story_copy, seed_report
):
    # max_sources=1 cuts before the residual search (which finds a blend's second half)
    options = unspun.CheckOptions(detect=False, max_sources=1)
    limited = unspun.check(five_story_copy, six_stories, options)
    assert len(limited.sources) == 1
    assert limited.source_limit == unspun.SourceLimit(max_sources=1, unexplained=12)
    # a single-source rewrite with invented sentences has found all its sources
    assert len(seed_report.sources) == 1 and seed_report.counts()["added"] > 0
    assert seed_report.source_limit is None


def test_sentences_left_unexplained_at_the_source_limit_say_so(limited_report):
    # the six sentences copied from the stories past the limit read "added", each with a
    # note that it may come from a source beyond the limit, not that it was made up
    added = [f for f in limited_report.findings if f.label == "added"]
    assert len(added) == 6
    assert all("source beyond the limit" in f.note for f in added)
    explained = [f for f in limited_report.findings if f.label != "added"]
    assert not any("beyond the limit" in f.note for f in explained)


def test_sentences_added_within_the_limit_have_no_limit_note(seed_report):
    added = [f for f in seed_report.findings if f.label == "added"]
    assert added and not any("beyond the limit" in f.note for f in added)


def test_a_source_accepted_with_no_close_sentence_is_not_called_zero_percent_derived():
    from unspun.core import _verdict
    from unspun.results import SourceUse

    use = SourceUse("coaid-1", None, None, None, None, 0.4, 0.0, 0.0, 0.5)
    verdict = _verdict([object()], [use], [], [], [], unspun.CheckOptions())  # type: ignore[list-item]
    assert verdict.kind == "derived"
    assert "0%" not in verdict.summary and "no sentence follows coaid-1" in verdict.summary
