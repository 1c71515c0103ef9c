import pytest

import unspun
from unspun.audit import EntityTagger, added_type, find_changes
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


@pytest.mark.parametrize(
    ("text", "role", "kind"),
    [
        ("Shot on a Fujifilm X-T5 camera.", "body", "camera_line"),
        ("Pictured: the mayor at the opening.", "body", "caption"),
        ("The mayor (L) greets the minister in Kyiv, in this undated photo.", "body", "caption"),
        ("Portrait of the minister, 85mm lens, f/1.8, ISO 200.", "body", "camera_line"),
        ("Photorealistic, highly detailed, cinematic lighting.", "body", "camera_line"),
        ("Only time will tell whether the plan works.", "body", "filler"),
        ("Here's a revised version of the passage, rewritten to be calm:", "body", "filler"),
        ("Paraphrased passage:", "body", "filler"),
        ("12.", "body", "filler"),
        ("I rephrased the given passage as follows:", "body", "filler"),
        ("Please note that the article is paraphrased, not copied.", "body", "filler"),
        ("Let us know what you think in the comments below!", "body", "filler"),
        ("In case of a crisis, it's crucial to seek help and support.", "body", "filler"),
        ("By taking these steps, we can all slow the spread.", "body", "filler"),
        ("Ongoing research offers hope for a brighter future.", "body", "filler"),
        ("In these challenging times, firms must act.", "body", "filler"),
        ("In these challenging times, the state pledged £5bn.", "body", "fabricated_fact"),
        ("As we grapple with COVID-19, it remains to be seen what comes.", "body", "filler"),
        (
            "It remains to be seen whether prices return to pre-2008 levels.",
            "body",
            "fabricated_fact",
        ),
        ("It's raining in Leeds, the Met Office said.", "body", "fabricated_fact"),
        ("The original text of the letter was never published.", "body", "fabricated_fact"),
        ("Sen. John Cornyn (R) said the bill would create 9,000 jobs.", "body", "fabricated_fact"),
        ("The Ohio plant was awarded ISO 9001 certification in 2022.", "body", "fabricated_fact"),
        ("The revised version of the bill passed the Senate.", "body", "fabricated_fact"),
        ('"We will never give up," the mayor told the crowd.', "body", "fabricated_quote"),
        ("The mayor resigned on Friday.", "body", "fabricated_fact"),
        # an image generator's camera line names the camera, or only its maker
        ("Captured on a Canon EOS 5D Mark IV.", "body", "camera_line"),
        ("Photographed with a Leica SL2.", "body", "camera_line"),
        ("Shot on Sony A7 III.", "body", "camera_line"),
        ("The decision was taken by Sony executives in Tokyo.", "body", "fabricated_fact"),
        # stock commentary that states no fact
        ("The move would mark a significant new chapter for the club.", "body", "filler"),
        (
            "For a pill that costs pennies, the implications are hard to overstate.",
            "body",
            "filler",
        ),
        ("The findings offer a welcome dose of clarity for mothers.", "body", "filler"),
        ("Here is a look at two of the stories making headlines this week.", "body", "filler"),
        ("For investors, the coming weeks promise to be pivotal.", "body", "filler"),
        ("Whether buyers will pay that much remains to be seen.", "body", "filler"),
        ("One thing is crystal clear: his message deserves to be heard.", "body", "filler"),
        # a stock phrase in a claim someone made, or in a plain statement, is no padding
        ("The trial is far from over, the judge told jurors.", "body", "fabricated_fact"),
        ("The charity provides hope and shelter to families in Leeds.", "body", "fabricated_fact"),
        ("The ruling provides clarity for employers on holiday pay.", "body", "fabricated_fact"),
    ],
)
def test_added_types(text, role, kind):
    assert added_type(Sentence("x", 0, 0, len(text), text, role)) == kind


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


@pytest.mark.parametrize(
    ("suspect", "label"),
    [
        # stock emphasis on advice the source gives: a loose paraphrase, not padding
        ("If you feel ill, it's important to let the nurses know at once.", "supported"),
        # stock emphasis on advice the source never gives
        ("It's important to stay composed and listen to their concerns.", "added"),
    ],
)
def test_emphasis_on_a_source_statement_is_not_padding(suspect, label):
    source = "Tell the nursing team straight away when you feel sick. Stay at home."
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    assert [f.label for f in report.findings] == [label]


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


