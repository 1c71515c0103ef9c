"""A text's words in the forms the checks look them up in (audit/forms.py)."""

from unspun.audit.forms import _cased, everyday_word, title_case


def test_cased_and_title_case_text_are_told_apart():
    assert not _cased("Original band members bryan ferry and phil manzanera will play. It sold.")
    assert _cased("Dr. Zipes, past president of the American College of Cardiology, said so.")
    assert title_case("Rubio Unleashes Shocking Attack On Clinton's Radical Abortion Stance")
    assert not title_case("Rubio used a question on abortion to attack Clinton on Monday.")


def test_inflected_everyday_words_are_everyday_but_compound_names_are_not():
    assert all(map(everyday_word, ["sharper", "scoops", "roundup", "breakout", "careless"]))
    assert not any(map(everyday_word, ["snapchat", "blackrock", "greenpeace", "airbnb"]))
