import gzip
import json
from typing import get_args

import pytest

import unspun
from unspun.errors import InputError
from unspun.evaluate import CaseResult, Evaluation, read_cases, unknown_source_ids
from unspun.results import AddedType, ChangeType


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


def test_a_dropped_attribution_inside_a_labelled_passage_meets_it():
    from unspun.evaluate import score_case

    source = (
        "The main cloud on the horizon, NIESR said, is the housing market, where prices rose "
        "by 12% last year. Growth will slow to 2.4% next year."
    )
    suspect = (
        "The main cloud on the horizon is the housing market, where prices rose by 12% last "
        "year. Growth will slow to 2.4% next year."
    )
    report = unspun.compare(suspect, source)
    assert [(o.kind, o.text) for o in report.omissions] == [("attribution", "NIESR said")]
    sid = report.sources[0].id
    case = {
        "id": "c",
        "source_ids": [sid],
        "derived": True,
        "suspect_text": suspect,
        "suspect_expectations": [],
        "omitted_expectations": [
            # the labeller quotes the attribution with the words around it
            {"source_id": sid, "quote": "The main cloud on the horizon, NIESR said"},
            # a passage around it is met only when most of it is reported
            {"source_id": sid, "quote": source.split(". ")[0]},
        ],
    }
    assert score_case(case, report).omissions_met == [True, False]


def test_every_labelled_change_is_recorded_with_the_label_it_got_found_or_not():
    from unspun.evaluate import score_case

    source = (
        "The minister met the envoy in Paris on Monday. Talks lasted two hours. "
        "They agreed to meet again."
    )
    suspect = (
        "The minister met the envoy in Paris on Tuesday. Talks lasted two hours. "
        "They agreed to meet again. It remains to be seen what comes next."
    )
    report = unspun.compare(suspect, source)
    case = {
        "id": "c",
        "source_ids": [report.sources[0].id],
        "derived": True,
        "suspect_text": suspect,
        "suspect_expectations": [
            {"quote": "on Tuesday", "label": "altered", "change": "date"},
            {"quote": "Talks lasted two hours", "label": "altered", "change": "number"},
            {"quote": "It remains to be seen", "label": "added", "change": "filler"},
            # a label the case also accepts is no change to find
            {
                "quote": "They agreed to meet again",
                "label": "altered",
                "change": "entity",
                "also_accept": ["supported"],
            },
        ],
        "omitted_expectations": [],
    }
    result = score_case(case, report)
    # change_pairs holds only the sentences labelled right; change_labels every one
    assert result.change_labels == [
        ("date", "altered"),
        ("number", "supported"),
        ("filler", "added"),
    ]
    assert [c for c, _ in result.change_pairs] == ["date", "filler"]
    per_type = Evaluation([result]).metrics()["per_change_type"]
    assert per_type["number"]["flagged"] == 0.0 and per_type["number"]["recall"] is None
    assert per_type["date"]["flagged"] == 1.0 and per_type["date"]["recall"] == 1.0
    assert "entity" not in per_type


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


def _case_file(tmp_path, **expectation):
    case = {
        "id": "c",
        "suspect_text": "The mayor said the bridge carries 40,000 cars a day.",
        "source_ids": ["bridge"],
        "suspect_expectations": [{"quote": "The mayor said", **expectation}],
    }
    path = tmp_path / "cases.jsonl"
    path.write_text("\n" + json.dumps(case) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("expectation", "message"),
    [
        ({"label": "altered", "change": "name"}, ":2: 'name' is not a change type"),
        ({"label": "altered", "change": "filler"}, ":2: 'filler' is not a change type"),
        ({"label": "added", "change": "number"}, ":2: 'number' is not an added type"),
        ({"label": "supported", "change": "number"}, ":2: a supported sentence has no change"),
        ({"label": "supported", "also_accept": ["alterd"]}, ":2: 'also_accept' must be"),
    ],
)
def test_an_unknown_change_type_is_refused_with_file_and_line(tmp_path, expectation, message):
    path = _case_file(tmp_path, **expectation)
    with pytest.raises(InputError) as caught:
        list(read_cases(path))
    assert str(caught.value).startswith(f"{path}{message}")
    assert "\n" not in str(caught.value)


def test_every_known_change_type_is_accepted(tmp_path):
    for label, kinds in (("altered", get_args(ChangeType)), ("added", get_args(AddedType))):
        for kind in (*kinds, None):
            assert list(read_cases(_case_file(tmp_path, label=label, change=kind)))


def test_source_ids_must_be_a_list_of_ids(tmp_path):
    path = _case_file(tmp_path, label="supported")
    path.write_text(path.read_text().replace('["bridge"]', '"bridge"'), encoding="utf-8")
    with pytest.raises(InputError, match="'source_ids' must be a list"):
        list(read_cases(path))


