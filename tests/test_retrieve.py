import pytest
from rich.console import Console

import unspun
from unspun.documents import split_sentences
from unspun.report import render_terminal
from unspun.retrieve import RetrieveOptions, find_candidates


def test_seed_source_is_among_candidates(example_corpus, seed_rewrite):
    candidates = find_candidates(seed_rewrite, split_sentences(seed_rewrite), example_corpus)
    ids = [c.article_id for c in candidates]
    assert "seed:002_bfd5cbc101d0c76f" in ids
    best = next(c for c in candidates if c.article_id == "seed:002_bfd5cbc101d0c76f")
    assert best.names > 0.3 and best.dense > 0.5


def test_source_ranked_first_and_same_story_not_called_source(seed_report):
    assert seed_report.verdict.kind == "derived"
    assert [s.id for s in seed_report.sources] == ["seed:002_bfd5cbc101d0c76f"]


def test_unrelated_text_has_no_source(example_corpus):
    text = (
        "The city's chess club won the regional championship on Sunday. Its youngest player, "
        "aged nine, drew against the defending champion in the final round. The club meets "
        "every Thursday in the library and welcomes new members of all ages."
    )
    report = unspun.check(text, example_corpus, unspun.CheckOptions(detect=False))
    assert report.verdict.kind == "unrelated"
    assert report.sources == () and report.related == ()
    assert all(f.label == "added" for f in report.findings)
    # nothing was compared, so nothing is called fabricated
    assert {(f.added_type, f.note) for f in report.findings} == {
        ("unsourced", "no source found: nothing to compare it with")
    }


def test_with_no_source_a_camera_line_is_still_reported_and_claims_are_not(example_corpus):
    text = (
        "The city's chess club won the regional championship on Sunday. Taken with a Canon "
        "EOS R camera. Its youngest player, aged nine, drew against the defending champion in "
        "the final round. The club meets every Thursday in the library."
    )
    report = unspun.check(text, example_corpus, unspun.CheckOptions(detect=False))
    assert report.sources == ()
    types = {f.text: f.added_type for f in report.findings}
    assert types["Taken with a Canon EOS R camera."] == "camera_line"
    assert "fabricated_fact" not in types.values()
    console = Console(record=True, width=120)
    render_terminal(report, console)
    shown = console.export_text()
    assert "not compared (no source)" in shown
    assert "camera_line" in shown and "chess club" not in shown.split("(no source)")[1]


def test_a_story_on_the_same_topic_with_other_names_is_unrelated_not_coverage(tmp_path):
    corpus = unspun.Corpus.open(tmp_path / "councils.unspun")
    corpus.add(
        [
            {
                "id": "council-bridge",
                "text": "Councillors in Portbury voted on Monday to build a footbridge "
                "across the harbour. David Price, who chairs the planning committee, told "
                "the meeting that the ferry was full every morning. Shopkeepers on Quay "
                "Street fear two years of roadworks; the bridge should open in 2027.",
            },
            {
                "id": "weather",
                "text": "Heavy snow closed schools across the north on Friday. Forecasters "
                "said temperatures would stay below freezing until the weekend.",
            },
        ]
    )
    text = (
        "The town council approved a new car park on Tuesday after a long debate. Councillor "
        "Margaret Ellis said the 400 spaces would ease pressure on the high street. Residents "
        "of Oakfield Road had objected to the plan, citing traffic and noise during building."
    )
    # closeness alone makes the bridge story "related" at this bar (document cosine 0.65);
    # it names none of the suspect's people or places, so it is no coverage of the same event
    options = unspun.CheckOptions(detect=False, related_dense=0.6)
    report = unspun.check(text, corpus, options)
    assert report.sources == ()
    assert report.verdict.kind == "unrelated", [r.id for r in report.related]


