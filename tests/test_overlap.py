import math

import pytest

from unspun.index import DERIVATION_FEATURES, SuspectPhrases

SUSPECT = (
    "The harbour board of Eastmere approved a 12.5 million pound sea wall on Monday, "
    "after storms flooded 40 homes in the old quarter last winter."
)
# the same facts changed, but the phrasing and details kept: what a perturbed rewrite does
PERTURBED_SOURCE = (
    "The harbour board of Eastmere rejected a 12.5 million pound sea wall on Monday, "
    "even though storms flooded 40 homes in the old quarter last winter."
)
# the same event told independently: topic and a name shared, hardly a phrase
INDEPENDENT = (
    "Eastmere residents were told on Monday that coastal defences will be built. Officials "
    "said the decision followed last year's severe weather, which damaged dozens of houses."
)


@pytest.fixture
def phrases() -> SuspectPhrases:
    frequency = {"harbour": 30, "board": 400, "eastmere": 2, "storms": 60, "homes": 300}
    return SuspectPhrases(SUSPECT, frequency, 8000)


def test_features_are_named_and_bounded(phrases):
    features = phrases.against(PERTURBED_SOURCE)
    assert tuple(features) == DERIVATION_FEATURES
    for name in ("d_uni", "d_bi", "d_tri", "d_back", "d_num"):
        assert 0.0 <= features[name] <= 1.0


def test_shared_phrasing_separates_a_rewrite_from_independent_coverage(phrases):
    derived = phrases.against(PERTURBED_SOURCE)
    independent = phrases.against(INDEPENDENT)
    for name in ("d_bi", "d_tri", "d_long", "d_ntri", "d_num"):
        assert derived[name] > independent[name], name
    assert independent["d_tri"] == 0.0
    assert derived["d_num"] == 1.0  # 12.5 million and 40 both kept


def test_longest_shared_run_counts_words(phrases):
    # "the old quarter last winter" (plus what precedes it) is shared word for word
    run = math.expm1(phrases.against(PERTURBED_SOURCE)["d_long"])
    assert run >= len("homes in the old quarter last winter".split())
    assert phrases.against("nothing in common here at all")["d_long"] == 0.0


def test_identical_text_covers_everything(phrases):
    features = phrases.against(SUSPECT)
    assert features["d_uni"] == features["d_bi"] == features["d_tri"] == 1.0
    assert features["d_back"] == 1.0


def test_empty_inputs():
    empty = SuspectPhrases("", {}, 10)
    assert all(v == 0.0 for v in empty.against("Some candidate text here.").values())
    assert all(v == 0.0 for v in SuspectPhrases(SUSPECT, {}, 10).against("").values())


def test_figures_match_whole_not_inside_other_figures():
    phrases = SuspectPhrases("Officials said 40 homes and 12 boats were lost.", {}, 1000)
    other = phrases.against("In 1940 storms destroyed 400 homes and 120 boats.")
    same = phrases.against("Officials counted 40 homes and 12 boats lost in the storm.")
    assert other["d_num"] == 0.0
    assert same["d_num"] == 1.0
