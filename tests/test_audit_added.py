"""Added sentences (audit/added.py): why a sentence with no source counterpart is there."""

import pytest

import unspun
from unspun.audit import added_type
from unspun.audit.added import weighs_only
from unspun.audit.forms import TextForms
from unspun.documents import Sentence

# --- the type: caption, camera line, filler, quoted speech or a fact ----------------------


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
        # a quote that runs over two sentences: each part is a quote
        ("Janney said: “We need to change the culture of Hollywood.", "body", "fabricated_quote"),
        ("We need more older actors to be given a chance to shine.”", "body", "fabricated_quote"),
        ('This is a clear case of discrimination in Hollywood."', "body", "fabricated_quote"),
        ('The 55" TV costs more than the old one did last year.', "body", "fabricated_fact"),
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


# --- commentary that states no fact is filler; a claim beside it is a fact ----------------


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


# --- framing: the writer's frame around the story -----------------------------------------


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
        # a roundup turning to its next story
        (
            "Meanwhile, in the world of medicine, researchers have found a better tool.",
            False,
            True,
        ),
        ("In the world of competitive gaming, a different talent search is on.", False, True),
        ("The world of medicine moved on.", False, False),
        # the health page's closing advice
        ("Patients weighing surgery should talk to their doctors about it.", True, True),
        ("Still, anyone considering aspirin should talk to their doctor first.", False, True),
        ("Patients weighing surgery should talk to their doctors about it.", False, False),
    ],
)
def test_framing_is_the_writers_frame_not_a_fact(sentence, closing, frames):
    from unspun.audit.added import framing

    assert framing(Sentence("s", 3, 0, len(sentence), sentence, "body"), closing=closing) is frames


def test_a_forecast_the_source_makes_is_no_framing_of_the_writers():
    from unspun.audit.added import framing

    sentence = "It is unclear whether the ban will change how people shop."
    line = Sentence("s", 3, 0, len(sentence), sentence, "body")
    assert framing(line, closing=True) is True
    near = "Experts are not sure the ban will change how people shop."
    assert framing(line, closing=True, near=near) is False
    # the writer's own forecast beside a source line that does not make it
    assert framing(line, closing=True, near="The ban starts in May.") is True
    advice = "Patients should talk to their doctor before they start."
    line = Sentence("s", 3, 0, len(advice), advice, "body")
    assert framing(line, closing=True) is True
    # the source's own advice, said again
    assert framing(line, closing=True, near="Patients should talk to their doctor first.") is False


def test_a_significant_number_is_an_amount_not_a_weighing():
    from unspun.audit.added import framing

    sentence = "With a significant number of staff off sick, shops are short of hands."
    line = Sentence("s", 3, 0, len(sentence), sentence, "body")
    assert framing(line, closing=True) is False
    weighed = "With staff off sick, the week is significant for shops."
    assert framing(Sentence("s", 3, 0, len(weighed), weighed, "body"), closing=True) is True


# --- headings inside the article: filler unless they say something ------------------------


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


def test_a_weight_the_source_gives_in_another_word_is_no_framing():
    from unspun.audit.added import framing

    sentence = "Every business has a crucial role to play in slowing the spread."
    line = Sentence("s", 3, 0, len(sentence), sentence, "body")
    # "crucial" for the source's "key": the source weighs it so
    near = "All businesses have a key role to play in slowing the spread."
    assert framing(line, closing=True, near=near) is False
    # a source line that weighs nothing leaves the weighing the writer's
    assert framing(line, closing=True, near="Businesses must slow the spread.") is True


# --- the writer weighing the story, in words loosely like the source's -------------------

_ENRON = (
    "Enron's former bankers have agreed to pay $2.2bn to settle claims by shareholders. "
    "The deal is the fourth major settlement negotiated by lawyers who filed a class action "
    "on behalf of Enron's shareholders. The University of California said a trial of the "
    "claims against the other banks is scheduled to begin in October 2006. "
    "The energy firm collapsed in 2001."
)


def _third_sentence(sentence: str) -> tuple[str, str | None]:
    suspect = (
        "Enron's former bankers will pay $2.2bn to settle shareholder claims. "
        "The deal is the fourth big settlement won by the shareholders' lawyers. "
        f"{sentence} The energy firm went under in 2001."
    )
    finding = unspun.compare(suspect, _ENRON, unspun.CheckOptions(detect=False)).findings[2]
    return finding.label, finding.added_type


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the story itself weighed, only loosely in the source's words: padding
        (
            "The coming trial will show whether the other banks will also be made to pay.",
            ("added", "filler"),
        ),
        ("This is a remarkable turn for shareholders of the failed firm.", ("added", "filler")),
        # a claim about the world or a party, however loosely worded, paraphrases the source
        ("Shareholders of the failed firm are the big winners.", ("supported", None)),
        (
            "The other banks will also be made to pay, the coming trial will show.",
            ("supported", None),
        ),
    ],
)
def test_loose_weighing_of_the_story_is_filler_and_a_loose_claim_is_supported(sentence, expected):
    assert _third_sentence(sentence) == expected


@pytest.mark.parametrize(
    ("text", "weighs"),
    [
        ("The coming trial will show whether the banks will also be made to pay.", True),
        ("Both stories show how decisions made far away can shape young lives.", True),
        ("This is exciting news for pop culture lovers everywhere.", True),
        # "a deeply personal one" counts nothing; an open "whether" is the story's question
        ("For now, the decision remains a deeply personal one.", True),
        ("Whether the banks can win over the court may prove as decisive as the deal.", True),
        # about a person or a thing in the world, not the story
        ("She is determined to land the part.", False),
        ("Regular handwashing is a proven and effective way to prevent disease.", False),
        # a second clause reports an event; "there are" says something exists
        ("The ruling was a blow, and the club then sold its ground.", False),
        ("There are plenty of choices adults can make.", False),
        # a report says things
        ("The source adds that the singer is finding it difficult.", False),
    ],
)
def test_weighs_only_reads_what_a_sentence_speaks_of(text, weighs):
    sentence = Sentence("s", 1, 0, len(text), text, "body")
    article = TextForms.of("The trial of the banks begins in October, the court said.")
    assert weighs_only(sentence, article) is weighs