def test_emphasis_framing_a_claim_is_not_a_loose_paraphrase():
    report = unspun.compare(
        "It's important to note that the vaccine causes infertility in women.",
        "The vaccine was tested on women. Doctors say it is safe for women who are pregnant.",
        unspun.CheckOptions(detect=False),
    )
    assert [f.label for f in report.findings] == ["added"]


def _omitted(suspect: str, source: str) -> list[tuple[str, str]]:
    return [(o.kind, o.text) for o in unspun.compare(suspect, source).omissions]


def test_an_attribution_dropped_where_the_sentence_is_used_is_omitted():
    source = (
        "Researchers at the museum built a robot. It hands out parcels to children. "
        "However, according to researchers, it will still take many years to build a robot "
        "which would make full use of robotiquette."
    )
    suspect = (
        "Researchers at the museum built a robot. It hands out parcels to children. "
        "Building a robot that makes full use of robotiquette will still take many years."
    )
    # "researchers" is in the suspect, but not where it uses the attributed sentence
    assert ("attribution", "according to researchers") in _omitted(suspect, source)


def test_a_speaker_named_at_the_start_of_a_sentence_is_an_attribution():
    source = (
        "Dr. Oken said the new study might have shown no benefit because effects in infants "
        "are hard to measure."
    )
    suspect = (
        "The new study may have shown no benefit because effects in infants are hard to measure."
    )
    assert ("attribution", "Dr. Oken said") in _omitted(suspect, source)


@pytest.mark.parametrize(
    ("source", "suspect", "phrase"),
    [
        (
            '"We need robots that respect people," Professor Dautenhahn told BBC News Online.',
            "Professor Dautenhahn says we need robots that respect people.",
            "Professor Dautenhahn told BBC News Online",
        ),
        (
            "The video service should expand over time to cover more channels, said a Google "
            "spokesperson.",
            "The video service should expand over time to cover more channels.",
            "said a Google spokesperson",
        ),
        (
            "According to the NCI, Cologuard detects 92% of colorectal cancers.",
            "Cologuard detects 92% of colorectal cancers.",
            "According to the NCI",
        ),
        (
            "Court papers obtained by The Blast show his mother put capital into the business.",
            "Court papers show his mother put capital into the business.",
            "obtained by The Blast",
        ),
        # the speaker of "told Reuters" lost, though the outlet is kept
        (
            '"The Fed will keep raising rates," UBS economist Maury Harris told Reuters.',
            '"The Fed will keep raising rates," a Commerce Department spokesperson told Reuters.',
            "UBS economist Maury Harris told Reuters",
        ),
        # a parenthetical attribution ends at its comma
        (
            "The main cloud on the horizon, NIESR said, was the property market.",
            "The main cloud on the horizon is the property market.",
            "NIESR said",
        ),
    ],
)
def test_attributions_after_a_quote_or_turned_round_are_omitted_when_dropped(
    source, suspect, phrase
):
    assert ("attribution", phrase) in _omitted(suspect, source)


@pytest.mark.parametrize(
    ("source", "suspect"),
    [
        (
            "According to researchers, it will take many years to build such a robot.",
            "Researchers say it will take many years to build such a robot.",
        ),
        ("Prices will rise next year, said Smith on Monday.", "Smith said prices will rise."),
        (
            "The service will grow, said a Google spokesperson on Monday.",
            "A Google spokesperson said the service will grow.",
        ),
        (
            "Shares jumped 5%, after Apple reported record iPhone sales.",
            "Shares jumped 5% after record iPhone sales.",
        ),
    ],
)
def test_a_speaker_the_suspect_keeps_or_a_clause_of_time_is_no_omitted_attribution(source, suspect):
    assert not [t for k, t in _omitted(suspect, source) if k == "attribution"]