def test_a_small_archive_gives_no_lead_to_its_only_article_on_a_topic(example_corpus):
    # the harbour-bridge story is the demo corpus's only council story: in so small an
    # archive it leads every other candidate, which says nothing about its being the source
    text = "The council met on Tuesday. It approved the budget."
    report = unspun.check(text, example_corpus, unspun.CheckOptions(detect=False))
    assert report.sources == ()


def test_independent_coverage_is_not_derived(example_corpus):
    text = (
        "Pyongyang's possible role in Russian-Chinese naval exercises drew fresh attention "
        "this week. Defence analysts in Tokyo noted that North Korea has never taken part in "
        "such drills, and that its fleet relies on vessels built decades ago. Japan's defence "
        "ministry said it would increase surveillance flights over the Sea of Japan."
    )
    report = unspun.check(text, example_corpus, unspun.CheckOptions(detect=False))
    assert report.sources == ()
    assert report.verdict.kind in ("independent", "unrelated")


WHEAT_REWRITE = (
    "Wet weather has taken a toll on this year's wheat crop. The national farm bureau cut "
    "its harvest forecast by 7 percent on Wednesday, blaming weeks of late-summer rain that "
    "held up cutting in the northern provinces. It now expects 21.4 million tonnes of wheat, "
    "compared with the 23 million it forecast in July. Grain prices on the regional exchange "
    "climbed 3 percent after the news."
)


def test_two_source_blend_finds_both(example_corpus, seed_rewrite):
    paragraphs = [p for p in seed_rewrite.split("\n\n") if p.strip()]
    blend = "\n\n".join(paragraphs[4:9]) + "\n\n" + WHEAT_REWRITE
    report = unspun.check(blend, example_corpus, unspun.CheckOptions(detect=False))
    assert [s.id for s in report.sources] == ["seed:002_bfd5cbc101d0c76f", "demo-wheat-harvest"]
    one = unspun.check(blend, example_corpus, unspun.CheckOptions(detect=False, max_sources=1))
    assert [s.id for s in one.sources] == ["seed:002_bfd5cbc101d0c76f"]
    wheat = [f for f in report.findings if f.source_id == "demo-wheat-harvest"]
    assert len(wheat) >= 3 and all(f.start > len("\n\n".join(paragraphs[4:9])) for f in wheat)


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        # each half restates one source: what it names, one of them gives
        (
            "News Roundup: Kim Heads to Russia for Talks With Putin, and Rain Cuts the Wheat Harvest",
            "supported",
        ),
        # names neither source gives
        ("News Roundup: Kim Meets Xi in Beijing, and Rain Cuts the Wheat Harvest", "added"),
    ],
)
def test_a_headline_summing_up_a_blend_is_read_against_all_its_sources(
    example_corpus, seed_rewrite, headline, label
):
    paragraphs = [p for p in seed_rewrite.split("\n\n") if p.strip()]
    blend = "\n\n".join([headline, *paragraphs[4:9], WHEAT_REWRITE])
    report = unspun.check(blend, example_corpus, unspun.CheckOptions(detect=False))
    assert len(report.sources) == 2
    first = report.findings[0]
    assert first.role == "headline" and first.label == label and not first.changes


def test_an_archived_suspect_is_not_its_own_source(tmp_path, example_records, seed_rewrite):
    corpus = unspun.Corpus.open(tmp_path / "c.unspun")
    corpus.add([*example_records, {"id": "the-rewrite", "text": seed_rewrite}], workers=1)
    suspect = unspun.Article(id="the-rewrite", text=seed_rewrite)
    report = unspun.check(suspect, corpus, unspun.CheckOptions(detect=False))
    assert [s.id for s in report.sources] == ["seed:002_bfd5cbc101d0c76f"]


def test_a_one_sentence_suspect_is_too_short_to_trace(example_corpus):
    report = unspun.check("Putin", example_corpus, unspun.CheckOptions(detect=False))
    assert report.verdict.kind == "too_short" and report.sources == ()


