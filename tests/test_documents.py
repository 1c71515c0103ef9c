import pytest

from unspun.documents import normalise, split_sentences, word_count


def test_spans_index_the_text_exactly(seed_rewrite):
    sentences = split_sentences(seed_rewrite, "x")
    assert sentences
    for s in sentences:
        assert seed_rewrite[s.start : s.end] == s.text
    assert [s.index for s in sentences] == list(range(len(sentences)))


def test_news_roles():
    text = (
        "published : 2023-09-05\n\n"
        "Ministers Meet Over Port Deal\n\n"
        "A photo of the minister at the port. Taken with a Canon EOS R camera.\n\n"
        "The minister met U.S. officials on Monday. Gen. Smith said talks went well.\n\n"
        "Copyright © 2023 Example News, LLC."
    )
    got = [(s.role, s.text) for s in split_sentences(text)]
    assert got == [
        ("dateline", "published : 2023-09-05"),
        ("headline", "Ministers Meet Over Port Deal"),
        ("caption", "A photo of the minister at the port."),
        ("caption", "Taken with a Canon EOS R camera."),
        ("body", "The minister met U.S. officials on Monday."),
        ("body", "Gen. Smith said talks went well."),
        ("credit", "Copyright © 2023 Example News, LLC."),
    ]


def test_abbreviations_and_decimals_do_not_split():
    text = "Mr. Lee paid $3.5 million to the U.S. Treasury on Jan. 4. He left."
    assert [s.text for s in split_sentences(text)] == [
        "Mr. Lee paid $3.5 million to the U.S. Treasury on Jan. 4.",
        "He left.",
    ]


def test_a_line_too_long_for_pysbd_still_keeps_titles_and_initials():
    # a transcript scraped as one paragraph: over 5,000 characters, split by the plain rule
    sentence = "Mr. Smith met Dr. Jones in Washington, D.C. on Monday to discuss the U.S. budget."
    line = " ".join([sentence] * 70)
    assert len(line) > 5000
    assert [s.text for s in split_sentences(line)] == [sentence] * 70


def test_normalise_and_word_count():
    assert normalise("“Quote”\u00a0 here’s") == '"Quote" here\'s'
    assert word_count("It's three words") == 3


def test_non_ascii_sentence_starts_and_cjk_ends():
    assert [s.text for s in split_sentences("Путин встретился с Кимом. Встреча прошла.")] == [
        "Путин встретился с Кимом.",
        "Встреча прошла.",
    ]
    assert len(split_sentences("He spoke. Élodie Martin agreed.")) == 2
    assert len(split_sentences("北京今天下雨。明天会晴。")) == 2


def test_hard_wrapped_text_splits_like_the_unwrapped_text(seed_rewrite):
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in seed_rewrite.split("\n\n"))
    got = split_sentences(wrapped)
    assert len(got) == len(split_sentences(seed_rewrite))
    assert all(wrapped[s.start : s.end] == s.text for s in got)


def test_sentences_glued_without_a_space_are_split():
    text = "The group is targeting them.This is part of the anguish. Arsenal vs.Chelsea ended 2-1."
    got = [s.text for s in split_sentences(text)]
    assert got == [
        "The group is targeting them.",
        "This is part of the anguish.",
        "Arsenal vs.Chelsea ended 2-1.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cuts could come in 2016/17.The Police Federation said funding was at risk.",
            ["Cuts could come in 2016/17.", "The Police Federation said funding was at risk."],
        ),
        (
            'We need volunteers more and more."I would love to see counters manned.',
            ['We need volunteers more and more."', "I would love to see counters manned."],
        ),
        (
            "It was released, according to NBC.Trump's campaign did not respond.",
            ["It was released, according to NBC.", "Trump's campaign did not respond."],
        ),
        ("U.S.Treasury bonds rose.", ["U.S.Treasury bonds rose."]),
        ("See NASA.Gov for the schedule.", ["See NASA.Gov for the schedule."]),
        ("Yahoo!News reported it.", ["Yahoo!News reported it."]),
    ],
)
def test_sentences_glued_after_a_figure_an_acronym_or_before_i_are_split(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_a_line_glued_on_with_no_stop_is_split_where_a_sentence_opens():
    text = (
        "Media playback is not supported on this deviceThe 22-year-old won gold. "
        "If they're not clean, they're not welcomeThe committee said on Sunday it would act. "
        "LinkedIn The Hague office and McThey stay whole."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Media playback is not supported on this device",
        "The 22-year-old won gold.",
        "If they're not clean, they're not welcome",
        "The committee said on Sunday it would act.",
        "LinkedIn The Hague office and McThey stay whole.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Follow @jackThe author on X for more.",
        "Tagged #newsThe story spread fast.",
        "See example.com/homeThe page loads.",
    ],
)
def test_no_bare_glue_cut_inside_a_handle_or_a_link(text):
    assert [s.text for s in split_sentences(text)] == [text]