def test_a_photo_credit_inside_a_sentence_is_omitted_as_a_credit():
    source = (
        "Cuoco shared a photo from the gym on Thursday (Photo: Instagram / @normancook) and said "
        "she was on the mend after shoulder surgery."
    )
    suspect = (
        "Cuoco shared a photo from the gym on Thursday and said she was on the mend after surgery."
    )
    assert ("credit", "(Photo: Instagram / @normancook)") in _omitted(suspect, source)
    # a photographer and an agency in capitals
    source = "Mourners laid flowers in St Ann's Square on Tuesday. Andrew Yates / REUTERS"
    suspect = "Mourners laid flowers in St Ann's Square on Tuesday."
    assert ("credit", "Andrew Yates / REUTERS") in _omitted(suspect, source)


def test_a_clause_with_a_fact_left_out_of_a_used_sentence_is_an_omitted_detail():
    source = (
        "The actress stars in the drama, alongside Reese Witherspoon, Nicole Kidman and Meryl "
        "Streep, which returns to television in June."
    )
    suspect = "The actress stars in the drama, which returns to television in June."
    assert ("detail", "alongside Reese Witherspoon, Nicole Kidman and Meryl Streep") in _omitted(
        suspect, source
    )
    # a clause said in other words, with no figure or name left out, is not reported
    source = "Matsegora added it was his own point of view, and he knew of no plans."
    suspect = "Matsegora clarified that his comments were just his personal opinion, and he knew of no plans."
    assert [k for k, _ in _omitted(suspect, source)] == []


def test_a_credit_handle_is_not_carried_by_a_name_it_starts_with():
    source = (
        "(Image: Instagram/sofiarichie) With a 16 year age gap, many thought their relationship "
        "would not last."
    )
    suspect = "Sofia posted on Instagram: with a 16-year age gap, many thought it would not last."
    assert ("credit", "(Image: Instagram/sofiarichie)") in _omitted(suspect, source)


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


def test_a_quoted_term_the_source_quotes_too_is_not_invented_speech():
    source = (
        'Robots are learning lessons on "robotiquette" - how to behave socially - so they can '
        "mix better with humans, researchers at the University of Hertfordshire say."
    )
    report = unspun.compare(
        'Machines are being schooled in "robotiquette", the art of behaving politely in company.',
        source,
    )
    assert report.findings[0].label == "supported"


def test_a_credit_pattern_in_ordinary_prose_is_no_photo_credit():
    source = "Sales rose 4% in May, data from Refinitiv/Reuters showed, beating forecasts."
    suspect = "Sales rose 4% in May, Refinitiv data showed, beating forecasts."
    assert not [t for k, t in _omitted(suspect, source) if k == "credit"]


def test_a_pronoun_is_no_named_source():
    source = "She said the council would pay for the new roof by March."
    suspect = "The mayor said the council would pay for the new roof by March."
    assert not [t for k, t in _omitted(suspect, source) if k == "attribution"]


def test_a_name_kept_elsewhere_in_the_suspect_is_no_omitted_detail(seed_report):
    assert not [o for o in seed_report.omissions if o.kind == "detail" and "Kim Kyou" in o.text]


def test_a_claim_made_with_stock_commentary_is_added_as_a_claim():
    report = unspun.compare(
        "The tariff plan was announced on Monday. Mexican officials warned that the country may "
        "cut security cooperation, which could have serious implications for both countries.",
        "The tariff plan was announced on Monday by the White House.",
    )
    finding = report.findings[1]
    assert (finding.label, finding.added_type) == ("added", "fabricated_fact")


def test_added_commentary_on_the_story_is_filler_and_a_new_claim_is_a_fact():
    source = (
        "Arsenal may seek a full listing on the stock market after moving to the Emirates "
        "Stadium, vice-chairman David Dein said. The club is funding the move through a loan."
    )
    report = unspun.compare(
        "Arsenal may seek a full listing on the stock market, David Dein said. "
        "For the supporters, the stakes could hardly be higher. "
        "Arsenal will also sell its training ground to a developer from Qatar.",
        source,
    )
    assert [(f.label, f.added_type) for f in report.findings[1:]] == [
        ("added", "filler"),
        ("added", "fabricated_fact"),
    ]


