"""Entities, figures and dates: what a suspect sentence names that its source does not.

For each entity ``tagging`` finds in a suspect sentence that ``mentions`` cannot find in the
aligned source, the source's entity of the same kind it stands in place of (its rival) makes
the change: "Lavrov" for "Shoigu" (``entity``), "$27bn" for "$17bn" (``number``),
"Tuesday" for "Monday" (``date``), "Lyon" for "Paris" (``location``). What is no change is
ruled out here: a name a headline styles, a vaguer figure, the same time said another way, a
name spelled out for a pronoun. When two spellings are one name is in ``spellings``; how two
times compare in ``dates``; which places contain or stand for which in ``places``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from rapidfuzz.distance import Levenshtein
from spacy.lang.en.stop_words import STOP_WORDS

from ..documents import Sentence
from ..results import Change, Span
from .dates import (
    CALENDAR_WORDS,
    anniversary_of,
    date_class,
    day_offset,
    same_day,
    same_duration,
    time_anchor,
    time_units,
    year_by_offset,
    year_left_unsaid,
)
from .forms import (
    GLUED_FIGURE,
    HEADLINE_VERBS,
    TextForms,
    everyday_word,
    sentence_case,
    title_case,
)
from .mentions import GENERIC_HEADS, alias_in, given_word, may_name_new, mentioned, new_names
from .numbers import (
    DIGITS,
    FIRST_FIGURE,
    NUMBER_WORDS,
    PRECISE_NUMBER_WORDS,
    approximates,
    decade_years,
    derived_figure,
    numbers_in,
    ratio_share,
    share_alone,
    share_approximates,
)
from .places import (
    in_a_state,
    inside,
    region,
    swappable_places,
)
from .spellings import TITLES, initials_of, one_given_name, one_given_name_in
from .tagging import KIND, EntityTagger, TaggedEntity
from .text import key

__all__ = ["entity_changes", "may_change_entities"]


def _flipped_time(
    ent: TaggedEntity, source_ents: list[TaggedEntity], local: TextForms
) -> TaggedEntity | None:
    """The source's relative time that the suspect's points the other way ("last week" for
    "this week"), when these source sentences never say the suspect's own; else None."""
    units = time_units(ent.text)
    anchor = time_anchor(ent.text)
    if not units or anchor is None:
        return None
    for unit in units:  # the suspect's time, said the same way round in these sentences
        for found in re.finditer(rf"\b{re.escape(unit)}\w*", local.key):
            around = local.key[max(0, found.start() - 25) : found.end() + 10]
            if time_anchor(around) == anchor:
                return None
    for rival in source_ents:
        theirs = time_anchor(rival.text)
        if (
            KIND[rival.label] == "date"
            and theirs is not None
            and theirs != anchor
            and time_units(rival.text) == units
            and not same_duration(ent.text, rival.text)
            and not numbers_in(ent.text) ^ numbers_in(rival.text)
        ):
            return rival
    return None


def _reported_kind(ent: TaggedEntity, kind: str) -> str:
    """The change type a changed entity reports: an age ("27-year-old", tagged a date) or a
    score ("52-45") is a number. A length of time stays a date, as the issue defines it."""
    if kind == "date" and (_AGE.search(ent.text) or _SCORE.fullmatch(ent.text.strip())):
        return "number"
    return kind