def test_unknown_source_ids_are_those_the_corpus_lacks(tmp_path):
    with unspun.Corpus.open(tmp_path / "news.unspun") as corpus:
        corpus.add([{"id": "bridge", "text": "A bridge was shut."}], workers=1)
        case = {"source_ids": ["bridge", "brdige"]}
        assert unknown_source_ids(case, corpus) == ["brdige"]
        assert unknown_source_ids({}, corpus) == []
        # every id a case names: coverage of the same event, and each expectation's source
        case = {
            "source_ids": ["bridge"],
            "same_event_as": ["tunnel"],
            "suspect_expectations": [{"source_id": "bridgee"}, {"source_id": None}],
            "omitted_expectations": [{"source_id": "bridge"}, {"source_id": "ferry"}],
        }
        assert unknown_source_ids(case, corpus) == ["bridgee", "ferry", "tunnel"]


def test_a_label_no_case_has_scores_none_not_zero():
    case = CaseResult(
        case_id="c",
        derived_gold=True,
        predicted_sources=["a"],
        gold_sources=["a"],
        label_pairs=[("supported", "supported", []), ("added", "supported", [])],
    )
    per_label = Evaluation([case]).metrics()["per_label"]
    assert per_label["altered"] == {"precision": None, "recall": None, "f1": None, "support": 0}
    assert per_label["added"] == {"precision": None, "recall": 0.0, "f1": 0.0, "support": 1}


_TEXT = "The mayor said the bridge carries 40,000 cars a day. It shut on Monday."


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([{"derived": "false"}], ":1: 'derived' must be true or false"),
        ([{"same_event_as": "tunnel"}], ":1: 'same_event_as' must be a list of corpus ids"),
        ([{"id": ["c"]}], ":1: 'id' must be a non-empty string"),
        ([{"id": ""}], ":1: 'id' must be a non-empty string"),
        ([{}, {}], ":2: id 'c' is also on line 1"),
        ([{"id": "c"}, {"id": " c"}], ":2: id 'c' is also on line 1"),
        ([{"id": 17}, {"id": "17"}], ":2: id '17' is also on line 1"),
        (
            [{"suspect_expectations": [{"quote": "", "label": "added"}]}],
            ":1: an item of 'suspect_expectations' has an empty 'quote'",
        ),
        (
            [{"omitted_expectations": [{"quote": " ", "source_id": "bridge"}]}],
            ":1: an item of 'omitted_expectations' has an empty 'quote'",
        ),
        (
            [{"suspect_expectations": [{"quote": "It shut", "label": "added", "source_id": [7]}]}],
            ":1: 'source_id' must be a corpus id or null",
        ),
        (
            [{"omitted_expectations": [{"quote": "A bridge", "source_id": 5.5}]}],
            ":1: 'source_id' must be a corpus id or null",
        ),
        (
            [{"suspect_expectations": [{"quote": "It shut", "label": "added", "metadata": "y"}]}],
            ":1: 'metadata' must be true or false",
        ),
        (
            [
                {
                    "suspect_text": None,
                    "source_text": "A bridge.",
                    "claim_text": " ",
                    "label": "consistent",
                }
            ],
            ":1: 'claim_text' is empty",
        ),
        (
            [
                {
                    "suspect_text": None,
                    "source_text": "",
                    "claim_text": "A bridge.",
                    "label": "consistent",
                }
            ],
            ":1: 'source_text' is empty",
        ),
    ],
)
def test_a_malformed_case_or_claim_is_refused_with_file_and_line(tmp_path, records, message):
    # each was taken before: "false" read as derived, a string's letters as ids, an empty
    # quote met every omission, a repeated id made its misses ambiguous
    lines = []
    for record in records:
        line = {"id": "c", "suspect_text": _TEXT, "source_ids": ["bridge"], **record}
        lines.append(json.dumps({k: v for k, v in line.items() if v is not None}))
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(read_cases(path))
    assert str(caught.value).startswith(f"{path}{message}"), str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_case_id_given_as_a_number_is_read_as_a_corpus_record_id_is(tmp_path):
    path = tmp_path / "cases.jsonl"
    case = {"id": 17, "suspect_text": _TEXT, "source_ids": ["bridge"]}
    path.write_text(json.dumps(case) + "\n", encoding="utf-8")
    assert [c["id"] for c in read_cases(path)] == ["17"]


def test_source_ids_given_as_numbers_are_read_as_corpus_record_ids_are(tmp_path):
    path = tmp_path / "cases.jsonl"
    case = {
        "id": " c1 ",
        "suspect_text": _TEXT,
        "source_ids": [17],
        "same_event_as": [18],
        "omitted_expectations": [{"quote": "a passage", "source_id": 17}],
    }
    path.write_text(json.dumps(case) + "\n", encoding="utf-8")
    (read,) = read_cases(path)
    assert (read["id"], read["source_ids"], read["same_event_as"]) == ("c1", ["17"], ["18"])
    assert read["omitted_expectations"][0]["source_id"] == "17"


