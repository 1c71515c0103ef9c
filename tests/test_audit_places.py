"""Which places contain or stand for which (audit/places.py)."""

from unspun.audit.places import swappable_places


def test_the_place_guards_survive_odd_names():
    assert not swappable_places("the ", "Dallas", "Dallas is big.")
    # names ending in a full stop are still found close together
    assert not swappable_places("U.S.", "Dallas", "The U.S. city of Dallas is big.")