def test_a_line_glued_on_after_a_quote_left_open_is_split():
    text = "\"If they're not clean, they're not welcomeThe committee said on Sunday it would act."
    assert [s.text for s in split_sentences(text)] == [
        "\"If they're not clean, they're not welcome",
        "The committee said on Sunday it would act.",
    ]


def test_glued_titles_stay_with_their_names():
    got = [s.text for s in split_sentences("Gov.Newsom signed the bill. Prof.Smith agreed.")]
    assert got == ["Gov.Newsom signed the bill.", "Prof.Smith agreed."]


def test_lower_cased_text_splits_at_its_stops():
    text = (
        "experts say cases rose in may. dr. smith said the u.s. figures lag. "
        "testing is free etc. and quick. wear a mask."
    )
    assert [s.text for s in split_sentences(text)] == [
        "experts say cases rose in may.",
        "dr. smith said the u.s. figures lag.",
        "testing is free etc. and quick.",
        "wear a mask.",
    ]


def test_a_lower_case_word_after_a_stop_in_cased_text_is_no_new_sentence():
    text = "The U.S. team won. Shares of Acme Inc. rose 5%. it was odd, he said."
    assert len(split_sentences(text)) == 3


def test_a_paragraph_opening_with_a_dateline_is_prose():
    text = (
        "Wednesday April 29, 2020 - HealthDay News: Doctors warn of a rare disease in children. "
        "It has now reached the United States. Hospitals are preparing."
    )
    sentences = split_sentences(text)
    assert [s.role for s in sentences] == ["body", "body", "body"]


def test_bylines_are_short_unpunctuated_lines():
    text = "Wednesday, March 4, 2020\n\nBy John Smith, BBC News\n\nBy Monday, the bill had passed."
    assert [s.role for s in split_sentences(text)] == ["dateline", "byline", "body"]
    for line in ("By Friday, officials had evacuated 20,000 people", "By The Numbers"):
        assert split_sentences(f"Title\n\n{line}\n\nText.")[1].role != "byline"


def test_a_dateline_with_short_forms_stays_a_dateline():
    for line in ("Updated Jan. 5, 2024 at 3:15 p.m. ET", "Published: Sept. 12, 2023 5:00 a.m. PT"):
        assert split_sentences(f"Title\n\n{line}\n\nText.")[1].role == "dateline"


@pytest.mark.parametrize(
    "line",
    [
        "Tuesday 5 September 2023 12.00 BST",
        "Tuesday, 5 September 2023",
        "5 September 2023",
        "5 Sept. 2023, 14:30 GMT",
    ],
)
def test_a_day_first_dateline_is_a_dateline(line):
    assert split_sentences(f"Title\n\n{line}\n\nText.")[1].role == "dateline"


def test_a_day_first_dateline_needs_a_month():
    assert split_sentences("Title\n\n3 Marvels 2024\n\nText.")[1].role != "dateline"


def test_a_long_run_on_sentence_is_not_cut_at_titles():
    text = (
        "The deal "
        + "was signed by Mr. Smith and by Dr. Jones in Boston with others " * 10
        + "today."
    )
    assert [s.text for s in split_sentences(text)] == [text]


def test_lower_cased_sentences_ending_in_a_figure_split():
    text = "the death toll rose to 25. officials said more would die. smith & co. said so."
    assert [s.text for s in split_sentences(text)] == [
        "the death toll rose to 25.",
        "officials said more would die.",
        "smith & co. said so.",
    ]


