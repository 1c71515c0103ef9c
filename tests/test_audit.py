import pytest

import unspun
from unspun.audit import EntityTagger, find_changes
from unspun.documents import Sentence
from unspun.models import nlp


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


def test_seed_case_file_scores_fully(example_corpus, examples):
    from unspun.evaluate import evaluate_cases, read_cases

    metrics = evaluate_cases(read_cases(examples / "cases.jsonl"), example_corpus).metrics()
    assert metrics["source_recall_at_1"] == 1.0
    assert metrics["omission_recall"] == 1.0
    assert metrics["false_derived"] == 0
    assert metrics["label_accuracy"] >= 0.9


def _changes(suspect: str, source: str, context: str | None = None):
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    t = Sentence("t", 0, 0, len(source), source, "body")
    return {
        c.type: c
        for c in find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=context or source)
    }


def test_number_change():
    got = _changes(
        "The council approved a $45 million plan.", "The council approved a $42 million plan."
    )
    assert got["number"].suspect.text.startswith("$45") and got["number"].source.text.startswith(
        "$42"
    )


def test_entity_change():
    got = _changes("Mayor Lopez opened the new bridge.", "Mayor Haddad opened the new bridge.")
    assert "entity" in got


@pytest.mark.parametrize(
    ("suspect", "flagged"),
    [
        ("The plan was praised by SEC chairman William Donaldson.", True),  # not "Donald"
        ("The plan was praised by Donald Nicolaisen.", False),
        ("The plan was praised by Mr Nicolaisen's office.", False),
        ("The plan was praised by Volodymyr Zelenskyy.", False),  # a letter more
        ("The plan was praised. #VolodymyrZelensky #Jelena", False),  # tags, not parties
    ],
)
def test_a_person_is_named_by_the_whole_name_not_its_first_letters(suspect, flagged):
    source = (
        "The plan was praised by Donald Nicolaisen, the SEC's chief accountant, and by "
        "Volodymyr Zelensky."
    )
    assert ("entity" in _changes(suspect, source)) == flagged


def test_direction_verbs():
    got = _changes(
        "The company sold its stake in the mine.", "The company bought its stake in the mine."
    )
    assert got["direction"].suspect.text == "sold"


def test_negation_and_hedging_and_condition():
    assert "negation" in _changes(
        "The minister did not approve the plan.", "The minister approved the plan."
    )
    hedged = _changes("The plant will close next year.", "The plant may close next year.")
    assert hedged["hedging"].source.text == "may"
    cond = _changes(
        "The union will strike next week.", "The union will strike next week if talks fail."
    )
    assert "condition" in cond


def test_paraphrase_has_no_changes():
    assert (
        _changes(
            "On Tuesday the council put off its vote on the bridge repairs.",
            "The council postponed its vote on the bridge repairs on Tuesday.",
        )
        == {}
    )


def test_additive_not_just_is_no_negation():
    suspect = "The scheme helps everyone, not just Olympians."
    source = "The scheme helps just about everyone, Olympians included."
    got = find_changes(
        Sentence("s", 0, 0, len(suspect), suspect, "body"),
        [Sentence("t", 0, 0, len(source), source, "body")],
        tagger=EntityTagger(nlp()),
        source_text=source,
    )
    assert "negation" not in {c.type for c in got}


@pytest.mark.parametrize(
    ("suspect", "source", "label"),
    [
        # the negation comes from the source sentence before the one it follows
        (
            "However, this guidance does not apply to healthcare providers such as therapists "
            "who offer home services.",
            "This guidance is not for healthcare providers. For healthcare providers including "
            "therapists who offer home services, see the other page.",
            "supported",
        ),
        # the sentence before negates something else: still a flip
        (
            "The drug is not approved for adults.",
            "The drug is not approved for children. The drug is approved for adults in Europe.",
            "altered",
        ),
    ],
)
def test_a_negation_from_the_next_source_sentence(suspect, source, label):
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    assert [f.label for f in report.findings] == [label]


@pytest.mark.parametrize(
    ("suspect", "source", "change"),
    [
        # the sentence beside negates something alike, but these source sentences say the
        # opposite of the suspect
        (
            "A post-mortem found the victim was not shot in the chest.",
            "Police said the victim was not shot in the chest. A post-mortem found the victim "
            "was shot in the chest.",
            "negation",
        ),
        (
            "The drug is not approved for adults in Europe.",
            "The drug is not approved for children in Europe. The drug is approved for adults "
            "in Europe.",
            "negation",
        ),
        # a report verb the source has too, or an adjective, hedges nothing
        (
            "A study suggests that coffee will prevent cancer.",
            "A study suggests that coffee may prevent cancer.",
            "hedging",
        ),
        (
            "The expected storm will hit the coast on Friday.",
            "A storm could hit the coast on Friday.",
            "hedging",
        ),
        # ", not just" against a source that limits the claim; "not just yet"
        (
            "The new rules apply to all drivers, not just lorry drivers.",
            "The new rules apply only to lorry drivers.",
            "negation",
        ),
        (
            "The airport will reopen, not just yet, officials said.",
            "The airport will reopen next week, officials said.",
            "negation",
        ),
    ],
)
def test_real_flips_next_to_the_new_excuses(suspect, source, change):
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    assert change in {c.type for f in report.findings for c in f.changes}


