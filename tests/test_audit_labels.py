"""Sentence labels (audit/labels.py): loose paraphrases and emphasis supported; far sentences, asides and signposts added."""

import pytest

import unspun

SOURCE = (
    "The city council met on Tuesday to discuss the new bridge. "
    "Engineers told the council that the old bridge is unsafe for heavy trucks. "
    "The council voted to close the old bridge to trucks until repairs are finished. "
    "Repairs are expected to take about six months."
)


def _second(suspect: str, **audit):
    from dataclasses import replace

    options = unspun.CheckOptions(detect=False)
    options = replace(options, audit=replace(options.audit, **audit))
    first = "The city council met on Tuesday to discuss the new bridge. "
    return unspun.compare(first + suspect, SOURCE, options).findings[1]


LOOSE = "Because heavy lorries put the ageing span at risk, councillors shut it to them."


def test_loose_paraphrase_is_supported_with_its_nearest_source_lines():
    finding = _second(LOOSE)
    assert 0.3 <= finding.similarity < 0.46  # below alignment, above added_similarity
    assert finding.label == "supported"
    assert finding.note.startswith("loosely supported")
    assert finding.source_sentences and finding.source_indices
    # the threshold is an option: at the alignment threshold the same sentence is added
    assert _second(LOOSE, added_similarity=0.46).label == "added"


def test_loose_sentence_naming_what_the_source_never_mentions_stays_added():
    finding = _second(LOOSE.replace("councillors", "Mayor Alvarez and councillors"))
    assert 0.3 <= finding.similarity < 0.46
    assert finding.label == "added"
    assert finding.added_type == "fabricated_fact"


def test_far_sentence_stays_added():
    finding = _second("Governor Alvarez promised the state would pay for a replacement bridge.")
    assert finding.label == "added"


def test_emphasis_around_a_source_statement_is_not_filler():
    source = "Wash your hands with soap and water for at least 20 seconds to prevent infection."
    suspect = (
        "It is important to wash your hands with soap and water for at least 20 seconds to "
        "prevent infection."
    )
    finding = unspun.compare(suspect, source, unspun.CheckOptions(detect=False)).findings[0]
    assert finding.label == "supported"
    padding = "It remains to be seen whether hand washing will prevent infection."
    finding = unspun.compare(padding, source, unspun.CheckOptions(detect=False)).findings[0]
    assert finding.added_type == "filler"


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


def test_emphasis_framing_a_claim_is_not_a_loose_paraphrase():
    report = unspun.compare(
        "It's important to note that the vaccine causes infertility in women.",
        "The vaccine was tested on women. Doctors say it is safe for women who are pregnant.",
        unspun.CheckOptions(detect=False),
    )
    assert [f.label for f in report.findings] == ["added"]


def test_a_frame_around_a_claim_drawn_from_the_source_is_not_padding():
    source = (
        "All figures in this report are based on public data at the time of publication. "
        "Some of the information may be out of date. The council spent 4 million pounds on roads."
    )
    framed = (
        "It is important to note that any figures mentioned in this report were accurate at "
        "the time of publication and may since have changed."
    )
    report = unspun.compare(framed, source, unspun.CheckOptions(detect=False))
    assert [f.label for f in report.findings] == ["supported"]


# --- loose paraphrases: a quoted term the source has, the rewrite's lower case ------------


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


# --- added however close: asides, framing and formulas to the reader ----------------------


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


@pytest.mark.parametrize("line", ["Stay tuned.", '"Watch this space," he said.'])
def test_a_formula_the_source_has_too_is_supported(line):
    source = f"The club is considering a new stadium, its chairman said.\n\n{line}"
    suspect = f"The club is considering a new stadium, its chairman said.\n\n{line}"
    assert unspun.compare(suspect, source).findings[-1].label == "supported"


# --- headings inside the article: signposts in context ------------------------------------


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


