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