def test_same_id_for_suspect_and_source_does_not_mix_entities():
    suspect = unspun.Article("x", "President Putin met Kim in Moscow on Tuesday to discuss arms.")
    source = unspun.Article(
        "x", "President Putin met Kim in Vladivostok on Tuesday to discuss arms."
    )
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    (change,) = [c for f in report.findings for c in f.changes]
    assert (change.type, change.suspect.text, change.source.text) == (
        "location",
        "Moscow",
        "Vladivostok",
    )


def test_whole_query_bm25_uses_the_index_statistics(tmp_path):
    from unspun.index.lexical import _varints

    records = [
        {"id": "a", "text": "Flooding closed the harbour road in Portmadoc on Tuesday night."},
        {"id": "b", "text": "The harbour master said the road would reopen after the storm."},
        {"id": "c", "text": "A bakery in the high street won a prize for its rye bread."},
    ]
    corpus = unspun.Corpus.open(tmp_path / "c.unspun")
    corpus.add(records, workers=1)
    n_docs, mean_length = corpus.lexical._averages()
    words = sum(len(r["text"].rstrip(".").split()) for r in records)
    assert n_docs == 3 and mean_length == words / 3
    assert _varints(bytes([0x81, 0x00, 0x05])) == [128, 5]
    rowids = {corpus.store.rowid_of(r["id"]): r["id"] for r in records}
    texts = {rowid: next(r["text"] for r in records if r["id"] == i) for rowid, i in rowids.items()}
    query = "Storm flooding shut the Portmadoc harbour road; the harbour reopened Wednesday."
    scores = {rowids[r]: s for r, s in corpus.lexical.pool_scores(query, texts).items()}
    assert scores["a"] > scores["b"] > scores["c"] == 0.0


def test_margins_are_leads_over_the_best_other_candidate():
    from unspun.index import DERIVATION_FEATURES
    from unspun.retrieve import add_margins

    features = [
        {"mean": 0.8, "lexical": 1.0, "bm25": 1.0, **dict.fromkeys(DERIVATION_FEATURES, 0.1)},
        {"mean": 0.5, "lexical": 0.9, "bm25": 0.4, **dict.fromkeys(DERIVATION_FEATURES, 0.0)},
        {"mean": 0.3, "lexical": 0.2, "bm25": 0.7, **dict.fromkeys(DERIVATION_FEATURES, 0.4)},
    ]
    add_margins(features)
    assert [round(f["mean_margin"], 3) for f in features] == [0.3, -0.3, -0.5]
    assert [round(f["bm25_margin"], 3) for f in features] == [0.3, -0.6, -0.3]
    assert [round(f["d_tri_margin"], 3) for f in features] == [-0.3, -0.4, 0.3]


def test_candidates_carry_shared_phrasing(example_corpus, seed_rewrite):
    from unspun.index import DERIVATION_FEATURES

    candidates = find_candidates(seed_rewrite, split_sentences(seed_rewrite), example_corpus)
    source = next(c for c in candidates if c.article_id == "seed:002_bfd5cbc101d0c76f")
    assert tuple(source.derivation) == DERIVATION_FEATURES
    others = [c for c in candidates if c is not source]
    assert all(source.derivation["d_tri"] > c.derivation["d_tri"] for c in others)


def test_source_choice_needs_the_acceptance_model(example_corpus, seed_rewrite, monkeypatch):
    from unspun.retrieve import SourceModel

    options = unspun.CheckOptions(detect=False)
    assert unspun.check(seed_rewrite, example_corpus, options).sources
    # the ranking is untouched; only the acceptance model now says "not used"
    monkeypatch.setattr(SourceModel, "accept_probability", lambda self, features: 0.0)
    report = unspun.check(seed_rewrite, example_corpus, options)
    assert report.sources == () and report.verdict.kind in ("independent", "unrelated")


def test_a_copy_with_a_figure_changed_is_a_near_copy(example_corpus, seed_source):
    copy = seed_source.replace("100 missile launches", "120 missile launches")
    report = unspun.check(copy, example_corpus, unspun.CheckOptions(detect=False))
    assert report.verdict.kind == "near_copy"
    assert report.verdict.summary.endswith("with 1 sentence altered")
    assert any(c.type == "number" for f in report.findings for c in f.changes)