def test_a_quote_left_open_does_not_swallow_the_paragraph():
    text = (
        '"EPIC SHOWDOWN: Clinton vs. Obama in a debate! Get ready for a battle! The stage is set '
        'in Austin as Sens. Clinton and Obama face off. One said it was "historic". And more.'
    )
    assert len(split_sentences(text)) == 5


def test_a_sentence_after_a_closed_quote_is_split_off():
    # pysbd keeps these together once an ellipsis comes later in the paragraph
    text = (
        "“I hurt it a year ago, so I planned the surgery for after our wedding. Right, babe?”  "
        "“Just brilliant, hun,” chimed in Cook, who was in the room.  "
        "“No horses for a while,” she added. “Time to lay low, thanks for the love!”  "
        "The actress said she is in a cast.  "
        "“I tried running… I refuse to do it,” she said."
    )
    assert [s.text for s in split_sentences(text)] == [
        "“I hurt it a year ago, so I planned the surgery for after our wedding. Right, babe?”",
        "“Just brilliant, hun,” chimed in Cook, who was in the room.",
        "“No horses for a while,” she added.",
        "“Time to lay low, thanks for the love!”",
        "The actress said she is in a cast.",
        "“I tried running… I refuse to do it,” she said.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The mayor said it was a day to "come together."  Thousands paused at 2:30 p.m.',
            ['The mayor said it was a day to "come together."', "Thousands paused at 2:30 p.m."],
        ),
        (
            "A note cited the sermon: \"As a bishop said 'there is power in love.'\"  A girl "
            "cries as she looks at the tributes.",
            [
                "A note cited the sermon: \"As a bishop said 'there is power in love.'\"",
                "A girl cries as she looks at the tributes.",
            ],
        ),
        ("He met Mr.  Smith on Monday.", ["He met Mr.  Smith on Monday."]),
    ],
)
def test_paragraphs_joined_by_two_spaces_after_a_quote_are_split(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_a_closing_quote_stays_with_the_sentence_it_closes():
    text = (
        # pysbd puts the quote mark after "feeling." at the start of the next sentence
        'He said: "I had a whole career by 40. "Now I can branch out into other things...it '
        'is a liberating feeling." Mr Hague added that he may have misjudged his ambition. '
        '"Maybe I was not as ambitious as I thought."'
    )
    assert [s.text for s in split_sentences(text)] == [
        'He said: "I had a whole career by 40.',
        '"Now I can branch out into other things...it is a liberating feeling."',
        "Mr Hague added that he may have misjudged his ambition.",
        '"Maybe I was not as ambitious as I thought."',
    ]


def test_a_quote_running_on_over_paragraphs_on_one_line_is_split_where_each_opens():
    text = (
        '"Television has been the driving force... but we must improve to remain the leading '
        'competition. "We must monitor the quality of the product. "I think we have reached '
        'saturation point."'
    )
    assert [s.text for s in split_sentences(text)] == [
        '"Television has been the driving force... but we must improve to remain the leading '
        "competition.",
        '"We must monitor the quality of the product.',
        '"I think we have reached saturation point."',
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith said: “We are done. It is over.”",
        "He said the U.S. “Will win the war.”",
        "The sign on the door read “Closed.”",
    ],
)
def test_a_quote_of_its_own_sentences_stays_whole(text):
    assert [s.text for s in split_sentences(text)] == [text]


def test_an_ellipsis_stays_with_its_sentence():
    text = "The US said that almost 1... Then it fell."
    assert [s.text for s in split_sentences(text)] == [
        "The US said that almost 1...",
        "Then it fell.",
    ]


