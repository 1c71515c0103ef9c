"""Direction: the same party on the other side of a from/to, or a verb turned around.

"Exports to China" against "imports from China", "won" against "lost", "rose" against
"fell": the facts are all there but point the other way, which an entity check cannot see.
"""

from __future__ import annotations

import re

from ..documents import STOPWORDS, Sentence
from ..models import parsed
from ..results import Change
from .dates import calendar_names
from .text import denies, key, match_span

__all__ = ["DIRECTION_WORDS", "direction_changes", "opposite_ways"]

_DIRECTION_PREP = re.compile(
    r"\b(from|out of|to|into|towards?|for)\s+((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
)
# a from/to after these words names no movement: "according to Deadline" (who says it),
# "different from/to Harry's past ones" (a comparison, said either way)
_NOT_MOVING = frozenset({"according", "different", "differs", "differ", "differed"})
_PREP_CLASS = {
    "from": "from",
    "out of": "from",
    "to": "to",
    "into": "to",
    "toward": "to",
    "towards": "to",
    "for": "to",
}
_ANTONYMS = [
    ("buy", "sell"),
    ("bought", "sold"),
    ("buyer", "seller"),
    ("import", "export"),
    ("win", "lose"),
    ("won", "lost"),
    ("winner", "loser"),
    ("lend", "borrow"),
    ("lent", "borrowed"),
    ("give", "receive"),
    ("gave", "received"),
    ("send", "receive"),
    ("sent", "received"),
    ("increase", "decrease"),
    ("rise", "fall"),
    ("rose", "fell"),
    ("raise", "cut"),
    ("higher", "lower"),
    ("greater", "smaller"),
    ("larger", "smaller"),
    ("bigger", "smaller"),
    ("more", "fewer"),
    ("gain", "loss"),
    ("attack", "defend"),
    ("acquit", "convict"),
    ("approve", "reject"),
    ("approved", "rejected"),
    ("support", "oppose"),
    ("supported", "opposed"),
    # general English opposites (a lexicon, not any article's words)
    ("most", "least"),
    ("maximum", "minimum"),
    ("majority", "minority"),
    ("opening", "closing"),
    ("opened", "closed"),
    ("publicly", "secretly"),
    ("public", "private"),
    ("legal", "illegal"),
    ("guilty", "innocent"),
    ("success", "failure"),
    ("succeeded", "failed"),
    ("victory", "defeat"),
    ("allowed", "banned"),
    ("allow", "ban"),
    ("accepted", "refused"),
    ("accept", "refuse"),
    ("strengthen", "weaken"),
    ("expand", "shrink"),
    ("include", "exclude"),
    ("included", "excluded"),
    ("added", "removed"),
    ("raising", "lowering"),
    ("increasing", "decreasing"),
    ("increased", "decreased"),
    ("rising", "falling"),
    ("gained", "lost"),
    ("ally", "enemy"),
    ("allies", "enemies"),
    ("optimistic", "pessimistic"),
    ("positive", "negative"),
    ("safe", "dangerous"),
]
# words on one side of an antonym pair: a suspect that keeps one of them kept that side
_SIDES = [
    frozenset(
        "win wins won winning victory victories victorious winner winners beat beaten clinch "
        "clinched clinches triumph triumphed".split()
    ),
    frozenset("lose loses lost losing defeat defeats defeated loss losses loser losers".split()),
]


def _same_side(suspect: str, source: str, source_word: re.Match[str]) -> bool:
    """Does the suspect say the source's word another way, in its place ("a third win" for
    "a third victory"): a word of the same side, new to the suspect, next to a word that is
    next to the source's word?"""
    side = next((side for side in _SIDES if source_word.group().lower() in side), None)
    if side is None:
        return False
    around = _neighbours(source, source_word)
    source_words = set(re.findall(r"[a-z]+", source.lower()))
    for match in re.finditer(r"[A-Za-z]+", suspect):
        word = match.group().lower()
        if word in side and word not in source_words and _neighbours(suspect, match) & around:
            return True
    return False


