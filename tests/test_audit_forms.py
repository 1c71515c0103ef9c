"""A text's words in the forms the checks look them up in (audit/forms.py)."""

from unspun.audit.forms import _cased, everyday_word, title_case
from unspun.documents import Sentence


def test_cased_and_title_case_text_are_told_apart():
    assert not _cased("Original band members bryan ferry and phil manzanera will play. It sold.")
    assert _cased("Dr. Zipes, past president of the American College of Cardiology, said so.")
    assert title_case("Rubio Unleashes Shocking Attack On Clinton's Radical Abortion Stance")
    assert not title_case("Rubio used a question on abortion to attack Clinton on Monday.")


def test_inflected_everyday_words_are_everyday_but_compound_names_are_not():
    assert all(map(everyday_word, ["sharper", "scoops", "roundup", "breakout", "careless"]))
    assert not any(map(everyday_word, ["snapchat", "blackrock", "greenpeace", "airbnb"]))


def test_common_words_are_read_from_the_packaged_vocabulary():
    from unspun.models import common_words

    words = common_words()
    assert {"careless", "business", "breakthrough"} <= words
    assert "airbnb" not in words and all(w.islower() for w in words)


# --- a title-case headline read as the sentence it would be (sentence_case) ---------------


def test_a_title_case_headline_restating_the_story_is_not_a_list_of_new_names():
    from unspun.audit.forms import article_forms, sentence_case
    from unspun.audit.mentions import new_specifics

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
    from unspun.audit.forms import article_forms, sentence_case
    from unspun.audit.mentions import new_specifics

    article = article_forms("E-mail users who click on spam keep the spam industry alive.")
    headline = "Careless Clicks Keep Spam Gangs in Business"
    sentence = Sentence("s", 0, 0, len(headline), headline, "headline")
    assert new_specifics(sentence_case(sentence, article), article) == []


def test_a_headline_verb_is_no_new_name():
    from unspun.audit.forms import article_forms, sentence_case
    from unspun.audit.mentions import new_specifics

    article = article_forms("The regulator said foreign issuers would get another year.")
    headline = "Regulator Says Foreign Issuers Get Another Year"
    sentence = Sentence("s", 0, 0, len(headline), headline, "headline")
    assert new_specifics(headline, article)  # "Says": the source has only "said"
    assert new_specifics(sentence_case(sentence, article), article) == []
    # a headline in capitals keeps them
    shouted = "BREAKING NEWS: REGULATOR SAYS ISSUERS GET ANOTHER YEAR"
    sentence = Sentence("s", 0, 0, len(shouted), shouted, "headline")
    assert sentence_case(sentence, article) == shouted


def test_a_texts_forms_are_read_once_and_shared():
    from unspun.audit.forms import TextForms

    text = "The Centers for Disease Control said 40 people fell ill."
    forms = TextForms.of(text)
    assert TextForms.of(text) is forms
    assert "cdc" in forms.acronyms and "40" in forms.numbers