def test_lines_without_words_are_no_sentences():
    text = "-----------\nSenate passes the bill\n☠️☠️☠️\nIt passed 60 to 40."
    sentences = split_sentences(text)
    assert [(s.role, s.text) for s in sentences] == [
        ("headline", "Senate passes the bill"),
        ("body", "It passed 60 to 40."),
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_reference_marks_after_a_stop_end_the_sentence():
    text = 'The code was "Black Tie".[43] The Queen came.[44][45] She left. See [1] Smith.'
    assert [s.text for s in split_sentences(text)] == [
        'The code was "Black Tie".[43]',
        "The Queen came.[44][45]",
        "She left.",
        "See [1] Smith.",
    ]


def test_lower_cased_text_with_acronyms_still_splits():
    text = (
        "if you wear a mask you are safer from COVID-19. the WHO says masks are no substitute "
        "for washing hands. the CDC and the NIH agree on COVID-19 advice."
    )
    assert len(split_sentences(text)) == 3


@pytest.mark.parametrize(
    ("text", "dateline", "first"),
    [
        (
            "LONDON, March 3 (Reuters) - Shares fell 2%.",
            "LONDON, March 3 (Reuters)",
            "Shares fell 2%.",
        ),
        ("NEW YORK — A fire broke out.", "NEW YORK", "A fire broke out."),
        ("ST. LOUIS -- A storm hit.", "ST. LOUIS", "A storm hit."),
        ("Seoul, Sept 4 (Wire) - Officials met.", "Seoul, Sept 4 (Wire)", "Officials met."),
        (
            "TUESDAY, Aug. 7, 2018 (HealthDay News) -- Patients may accept the organ.",
            "TUESDAY, Aug. 7, 2018 (HealthDay News)",
            "Patients may accept the organ.",
        ),
        ("Jan. 4, 2013 -- A new study may help.", "Jan. 4, 2013", "A new study may help."),
        (
            "New Rochelle, NY, June 19, 2017-A pilot study found high compliance.",
            "New Rochelle, NY, June 19, 2017",
            "A pilot study found high compliance.",
        ),
        # the day before the month, as British and European wires write it
        (
            "LANCASTER, 3 March 2024 - The Environment Agency said the defences held.",
            "LANCASTER, 3 March 2024",
            "The Environment Agency said the defences held.",
        ),
        ("Paris, 3 May (AFP) - The talks ended.", "Paris, 3 May (AFP)", "The talks ended."),
        ("4 January 2013 - A new study may help.", "4 January 2013", "A new study may help."),
        # an undated dateline before a sentence that opens with a date
        (
            "WASHINGTON (AP) — Jan. 6 rioters were sentenced on Monday.",
            "WASHINGTON (AP)",
            "Jan. 6 rioters were sentenced on Monday.",
        ),
        ("LONDON - 3 May was the day of the vote.", "LONDON", "3 May was the day of the vote."),
        # a town and its state, as press releases open
        ("New York, NY - Psoriasis symptoms eased.", "New York, NY", "Psoriasis symptoms eased."),
        (
            "Worcester, Mass. - When the drugs failed, doctors tried.",
            "Worcester, Mass.",
            "When the drugs failed, doctors tried.",
        ),
        ("Boston, MA-- The drug works.", "Boston, MA", "The drug works."),
        (
            "Washington, DC - September 18, 2018 - An international team found it.",
            "Washington, DC - September 18, 2018",
            "An international team found it.",
        ),
    ],
)
def test_a_wire_dateline_opening_a_paragraph_is_its_own_line(text, dateline, first):
    sentences = split_sentences("Headline\n\n" + text)
    assert [(s.role, s.text) for s in sentences[1:3]] == [("dateline", dateline), ("body", first)]


@pytest.mark.parametrize(
    "text",
    [
        "US - China trade talks resumed.",
        "Meanwhile - the council said no.",
        "June 19, 2017-era rules apply.",
        "March 1, 2020-March 5, 2020 was the study period.",
        "3 March 2024 - 5 April 2024: the exhibition ran for a month.",
        "Paris, 3 May - 5 June: the exhibition ran for a month.",
        "London, 3 March 2024 - 5 April 2024: the show ran.",
        "Labour, 3 Mayors - the party won the city halls.",
        "On Jan. 4, 2013 -- a Friday -- the vote passed.",
        # a photo caption's marker, not a place
        "FILE - In this Jan. 11, 2018 file photo, Katie Couric poses in the press room.",
        "Smith, Jones - The two firms merged.",
    ],
)
def test_a_dash_after_initials_or_a_word_is_no_dateline(text):
    assert [s.role for s in split_sentences(text)] == ["body"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WASHINGTON\u00a0- The vote passed.",
            [("dateline", "WASHINGTON"), ("body", "The vote passed.")],
        ),
        (
            "WASHINGTON-- The senate voted.",
            [("dateline", "WASHINGTON"), ("body", "The senate voted.")],
        ),
        (". Hello world. Then more.", [("body", "Hello world."), ("body", "Then more.")]),
    ],
)
def test_dashes_and_stray_stops_stay_out_of_sentences(text, expected):
    assert [(s.role, s.text) for s in split_sentences(text)] == expected


