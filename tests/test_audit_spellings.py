"""Spellings (audit/spellings.py): when two spellings name one person or place."""

import pytest

from unspun.audit.spellings import one_name


@pytest.mark.parametrize(
    ("name", "other", "text", "one"),
    [
        # short forms: a cut to the first letters, a contraction, a people for its place
        ("Hibs", "Hibernian", "", True),
        ("Bey", "Beyoncé", "", True),
        ("Assn", "Association", "", True),
        ("Afghan", "Afghanistan", "", True),
        ("Calif", "California", "in Sacramento, Calif., on Monday", True),
        ("Greg Abbott", "Gregory Abbott", "", True),
        # a few letters more make another name; a state is not cut into a county
        ("Harris", "Harrison", "", False),
        ("Kamala Harris", "Kamala Harrison", "", False),
        ("Kent", "Kentucky", "", False),
        ("Kent", "Kentucky", "The storm hit Kent.", False),
    ],
)
def test_one_name_is_strict_about_short_forms(name, other, text, one):
    assert one_name(name, other, text) is one
    assert one_name(other, name, text) is one


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Maria", "Mario"),
        ("Julia", "Julian"),
        ("Martin", "Martina"),
        ("Daniel", "Daniela"),
        ("Christian", "Christina"),
        ("Roberto", "Roberta"),
        ("Paul", "Paula"),
        ("Martin Lopez", "Martina Lopez"),
        ("Julia Roberts", "Julian Roberts"),
        # an "e" for an "i" in the last syllable sounds alike but writes another name
        ("Frances", "Francis"),
        ("Austen", "Austin"),
        ("Frances Smith", "Francis Smith"),
    ],
)
def test_two_given_names_an_ending_apart_are_two_names(name, other):
    assert one_name(name, other, "") is False
    assert one_name(other, name, "") is False
    assert one_name(name, other, "", given=True) is False


@pytest.mark.parametrize(
    ("name", "other"),
    [("Mohammad", "Mohammed"), ("Hussein", "Hussain"), ("Zelenskiy", "Zelensky")],
)
def test_another_vowel_of_a_transliteration_is_still_one_name(name, other):
    assert one_name(name, other, "") is True


@pytest.mark.parametrize(
    ("name", "other", "text"),
    [
        ("Belgian", "Belgium", ""),
        ("Italian", "Italy", ""),
        ("Nigerian", "Nigeria", ""),
        ("Kenyan", "Kenya", ""),
        ("Russian", "Russia", ""),
        ("Brazilian", "Brazil", ""),
        ("Canadian", "Canada", ""),
        ("Mexican", "Mexico", ""),
        ("Israeli", "Israel", ""),
        ("Texan", "Texas", ""),
        ("Afghan", "Afghanistan", ""),
        ("Scots", "Scotland", ""),
        ("Scottish", "Scotland", ""),
        ("Scots", "Scottish", ""),
        # a place the gazetteer lacks, written as a place in the text
        ("Puerto Rican", "Puerto Rico", "The storm hit homes in Puerto Rico."),
    ],
)
def test_a_people_and_its_place_are_one_name(name, other, text):
    assert one_name(name, other, text) is True
    assert one_name(other, name, text) is True


@pytest.mark.parametrize(
    ("name", "other", "text", "one"),
    [
        # a given name cut on its own, where the text gives the person's full name
        ("Greg", "Gregory", "Gregory Abbott signed the bill.", True),
        ("Chris", "Christopher", "Christopher Wray spoke.", True),
        # ... or the full name opens with the cut: the given name in full is that person
        ("Greg", "Gregory", "Greg Abbott signed the bill.", True),
        ("Gregory", "Greg Abbott", "Greg Abbott signed the bill.", True),
        ("Bob", "Robert", "", True),
        # no full name: "Gregory" may be a surname
        ("Greg", "Gregory", "", False),
        # an ending apart, or a surname the text gives, is another name
        ("Martin", "Martina", "Martina Navratilova won.", False),
        ("Harris", "Harrison", "Harrison Ford met Kamala Harris.", False),
        ("Robin", "Robinson", "Robin Williams met Anne Robinson.", False),
        ("Harrison", "Harris", "George Harrison played.", False),
        # a name and the "son" that makes a surname of it, even where the text gives it first
        ("Harris", "Harrison", "Harrison Ford attended.", False),
        ("Jack", "Jackson", "Jackson Browne sang.", False),
        # a longer name the text never gives as a given name is no form of a short one
        ("Robin", "Robinson", "Robin Williams spoke.", False),
    ],
)
def test_a_given_name_cut_alone_is_one_name_where_the_text_gives_the_full_name(
    name, other, text, one
):
    assert one_name(name, other, text) is one
    assert one_name(other, name, text) is one
