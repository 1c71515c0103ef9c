"""Tests for the machine-written-text signal (unspun.detect); fixtures are written here."""

from __future__ import annotations

import json
import math

import pytest

from unspun.detect import Detector, MachineTextScore, normalize_text, score_text

HUMAN = (
    "The council said on Tuesday that the bridge would stay shut until at least March. "
    '"We simply don\'t know yet," said Jan Evans, 54, who runs the cafe on the corner. '
    "Engineers found cracks in two of the 1930s supports last month (the third is fine). "
    "Traffic has been diverted through Llan - a 9-mile detour - and buses run every 40 minutes. "
    'A spokesman for the county said: "Safety comes first; we\'ll publish the survey soon." '
    "Mr Evans told the BBC trade was down by a third. Others were less worried. "
    "Figures released in 2016 showed 12,400 vehicles a day used the crossing, up from 9,100 "
    "in 2009. The repair bill has been put at £2.3m, though the council said that could rise. "
    "Last year the bridge was closed for six days after flooding. "
    "Local MP Sarah Hughes said she had written to the transport secretary. "
    '"People here feel forgotten," she said. A public meeting is planned for 3 February '
    "at the village hall, where officials will answer questions. The Welsh government said "
    'it was "aware of the issue" and would consider any request for help. Some residents '
    "have set up a lift-share scheme on Facebook; by Sunday it had 300 members. "
    "The bridge, a listed structure, was last refurbished in 1987."
)

MACHINE = (
    "In a remarkable testament to community resilience, the local council has announced that "
    "the historic bridge will remain closed for the foreseeable future. The decision, which "
    "has sparked widespread concern among residents, highlights the crucial importance of "
    "maintaining vital infrastructure. Furthermore, the closure has significantly impacted "
    "local businesses, which rely heavily on the steady flow of visitors. Additionally, "
    "commuters have expressed frustration at the lengthy detours they now face. However, "
    "officials have emphasized that safety remains their top priority. Moreover, the council "
    "is committed to ensuring that the necessary repairs are carried out efficiently and "
    "effectively. The situation serves as a poignant reminder of the challenges facing "
    "communities across the region. Ultimately, the bridge represents more than just a "
    "crossing; it is a symbol of the town's rich heritage and enduring spirit. As the repairs "
    "progress, residents remain hopeful that their beloved landmark will soon be restored to "
    "its former glory. In conclusion, the closure underscores the importance of investing in "
    "infrastructure to ensure the safety and prosperity of communities for generations to "
    "come. Overall, the council's commitment to transparency and safety has been widely "
    "acknowledged, and it is essential that all stakeholders work together to navigate "
    "this challenging period."
)

RESIDUE = (
    MACHINE
    + "\nTaken with a Canon EOS R camera.\n"
    + "A serene view of the bridge at dawn, with soft golden light across the river."
)


@pytest.fixture(scope="module")
def det() -> Detector:
    return Detector.load()


def test_too_short(det: Detector) -> None:
    r = det.score("A short note of a few words. It is not long enough to judge at all.")
    assert r.probability is None
    assert r.too_short
    assert not r.flagged
    assert r.word_count < 150
    assert any("too short" in e for e in r.evidence)


def test_probabilities_in_range_and_order(det: Detector) -> None:
    h, m = det.score(HUMAN), det.score(MACHINE)
    for r in (h, m):
        assert not r.too_short
        assert r.probability is not None and 0.0 <= r.probability <= 1.0
    assert m.probability > h.probability  # type: ignore[operator]
    assert m.flagged and not h.flagged
    assert m.sentences, "a flagged text names the sentences that drive it"
    assert all(s.score > 0 and s.text for s in m.sentences)


def test_image_prompt_residue_in_evidence(det: Detector) -> None:
    r = det.score(RESIDUE)
    joined = " ".join(r.evidence)
    assert "image-prompt residue" in joined
    assert "Canon EOS R" in joined
    assert r.features["residue_hits"] >= 1
    top = r.sentences[0]
    assert "Canon" in top.text and any("residue" in x for x in top.reasons)
    assert r.probability is not None and r.probability >= det.score(MACHINE).probability  # type: ignore[operator]


def test_threshold_monotone_in_fpr(det: Detector) -> None:
    fprs = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1]
    thr = [det.threshold_for(f) for f in fprs]
    assert all(a >= b for a, b in zip(thr, thr[1:], strict=False))
    assert thr[0] > thr[-1]
    r1 = det.score(MACHINE, false_positive_rate=0.001)
    r2 = det.score(MACHINE, false_positive_rate=0.1)
    assert r1.threshold >= r2.threshold
    assert r1.false_positive_rate == 0.001
    with pytest.raises(ValueError):
        det.score(MACHINE, false_positive_rate=0.0)