# Which way a quantity moved: any "up" word against any "down" word, in every inflection.
_UP = frozenset(
    "increase increased increases increasing rise rises rose risen rising grow grows grew grown "
    "growing growth jump jumped jumps surge surged surges soar soared soars spike spiked spikes "
    "rebound rebounded climb climbs climbed climbing "
    # made to go up or down: "raises spending" against "cuts spending"
    "raise raises raised raising boost boosts boosted boosting".split()
)
_DOWN = frozenset(
    "decrease decreased decreases decreasing drop dropped drops fall falls fell fallen falling "
    "decline declined declines declining shrink shrank shrinks shrinking plunge plunged plunges "
    "slump slumped slumps tumble tumbled tumbles slip slips slipped slipping dip dips dipped "
    "dipping slide slides slid sliding sink sinks sank sinking fewer reduced "
    "cut cuts cutting slash slashes slashed slashing".split()
)


#: words that say which way something went: their opposite is a ``direction`` change
DIRECTION_WORDS = frozenset({w for pair in _ANTONYMS for w in pair} | _UP | _DOWN).union(*_SIDES)


_POSSESSIVE = re.compile(r"['’]s\s+(?:\d+\s+)?([A-Za-z][\w-]*)")


def _converse(suspect: str, said: re.Match[str], source: str, had: re.Match[str]) -> bool:
    """Do the words before each verb come after the other's ("Security companies sent BBC
    News Online warnings" for "BBC News Online received warnings from security companies")?
    Then the sentence says the same act from the other party's side."""

    def before(text: str, m: re.Match[str]) -> set[str]:
        return _party_words(
            re.findall(r"[a-z]+", text[max(0, m.start() - 80) : m.start()].lower())[-4:]
        )

    def after(text: str, m: re.Match[str]) -> set[str]:
        clause = re.split(r"[,;:.](?!\d)", text[m.end() :])[0]  # "5,000" goes on
        return _party_words(re.findall(r"[a-z]+", clause.lower())[:10])

    if not before(suspect, said) & after(source, had):
        return False
    if before(source, had) & after(suspect, said):
        return True
    # "United confirmed the tycoon has sent it a proposal" for "United confirmed they have
    # received a proposal from the tycoon": the other party is a pronoun whose name comes
    # earlier in the suspect's clause
    # ("Ratcliffe said United had sent him a proposal" for "United received a proposal from
    # Ratcliffe" turns it: the source's receiver is the suspect's sender, just before its verb)
    return bool(
        re.match(r"\s+(?:it|them|him|her|us|me)\b", suspect[said.end() :], re.IGNORECASE)
        and before(source, had) & _content(re.findall(r"[a-z]+", suspect[: said.start()].lower()))
        and not before(source, had) & before(suspect, said)
    )


def _content(words: list[str]) -> set[str]:
    return {w[:5] for w in words if len(w) > 3 and w not in _AUXILIARIES}


def _party_words(words: list[str]) -> set[str]:
    """Content words that may name a party, a short one too ("the FDA", "the BBC")."""
    return {w[:5] for w in words if len(w) > 2 and w not in STOPWORDS and w not in _AUXILIARIES}


_AUXILIARIES = frozenset("have been were will would could should that this with from".split())


def _context(text: str, match: re.Match[str]) -> set[str]:
    """The stems of the lower-case content words among the four before a from/to: what
    moved ("oil", "aid", "ammunition") or how ("carried", "licensed"), not who (a name,
    which a rewrite keeps whatever it says of it); the sentence's first word, capitalised as
    first ("Exports to China"), counts too. A content word is any but a function word
    ("the", "have", "from"), however short."""
    start = max(0, match.start() - 80)
    words = list(re.finditer(r"[A-Za-z]+", text[start : match.start()]))[-4:]
    return {
        w.group().lower()[:5]
        for w in words
        if len(w.group()) > 2
        and w.group().lower() not in STOPWORDS
        and (w.group().islower() or not re.search(r"\w", text[: start + w.start()]))
    }


def _moves(text: str, match: re.Match[str]) -> bool:
    """Does this from/to mark a movement, a supply or a transfer ("oil from Iran", "sent aid
    to Kyiv", "a letter from Obama"), not where a person or thing is from ("Aunt Lydia from
    The Handmaid's Tale", "a senator from Ohio" said of a name)? By spaCy's dependency parse,
    run only on a from/to about to be reported (once a sentence): one that hangs from a name
    or a pronoun tells who it is, not where anything went."""
    at = match.start(1)
    token = next((t for t in parsed(text) if t.idx == at), None)
    return token is None or token.head.pos_ not in ("PROPN", "PRON")