WATER = (
    "Water company to cut bills after summer of failures\n\n"
    "The regional water company said on Monday that it would cut the bills of 40,000 "
    "customers in the county after a summer of supply failures that left homes without water "
    "for days. Engineers traced most of the failures to a pumping station near Millbrook that "
    "had not been upgraded since the 1970s, the company's chief executive told a meeting of "
    "councillors. The station will be replaced by 2026 at a cost of £30 million, paid for by "
    "shareholders rather than customers, the company added. Councillors welcomed the refund "
    "but said households deserved an apology."
)
WATER_BODY = (
    "The regional water company will cut the bills of 40,000 customers in the county after a "
    "summer of supply failures left homes without water for days, it said on Monday. "
    "Engineers blamed most of the failures on a pumping station near Millbrook that had not "
    "been upgraded since the 1970s, the chief executive told councillors. Councillors "
    "welcomed the refund but said households deserved an apology."
)
STANDFIRST = "Thousands left with dry taps will see smaller charges as investors fund the fix"


def _title_block(standfirst: str, body: str = WATER_BODY) -> list[unspun.Finding]:
    suspect = f"Water Firm Cuts Bills After Summer of Outages\n\n{standfirst}\n\n{body}"
    return list(unspun.compare(suspect, WATER, unspun.CheckOptions(detect=False)).findings)


def test_a_standfirst_summing_up_several_source_lines_is_supported():
    # each source line it draws on says only part of it (best similarity under
    # added_similarity); read together, they say it all
    standfirst = _title_block(STANDFIRST)[1]
    assert standfirst.role == "headline" and standfirst.similarity < 0.30
    assert standfirst.label == "supported" and standfirst.note.startswith("loosely")


def test_a_standfirst_naming_what_the_source_never_says_stays_added():
    named = STANDFIRST.replace("Thousands", "Thousands in Ashbury")
    assert _title_block(named)[1].label == "added"


def test_the_same_summing_up_inside_the_body_is_not_read_as_a_title():
    body = f"{WATER_BODY} {STANDFIRST}."
    assert _title_block("Bills cut for 40,000 customers", body)[-1].label == "added"


def test_a_title_block_is_no_heading_inside_the_article():
    suspect = "Economy\n\nUK Now in Recession\n\nBritain's economy shrank in the three months."
    title = unspun.compare(suspect, _RECESSION).findings[1]
    assert (title.text, title.added_type) == ("UK Now in Recession", None)


# --- a headline of a story the source does not tell ---------------------------------------

AWARD = (
    "Maria Lopez has celebrated her Oscar win by wearing a shirt with a joke slogan. The "
    "61-year-old actress took the best actress award for her role in The Long Road at the "
    "Academy Awards on Sunday. Hours later, Lopez went back to work on her television series, "
    "where colleagues gave her the shirt. She shared a picture of it online, standing next "
    "to her Oscar."
)
AWARD_BODY = (
    "Maria Lopez, the 61-year-old actress, took the best actress award for her role in The "
    "Long Road at the Academy Awards on Sunday. Hours later, Lopez went back to work on her "
    "television series, where colleagues gave her the shirt."
)


def _headline(head: str, more: str = "") -> unspun.Finding:
    suspect = f"{head}\n\n{AWARD_BODY}{more}"
    return unspun.compare(suspect, AWARD, unspun.CheckOptions(detect=False)).findings[0]


@pytest.mark.xfail(
    strict=True,
    reason="a rule for this (session 16: a headline word the source never uses that the body "
    "repeats in an added sentence) flagged 5 of 5 supported headlines of the dev content-farm "
    "cases, and was taken out",
)
def test_a_headline_of_an_event_only_the_suspect_tells_is_added():
    # the names are the source's, the boycott is not: the body carries it on, in a
    # sentence the source does not support
    more = (
        " Lopez has boycotted the Oscars ceremony after a public snub by the Academy."
        " Her boycott is part of a wider campaign against ageism in Hollywood, she told fans."
    )
    finding = _headline("Maria Lopez boycotts the Oscars after controversial snub", more)
    assert finding.role == "headline"
    assert finding.label == "added" and finding.added_type == "fabricated_fact"