def test_a_title_case_headline_restating_the_story_is_not_a_list_of_new_names():
    from unspun.audit.entities import new_specifics
    from unspun.audit.forms import article_forms, sentence_case

    source = (
        "Several experts said mothers can keep taking the supplement while longer studies "
        "continue. The new study found no benefit at 18 months."
    )
    article = article_forms(source)
    headline = "Experts Say Mothers Can Keep Taking the Supplement While Studies Continue"
    sentence = Sentence("s", 0, 0, len(headline), headline, "headline")
    assert new_specifics(headline, article)  # read as names, every capital counts
    assert new_specifics(sentence_case(sentence, article), article) == []
    # a word the source never has may be a name, and stays one
    invented = "Experts Say Mothers Can Keep Taking the Supplement Sold on Airbnb"
    sentence = Sentence("s", 0, 0, len(invented), invented, "headline")
    assert "Airbnb" in new_specifics(sentence_case(sentence, article), article)
    # body text keeps its capitals
    body = Sentence("s", 0, 0, len(headline), headline, "body")
    assert sentence_case(body, article) == headline


def test_everyday_words_of_a_title_case_headline_are_no_names():
    from unspun.audit.entities import new_specifics
    from unspun.audit.forms import article_forms, sentence_case

    article = article_forms("E-mail users who click on spam keep the spam industry alive.")
    headline = "Careless Clicks Keep Spam Gangs in Business"
    sentence = Sentence("s", 0, 0, len(headline), headline, "headline")
    assert new_specifics(sentence_case(sentence, article), article) == []


def test_a_run_of_everyday_title_case_words_is_no_entity():
    source = (
        "Mr Nath also announced plans to allow foreign investors to develop a smaller area of "
        "any land they acquired. Trade unions said the move threatened the country's "
        "self reliance."
    )
    headline = "Cabinet Eases Land Rules for Overseas Developers as Unions Warn of Threat"
    s = Sentence("s", 0, 0, len(headline), headline, "headline")
    t = Sentence("t", 0, 0, len(source), source, "body")
    changes = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
    assert [c for c in changes if c.type in ("entity", "location")] == []
    # everyday words that make one organisation's name are a name
    ecb = "European Central Bank Raises Interest Rates Again"
    boe = "The Bank of England raised interest rates again on Thursday."
    s = Sentence("s", 0, 0, len(ecb), ecb, "headline")
    t2 = Sentence("t", 0, 0, len(boe), boe, "body")
    changes = find_changes(s, [t2], tagger=EntityTagger(nlp()), source_text=boe, swaps=True)
    assert any(c.type == "entity" for c in changes)
    # a run with a name in it still names someone
    named = "Chidambaram Eases Land Rules as Unions Warn of Threat"
    s = Sentence("s", 0, 0, len(named), named, "headline")
    changes = find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source, swaps=True)
    assert any("Chidambaram" in c.suspect.text for c in changes if c.type == "entity")


def test_common_words_are_read_from_the_packaged_vocabulary():
    from unspun.models import common_words

    words = common_words()
    assert {"careless", "business", "breakthrough"} <= words
    assert "airbnb" not in words and all(w.islower() for w in words)


def test_a_name_kept_elsewhere_in_the_suspect_is_no_omitted_detail(seed_report):
    assert not [o for o in seed_report.omissions if o.kind == "detail" and "Kim Kyou" in o.text]


def test_a_headline_verb_is_no_new_name():
    from unspun.audit.entities import new_specifics
    from unspun.audit.forms import article_forms, sentence_case

    article = article_forms("The regulator said foreign issuers would get another year.")
    headline = "Regulator Says Foreign Issuers Get Another Year"
    sentence = Sentence("s", 0, 0, len(headline), headline, "headline")
    assert new_specifics(headline, article)  # "Says": the source has only "said"
    assert new_specifics(sentence_case(sentence, article), article) == []
    # a headline in capitals keeps them
    shouted = "BREAKING NEWS: REGULATOR SAYS ISSUERS GET ANOTHER YEAR"
    sentence = Sentence("s", 0, 0, len(shouted), shouted, "headline")
    assert sentence_case(sentence, article) == shouted


def test_text_lower_cased_upstream_names_by_its_words_no_everyday_english_has():
    # no capitals to read names by: a word no everyday English has, absent from the source
    from unspun.audit.entities import new_specifics
    from unspun.audit.forms import article_forms

    article = article_forms(
        "irish prime minister leo varadkar met canada's justin trudeau in dublin on monday."
    )
    claim = "canadian prime minister justin trudeau has met irish prime minister enda kenny."
    found = new_specifics(claim, article)
    assert "enda" in found and "canadian" not in found  # "canada's" has its stem
    # hyphenated everyday words, contractions and possessives name no one
    ordinary = "the long-term plan drew criticism from the nation's well-meaning leaders."
    assert new_specifics(ordinary, article) == []
    kept = "irish prime minister leo varadkar met justin trudeau in dublin."
    assert new_specifics(kept, article) == []
    # a source with capitals: the usual reading (a headline lowered to sentence case is
    # no text lower-cased upstream)
    cased = article_forms("Irish prime minister Leo Varadkar met Justin Trudeau in Dublin.")
    assert new_specifics("irish prime minister leo varadkar met enda in dublin.", cased) == []