_LISTING = (
    "Arsenal may seek a full listing on the stock market after moving to the Emirates "
    "Stadium, vice-chairman David Dein said. The club is funding the move through a loan."
)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # commentary: "one of" counts nothing
        (
            "The results could reshape how fans think about one of the oldest clubs in the land.",
            "filler",
        ),
        ("Analysts will be monitoring the club closely in the months after the move.", "filler"),
        # the glue of a roundup
        ("Two very different stories, but both show how fans keep moving forward.", "filler"),
        # the story weighed with a verb of being, naming nothing new
        ("The listing has become a defining test of the club's ambitions.", "filler"),
        ("For many supporters, the move remains a cautionary tale about ambition.", "filler"),
        # ... but a claim of its own, or one with a time, is a fact
        ("The club will complete the listing by next year.", None),
        # ... but a watcher named, or a turn to another story, leads to a claim
        ("The Financial Conduct Authority will be monitoring the club's share sale.", None),
        ("Here is who will buy the shares: the club's fans and its biggest sponsor.", None),
        ("Meanwhile, in the world of football, Chelsea has been sold to a Russian tycoon.", None),
        ("In other news, the club has sacked its manager.", None),
    ],
)
def test_stock_commentary_is_filler_and_a_claim_beside_it_a_fact(sentence, kind):
    report = unspun.compare(
        "Arsenal may seek a full listing on the stock market, David Dein said. " + sentence,
        _LISTING,
    )
    finding = report.findings[1]
    assert (finding.label, finding.added_type) == ("added", kind or "fabricated_fact")


def test_a_tribute_closing_the_article_is_filler():
    source = (
        "Bob Marley was born 60 years ago this week. His former press officer remembers him "
        "as an extraordinary songwriter. Marley died of cancer at 36. He still sells millions "
        "of records every year. Fans will gather in Kingston to mark the anniversary."
    )
    suspect = (
        "Bob Marley was born 60 years ago this week.\n\n"
        "His former press officer remembers an extraordinary songwriter.\n\n"
        "Marley died of cancer at just 36.\n\n"
        "Fans will gather in Kingston to mark the anniversary.\n\n"
        "His message of unity and hope feels as relevant today as it ever has."
    )
    closing = unspun.compare(suspect, source).findings[-1]
    assert (closing.label, closing.added_type) == ("added", "filler")


def test_a_short_heading_that_names_someone_is_a_claim_not_filler():
    source = (
        "Arsenal may seek a full listing on the stock market, vice-chairman David Dein said. "
        "The club is funding the move through a loan."
    )
    report = unspun.compare(
        "Arsenal Eyes a Listing\n\n"
        "Arsenal may seek a full listing on the stock market, David Dein said.\n\n"
        "Dein Quits Next Week\n\n"
        "The club is paying for the stadium move with a loan.\n\n"
        "Dein Joins Millwall",
        source,
    )
    for text in ("Dein Quits Next Week", "Dein Joins Millwall"):
        heading = next(f for f in report.findings if f.text == text)
        assert (heading.label, heading.added_type) == ("added", "fabricated_fact"), text


def test_a_month_in_a_speakers_name_is_the_name():
    source = "The plan is sound, said Prime Minister Theresa May."
    suspect = "There is a plan, and it is sound."
    assert ("attribution", "said Prime Minister Theresa May") in _omitted(suspect, source)


def test_a_heading_added_inside_the_article_is_filler():
    source = (
        "Arsenal may seek a full listing on the stock market after moving to the Emirates "
        "Stadium, vice-chairman David Dein said. The club is funding the move through a loan."
    )
    report = unspun.compare(
        "Arsenal Eyes a Listing\n\n"
        "Arsenal may seek a full listing on the stock market, David Dein said.\n\n"
        "The Catch\n\n"
        "The club is paying for the stadium move with a loan.",
        source,
    )
    heading = next(f for f in report.findings if f.text == "The Catch")
    assert (heading.label, heading.added_type) == ("added", "filler")


@pytest.mark.parametrize(
    "aside",
    [
        "Here's everything you need to know about the club's budget.",
        "Watch this space, supporters!",
        "Here is who deserves the credit.",
    ],
)
def test_an_aside_to_the_reader_is_added_filler_not_a_loose_paraphrase(aside):
    source = (
        "The club will spend more on players next season after a poor campaign, its chairman "
        "said. Supporters were told the budget would double."
    )
    report = unspun.compare(
        "The club will spend more on players next season, its chairman said. " + aside, source
    )
    assert (report.findings[1].label, report.findings[1].added_type) == ("added", "filler")


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