@pytest.mark.parametrize(
    ("head", "more"),
    [
        # a headline's own words, not carried on
        ("Maria Lopez Marks Oscar Victory With Cheeky Shirt", ""),
        # carried on only where the source supports it
        (
            "Maria Lopez marks her Oscar victory with a cheeky shirt",
            " The cheeky shirt was a gift from her colleagues. She posed in the cheeky shirt "
            "next to her Oscar.",
        ),
    ],
)
def test_a_headline_in_its_own_words_is_supported(head, more):
    finding = _headline(head, more)
    assert finding.role == "headline" and finding.label == "supported"


def test_a_headline_in_the_rewrite_s_word_for_the_source_s_is_supported():
    # "blaze" for "fire", in the headline and through the body: where the source supports
    # it, and in one sentence it does not ("Residents said the blaze ...")
    source = (
        "Fire destroys factory in Leeds\n\n"
        "A fire destroyed a textile factory in Leeds on Sunday night, the fire service said. "
        "Forty firefighters fought the fire for six hours. "
        "The factory employed 200 people."
    )
    suspect = (
        "Blaze guts textile plant in Leeds\n\n"
        "A blaze destroyed a textile factory in Leeds on Sunday night, the fire service said. "
        "Forty firefighters battled the blaze for six hours. "
        "The factory employed 200 people. "
        "Residents said the blaze was a shock to the whole community."
    )
    findings = unspun.compare(suspect, source, unspun.CheckOptions(detect=False)).findings
    assert [f.label for f in findings] == [
        "supported",
        "supported",
        "supported",
        "supported",
        "added",
    ]


@pytest.mark.parametrize(
    ("closing", "label"),
    [
        # the source's own forecast in other words: a loose paraphrase
        ("It remains unknown whether the ban will change consumer habits.", "supported"),
        # a forecast the source never makes closes the article: the writer's framing
        ("Nobody yet knows if the ban will reshape the habits of shoppers.", "added"),
    ],
)
def test_a_closing_forecast_the_source_makes_is_no_framing(closing, label):
    source = (
        "The city will ban plastic bags from May, the council said. Shops that break the rule "
        "face fines of up to 500 pounds. The council said the ban was needed to cut litter. "
        "Experts say they are not sure the ban will change how people shop."
    )
    suspect = (
        "Plastic bags will be banned in the city from May, the council said.\n\n"
        "Shops breaking the rule could be fined up to 500 pounds.\n\n"
        "According to the council, the ban is needed to reduce litter.\n\n" + closing
    )
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    assert report.findings[-1].label == label


_TITLED_TEXT = (
    "The Tories say plans to extend pub opening times should be put on hold until binge "
    "drinking is under control.\n\nSpokesman David Davis said ministers had failed to make "
    "his party aware of concern among senior police."
)


def test_a_headline_may_restate_the_source_title_kept_apart_from_its_text():
    suspect = "Conservatives oppose plans for 24-hour drinking\n\n" + _TITLED_TEXT
    bare = unspun.compare(suspect, _TITLED_TEXT)
    titled = unspun.compare(
        suspect,
        unspun.Article(id="src", text=_TITLED_TEXT, title="Tories opposing 24-hour drinking"),
    )
    assert bare.findings[0].label == "added"
    assert titled.findings[0].label == "supported"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Tories back 24-hour drinking", "Tories oppose 24-hour drinking"),
        (
            "Council approves new 24-hour drinking plans",
            "Council rejects new 24-hour drinking plans",
        ),
    ],
)
def test_a_headline_that_turns_the_source_title_round_does_not_restate_it(headline, title):
    suspect = headline + "\n\n" + _TITLED_TEXT
    titled = unspun.compare(suspect, unspun.Article(id="src", text=_TITLED_TEXT, title=title))
    assert titled.findings[0].label != "supported"