def test_a_blend_partner_missing_from_the_first_pool_is_traced_from_what_is_left(
    example_corpus, seed_rewrite
):
    # a pool of one: retrieval over the whole blend proposes only the first story's source;
    # the sentences it leaves unexplained, traced on their own, find the second
    paragraphs = [p for p in seed_rewrite.split("\n\n") if p.strip()]
    blend = "\n\n".join(paragraphs[4:9]) + "\n\n" + WHEAT_REWRITE
    options = unspun.CheckOptions(detect=False, retrieve=RetrieveOptions(lexical_k=1, dense_k=1))
    report = unspun.check(blend, example_corpus, options)
    assert [s.id for s in report.sources] == ["seed:002_bfd5cbc101d0c76f", "demo-wheat-harvest"]
    wheat = [f for f in report.findings if f.source_id == "demo-wheat-harvest"]
    assert len(wheat) >= 3 and all(f.start > len("\n\n".join(paragraphs[4:9])) for f in wheat)


def test_a_long_source_gets_no_credit_for_the_chance_matches_its_length_buys():
    import numpy as np

    from unspun.retrieve import chance_corrected, chance_lift

    assert chance_lift(15) == chance_lift(40) == 0.0
    assert 0.0 < chance_lift(80) < chance_lift(1300)

    def similarities(best: list[float], length: int, columns: list[int]) -> np.ndarray:
        matrix = np.full((len(best), length), 0.1, dtype=np.float32)
        matrix[range(len(best)), columns] = best
        return matrix

    best = [0.5, 0.48, 0.3, 0.2]
    article = chance_corrected(similarities(best, 30, [0, 5, 10, 20]), 0.46)
    assert article.tolist() == np.array(best, dtype=np.float32).tolist()  # as measured
    # matches strewn over a transcript: what its length buys by chance
    strewn = chance_corrected(similarities(best, 1300, [0, 400, 800, 1200]), 0.46)
    assert (strewn < 0.46).all() and strewn[0] == np.float32(0.5) - chance_lift(1300)


def test_a_story_a_rewrite_draws_on_in_a_long_source_keeps_its_similarities():
    import numpy as np

    from unspun.retrieve import chance_corrected

    # six paraphrased sentences of one story told at sentences 600-605 of a transcript
    matrix = np.full((6, 1300), 0.2, dtype=np.float32)
    matrix[range(6), range(600, 606)] = [0.55, 0.5, 0.6, 0.52, 0.5, 0.58]
    assert (chance_corrected(matrix, 0.46) >= 0.46).all()
    # ... not the same matches strewn over it by chance
    strewn = np.full((6, 1300), 0.2, dtype=np.float32)
    strewn[range(6), range(0, 1200, 200)] = [0.55, 0.5, 0.6, 0.52, 0.5, 0.58]
    assert (chance_corrected(strewn, 0.46) < 0.46).all()


def _scored(name: str, best: list[float], length: int, columns: list[int]):  # -> _Scored
    import numpy as np

    from unspun.align import Alignment
    from unspun.core import _Scored
    from unspun.documents import Sentence
    from unspun.retrieve import Candidate

    sentences = [Sentence(name, i, 0, 1, "x") for i in range(length)]
    matrix = np.full((len(best), length), 0.1, dtype=np.float32)
    matrix[range(len(best)), columns] = best
    alignment = Alignment((None,) * len(best), matrix.max(axis=1), matrix)
    scored = _Scored(Candidate(name, 1, 0.0, 0.0, 0.0, 0.0), None, sentences, alignment, 1.0)  # type: ignore[arg-type]
    scored.accept = 1.0
    return scored


def _first_source():
    from unspun.align import Alignment

    source = _scored("source", [0.9, 0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1], 20, list(range(8)))
    source.alignment = Alignment(
        tuple([object()] * 4 + [None] * 4),  # type: ignore[list-item]
        source.alignment.best,
        source.alignment.matrix,
    )
    return source