def test_to_dict_json(det: Detector) -> None:
    for text in (HUMAN, "too short"):
        d = det.score(text).to_dict()
        back = json.loads(json.dumps(d))
        assert set(back) >= {
            "probability",
            "threshold",
            "flagged",
            "evidence",
            "sentences",
            "features",
            "model_version",
            "too_short",
            "word_count",
        }
        assert isinstance(back["evidence"], list)


def test_score_text_and_many(det: Detector) -> None:
    r = score_text(MACHINE)
    assert isinstance(r, MachineTextScore)
    many = det.score_many([HUMAN, MACHINE])
    assert [x.probability for x in many] == [det.score(HUMAN).probability, r.probability]
    assert Detector.load() is Detector.load()


def test_normalisation_undoes_homoglyphs_and_typography(det: Detector) -> None:
    assert normalize_text("The seсond “series” — Â£5") == 'The second "series" - £5'
    assert normalize_text("ago.An online") == "ago. An online"
    obf = MACHINE.replace("o", "\u043e", 40)  # Cyrillic o inside Latin words
    r = det.score(obf)
    assert r.probability == pytest.approx(det.score(MACHINE).probability, abs=1e-9)
    assert r.features["homoglyph_words"] > 0
    assert any("homoglyph" in e for e in r.evidence)


def test_long_texts_are_scored_in_windows(det: Detector) -> None:
    from unspun.detect import split_sentences, window_sentences

    long_human = " ".join([HUMAN] * 3)  # about 640 words
    sents = split_sentences(normalize_text(long_human))
    groups = window_sentences(sents, 300)
    assert len(groups) == 2 and sum(len(g) for g in groups) == len(sents)
    assert window_sentences(sents[:5], 300) == [sents[:5]]  # short: one window
    r = det.score(long_human)
    assert r.probability is not None and not r.flagged
    assert r.word_count > 600


def test_sentence_skeleton_keeps_syntax_not_vocabulary() -> None:
    from unspun.detect import show_skeleton, skeleton, skeleton_grams

    a = skeleton("However, the council said it would act in 2024.")
    assert a == [
        "<s>",
        "however",
        ",",
        "the",
        "W",
        "said",
        "it",
        "would",
        "W",
        "in",
        "0",
        ".",
        "</s>",
    ]
    # a reworded sentence (as after back-translation) keeps the same skeleton
    assert skeleton("However, the board said it would respond in 2025.") == a
    assert skeleton("He met Jane Evans.")[1:4] == ["he", "W", "N"]
    grams = list(skeleton_grams(a))
    assert "<s> however ," in grams and "the W said" in grams
    assert show_skeleton("<s> however , W") == "[start] however , …"


def test_structure_features_and_pattern_evidence(det: Detector) -> None:
    from unspun.detect import STRUCT_FEATURES, STYLE_FEATURES, style_features

    f = style_features(normalize_text(MACHINE))
    assert set(STYLE_FEATURES) <= set(f) and set(STRUCT_FEATURES) <= set(f)
    assert all(math.isfinite(v) for v in f.values())
    assert f["open_conn"] > style_features(normalize_text(HUMAN))["open_conn"]
    r = det.score(MACHINE)
    assert r.features["open_conn"] == pytest.approx(f["open_conn"], abs=1e-4)
    joined = " ".join(r.evidence)
    assert "sentence patterns typical of generated text" in joined
    assert "additionally" in joined


def test_a_one_word_text_is_one_word_not_one_words():
    assert Detector.load().score("Hello.").evidence[0].startswith("too short to judge (1 word;")


def test_evidence_quotes_whole_sentences_not_ones_cut_at_an_initial(det: Detector) -> None:
    praised = (
        "The bridge was praised by engineer C.J. Harris, who noted that it is crucial to "
        "navigate this evolving landscape, underscoring the importance of fostering resilience "
        "and collaboration."
    )
    r = det.score(MACHINE + " " + praised)
    quoted = [s.text for s in r.sentences]
    assert praised in quoted
    assert not [s for s in quoted if s.endswith("C.J.") or s.startswith("Harris")]
    # the features keep the splitter the model was trained with (it cuts there): changing it
    # moved scores on DetectRL, so only what is quoted changed
    from unspun.detect import split_sentences

    assert split_sentences(praised)[0].endswith("C.J.")
