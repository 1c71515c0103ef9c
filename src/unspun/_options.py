"""Checks the option dataclasses run when made: a value that cannot work is refused at
once, naming the option, rather than ignored or failing deep inside a check."""

from __future__ import annotations

import math
from numbers import Integral, Real

__all__ = ["require_flag", "require_number"]


def require_number(
    owner: object,
    name: str,
    low: float,
    high: float = math.inf,
    *,
    integer: bool = False,
    open_low: bool = False,
    open_high: bool = False,
) -> None:
    """``owner.name`` must be a number (an integer if asked) between ``low`` and ``high``."""
    value = getattr(owner, name)
    where = f"{type(owner).__name__}.{name}"
    kind = "an integer" if integer else "a number"
    if isinstance(value, bool) or not isinstance(value, Integral if integer else Real):
        raise TypeError(f"{where} must be {kind}, not {type(value).__name__} {value!r}")
    number = float(value)
    below = number <= low if open_low else number < low
    above = number >= high if open_high else number > high
    if below or above or math.isnan(number):
        left = "(" if open_low else "["
        right = ")" if open_high or high == math.inf else "]"
        raise ValueError(f"{where} must be {kind} in {left}{low}, {high}{right}, not {value!r}")


def require_flag(owner: object, name: str) -> None:
    """``owner.name`` must be True or False (a string such as "no" would read as true)."""
    value = getattr(owner, name)
    if not isinstance(value, bool):
        raise TypeError(
            f"{type(owner).__name__}.{name} must be True or False, not {type(value).__name__} "
            f"{value!r}"
        )