def _bare_figure(text: str) -> bool:
    """A figure alone, the tagger's date for an age given as "aged 57": no calendar word,
    no year."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return (
        bool(numbers_in(text)) and not words & CALENDAR_WORDS and not re.search(r"\b\d{4}\b", text)
    )


_SCORE = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}")


_AGE = re.compile(r"\b\d+[-\s]years?[-\s]old\b|\baged?\s+\d+\b", re.IGNORECASE)


# a count of a list's items, not a figure the story gives ("10 Celebrities Whose ...",
# "5 things you need to know")
_LIST_COUNT = re.compile(
    r"\s+(?:things|ways|reasons|facts|takeaways|questions|tips|lessons|signs|celebrities|"
    r"stories|moments|secrets|changes)\b",
    re.IGNORECASE,
)


def _idiom(text: str, start: int, end: int, headline: bool = False) -> bool:
    """Is the time or figure at ``text[start:end]`` part of an idiom, not a fact? "could one
    day" (some time), a listicle's count, or a list item's number ("6) A new fund")."""
    said = text[start:end].lower()
    before = text[:start]
    if said in ("one day", "some day") and re.search(
        r"\b(could|may|might|will|would|should|can|hope\s+to)\s+$", before, re.IGNORECASE
    ):
        return True
    if not re.fullmatch(r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten", said):
        return False
    if not before.strip() and text[end : end + 1] == ")":
        return True  # "6) A new £1bn fund": a list item's number
    # "here are 5 things you need to know", "The 10 Celebrities Whose ...": a listicle's count
    # and in a headline, after its colon ("Forget the Feed: 10 Celebrities ...")
    framed = re.search(r"(?:\bhere\s+are|\bthese|\btop|^(?:the)?)\s*$", before, re.IGNORECASE) or (
        headline and re.search(r"[:—–]\s*(?:the\s+)?$", before, re.IGNORECASE)
    )
    return bool(framed) and bool(_LIST_COUNT.match(text, end))


def _vague(ent: TaggedEntity) -> bool:
    """A time or amount too loose to contradict anything: 'daily', 'hundreds', 'many'."""
    kind = KIND[ent.label]
    if kind == "date":
        return date_class(ent.text) == "vague"
    if kind == "number":
        words = set(re.findall(r"[a-z]+", ent.text.lower()))
        return not DIGITS.search(ent.text) and not words & PRECISE_NUMBER_WORDS
    return False


def _decade_in(ent: TaggedEntity, suspect: Sentence, article: TextForms) -> bool:
    """Is ``ent`` a decade written short ("70s horror") that the article gives?"""
    at, end = ent.start - suspect.start, ent.end - suspect.start
    years = [y for start, y in decade_years(suspect.text).items() if at <= start < end]
    return bool(years) and all(y in article.numbers for y in years)


def _defined_here(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` an abbreviation the sentence defines ("healthcare workers
    (HCWs)")? It names nothing new: its expansion, just before it, is judged word by word."""
    name = text[start:end]
    if not (text[start - 1 : start] == "(" and text[end : end + 1] == ")"):
        return False
    letters = re.sub(r"s$", "", name).lower()
    if not name[:1].isupper() or not letters.isalpha() or len(letters) < 2:
        return False
    words = re.findall(r"[a-z]+", text[: start - 1].lower())[-len(letters) - 2 :]
    for i, word in enumerate(words):
        if word[0] == letters[0]:
            rest = iter(" ".join(words[i:]))
            if all(ch in rest for ch in letters):
                return True
    return False


def _other_name_of(
    rival: TaggedEntity, ent: TaggedEntity, article: TextForms, *, tagged_person: bool = True
) -> bool:
    """Is the suspect's ``ent`` the other part of ``rival``'s full name in the source: the
    surname where these sentences give the first name ("Jordan" for "Ian", who is "Ian
    Jordan" elsewhere), or the reverse? ``tagged_person``: ``ent`` must be tagged a person
    too (the tagger often takes a surname alone for a place)."""
    if rival.label != "PERSON" or (tagged_person and ent.label != "PERSON"):
        return False
    name = re.escape(rival.text.strip())
    # "Andy GiddingsPaul Warne": a name glued to the word before it where a line break was lost
    after = re.findall(
        rf"(?:\b|(?<=[a-z])){name}\s+((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)", article.text
    )
    before = re.findall(rf"\b((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)\s+{name}\b", article.text)
    mine = key(ent.text)
    if not [w for w in after + before if w.split()[0].lower() not in TITLES]:
        return _lone_names_of_one(rival, ent, article)
    return any(
        mine in (key(w), key(w.split()[0]), key(w.split()[-1]))
        for w in after + before
        if w.split()[0].lower() not in TITLES
    )


def _lone_names_of_one(rival: TaggedEntity, ent: TaggedEntity, article: TextForms) -> bool:
    """Could two one-word names be one person the source never names in full? "Warnock"
    where a quote has "I know Neil well", in an article that says "Neil" only inside
    quotes and "Warnock" in its own words, never "Neil Warnock": speakers call people by
    their first names, and the source gives neither name another part, so it cannot show
    they are two people. Names the reporter uses alone ("Jones" for "Brown") stay rivals."""
    if " " in rival.text.strip() or " " in ent.text.strip():
        return False
    theirs = [m.start() for m in re.finditer(rf"\b{re.escape(rival.text.strip())}\b", article.text)]
    mine = [m.start() for m in re.finditer(rf"\b{re.escape(ent.text.strip())}\b", article.text)]
    if not theirs or not all(_in_quotes(article.text, at) for at in theirs):
        return False
    if not any(not _in_quotes(article.text, at) for at in mine):
        return False
    name = re.escape(ent.text.strip())
    beside = re.findall(rf"\b([A-Z][\w'’-]+)\s+{name}\b|\b{name}\s+([A-Z][\w'’-]+)", article.text)
    # "Under Warnock's leadership": a word capitalised to open a sentence is no name
    return not [w for pair in beside for w in pair if w and w.lower() not in TITLES | STOP_WORDS]


def _in_quotes(text: str, at: int) -> bool:
    """Is position ``at`` inside quoted speech: after an odd number of quotation marks in
    its paragraph (a quote that runs on opens each paragraph again)?"""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    return (before.count('"') + before.count("“") + before.count("”")) % 2 == 1


# a capitalised common noun ("Boldness", "Government") tagged as a name is no rival
_COMMON_NOUN = re.compile(r"[a-z]{4,}(?:ness|ism)$")


def _comparable(ent: TaggedEntity, rival: TaggedEntity) -> bool:
    """Could ``rival`` be what the suspect's ``ent`` replaced? Same sort of thing, same unit."""
    kind = KIND[ent.label]
    if _vague(rival):
        return False
    if kind == "number":
        # a percentage is no rival to a head count, but is one to a share ("two-thirds")
        shares = {x.label for x in (ent, rival) if share_alone(x.text) is not None}
        return ent.label == rival.label or bool(shares) and "PERCENT" in {ent.label, rival.label}
    if kind == "date":
        if date_class(ent.text) != date_class(rival.text):
            return False
        if any(_AGE.search(x.text) for x in (ent, rival)) and not all(
            _AGE.search(x.text) or _bare_figure(x.text) for x in (ent, rival)
        ):
            return False  # an age ("58-year-old", tagged a date) is no rival to a day or year
        mine, theirs = day_offset(ent.text), day_offset(rival.text)
        if mine is not None and theirs is not None:
            # a story republished a day later says "yesterday" for the source's "today";
            # the same day, or one day earlier, is no change ("tomorrow" for "today" is)
            return mine not in (theirs, theirs - 1)
        return True
    if kind == "entity":
        if initials_of(ent.text, rival.text) or initials_of(rival.text, ent.text):
            return False  # the same name, abbreviated
        if _COMMON_NOUN.fullmatch(rival.text.lower()):
            return False
        return ent.label == rival.label or _same_head(ent, rival)
    return True


def _same_head(ent: TaggedEntity, rival: TaggedEntity) -> bool:
    """Are two names of the same sort of body, whatever the tagger calls them: the same
    last word ("Kent Police", tagged an organisation, and "West Midlands Police", tagged a
    place), the words before it different?"""
    mine, theirs = ent.text.split(), rival.text.split()
    return (
        len(mine) > 1
        and len(theirs) > 1
        and mine[-1][0].isupper()
        and mine[-1].lower() == theirs[-1].lower()
        and mine[-1].lower() not in ("the", "of")
        and {w.lower() for w in mine[:-1]}.isdisjoint(w.lower() for w in theirs[:-1])
    )


@dataclass(frozen=True)
class _Compared:
    """One suspect sentence against the source sentences it aligns to and the whole source,
    as the entity checks read them."""

    suspect: Sentence
    local: TextForms  # the source sentences it aligns to, joined
    article: TextForms  # the whole source
    suspect_forms: TextForms
    suspect_entities: list[TaggedEntity]
    source_entities: list[TaggedEntity]
    #: capitals mark names: not a headline, nor a title-case line quoted in the body
    names: bool
    #: the suspect in sentence case when capitals are style
    cased: str
    published: date | None

    def at(self, ent: TaggedEntity) -> tuple[int, int]:
        """Where ``ent`` is in the suspect sentence's text."""
        start = ent.start - self.suspect.start
        return start, start + len(ent.text)


def entity_changes(
    suspect: Sentence,
    sources: list[Sentence],
    *,
    tagger: EntityTagger,
    article: TextForms,
    entities: bool | None = None,
    swaps: bool = False,
    published: date | None = None,
    beside: Sequence[Sentence] = (),
) -> list[Change]:
    """Who, where, when, how many: what the suspect names that the source never says, against
    what these source sentences say in its place; at most one change of each kind.

    Each tagged entity of the suspect is a change unless a guard below excuses it: it is no
    party, its figure is loose, the source says it (or the same time another way), it is too
    vague to contradict, or what the source says in its place is no rival.

    ``entities``, ``swaps``: as for ``find_changes``. ``beside``: the source sentences next
    to these; a name or figure one of them says is carried from there (a rewrite merges
    neighbouring sentences), not swapped in.
    """
    local = TextForms.of(" ".join(s.text for s in sources))
    next_to = TextForms.of(" ".join(s.text for s in beside))
    if entities is None:
        entities = may_change_entities(suspect.text, article, lambda: local, swaps=swaps)
    if not entities:
        return []
    s_ents = tagger(suspect)
    names = suspect.role != "headline" and not title_case(suspect.text)
    pair = _Compared(
        suspect=suspect,
        local=local,
        article=article,
        suspect_forms=TextForms.of(suspect.text),
        suspect_entities=s_ents,
        source_entities=[e for s in sources for e in tagger(s)] if s_ents else [],
        names=names,
        cased=suspect.text if names else sentence_case(suspect, article),
        published=published,
    )
    changes: list[Change] = []
    seen_types: set[str] = set()
    for ent in s_ents:
        kind = KIND[ent.label]
        if _not_a_name(ent, kind, pair) or _loose_figure(ent, kind, pair):
            continue
        if kind in ("entity", "location"):
            ent = _without_styled_ends(ent, pair)
        flipped = (
            _flipped_time(ent, pair.source_entities, local) if kind == "date" and swaps else None
        )
        if flipped is not None and "date" not in seen_types:
            seen_types.add("date")
            changes.append(_change("date", ent, flipped))
            continue
        in_article = mentioned(ent, article, names=names) or _decade_in(ent, suspect, article)
        if in_article and not (
            (swaps or _agent_swapped(ent, kind, pair)) and not mentioned(ent, local, names=names)
        ):
            continue  # the source says it (in a swap check, these sentences must say it too)
        if _same_time(ent, kind, pair) or _nothing_precise(ent, pair):
            continue
        rivals = _rivals(ent, kind, pair)
        if in_article:
            rivals = _swapped_for(ent, kind, rivals, pair)
            if not rivals:
                continue  # named elsewhere in the source, and nothing here it replaces
            if ent.label == "PERSON" and _antecedent_of_a_pronoun(ent, rivals, sources, pair):
                continue  # "Blackett will be part of ..." for "He will be part of ..."
            if _said_in(ent, next_to, names) and not any(
                _in_place_of(ent, r, pair, words=2) for r in rivals
            ):
                continue  # said in a sentence next to these, which the suspect merged in
        # a location said elsewhere was judged against these rivals above
        if _no_contradiction(ent, kind, rivals, in_article, pair):
            continue
        kind = _reported_kind(ent, kind)
        if kind in seen_types:
            continue
        seen_types.add(kind)
        changes.append(_change(kind, ent, rivals[0] if rivals else None))
    if "entity" not in seen_types and (swapped := _surname_swap(pair, sources)):
        seen_types.add("entity")
        changes.append(swapped)
    if not seen_types & {"entity", "location"}:
        changes.extend(_untagged_name(suspect, s_ents, article))
    return changes


def may_change_entities(
    text: str, article: TextForms, local: Callable[[], TextForms], *, swaps: bool
) -> bool:
    """Is a suspect sentence worth tagging: could it name something the source never does,
    or, where a swap is judged (close enough to its source sentences, or an organisation
    after "by" or "for"), something these source sentences (``local()``) do not?"""
    return may_name_new(text, article) or (
        (swaps or bool(_AGENT.search(text))) and may_name_new(text, local())
    )


#: an organisation that did or paid for something: "run by the National Cancer Institute"
_AGENT = re.compile(r"\b(?:by|from|with|for)\s+(?:the\s+)?[A-Z][a-z]")
_AGENT_WORDS = frozenset("by from with for".split())


def _agent_swapped(ent: TaggedEntity, kind: str, pair: _Compared) -> bool:
    """Below the swap bar, is an organisation the source names elsewhere still a swap: it
    stands right after the same preposition as an organisation of these source sentences
    ("being run by the National Cancer Institute" for "being conducted by the Eastern
    Clinical Oncology Group")? Who did or paid for a thing is what such a rewrite changes."""
    if ent.label != "ORG":
        return False
    at, _ = pair.at(ent)
    before = re.search(r"(\w+)\s+(?:the\s+)?$", pair.suspect.text[:at])
    if before is None or before.group(1).lower() not in _AGENT_WORDS:
        return False
    return any(t.label == "ORG" and _in_place_of(ent, t, pair) for t in _rivals(ent, kind, pair))


def _said_in(ent: TaggedEntity, other: TextForms, names: bool) -> bool:
    """Does the other text say the entity, every word of it as written ("October 2016" in
    "On October 4, 2016"; not "the second quarter of 2005" in "two million ... 2005")?"""
    words = {w for w in re.findall(r"[a-z]+", ent.text.lower()) if w not in STOP_WORDS}
    return mentioned(ent, other, names=names) and words <= set(other.key.split())


def _change(kind: str, ent: TaggedEntity, rival: TaggedEntity | None) -> Change:
    """The suspect's entity, with what the source says in its place if anything."""
    return Change(
        type=kind,  # type: ignore[arg-type]
        suspect=Span(ent.start, ent.end, ent.text),
        source=Span(rival.start, rival.end, rival.text) if rival else None,
        explanation=(
            f"'{ent.text}' where the source has '{rival.text}'"
            if rival
            else f"'{ent.text}' does not appear in the source"
        ),
    )


def _not_a_name(ent: TaggedEntity, kind: str, pair: _Compared) -> bool:
    """Not a name at all: a handle or a run of hashtags (the account or the tags, not a
    party), an HTML character reference left in scraped text ("&#x27;", "&amp;") or a figure
    run into a word there ("6555Fax"), words in
    lower case where the text capitalises names, or everyday words a title-case line
    capitalises."""
    text = pair.suspect.text
    at, end = pair.at(ent)
    tag_at = at - 1 if text[at - 1 : at] == "#" else at
    if ent.text.startswith("@") or _TAG_RUN.match(text, max(tag_at, 0)):
        return True
    if _CHARACTER_REFERENCE.fullmatch(text, max(text.rfind("&", 0, at + 1), 0), end + 1):
        return True
    if kind in ("entity", "location") and ent.text.islower() and pair.suspect_forms.cased:
        return True  # the tagger's "boycotts the" ORG: a text that capitalises names gives none
    if kind in ("entity", "location") and GLUED_FIGURE.search(text, max(at - 1, 0), end):
        return True  # "555Main Street": a figure and a word run together, scraped, no name
    if kind in ("entity", "location") and (
        _in_a_label(ent, pair) or _opens_a_part(pair.suspect.text, pair.at(ent)[0], ent.text)
    ):
        return True
    return kind in ("entity", "location") and _headline_words(ent, pair.suspect, pair.cased)


# what opens a part of a line, after which any word is capitalised: a bracket ("[Laughs]",
# "(Please note ..."), a colon ("Tee ($30): Embrace a piece of ..."), a quote, a dash
_PART_OPENS = re.compile(r"(?:[(\[{:\"“‘]|\s[—–-])\s*$")


def _opens_a_part(text: str, at: int, word: str) -> bool:
    """Is ``word``, at ``at`` of ``text``, one everyday word that opens a bracket, a quote or
    what follows a colon or dash, where its capital is the part's, not a name's?"""
    return (
        re.fullmatch(r"[a-z]+", word.lower()) is not None
        and everyday_word(word.lower())
        and _PART_OPENS.search(text[:at]) is not None
        # a quoted word alone is a title ("the “Selfish” author"), a name
        and not re.match(r"[\"”’]", text[at + len(word) : at + len(word) + 1])
    )


# a line's opening label, before its colon: "Weekend Roundup: ...", "Media contact: ..."
_LABEL = re.compile(r"\s*([A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){0,2}):\s")
# the words a section's label ends in (not a name's: "Goldman Sachs: ...")
_LABEL_HEADS = frozenset(
    "roundup round-up contact contacts update updates briefing recap digest summary "
    "explainer factbox timeline preview highlights correction".split()
)


def _in_a_label(ent: TaggedEntity, pair: _Compared) -> bool:
    """Is the entity part of the label that opens the line, the label a section's ("Weekend
    Roundup:", "Media contact:") and every word of it an everyday one? Such a label names a
    section, not a party."""
    label = _LABEL.match(pair.suspect.text)
    if label is None:
        return False
    at, end = pair.at(ent)
    words = label.group(1).lower().split()
    return (
        label.start(1) <= at
        and end <= label.end(1)
        and words[-1] in _LABEL_HEADS
        and all(everyday_word(w) for w in re.split(r"[ -]", label.group(1).lower()))
    )


def _without_styled_ends(ent: TaggedEntity, pair: _Compared) -> TaggedEntity:
    """In a title-case line the tagger runs a name on into the words around it ("University
    of Iowa Researcher Finds"): the longest part of it from its start that the source writes
    as it stands, when every word cut off its end is an everyday one. The source's
    "University of Iowa" then names it; a run the source never writes stays whole, and so
    do words that start a name ("European Central" of "European Central Bank")."""
    if pair.names:
        return ent
    at, end = pair.at(ent)
    words = list(re.finditer(r"[\w'’.&-]+", pair.suspect.text[at:end]))
    for size in range(len(words) - 1, 0, -1):
        if not all(_style_word(w.group(), pair.article) for w in words[size:]):
            break  # a name's head ("University", "Times") is never cut off, nor a name
        if words[size - 1].group().lower() in STOP_WORDS:
            continue  # "University of": no name ends so
        start, stop = at + words[0].start(), at + words[size - 1].end()
        part = pair.suspect.text[start:stop]
        # ... as a whole name: "New" of the source's "New England" is no name of "New Jersey"
        if re.search(rf"(?<![\w-]){re.escape(part)}(?![\w-])(?!\s+[A-Z])", pair.article.text):
            offset = pair.suspect.start
            return TaggedEntity(offset + start, offset + stop, part, ent.label)
    return ent


def _style_word(word: str, article: TextForms) -> bool:
    """A word a title-case line capitalises for style only: a small word, a headline's verb,
    or one the source writes in lower case; never the head of a name ("State University" is
    no style of "Iowa")."""
    low = word.lower()
    if low in GENERIC_HEADS or low in _ORGANISATION_HEADS or low in _TITLE_HEADS:
        return False
    return (
        low in STOP_WORDS
        or low in HEADLINE_VERBS
        or bool(re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", article.text))
    )


# the last word of a newspaper's or a programme's name
_TITLE_HEADS = frozenset(
    "times post journal herald tribune gazette telegraph guardian mail star sun mirror "
    "express chronicle record observer independent standard review news today show".split()
)


def _loose_figure(ent: TaggedEntity, kind: str, pair: _Compared) -> bool:
    """A figure that does not contradict the source's: approximated ("more than 50", the
    hedge inside the tagged span or just before it) from a figure of these source sentences,
    or of the article (of the same thing, or in the thousands); a ratio ("nine in 10") for
    these source sentences' percentage ("90%"); or a share in words for it ("nearly a third"
    for "30%")."""
    if kind != "number":
        return False
    text = pair.suspect.text
    at, end = pair.at(ent)
    figure = FIRST_FIGURE.search(ent.text)
    if figure is not None and any(
        approximates(
            text[max(0, at - 40) : at] + ent.text[: figure.start()],
            numbers_in(ent.text),
            text[end : end + 60],
            source.text,
            whole_article=whole,
        )
        for source, whole in ((pair.local, False), (pair.article, True))
    ):
        return True
    last = re.search(r"\w+$", ent.text)
    share = ratio_share(text, at, end) or (
        # "as high as nine" of "as high as nine in ten": the ratio holds its last word
        ratio_share(text, at + last.start(), end) if last else None
    )
    if share is not None and re.search(
        rf"(?<![\d.]){share}\s*(?:%|percent|per\s+cent)", pair.local.text
    ):
        return True
    return share_approximates(
        text[max(0, at - 40) : at], ent.text, text[end : end + 30], pair.local.text
    ) or derived_figure(text, at, end, pair.local.text)


def _same_time(ent: TaggedEntity, kind: str, pair: _Compared) -> bool:
    """A time the source gives another way: "March 5" for the "yesterday" of a source
    published on March 6, "December 31, 2019" for "december 31" (the year a reader infers),
    "a year ago" for "marking the anniversary", "72 hours" for "3 days"."""
    if kind != "date":
        return False
    if pair.published is not None:
        dates = [t.text for t in pair.source_entities if KIND[t.label] == "date"]
        if same_day(ent.text, dates, pair.published):
            return True
    elif year_left_unsaid(ent.text, pair.local.text):
        return True
    return (
        anniversary_of(ent.text, pair.local.key)
        or any(same_duration(ent.text, t.text) for t in pair.source_entities)
        # "in 1999" for "two years later", counted from a year either text gives
        or year_by_offset(ent.text, pair.local.text, f"{pair.suspect.text} {pair.local.text}")
    )


def _nothing_precise(ent: TaggedEntity, pair: _Compared) -> bool:
    """Nothing precise to contradict: "daily", "hundreds", an abbreviation the sentence
    defines, or an idiom ("could one day restore sight", "5 things you need to know")."""
    at, end = pair.at(ent)
    text = pair.suspect.text
    return (
        _vague(ent)
        or _defined_here(text, at, end)
        or _idiom(text, at, end, headline=not pair.names)
    )


def _rivals(ent: TaggedEntity, kind: str, pair: _Compared) -> list[TaggedEntity]:
    """What these source sentences name in the suspect's place: entities of the same sort
    and unit, precise enough to contradict (``_comparable``), that the suspect never
    mentions in any form, and that are not another part of a name the suspect gives."""
    return [
        t
        for t in pair.source_entities
        if (KIND[t.label] == kind or _same_head(ent, t))
        and _comparable(ent, t)
        # the tagger's "harbour master" PERSON: a text that capitalises names gives none in
        # lower case
        and not (t.label in ("PERSON", "ORG") and t.text.islower() and pair.article.cased)
        and not mentioned(t, pair.suspect_forms, loose=True)
        # "Ian" where it has "Jordan", who is "Ian Jordan" elsewhere in the source
        and not _other_name_of(t, ent, pair.article)
        # "Gregory" where it has "Greg", who is "Greg Abbott" in the source
        and not (
            ent.label == t.label == "PERSON"
            and one_given_name_in(given_word(ent.text), given_word(t.text), pair.article.text)
        )
        # ... or where it names "Jordan" elsewhere in the sentence
        and not any(
            _other_name_of(t, mine, pair.article, tagged_person=False)
            for mine in pair.suspect_entities
            if mine is not ent
        )
    ]


def _swapped_for(
    ent: TaggedEntity, kind: str, rivals: list[TaggedEntity], pair: _Compared
) -> list[TaggedEntity]:
    """The rivals an entity the source names elsewhere may have swapped places with: the
    same sort of thing (places nest, "East Palestine, Ohio"; "30 years ago" is no rival to
    "Thursday")."""
    return [
        t
        for t in rivals
        if (kind != "location" or swappable_places(ent.text, t.text, pair.article.text))
        and (t.label == ent.label or _same_head(ent, t))
        and bool(numbers_in(t.text)) == bool(numbers_in(ent.text))
    ]


_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)


_WORD_BESIDE = re.compile(r"[\w'’-]+")


def _antecedent_of_a_pronoun(
    ent: TaggedEntity, rivals: list[TaggedEntity], sources: list[Sentence], pair: _Compared
) -> bool:
    """Does the suspect name the person a source sentence calls "he" or "she": the one the
    source names last before that sentence, no rival nearer? A rewrite often spells out a
    pronoun, and the rival is then someone the sentence names beside it, not one whose
    place the name takes ("Jones scored" for "Smith scored the winner and his ...")."""
    if any(_in_place_of(ent, r, pair) for r in rivals):
        return False
    surname = ent.text.split()[-1]
    for source in sources:
        if not _PERSONAL_PRONOUN.search(source.text) or _last(surname, source.text) >= 0:
            continue
        before = pair.article.text[max(0, source.start - 1500) : source.start]
        named_at = _last(surname, before)
        if named_at >= 0 and all(_last(r.text.split()[-1], before) < named_at for r in rivals):
            return True
    return False


def _last(word: str, text: str) -> int:
    """Where ``text`` last has ``word`` as a word ("Lee" is not in "Leeds"), or -1."""
    found = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
    return found[-1] if found else -1


def _in_place_of(
    ent: TaggedEntity, rival: TaggedEntity, pair: _Compared, *, words: int = 1
) -> bool:
    """Does the suspect's name stand where the source has the rival: the same word just
    before it or just after it ("Later, Jones scored" for "Later, Sam Smith scored")?
    ``words``: the same words, this many of them ("said on Tuesday it" for "said on
    Wednesday it", not "announced in October 2016 and" for "In February 2017, on")."""
    if pair.article.text[rival.start : rival.end] != rival.text:
        return False
    at, end = pair.at(ent)
    before, after = _words_beside(pair.suspect.text, at, end, words)
    said_before, said_after = _words_beside(pair.article.text, rival.start, rival.end, words)
    if before and before[-1] in TITLES:
        before = []  # "Mr Howard will" and "Mr Blair and": a title is before every name
    return bool(before and before == said_before or after and after == said_after)


def _words_beside(text: str, start: int, end: int, words: int = 1) -> tuple[list[str], list[str]]:
    """The ``words`` words before ``text[start:end]`` and after it (past a possessive)."""
    before = _WORD_BESIDE.findall(text[max(0, start - 60 * words) : start])[-words:]
    after = _WORD_BESIDE.findall(re.sub(r"^['’]s?", "", text[end : end + 60 * words]))[:words]
    return [w.lower() for w in before], [w.lower() for w in after]


def _no_contradiction(
    ent: TaggedEntity, kind: str, rivals: list[TaggedEntity], in_article: bool, pair: _Compared
) -> bool:
    """Against what these source sentences say, nothing is contradicted: "last week" where
    they give no date it could replace; "the United States" for "a california nursing
    home"; a number word with no figure it could replace, or a count the writer drew ("the
    two", "all three"). ``in_article``: the source names the entity elsewhere, so its
    rivals were already narrowed to what it may have swapped places with."""
    if not rivals and kind == "date" and date_class(ent.text) != "absolute":
        return True
    if (
        not in_article
        and kind == "location"
        and in_a_state(
            re.sub(r"^the ", "", key(ent.text)), pair.article.text, (t.text for t in rivals)
        )
    ):
        return True
    if kind == "location" and _where_a_rival_is(ent, rivals):
        return True
    if key(ent.text) == "one" and _pronoun_one(pair.suspect.text[: pair.at(ent)[0]]):
        return True  # "a substantial one": the pronoun, no count
    if ent.label == "CARDINAL" and key(ent.text) in NUMBER_WORDS:
        before = pair.suspect.text[: pair.at(ent)[0]].split()[-1:]
        return not rivals or bool(before) and before[0].lower() in ("the", "other", "both", "all")
    return False


_DETERMINERS = frozenset("a an the this that another every each any such".split())


def _pronoun_one(before: str) -> bool:
    """Is a "one" that follows ``before`` the pronoun ("a substantial one", "the new one",
    "each one of them"): a determiner, then a describing word, straight before it, or a
    determiner of each or none ("each", "every", "no", "any") straight before it? "Not one"
    is none, no count either."""
    words = re.findall(r"[A-Za-z'’-]+|\S", before)[-2:]
    if words and words[-1].lower() in ("each", "every", "no", "any", "not"):
        return True
    return (
        len(words) == 2
        and words[0].lower() in _DETERMINERS
        and words[1].isalpha()
        and words[1].lower() not in NUMBER_WORDS
        and words[1].lower() not in _DETERMINERS
    )


def _where_a_rival_is(ent: TaggedEntity, rivals: list[TaggedEntity]) -> bool:
    """Does the suspect name the country, state or nation a source place is in ("U.K.
    activists" for "activists in London"), with no country or state among the rivals that
    it may have replaced instead ("the United States" for "Mexico" beside "New Mexico")?"""
    found = [(inside(key(t.text), key(ent.text)), t) for t in rivals]
    return any(within for within, _ in found) and not any(
        within is False and region(key(t.text)) for within, t in found
    )


# hashtags to the end of the line ("#Jelena #JustinBieber"), not "the #MeToo movement"
# an HTML character reference scraped text kept as written: "&#x27;", "&#233;", "&amp;"
_CHARACTER_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


_TAG_RUN = re.compile(r"#\w+(?:\s+#\w+)*\s*$")


def _headline_words(ent: TaggedEntity, suspect: Sentence, cased: str) -> bool:
    """Is a tagged run of three words or more in a title-case line only its style, every
    word an everyday one ("Cabinet Eases Land Rules for Overseas Developers")?"""
    at = ent.start - suspect.start
    words = re.findall(r"[A-Za-z]{3,}", ent.text)
    if len(cased) != len(suspect.text) or len(words) < 3:
        return False
    # "European Central Bank", "World Health Organization": everyday words, one name
    if any(w.lower() in GENERIC_HEADS or w.lower() in _ORGANISATION_HEADS for w in words):
        return False
    return not re.search(r"[A-Z]", cased[at : at + len(ent.text)])


_ORGANISATION_HEADS = frozenset(
    "organization organisation committee commission council board authority bureau reserve "
    "fund league federation institute institution office trust network alliance corporation "
    "company group society academy administration assembly parliament senate congress "
    "ministry army navy force forces".split()
)


# capitals that name nothing: everyday abbreviations
_COMMON_CAPITALS = frozenset("TV OK VIP AM PM DIY FAQ URL PDF ID DNA GPS DJ MC FYI ASAP".split())


def _next_to_a_known_name(text: str, match: re.Match[str], article: TextForms) -> bool:
    """Is the word part of a longer name the source gives in part ("Man" of "Man Booker
    Prize" where the source says "Booker winner")?"""
    word = re.escape(match.group())
    after = re.match(r"\s+([A-Z][a-z]{3,})", text[match.end() :])
    before = re.search(r"([A-Z][a-z]{3,})\s+$", text[: match.start()])
    for m, rival in (
        # "UFO Media" where the source has "Ozy Media" swaps the name; "Man Booker" where it
        # has "booker winner" does not
        (after, r"\b(?!{word}\b)[A-Z][\w'’-]+\s+{near}\b"),
        (before, r"\b{near}\s+(?!{word}\b)[A-Z][\w'’-]+"),
    ):
        if m is None or m.group(1).lower() in TITLES:
            continue
        near = re.escape(m.group(1))
        lower_case = article.text == article.text.lower()  # names in lower case too
        named = re.search(rf"(?<![.!?\"“]\s)(?<!^)\b{near}\b", article.text) or (
            lower_case and re.search(rf"\b{near.lower()}\b", article.text)
        )
        if named and not re.search(rival.format(word=word, near=near), article.text):
            return True
    return False


def _untagged_name(
    suspect: Sentence, s_ents: list[TaggedEntity], article: TextForms
) -> list[Change]:
    """A name the tagger missed ("a Cardiff car park"): the first capitalised word, past the
    first word, that the source never mentions and no tagged entity covers."""
    words = re.findall(r"[A-Za-z]+", suspect.text)
    if sum(w[0].isupper() for w in words) > 0.5 * max(1, len(words)):
        return []  # title case: a capital there marks no name
    covered = [(e.start - suspect.start, e.end - suspect.start) for e in s_ents]
    for m in new_names(suspect.text, article):
        if (
            any(a <= m.start() < b for a, b in covered)
            or m.group().isupper()
            and len(m.group()) <= 1
            or m.group() in _COMMON_CAPITALS
            or _defined_here(suspect.text, m.start(), m.end())
            or _next_to_a_known_name(suspect.text, m, article)
            or _opens_a_part(suspect.text, m.start(), m.group())
        ):
            continue
        return [
            Change(
                "entity",
                Span(suspect.start + m.start(), suspect.start + m.end(), m.group()),
                None,
                f"'{m.group()}' does not appear in the source",
            )
        ]
    return []


@dataclass(frozen=True)
class _FullName:
    """A person's name of two or three capitalised words, past any title, in ``key`` form:
    the given name and the surname (possessive dropped)."""

    given: str
    surname: str


_WORDS_OF_A_NAME = re.compile(r"[\w'’.-]+(?: [\w'’.-]+)*")


def _full_name(ent: TaggedEntity) -> _FullName | None:
    """The given name and surname of a tagged person written as a full name ("Tom Price",
    "Health Secretary Tom J. Price's"); None for one word, more than three, a word in lower
    case (the tagger's "Tom Price says") or a mark between words ("TOM PRICE: Well",
    "Tom Price/Instagram")."""
    if ent.label != "PERSON" or not _WORDS_OF_A_NAME.fullmatch(ent.text):
        return None
    words = _past_titles(ent.text.split())
    if not 2 <= len(words) <= 3 or not all(w[0].isupper() and w[0].isalpha() for w in words):
        return None
    given = key(words[0])
    surname = key(re.sub(r"['’]s?$", "", words[-1]))
    if len(given) < 2 or len(surname) < 2 or " " in given + surname:
        return None  # an initial ("J. Price") tells too little to call the given name kept
    return _FullName(given, surname)


def _past_titles(words: list[str]) -> list[str]:
    """The words of a name after its last title ("Tom Price" of "Health Secretary Tom
    Price")."""
    titled = [i + 1 for i, w in enumerate(words) if w.lower().rstrip(".") in TITLES]
    return words[max(titled, default=0) :]


def _surname_said(surname: str, forms: TextForms) -> bool:
    """Does the text say this surname in any form: as a word or part of a hyphenated one
    ("Price-Jones"), possessive, by its stem ("Walshe"), a letter apart ("Zelenskyy"), or by a
    known alias?"""
    if surname in forms.tokens or surname[:5] in forms.stems or alias_in(surname, forms):
        return True
    return any(
        w[:1] == surname[:1] and Levenshtein.distance(w, surname) <= 1
        for w in forms.tokens
        if abs(len(w) - len(surname)) <= 1
    )


def _surname_swapped(mine: _FullName, theirs: _FullName, pair: _Compared) -> bool:
    """Is the suspect's full name the source's with the surname changed: the same given name
    (or a form of it), a surname the source never says, and the source's surname nowhere in
    the suspect sentence?"""
    return (
        mine.surname != theirs.surname
        and (mine.given == theirs.given or one_given_name(mine.given, theirs.given))
        and not _surname_said(mine.surname, pair.article)
        and not _surname_said(theirs.surname, pair.suspect_forms)
        # "Ventura" for a "Ven" the source was cut off at
        and not mine.surname.startswith(theirs.surname)
        and not theirs.surname.startswith(mine.surname)
    )


def _surname_swap(pair: _Compared, sources: list[Sentence]) -> Change | None:
    """A person of these source sentences the suspect names with the given name kept and the
    surname changed ("Tom Walsh" where they have "Tom Price"). The given name alone makes
    ``mentioned`` find such a name in the source. Not in a title-case line (on either side),
    where the tagger runs a name into the words after it."""
    if not pair.names:
        return None
    lines = [s for s in sources if s.role != "headline" and not title_case(s.text)]
    rivals = [
        (rival, name)
        for rival in pair.source_entities
        if any(s.start <= rival.start < s.end for s in lines)
        and (name := _full_name(rival)) is not None
    ]
    for ent in pair.suspect_entities:
        mine = _full_name(ent)
        if mine is None:
            continue
        for rival, theirs in rivals:
            if _surname_swapped(mine, theirs, pair):
                return _change("entity", ent, rival)
    return None