def _word_before(text: str, match: re.Match[str]) -> str:
    """The word before a from/to, read from its last 40 characters (not the whole text before
    it, which made a long sentence's every from/to cost its length)."""
    words = re.findall(r"[a-z]+", text[max(0, match.start() - 40) : match.start()].lower())
    return words[-1] if words else ""


def _party(text: str, match: re.Match[str]) -> str:
    """The party of a from/to, with what it owns ("to Disney's 2016 film": disney film), so
    only the same thing is compared ("oil to Iran's ports" and "from Iran's ports" is)."""
    owned = _POSSESSIVE.match(text, match.end())
    return key(match.group(2)) + (f" {owned.group(1).lower()}" if owned else "")


def _moved_elsewhere(
    ways: frozenset[str], said: re.Match[str], suspect: str, sources: list[Sentence]
) -> bool:
    """Does a source sentence say the same quantity moved this way (a word of ``ways`` next
    to a content word the suspect has next to ``said``)?"""
    near = _neighbours(suspect, said)
    return any(
        m.group().lower() in ways and near & _neighbours(source.text, m)
        for source in sources
        for m in re.finditer(r"[A-Za-z]+", source.text)
    )


def opposite_ways(a: str, b: str) -> bool:
    """Do two words say a quantity moved opposite ways ("rose", "tumbled")?"""
    return (a in _UP and b in _DOWN) or (a in _DOWN and b in _UP)


def _quantity_phrase(text: str, match: re.Match[str]) -> bool:
    """Is "most"/"least" part of "at least 50", "at most", "the most ... of"? No direction."""
    return bool(re.search(r"\bat\s+$", text[: match.start()], re.IGNORECASE))


# "fewer" is the opposite of "more" only of things counted ("more staff")
_COUNTED = frozenset({"more", "fewer"})


def _of_degree(text: str, match: re.Match[str]) -> bool:
    """Does a "more" say a degree, not a count: before an adverb or adjective ("more
    cheaply", "more likely"), by spaCy's tags, read only of a reversal about to be
    reported?"""
    after = next((t for t in parsed(text) if t.idx >= match.end()), None)
    return after is not None and after.pos_ in ("ADV", "ADJ")


def _negated_before(text: str, match: re.Match[str]) -> bool:
    """Is a "not" (or "n't", "never", "failed to") among the two words before a match?"""
    return denies(re.findall(r"[\w'’]+", text[: match.start()].lower())[-2:], _UNABLE)


# "failed to win" is "did not win"; "unable to win" too
_UNABLE = frozenset({"unable"})


def _before(text: str, match: re.Match[str]) -> set[str]:
    """Stems of the two content words before a match (its subject, in news English)."""
    words = [w for w in re.findall(r"[A-Za-z]+", text[: match.start()]) if len(w) > 3][-2:]
    return {w.lower()[:5] for w in words}


def _neighbours(text: str, match: re.Match[str]) -> set[str]:
    """Stems of the content words within two words of a match."""
    before = re.findall(r"[A-Za-z]+", text[: match.start()])[-2:]
    after = re.findall(r"[A-Za-z]+", text[match.end() :])[:2]
    return {w.lower()[:5] for w in before + after if len(w) > 3}


# a comparison with a figure or another thing ("more than 20", "fewer than 10") says how big,
# not which way it moved
_COMPARED = re.compile(r"\b(?:more|less|fewer)\s+than\b")


def _said_elsewhere(word: str, said: re.Match[str], suspect: str, sources: list[Sentence]) -> bool:
    """Does another of the source sentences use ``word`` of the same thing (a content word
    next to it on both sides: "negative results")? Then it is no reversal of its opposite."""
    near = _neighbours(suspect, said)
    return any(
        near & _neighbours(source.text, match)
        for source in sources
        for match in re.finditer(rf"\b{word}\b", source.text, re.IGNORECASE)
    )


# a word's regular endings, read off to compare two forms of it ("decrease", "decreased")
_ENDINGS = ("ing", "ed", "es", "s")