def test_a_headline_naming_what_neither_title_nor_text_gives_stays_added():
    suspect = "Labour backs plans for 48-hour drinking\n\n" + _TITLED_TEXT
    titled = unspun.compare(
        suspect,
        unspun.Article(id="src", text=_TITLED_TEXT, title="Tories opposing 24-hour drinking"),
    )
    assert titled.findings[0].label != "supported"


def test_a_headline_far_from_the_text_restates_the_title_it_paraphrases():
    text = (
        "Top seed Lindsay Davenport booked her place in the last 16 of the Australian Open "
        "with a convincing 6-2 6-4 win over Nicole Vaidisova of the Czech Republic."
    )
    suspect = "Davenport overpowers teenage challenger\n\n" + text
    titled = unspun.compare(
        suspect, unspun.Article(id="src", text=text, title="Davenport dismantles young rival")
    )
    assert titled.findings[0].label == "supported"
    assert "restates the source's headline" in titled.findings[0].note
    assert unspun.compare(suspect, text).findings[0].label == "added"


def test_a_headline_aligned_to_the_text_may_name_what_the_title_names():
    text = (
        "The battle for control of Manchester United has taken another turn after the club "
        "confirmed it had received a fresh takeover approach from US tycoon Malcolm Glazer."
    )
    suspect = "Malcolm Glazer's fresh Man Utd approach: what it means\n\n" + text
    titled = unspun.compare(
        suspect, unspun.Article(id="src", text=text, title="Q&A: Malcolm Glazer and Man Utd")
    )
    assert titled.findings[0].changes == ()


VOTE_SOURCE = (
    "The city council met on Tuesday to discuss the new bridge. "
    "The mayor said the council does not rule out a second vote on the bridge next year."
)


def test_a_loose_paraphrase_that_asserts_the_denied_word_is_a_flipped_negation():
    # loosely worded, so a dropped "not" alone is not judged; but "have ruled out" asserts
    # the very word the source denies ("does not rule out")
    flipped = (
        "The city council met on Tuesday to discuss the new bridge. According to the mayor, "
        "councillors have ruled out holding another bridge vote next year."
    )
    finding = unspun.compare(flipped, VOTE_SOURCE, unspun.CheckOptions(detect=False)).findings[1]
    assert finding.similarity < 0.85
    assert finding.label == "altered"
    assert [c.type for c in finding.changes] == ["negation"]
    kept = flipped.replace("have ruled", "have not ruled")
    finding = unspun.compare(kept, VOTE_SOURCE, unspun.CheckOptions(detect=False)).findings[1]
    assert finding.label == "supported"


def test_a_headline_that_drops_the_titles_not_does_not_restate_it():
    suspect = "Tories back 24-hour drinking\n\n" + _TITLED_TEXT
    titled = unspun.compare(
        suspect,
        unspun.Article(id="src", text=_TITLED_TEXT, title="Tories will not back 24-hour drinking"),
    )
    assert titled.findings[0].label != "supported"


@pytest.mark.parametrize(
    ("suspect", "source"),
    [
        (
            "Police said two people had died in the fire.",
            "Police said no one had died in the fire.",
        ),
        (
            "Three of the passengers were injured, the airline said.",
            "None of the passengers were injured, the airline said.",
        ),
        ("Two matches were played on Sunday.", "No matches were played on Sunday."),
    ],
)
def test_a_count_put_where_the_source_says_none_is_a_flip_however_loose(suspect, source):
    finding = unspun.compare(suspect, source, unspun.CheckOptions(detect=False)).findings[0]
    assert finding.label == "altered"
    assert "negation" in {c.type for c in finding.changes}


def test_a_count_of_something_else_beside_the_kept_zero_is_no_flip():
    report = unspun.compare(
        "Police said two people had been questioned, but no one had died in the fire.",
        "Police said no one had died in the fire.",
        unspun.CheckOptions(detect=False),
    )
    assert "negation" not in {c.type for f in report.findings for c in f.changes}