def test_a_generic_you_or_a_hedged_claim_is_no_aside_or_commentary():
    source = (
        "The app allows patients to order repeat prescriptions and book GP appointments "
        "online. The town hall will close next year."
    )
    report = unspun.compare(
        "With it, you can order repeat medicines and arrange to see a doctor over the "
        "internet. The building may be sold to a housing developer.",
        source,
    )
    assert report.findings[0].label == "supported"
    assert (report.findings[1].label, report.findings[1].added_type) == (
        "added",
        "fabricated_fact",
    )


def test_the_writers_framing_of_the_story_is_filler_not_a_loose_paraphrase():
    source = (
        "Retail sales rose 1.2% in December, the Commerce Department said. Sales for the year "
        "topped $4 trillion for the first time. Analysts said the strong figures were unlikely "
        "to change the Federal Reserve's policy of raising interest rates. Shoppers spent "
        "heavily on either side of Christmas, retailers said."
    )
    suspect = (
        "Retail sales climbed 1.2% in December, the Commerce Department said.\n\n"
        "For retailers, the strong sales figures offer a measure of reassurance heading into "
        "the new year.\n\n"
        "With roughly a month of heavy spending around Christmas, shoppers kept retailers busy."
        "\n\nAnnual sales passed $4 trillion for the first time.\n\n"
        "Analysts said the numbers were unlikely to change the Federal Reserve's rate policy."
        "\n\nEither way, shoppers will keep everyone guessing about the year ahead."
    )
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    labels = {f.text.split(",")[0]: (f.label, f.added_type) for f in report.findings}
    assert labels["For retailers"] == ("added", "filler")  # opens with a frame
    assert labels["Either way"] == ("added", "filler")  # and closes the article
    # a scene set for a fact, not a forecast: a paraphrase
    assert labels["With roughly a month of heavy spending around Christmas"] == ("supported", None)


def test_a_formula_to_the_reader_is_filler_even_where_it_shares_the_source_words():
    source = (
        "The company plans to expand into the space between its rivals. "
        '"We are hoping to occupy the space in-between," he added.'
    )
    report = unspun.compare("The company plans to expand.\n\nWatch this space!", source)
    formula = report.findings[-1]
    assert formula.similarity >= 0.46  # as close as an aligned sentence
    assert (formula.label, formula.added_type) == ("added", "filler")


def test_a_headline_word_the_rewrite_writes_in_lower_case_is_no_name():
    source = (
        "But several experts said they would continue to support taking DHA in pregnancy. "
        "Longer-term studies of the children are under way. The new study found no benefit "
        "at 18 months."
    )
    headline = "Experts Say Expectant Mothers Can Keep Taking the Supplement"
    body = "Experts will keep backing DHA for expectant mothers."
    first = unspun.compare(f"{headline}\n\n{body}", source).findings[0]
    assert first.label == "supported"
    # the same headline over a body that never says it is read with its capitals
    alone = unspun.compare(f"{headline}\n\nThe study found no benefit at 18 months.", source)
    assert alone.findings[0].label == "added"


def test_a_heading_that_states_nothing_is_filler_even_close_to_a_source_line():
    source = (
        "Doctors hope that by catching cancer early it is easier to treat. The catch is cost. "
        "The test is being commercialised by a start-up for wider use. Trials begin next year."
    )
    suspect = (
        "Doctors hope catching cancer early makes it easier to treat.\n\n"
        "The Catch\n\n"
        "Cost is the problem.\n\n"
        "A start-up is commercialising the test for wider use."
    )
    findings = {f.text: f for f in unspun.compare(suspect, source).findings}
    catch = findings["The Catch"]
    assert catch.similarity >= 0.46  # as close as an aligned sentence
    assert (catch.label, catch.added_type) == ("added", "filler")


def test_a_heading_the_source_has_too_is_supported():
    source = "Prices rose again.\n\nWider Context\n\nThe rise follows a poor harvest."
    suspect = "Prices climbed again.\n\nWider Context\n\nThe rise comes after a poor harvest."
    heading = unspun.compare(suspect, source).findings[1]
    assert (heading.text, heading.label) == ("Wider Context", "supported")