def _base(word: str) -> str:
    """A word without its regular ending and final "e": "decreased", "decreases" and
    "decrease" are all "decreas" (a word of four letters or fewer is left as it is)."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) > 3:
            word = word[: -len(ending)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _in_some_form(word: str, words: set[str]) -> bool:
    """Is ``word``, in this or another regular form, among ``words``?"""
    base = _base(word)
    return word in words or any(_base(w) == base for w in words)


def _reversal(
    suspect: Sentence, said: re.Match[str], source: Sentence, source_said: re.Match[str]
) -> Change:
    """The suspect's ``said`` where its source has ``source_said``."""
    return Change(
        "direction",
        match_span(suspect.start, said),
        match_span(source.start, source_said),
        f"'{said.group()}' where the source has '{source_said.group()}'",
    )


# "out of the public eye", "away from public view": what "private" says
_OUT_OF_PUBLIC = re.compile(
    r"\b(?:out\s+of|away\s+from|hidden\s+from|shielded\s+from)\s+(?:the\s+)?public(?:['’]s)?"
    r"\s+(?:eye|view|gaze)\b",
    re.IGNORECASE,
)


# the two ends of a scale, for a relation between two quantities ("the more ..., the
# higher the risk")
_SCALE_UP = re.compile(
    r"\b(?:more|higher|greater|larger|bigger|longer|closer|increas\w*|rais(?:e|es|ed|ing)|"
    r"boost\w*|maximi[sz]\w*)\b",
    re.IGNORECASE,
)
_SCALE_DOWN = re.compile(
    r"\b(?:fewer|less|lower|smaller|shorter|reduc\w*|decreas\w*|limit\w*|minimi[sz]\w*|"
    r"avoid\w*)\b",
    re.IGNORECASE,
)


_CHANCE = re.compile(r"\b(?:risks?|chances?|odds|likel\w*|probability)\b", re.IGNORECASE)


def _told_from_the_other_end(suspect: str, source: str) -> bool:
    """Does the suspect say a relation between quantities from its other end: two or more
    words at one end of the scale in the suspect ("fewer people ... reduce the risk"), two
    or more at the other in the source ("the more people ..., the higher the risk"), and
    none of either side's at the other's end, of a risk or a chance both speak of? Both sides
    then turn together: no reversal (two facts both turned, "fewer patients ..., and the
    risk was lower", is the substitution check's)."""
    if not (_CHANCE.search(suspect) and _CHANCE.search(source)):
        return False
    up, down = len(_SCALE_UP.findall(suspect)), len(_SCALE_DOWN.findall(suspect))
    t_up, t_down = len(_SCALE_UP.findall(source)), len(_SCALE_DOWN.findall(source))
    return (up >= 2 and not down and t_down >= 2 and not t_up) or (
        down >= 2 and not up and t_up >= 2 and not t_down
    )


