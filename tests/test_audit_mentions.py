"""Mentions (audit/mentions.py): names and figures a sentence has that its source never mentions."""

from unspun.audit import new_specifics
from unspun.audit.forms import TextForms, article_forms

# --- new specifics: names and figures the source never mentions ---------------------------


def test_new_specifics_ignores_the_first_word_and_known_names():
    article = article_forms("The mayor of Springfield opened the bridge in 2021 with 40 guests.")
    assert new_specifics("Officials said the Springfield bridge opened in 2021.", article) == []
    assert new_specifics("The bridge cost Shelbyville $3 million.", article) == [
        "Shelbyville",
        "3",
    ]
    assert new_specifics("The bridge opened with 45 guests.", article) == ["45"]
    # after a dash that opens the text proper, a capital starts a sentence, not a name
    assert new_specifics("Springfield News -- Officials opened the bridge.", article) == ["News"]


def test_a_hedged_round_figure_of_the_article_is_no_new_specific():
    article = article_forms(
        "The team looked at 21,372 women treated from 1988 to 2011. Sales rose on Feb. 9."
    )
    assert new_specifics("They tracked more than 21,000 women.", article) == []
    # a figure in the thousands is too particular to be met by chance, whatever it counts
    assert new_specifics("They tracked more than 21,000 patients.", article) == []
    # said plainly, the round figure is not the source's
    assert new_specifics("They tracked 21,000 women.", article) == ["21,000"]
    # a small figure is met by chance: "less than 10 percent" is no rounding of "Feb. 9"
    assert new_specifics("It sold less than 10 percent of its stock.", article) == ["10"]


def test_a_lone_digit_with_a_unit_is_a_new_figure():
    article = article_forms("Shares in the exchange fell in Frankfurt trading on Monday.")
    assert new_specifics("Shares fell 2% in Frankfurt trading.", article) == ["2"]
    assert new_specifics("The deal is worth 5 million euros.", article) == ["5"]
    # a count said in passing is left to the entity check
    assert new_specifics("Shares fell in 2 sessions in Frankfurt.", article) == []


def test_a_name_the_source_gives_by_its_initials_is_no_new_specific():
    cdc = TextForms.of("follow cdc recommended steps if you are sick")
    named = "The Centers for Disease Control and Prevention has issued guidelines."
    assert new_specifics(named, cdc) == []
    non_us = TextForms.of("this guide is intended for use in non us clinics")
    assert new_specifics("It is meant for clinics outside the United States.", non_us) == []
    other = TextForms.of("follow who recommended steps if you are sick")
    assert new_specifics(named, other) == ["Centers", "Disease", "Control", "Prevention"]


def test_known_alias_is_not_a_new_name():
    article = article_forms("The Senate agreed a relief package for the coronavirus pandemic.")
    assert new_specifics("The Senate agreed a package for the COVID-19 pandemic.", article) == []


def test_the_pronoun_us_is_not_the_country():
    told = article_forms("They told us that china had acted. Officials said it was a mistake.")
    written = article_forms("U.S. officials said china had acted.")
    sentence = "The United States must hold China accountable for this act."
    assert new_specifics(sentence, told) == ["United", "States"]
    assert new_specifics(sentence, written) == []


def test_names_said_another_way_in_news():
    article = article_forms(
        "Economy focus for election: britain's economic future will be at the heart of labour's "
        "campaign, chancellor gordon brown said after the last meeting at no 10. Meanwhile the "
        "tories outlined plans on yob culture and the lib dems gave details on council tax. "
        "Debra hill, best known for the 70s horror classic halloween, has died."
    )
    for sentence in (
        "Gordon Brown spoke after the last meeting at Downing Street.",
        "The Conservative Party set out its plans and the Liberal Democrats spoke on council tax.",
        "Hill was known for the iconic 70s horror film Halloween.",
        "Chancellor Gordon Brown said the economy would be at the heart of the campaign.",
    ):
        assert new_specifics(sentence, article) == [], sentence
    assert new_specifics("Gordon Brown later spoke at Chequers.", article) == ["Chequers"]


def test_text_lower_cased_upstream_names_by_its_words_no_everyday_english_has():
    # no capitals to read names by: a word no everyday English has, absent from the source
    from unspun.audit.forms import article_forms
    from unspun.audit.mentions import new_specifics

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


def test_the_pronoun_us_in_the_source_does_not_name_the_us_in_an_added_sentence():
    source = "Police said the protesters marched past the embassy. 'Let us through,' they shouted."
    suspect = "Police said the protesters marched past the US embassy on Sunday."
    assert new_specifics(suspect, article_forms(source)) == ["US"]
    assert new_specifics(suspect, article_forms(source + " The US embassy was shut.")) == []


def test_a_name_made_a_modifier_is_read_without_its_ending():
    article = article_forms("The clan is staging a Pop Idol type competition to find members.")
    assert (
        new_specifics("The clan runs a Pop Idol-style contest to recruit members.", article) == []
    )
    # a name the source never gives is still one, whatever its ending
    assert new_specifics("The clan runs an X Factor-style contest.", article) == ["Factor-style"]