def test_a_cased_line_full_of_acronyms_is_not_read_as_lower_cased():
    text = (
        "The NBA and NHL players from the USA earned about 30 pts. in the ESPN and CBS poll, "
        "beating the NFL and MLB stars from the UK and EU by a wide margin in the ABC survey."
    )
    assert len(split_sentences(text)) == 1


def test_the_sentence_over_a_camera_line_is_a_caption():
    text = (
        "Vitamins give babies no boost\n\n"
        "A pregnant woman holds a bottle of vitamins at a pharmacy counter. "
        "Captured on a Canon EOS 5D Mark IV.\n\n"
        "Salmon fillets on display at a fish market\n"
        "Photographed with a Leica SL2.\n\n"
        "Researchers said little. The study looked at 2,000 babies. Taken with a Nikon D850 "
        "camera the photos were sold."
    )
    roles = [(s.text[:20], s.role) for s in split_sentences(text)]
    assert roles == [
        ("Vitamins give babies", "headline"),
        ("A pregnant woman hol", "caption"),
        ("Captured on a Canon ", "caption"),
        ("Salmon fillets on di", "caption"),
        ("Photographed with a ", "caption"),
        ("Researchers said lit", "body"),
        ("The study looked at ", "body"),  # prose: it does not open its line
        ("Taken with a Nikon D", "body"),
    ]


def test_a_camera_line_may_open_with_photo_or_image():
    text = (
        "Retail sales rise\n\n"
        "Shoppers carry bags past a row of storefronts. Image taken with a Canon EOS 90D.\n\n"
        "Surgeons guide a catheter toward the heart. Photo taken with a Canon EOS 5D Mark IV.\n\n"
        "Sales rose 1.2% in December."
    )
    roles = [(s.text[:20], s.role) for s in split_sentences(text)]
    assert roles == [
        ("Retail sales rise", "headline"),
        ("Shoppers carry bags ", "caption"),
        ("Image taken with a C", "caption"),
        ("Surgeons guide a cat", "caption"),
        ("Photo taken with a C", "caption"),
        ("Sales rose 1.2% in D", "body"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # prose that mentions a camera is no camera line under a caption
        "A man was shot outside a shop on Briggate on Saturday. The moment was captured on a "
        "doorbell camera by a neighbour, police said.",
        "Google launched the Pixel 8 handset with a $699 price tag. Its new 50-megapixel "
        "sensor powers the Pixel 8 camera.",
    ],
)
def test_a_sentence_before_prose_about_a_camera_is_no_caption(paragraph):
    assert [s.role for s in split_sentences("Title\n\n" + paragraph)][1:] == ["body", "body"]


def test_a_paragraph_about_a_picture_is_prose_not_a_caption():
    text = (
        "Title\n\n"
        "The picture shows the singer's daughter, who has been dating him since last summer, "
        'stretched out on the deck, with the ocean spread out in front of them. "Could be '
        "worse,\" he wrote alongside the shot. The couple's dog also makes a cameo in the snap."
    )
    roles = [s.role for s in split_sentences(text)]
    assert roles[1:] == ["body", "body", "body"]
    short = "Title\n\nThe picture shows the singer's daughter on the deck. She posted it on Sunday."
    assert [s.role for s in split_sentences(short)][1:] == ["body", "body"]
    caption = "Title\n\nA photo of the singer on the deck. Taken with a Nikon D850 camera."
    assert [s.role for s in split_sentences(caption)][1:] == ["caption", "caption"]


def test_a_town_and_state_further_down_the_article_is_no_dateline():
    text = "The study was published on Monday.\n\nNew York, NY - The next trial starts in May."
    assert [s.role for s in split_sentences(text)] == ["body", "body"]


