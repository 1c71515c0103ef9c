from unspun.evaluate import CaseResult, Evaluation


def test_an_accepted_alternative_label_is_scored_as_that_label():
    case = CaseResult(
        case_id="c",
        derived_gold=True,
        predicted_sources=["a"],
        gold_sources=["a"],
        label_pairs=[
            ("altered", "supported", ["supported"]),  # accepted: counts as supported
            ("altered", "altered", []),
            ("added", "supported", []),  # a miss
        ],
    )
    metrics = Evaluation([case]).metrics()
    assert metrics["label_accuracy"] == round(2 / 3, 4)
    assert metrics["per_label"]["altered"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "support": 1,
    }
    assert metrics["per_label"]["supported"]["precision"] == 0.5
    assert metrics["per_label"]["supported"]["support"] == 1
    assert metrics["per_label"]["added"]["recall"] == 0.0


def test_an_omission_is_met_only_when_most_of_the_passage_is_reported_omitted():
    import unspun
    from unspun.evaluate import score_case

    source = (
        "The actress, who trained in London for nine years, stars in the new BBC drama about "
        "a family of farmers in the Yorkshire Dales. It returns in June."
    )
    suspect = (
        "The actress stars in the new BBC drama about a family of farmers in the Yorkshire "
        "Dales. It returns in June."
    )
    report = unspun.compare(suspect, source)
    assert [o.kind for o in report.omissions] == ["detail"]
    whole_sentence = source.split(". ")[0]
    case = {
        "id": "c",
        "source_ids": [report.sources[0].id],
        "derived": True,
        "suspect_text": suspect,
        "suspect_expectations": [],
        "omitted_expectations": [
            {"source_id": report.sources[0].id, "quote": "trained in London for nine years"},
            {"source_id": report.sources[0].id, "quote": whole_sentence},
        ],
    }
    # the clause is reported; the sentence that holds it was used, not left out
    assert score_case(case, report).omissions_met == [True, False]


def test_a_case_with_no_source_is_scored_on_its_verdict_alone():
    import unspun
    from unspun.evaluate import score_case

    text = "The town council approved a new car park on Tuesday after a long debate."
    report = unspun.compare(text, "")
    case = {
        "id": "independent",
        "derived": False,
        "source_ids": [],
        "same_event_as": ["other-outlet"],
        "suspect_text": text,
        "suspect_expectations": [
            {"quote": "approved a new car park", "label": "supported", "source_id": "x"}
        ],
        "omitted_expectations": [],
    }
    result = score_case(case, report)
    assert result.label_pairs == [] and result.omissions_met == []