@pytest.mark.parametrize(
    ("heading", "says"),
    [
        ("The Catch", False),
        ("Spending by the Numbers", False),
        ("What About Those Scary Animal Studies?", False),
        ("Why It Actually Makes Sense", False),
        ("What This Means", False),
        ("4) Is everything on track?", False),
        ("Why the Bank Cut Rates", True),
        ("When Police Opened Fire", True),
        ("What We Know So Far", False),
        ("Who Is Affected", False),
        ("Where Things Stand", False),
        ("Dein Quits Next Week", True),
        ("It Is Headed for the Market", True),
        ("Google Unveils TV Search Tool", True),
        ("Recession Confirmed", True),
        ("Council to Close Library", True),
        ("BREAKING: QUEEN DIES", True),
        ("What to Know", False),
        ("Things to Watch", False),
        ("Read More", False),
        ("THE CATCH", False),
    ],
)
def test_a_heading_states_something_when_it_has_a_finite_verb(heading, says):
    from unspun.audit.added import states_something

    assert states_something(Sentence("s", 1, 0, len(heading), heading, "headline")) is says


_RECESSION = (
    "Britain's economy shrank in the three months to June, official figures showed on Friday, "
    "putting the country in recession. Police in Leeds are hunting a gunman. Legacy carriers "
    "and older full-service airlines are losing passengers to budget rivals. Consumers in the "
    "US spent heavily over the holidays. The figures mark a significant rise in spending."
)


@pytest.mark.parametrize(
    "heading", ["Britain in Recession", "Leeds Gunman Hunt", "Spending Rises Significantly"]
)
def test_a_heading_that_restates_the_story_is_no_signpost(heading):
    suspect = (
        "Britain's economy shrank in the three months to June, figures showed.\n\n"
        f"{heading}\n\nThe country is now in recession."
    )
    finding = next(f for f in unspun.compare(suspect, _RECESSION).findings if f.text == heading)
    assert finding.label == "supported", heading


def test_an_invented_heading_that_says_something_is_a_claim():
    suspect = (
        "Britain's economy shrank in the three months to June, figures showed.\n\n"
        "Sunak to Quit\n\nThe country is now in recession."
    )
    heading = unspun.compare(suspect, _RECESSION).findings[1]
    assert (heading.label, heading.added_type) == ("added", "fabricated_fact")


def test_a_heading_that_changes_a_source_line_is_altered_not_a_signpost():
    suspect = (
        "Britain's economy shrank in the three months to June, figures showed.\n\n"
        "Gunman Hunt in Bradford\n\nPolice are hunting a gunman."
    )
    heading = unspun.compare(suspect, _RECESSION).findings[1]
    assert heading.label == "altered" and heading.changes


def test_a_title_block_is_no_heading_inside_the_article():
    suspect = "Economy\n\nUK Now in Recession\n\nBritain's economy shrank in the three months."
    title = unspun.compare(suspect, _RECESSION).findings[1]
    assert (title.text, title.added_type) == ("UK Now in Recession", None)


@pytest.mark.parametrize(
    ("sentence", "closing", "frames"),
    [
        ("Either way, the study is sure to reignite the debate.", False, True),
        ("As the battle heats up, viewers look set to be the biggest winners.", False, True),
        ("The decision underscores the growing tension between the two.", False, True),
        ("Still, we will have to wait and see.", False, True),
        ("As the holidays arrived, US consumers splurged in stores.", False, False),  # not "us"
        ("The figures mark a significant rise in spending.", False, False),
        ("The report highlights the risks of an always-on connection.", False, False),
        ("Legacy airlines are feeling the squeeze from budget rivals.", True, False),
        ("Meanwhile, the central bank held rates steady last month.", False, False),
        ("Meanwhile, the bank will likely cut rates, officials said.", False, False),
    ],
)
def test_framing_is_the_writers_frame_not_a_fact(sentence, closing, frames):
    from unspun.audit.added import framing

    assert framing(Sentence("s", 3, 0, len(sentence), sentence, "body"), closing=closing) is frames


@pytest.mark.parametrize("line", ["Stay tuned.", '"Watch this space," he said.'])
def test_a_formula_the_source_has_too_is_supported(line):
    source = f"The club is considering a new stadium, its chairman said.\n\n{line}"
    suspect = f"The club is considering a new stadium, its chairman said.\n\n{line}"
    assert unspun.compare(suspect, source).findings[-1].label == "supported"


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