def test_a_date_further_down_the_article_is_a_timeline_entry_not_a_dateline():
    text = "Timeline\n\nThe virus spread fast.\n\nMarch 11, 2020 — The WHO declares a pandemic."
    assert [s.role for s in split_sentences(text)] == ["headline", "body", "body"]


@pytest.mark.parametrize("between", ["😀 ", "🇺🇸 ", "\u202e", "\u200f"])
def test_an_emoji_or_direction_mark_opening_a_sentence_does_not_glue_it_to_the_last(between):
    text = f"The council met on Tuesday. {between}It voted on the budget."
    assert [s.text for s in split_sentences(text)] == [
        "The council met on Tuesday.",
        f"{between}It voted on the budget.",
    ]


def test_a_dated_lede_of_one_sentence_is_a_dateline_then_prose():
    text = (
        "Apples may help\n\nTUESDAY, April 12, 2011 (HealthDay News) -- Eating apples every "
        "day may lower your cholesterol, a new study suggests.\n\nThe researchers met."
    )
    assert [(s.role, s.text) for s in split_sentences(text)[1:3]] == [
        ("dateline", "TUESDAY, April 12, 2011 (HealthDay News)"),
        ("body", "Eating apples every day may lower your cholesterol, a new study suggests."),
    ]


@pytest.mark.parametrize(
    "stamp",
    [
        "Published: Jan. 4, 2024 - Last updated Jan. 5, 2024",
        "Posted Jan 5, 2024 — Updated on Jan 6, 2024",
        "Updated March 3, 2024 -- Originally published March 2, 2024.",
        "Monday, March 4, 2024 - Page last updated at 10:32 GMT",
    ],
)
def test_a_time_stamp_with_a_second_stamp_after_a_dash_stays_a_dateline(stamp):
    text = f"Bridge closed after storm\n\n{stamp}\n\nThe mayor said the bridge carries 40,000 cars."
    assert [(s.role, s.text) for s in split_sentences(text)][1] == ("dateline", stamp)


@pytest.mark.parametrize(
    ("line", "item"),
    [
        # pysbd cuts "1." off its item; the number is layout, like a bullet
        (
            "1. An engineer who is also a doctor led the team",
            "An engineer who is also a doctor led the team",
        ),
        ("2) FIT: Fewer Hoops to Jump Through", "FIT: Fewer Hoops to Jump Through"),
        ('12. "We came a long way," she joked.', '"We came a long way," she joked.'),
    ],
)
def test_a_list_items_number_is_no_sentence_and_no_part_of_one(line, item):
    text = f"The study was small.\n\n{line}\n\nIt ran for 4. Then it stopped.\n"
    sentences = split_sentences(text)
    assert [s.text for s in sentences][1] == item
    assert all(text[s.start : s.end] == s.text for s in sentences)
    # a figure inside a sentence is no list number
    assert "It ran for 4." in [s.text for s in sentences]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("(Photo by Jane Doe/Getty Images)", "credit"),
        ("Video courtesy of NASA", "credit"),
        ("This article originally appeared on The Conversation.", "credit"),
        ("This article was first published in the New York Times.", "credit"),
        ("Written by John Smith", "byline"),
        ("Image caption The plant employs 300 people", "caption"),
        ("Credit: John Smith", "credit"),
        ("(AP Photo/Teresa Crawford)", "credit"),
        ("REUTERS/Nacho Doce", "credit"),
        ("Source: National Institute of Neurological Disorders and Stroke", "credit"),
        ("Follow Dave Lee on Twitter @DaveLeeBBC", "credit"),
        ("(Getty Images)", "credit"),
        # prose that only looks like them
        ("Photos by the dozen were posted online.", "body"),
        ("The story first appeared in 1990 in a local paper and was retold.", "body"),
        ("Source: the study found that the bridge is safe.", "body"),
        ("Follow the money, he said.", "body"),
    ],
)
def test_credit_byline_and_caption_lines_scraped_with_their_labels(line, role):
    text = f"Council Approves Bridge Plan\n\nThe council approved the plan.\n\n{line}"
    assert split_sentences(text)[-1].role == role