def test_a_damaged_gzip_of_cases_is_one_line(tmp_path):
    path = tmp_path / "cases.jsonl.gz"
    data = bytearray(gzip.compress(b'{"id": "c", "suspect_text": "Text."}\n' * 20))
    data[10] ^= 0xFF  # the first deflate block header: zlib's own error, not an OSError
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as caught:
        list(read_cases(path))
    assert str(caught.value).startswith(f"{path}: damaged .gz file (")
    assert "\n" not in str(caught.value)


def test_a_malformed_line_of_cases_names_its_column_as_a_corpus_line_does(tmp_path):
    path = tmp_path / "cases.jsonl"
    case = {"id": "c1", "suspect_text": _TEXT, "source_ids": []}
    path.write_text(json.dumps(case) + '\n{"id": "c2", "kind": }\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(read_cases(path))
    assert str(caught.value) == f"{path}:2: not valid JSON at column 22 (Expecting value)"


def test_a_line_separator_inside_a_json_string_does_not_end_the_record(tmp_path):
    # U+2028, U+2029 and U+0085 are valid unescaped inside a JSON string (json.dumps with
    # ensure_ascii=False writes them so); str.splitlines() broke the record there, and the
    # file was refused as "not valid JSON (Unterminated string ...)"
    text = "The mayor spoke.\u2028Taxes will rise.\u2029Rents too.\x85The end."
    claim = {"source_text": text, "claim_text": "The mayor spoke.", "label": "consistent"}
    case = {"id": "c1", "suspect_text": text, "source_ids": []}
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps(claim, ensure_ascii=False) + "\r\n" + json.dumps(case, ensure_ascii=False),
        encoding="utf-8",
    )
    records = list(read_cases(path))
    assert [r.get("source_text", r.get("suspect_text")) for r in records] == [text, text]


def test_cases_with_old_mac_line_ends_are_read_line_by_line(tmp_path):
    cases = [
        {"id": f"c{i}", "suspect_text": "A bridge was shut.", "source_ids": []} for i in range(2)
    ]
    path = tmp_path / "cases.jsonl"
    path.write_bytes("\r".join(json.dumps(c) for c in cases).encode() + b"\r")
    assert [c["id"] for c in read_cases(path)] == ["c0", "c1"]
    # a file that mixes them is refused where a line holds two cases, saying why
    path.write_bytes(b"\n".join([json.dumps(cases[0]).encode(), path.read_bytes()]))
    with pytest.raises(
        InputError,
        match=r"cases.jsonl:2: a second record at column \d+ after "
        r"a CR-only line end \(old Mac line ends\)",
    ):
        list(read_cases(path))


def test_a_cr_between_the_tokens_of_a_first_case_is_no_old_mac_line_end(tmp_path):
    first = json.dumps({"id": "c0", "suspect_text": "A bridge was shut.", "source_ids": []})
    second = json.dumps({"id": "c1", "suspect_text": "A road was shut.", "source_ids": []})
    path = tmp_path / "cases.jsonl"
    path.write_bytes(first.replace(", ", ",\r", 1).encode() + b"\n" + second.encode() + b"\n")
    assert [c["id"] for c in read_cases(path)] == ["c0", "c1"]


def test_a_source_quote_is_checked_against_its_own_source_as_written(tmp_path):
    from unspun.evaluate import source_quote_problems

    corpus = unspun.Corpus.open(":memory:")
    corpus.add(
        [
            {"id": "bridge", "text": "The bridge was shut on Monday. Repairs cost $42 million."},
            {"id": "ferry", "text": "The ferry sailed on Tuesday."},
        ],
        workers=1,
    )

    def case(source_quote, source_id="bridge", source_ids=("bridge",)):
        expectation = {"quote": "shut", "label": "supported", "source_quote": source_quote}
        if source_id is not None:
            expectation["source_id"] = source_id
        return {
            "suspect_text": "shut",
            "source_ids": list(source_ids),
            "suspect_expectations": [expectation],
        }

    assert source_quote_problems(case("Repairs cost $42 million."), corpus) == []
    assert source_quote_problems(case("The ferry sailed"), corpus) == [
        "'source_quote' 'The ferry sailed' (for 'shut') is not in the text of source 'bridge'"
    ]
    assert source_quote_problems(case("Repairs  cost"), corpus)  # other whitespace is wrong
    # with no source_id, any of the case's sources may hold it
    assert source_quote_problems(case("The ferry sailed", None, ("bridge", "ferry")), corpus) == []
    # a source the corpus lacks is not judged (its id is reported as unknown)
    assert source_quote_problems(case("anything", "gone"), corpus) == []
    corpus.close()