def test_a_blend_partner_must_explain_sentences_beyond_what_its_length_explains_by_chance():
    from unspun.core import CheckOptions, _choose_sources

    partner = [0.1, 0.1, 0.1, 0.1, 0.5, 0.5, 0.5, 0.5]  # explains the other half, at 0.5
    content = list(range(8))
    options = CheckOptions(detect=False)
    article = _scored("article", partner, 30, list(range(8)))
    chosen = _choose_sources([_first_source(), article], content, options)
    assert [c.candidate.article_id for c in chosen] == ["source", "article"]
    # the same similarities strewn over 1,300 sentences
    transcript = _scored("transcript", partner, 1300, [k * 160 for k in range(8)])
    chosen = _choose_sources([_first_source(), transcript], content, options)
    assert [c.candidate.article_id for c in chosen] == ["source"]


def test_a_blend_partner_in_a_long_source_is_named_for_the_story_it_tells():
    from unspun.core import CheckOptions, _choose_sources

    # the other half of the blend retells a story at sentences 700-707 of a transcript
    partner = [0.1, 0.1, 0.1, 0.1, 0.55, 0.5, 0.6, 0.52]
    transcript = _scored("transcript", partner, 1300, list(range(700, 708)))
    content = list(range(8))
    chosen = _choose_sources([_first_source(), transcript], content, CheckOptions(detect=False))
    assert [c.candidate.article_id for c in chosen] == ["source", "transcript"]


def test_a_lower_cased_source_still_shares_its_names_with_a_rewrite(tmp_path):
    # a source stored without capitals (CoAID's are) has no capitalised names to index;
    # a rewrite that kept "Putin", "Sputnik" and "Gamaleya" shares them all the same
    corpus = unspun.Corpus.open(tmp_path / "lower.unspun")
    corpus.add(
        [
            {
                "id": "lower-vaccine",
                "text": "vladimir putin announced russia will use its sputnik vaccine before "
                "late stage trials ended. the gamaleya institute in moscow developed it.",
            },
            {
                "id": "cased-weather",
                "text": "Heavy snow closed schools across the north on Friday. Forecasters "
                "said temperatures would stay below freezing until the weekend.",
            },
        ]
    )
    text = (
        "Vladimir Putin said Russia's Sputnik vaccine passed every trial. The Gamaleya "
        "institute in Moscow is said to have finished the tests ahead of schedule."
    )
    candidates = find_candidates(text, split_sentences(text), corpus)
    lower = next(c for c in candidates if c.article_id == "lower-vaccine")
    assert lower.names > 0.8


def test_an_uncased_candidates_words_stand_in_for_its_names_but_a_cased_ones_do_not():
    from unspun.index import candidate_names

    assert "putin" in candidate_names("vladimir putin's vaccine", [])
    # a text with capitals has its names indexed: a lower-case word there is no name
    assert candidate_names("Vladimir Putin's bill", ["vladimir", "putin"]) == {
        "vladimir",
        "putin",
    }


def test_the_acceptance_model_alone_decides_when_no_sentence_reaches_the_match_bar():
    from unspun.align import Alignment
    from unspun.core import CheckOptions, _choose_sources

    # a rewrite that changed the narrative of a short source: no sentence at align's match
    # bar, yet the acceptance model (here: certain) says the source was used
    source = _scored("source", [0.44, 0.43, 0.41, 0.3], 4, [0, 1, 2, 3])
    source.alignment = Alignment((None,) * 4, source.alignment.best, source.alignment.matrix)
    chosen = _choose_sources([source], [0, 1, 2, 3], CheckOptions(detect=False))
    assert [c.candidate.article_id for c in chosen] == ["source"]
    # the bar can still be asked for
    strict = CheckOptions(detect=False, min_source_sentences=1)
    assert _choose_sources([source], [0, 1, 2, 3], strict) == []