def _antonym_words(text: str) -> set[str]:
    """The lower-case words of a text, read for its antonyms: a thing kept "out of the public
    eye" is kept "private"."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return words | {"private"} if _OUT_OF_PUBLIC.search(text) else words


def direction_changes(suspect: Sentence, sources: list[Sentence]) -> list[Change]:
    """The first reversal of the suspect against its source sentences, if any (one at most)."""
    # every from/to the suspect gives each party: "a consultant to Vivus ... grants from
    # Vivus" turns nothing round against a source that says both
    s_dirs: dict[str, list[tuple[re.Match[str], str]]] = {}
    for m in _DIRECTION_PREP.finditer(suspect.text):
        if _word_before(suspect.text, m) in _NOT_MOVING:
            continue
        # "dates back to April 2004" is "stemmed from April 2004": a time (a party named
        # only by months or days; "to Theresa May", "to the Sunday Times" are parties)
        if all(calendar_names(w) for w in m.group(2).split() if w.lower() != "the"):
            continue
        s_dirs.setdefault(_party(suspect.text, m), []).append((m, _PREP_CLASS[m.group(1).lower()]))
    # a from/to the source gives after the same word, the same way ("grants from Vivus"),
    # answers for itself: it is no rival to the source's other from/to of that party
    kept = {
        g[0].start()
        for src in sources
        for m in _DIRECTION_PREP.finditer(src.text)
        for g in s_dirs.get(_party(src.text, m), [])
        if g[1] == _PREP_CLASS[m.group(1).lower()]
        and _word_before(suspect.text, g[0]) == _word_before(src.text, m)
    }
    for src in sources:
        for m in _DIRECTION_PREP.finditer(src.text):
            if _word_before(src.text, m) in _NOT_MOVING:
                continue
            # only the from/to of one act: a word of what moved or how before both
            # ("ammunition to North Korea" for "ammunition from North Korea"; not "follows
            # on from Vice City" for "the sequel to Vice City")
            near = _context(src.text, m)
            before = _word_before(src.text, m)
            given = [
                g
                for g in s_dirs.get(_party(src.text, m), [])
                if _context(suspect.text, g[0]) & near
                and (g[0].start() not in kept or _word_before(suspect.text, g[0]) == before)
            ]
            t_class = _PREP_CLASS[m.group(1).lower()]
            # the suspect's from/to after the same word, if it has one ("grants from")
            placed = [g for g in given if _word_before(suspect.text, g[0]) == before]
            if any(s_class == t_class for _, s_class in placed or given):
                continue
            for s_match, _ in placed or given:
                if (
                    "for" not in (s_match.group(1).lower(), m.group(1).lower())
                    and _moves(suspect.text, s_match)
                    and _moves(src.text, m)
                ):
                    return [_reversal(suspect, s_match, src, m)]
    s_words = _antonym_words(suspect.text)
    s_moved = set(re.findall(r"[a-z]+", _COMPARED.sub(" ", suspect.text.lower())))
    for src in sources:
        t_words = _antonym_words(src.text)
        t_moved = set(re.findall(r"[a-z]+", _COMPARED.sub(" ", src.text.lower())))
        for a, b in _ANTONYMS:
            for x, y in ((a, b), (b, a)):
                if (
                    x in s_words
                    and y in t_words
                    # "decreased" for "would decrease ... and increase": the source says
                    # the suspect's word too, in another form
                    and not _in_some_form(x, t_words)
                    and y not in s_words
                    # "lost ... regained" for "dropped ... gained" (a "regained" of the
                    # source's own leaves its "gained" to answer for)
                    and (f"re{y}" not in s_words or f"re{y}" in t_words)
                ):
                    sm = re.search(rf"\b{x}\b", suspect.text, re.IGNORECASE)
                    tm = re.search(rf"\b{y}\b", src.text, re.IGNORECASE)
                    if (
                        sm
                        and tm
                        and not _said_elsewhere(x, sm, suspect.text, sources)
                        and not _quantity_phrase(suspect.text, sm)
                        and not _quantity_phrase(src.text, tm)
                        # "more cheaply" says how, and "fewer" only counts things
                        and not ({x, y} == _COUNTED and _of_degree(suspect.text, sm))
                        # "exclude" for "don't include", "most" for "not least": one side
                        # says the other's word with a "not"
                        and _negated_before(suspect.text, sm) == _negated_before(src.text, tm)
                        # "companies sent BBC warnings" for "BBC received warnings from
                        # companies": the parties changed sides with the verb
                        and not _converse(suspect.text, sm, src.text, tm)
                        # "fewer contacts reduce the risk" for "the more contacts, the higher
                        # the risk": one relation, told from its other end
                        and not _told_from_the_other_end(suspect.text, src.text)
                        # unless the flipped word has the source word's subject ("Smith
                        # lost" for "Smith won"): then it is a reversal whatever else is said
                        and not (
                            _same_side(suspect.text, src.text, tm)
                            and not _before(suspect.text, sm) & _before(src.text, tm)
                        )
                    ):
                        return [_reversal(suspect, sm, src, tm)]
        # a quantity that moved the other way: the sources only ever say "down", the suspect
        # says "up" (or the reverse) with words the source does not use
        for mine, theirs, also in ((_UP, _DOWN, "more"), (_DOWN, _UP, "less")):
            said = (s_moved & mine) - t_words
            # "more graduates" is the source saying "up" too ("more" alone never says it)
            if said and not t_moved & (mine | {also}) and t_moved & theirs - s_words:
                sm = re.search(rf"\b{sorted(said)[0]}\b", suspect.text, re.IGNORECASE)
                tm = re.search(rf"\b{sorted(t_moved & theirs - s_words)[0]}\b", src.text, re.I)
                # the same quantity: a content word next to the verb on both sides; and no
                # other source sentence says it moved the suspect's way ("claims jumped ... |
                # long-term claims slipped")
                if (
                    sm
                    and tm
                    and _neighbours(suspect.text, sm) & _neighbours(src.text, tm)
                    and not _moved_elsewhere(mine, sm, suspect.text, sources)
                ):
                    return [_reversal(suspect, sm, src, tm)]
        turned = _result_turned(suspect.text, src.text)
        if turned is not None:
            return [_reversal(suspect, turned[0], src, turned[1])]
    moved = _figure_moved(suspect.text, [src.text for src in sources])
    if moved is not None:
        went, at, source_went = moved
        return [_reversal(suspect, went, sources[at], source_went)]
    return []


# a figure and the way it moved, the word right before it: "up 12p", "down 3.75p on the day",
# "gained 3.75p", "shed 2%", "fell by 40,000" (not "up to 5", which is a most)
_MOVED_BY = re.compile(
    r"\b([A-Za-z]+)\s+(?:by\s+)?(?:a\s+further\s+|another\s+)?[$£€]?"
    r"(\d[\d,]*(?:\.\d+)?)(?![\d,.]\d)"
    r"(?:%|\s?(?:p|pc|per\s?cent|percent|pence|cents?|points?|pts|bn|billion|m|million)\b)?"
)
_FIGURE_UP = _UP | {"up", "gain", "gained", "gains", "gaining", "add", "added", "adds", "adding"}
_FIGURE_DOWN = _DOWN | {"down", "lost", "lose", "loses", "losing", "shed", "sheds", "shedding"}


def _ways_moved(text: str) -> dict[str, list[tuple[re.Match[str], str]]]:
    """Each figure the text says moved, with the match and the way ("up" or "down")."""
    ways: dict[str, list[tuple[re.Match[str], str]]] = {}
    for m in _MOVED_BY.finditer(text):
        word = m.group(1).lower()
        way = "up" if word in _FIGURE_UP else "down" if word in _FIGURE_DOWN else ""
        if way:
            ways.setdefault(m.group(2).replace(",", ""), []).append((m, way))
    return ways


def _figure_moved(
    suspect: str, sources: list[str]
) -> tuple[re.Match[str], int, re.Match[str]] | None:
    """One figure said to have moved the other way: "having gained 3.75p" for "down 3.75p on
    the day", "up 2%" for "lost 2%". The figure moves one way only in the suspect and only
    the other way in every source sentence that says it moved: the suspect's match, the
    index of the source sentence, and its match."""
    mine = _ways_moved(suspect)
    theirs = [_ways_moved(text) for text in sources]
    for figure, said in mine.items():
        ways = {way for _, way in said}
        given = [(at, m, way) for at, t in enumerate(theirs) for m, way in t.get(figure, [])]
        if len(ways) == 1 and given and all(way not in ways for _, _, way in given):
            at, theirs_match, _ = given[0]
            return said[0][0], at, theirs_match
    return None


# a result said from the winner's side ("beat Chelsea", "won against Chelsea") and from the
# loser's ("lost to Chelsea", "were beaten by Chelsea"): group 1 the verb, 2 the other side
_BEAT = re.compile(
    r"\b(beat|beats|defeated|defeats|defeating|overcame|overcome|edged|edges|thrashed|"
    r"thrashes|routed|trounced|won\s+(?:against|over)|wins\s+(?:against|over))\s+"
    r"(?:(?:the|their|his|her)\s+)?([A-Z][\w'’-]+)"
)
_LOST_TO = re.compile(
    r"\b((?:lost|loses|lose|losing|fell|falls|went\s+down)\s+(?:[\d–-]+\s+)?to|"
    r"(?:was|were|been|being)\s+(?:beaten|defeated|edged|thrashed|routed|trounced)"
    r"\s+(?:[\d–-]+\s+)?by)\s+(?:(?:the|their|his|her)\s+)?([A-Z][\w'’-]+)"
)


def _result_turned(suspect: str, source: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """Winner and loser swapped: "The team beat Chelsea" for "The team lost to Chelsea",
    "Arsenal beat Chelsea" for "Arsenal were beaten by Chelsea". One text says its subject
    beat a side, the other that it lost to the same side: the other side is the same, so the
    subject won in one and lost in the other ("Chelsea lost to Arsenal" for "Arsenal beat
    Chelsea" names another side, and says the same)."""
    for won, lost in ((_BEAT, _LOST_TO), (_LOST_TO, _BEAT)):
        for mine in won.finditer(suspect):
            for theirs in lost.finditer(source):
                if mine.group(2).lower() == theirs.group(2).lower():
                    return mine, theirs
    return None
