"""The audit as a whole: the seed example end to end, and the change checks run together."""

import pytest
from helpers import changes_by_type

# --- the seed example end to end ----------------------------------------------------------


def _finding(report, quote):
    at = report.suspect_text.find(quote)
    assert at >= 0, quote
    return next(f for f in report.findings if f.start <= at < f.end)


@pytest.mark.parametrize(
    ("quote", "label", "added"),
    [
        ("A photo of Russian President Vladimir Putin meeting", "added", "caption"),
        ("A snapshot of Russian Defense Minister Sergei Shoigu", "added", "caption"),
        ("An image capturing the tense standoff", "added", "caption"),
        ("Taken with a Nikon D850 camera", "added", "camera_line"),
        ("Taken with a Canon EOS R camera", "added", "camera_line"),
        ("Taken with a Sony Alpha A7 III camera", "added", "camera_line"),
        ("It remains to be seen how the international community", "added", "filler"),
        ("Given the gravity of the situation", "added", "filler"),
        ("Lawmaker Yoo Sang-bum revealed that during the briefing", "supported", None),
    ],
)
def test_seed_sentences(seed_report, quote, label, added):
    finding = _finding(seed_report, quote)
    assert finding.label == label
    assert finding.added_type == added


def test_seed_direction_change_shows_the_source_words(seed_report):
    finding = _finding(seed_report, "supply of artillery and ammunition to North Korea")
    assert finding.label == "altered"
    (change,) = [c for c in finding.changes if c.type == "direction"]
    assert change.suspect.text == "to North Korea"
    assert change.source.text == "from North Korea"
    source = seed_report.source_texts[finding.source_id]["text"]
    assert source[change.source.start : change.source.end] == "from North Korea"
    assert seed_report.suspect_text[change.suspect.start : change.suspect.end] == "to North Korea"


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        ("Kim and Putin corresponded through letters", "content"),
        (
            "Diplomatic relations between Pyongyang and Washington have come to a halt since 2019",
            "content",
        ),
        ("according to Russia’s Tass news agency", "attribution"),
        ("Copyright © 2023 The Washington Times, LLC.", "credit"),
    ],
)
def test_seed_omissions(seed_report, quote, kind):
    source = next(iter(seed_report.source_texts.values()))["text"]
    at = source.find(quote)
    kinds = {o.kind for o in seed_report.omissions if o.start <= at < o.end}
    assert kind in kinds


def test_a_name_kept_elsewhere_in_the_suspect_is_no_omitted_detail(seed_report):
    assert not [o for o in seed_report.omissions if o.kind == "detail" and "Kim Kyou" in o.text]


def test_seed_case_file_scores_fully(example_corpus, examples):
    from unspun.evaluate import evaluate_cases, read_cases

    metrics = evaluate_cases(read_cases(examples / "cases.jsonl"), example_corpus).metrics()
    assert metrics["source_recall_at_1"] == 1.0
    assert metrics["omission_recall"] == 1.0
    assert metrics["false_derived"] == 0
    assert metrics["label_accuracy"] >= 0.9


# --- the change checks together (find_changes runs them all) ------------------------------


def test_negation_and_hedging_and_condition():
    assert "negation" in changes_by_type(
        "The minister did not approve the plan.", "The minister approved the plan."
    )
    hedged = changes_by_type("The plant will close next year.", "The plant may close next year.")
    assert hedged["hedging"].source.text == "may"
    cond = changes_by_type(
        "The union will strike next week.", "The union will strike next week if talks fail."
    )
    assert "condition" in cond


def test_paraphrase_has_no_changes():
    assert (
        changes_by_type(
            "On Tuesday the council put off its vote on the bridge repairs.",
            "The council postponed its vote on the bridge repairs on Tuesday.",
        )
        == {}
    )
