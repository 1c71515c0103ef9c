"""Attribution: who said it. A different speaker or "according to" party
(``attribution_changes``); the words of a source sentence given a speaker the source does
not give them, its speaker found before it for "he said" or a quote that runs on
(``speaker_swapped``, with ``speakers``); an entity change inside the attribution retyped
as one (``speaker_retyped``); a forecast or estimate stripped of its "according to"
(``dropped_attribution``); and every attribution phrase of a text (``attributions``), which
omissions lists when a rewrite drops it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set
from dataclasses import dataclass, replace

from ..documents import STOPWORDS, Sentence
from ..results import Change, Span
from .clauses import (
    FUNCTION_STEMS,
    expresses,
)
from .dates import calendar_names
from .speakers import Said, Speaker, head_name, name_stems, said_by, speaker_of
from .spellings import abbreviates
from .text import acronyms, stems

__all__ = [
    "ATTRIBUTION",
    "REPORTING",
    "Attribution",
    "attribution_changes",
    "attributions",
    "dropped_attribution",
    "speaker_retyped",
    "speaker_swapped",
]


# who said it, after the comma that ends the quote: "Harris", "UBS economist Maury Harris"
_SPEAKER_NAME = (
    # not a clause of time or cause (", after Apple reported record sales")
    r"(?:(?:[A-Z][\w.'’-]*|(?!(?:after|while|when|because|since|before|until|if|though|"
    r"although|where|once|unless)\b)[a-z]+)\s+){0,4}?[A-Z][\w.'’-]*"
)
# who said it, named by what they are rather than by name: "officials", "police", "the
# company", "a spokeswoman for the ministry" (the last word before the verb of saying)
_SPEAKER_KIND = (
    r"(?:(?:the|a|an|its|his|her|their|one|two|three|several|some|many|other|local|senior|"
    r"federal|state)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:officials?|police|spokes(?:man|woman|person|people)|compan(?:y|ies)|firm|ministry|"
    r"department|agency|government|authorities|analysts?|experts?|researchers|scientists|"
    r"authors|"
    r"sources?|prosecutors|investigators|witnesses|residents|lawyers?|attorneys?|aides?|"
    r"organi[sz]ers|officers|campaigners|critics|economists|executives?|insiders?|publicists?|"
    r"representatives?|regulators?|militar(?:y|ies)|army|embassy|statement|report|study|"
    r"survey)"
)
# whom it was told to: "reporters", "Us Weekly", "E! News" (a word, or up to four names)
_HEARER = r"(?:[A-Z][\w!.'’&-]*(?:\s+[A-Z][\w!.'’&-]*){0,3}|\w+)(?![\w!])"
# news agencies and broadcasters that a quote is told to, named without "newspaper" or the like
_OUTLETS = (
    r"Reuters|AFP|Agence\s+France-Presse|(?:the\s+)?Associated\s+Press|Bloomberg|"
    r"(?:the\s+)?BBC(?:\s+News)?|CNN|Sky\s+News|NBC(?:\s+News)?|CBS(?:\s+News)?|"
    r"ABC(?:\s+News)?|Fox\s+News|NPR|Al\s+Jazeera"
)
ATTRIBUTION = re.compile(
    r"(,\s*)?\b[Aa]ccording\s+to\s+[^,.;]+|"
    r"(,\s*)?\b([Aa]s\s+)?(reported|announced|stated|confirmed)\s+by\s+[^,.;]+|"
    r"\bobtained\s+by\s+(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|"
    rf"[,][\"”’']?\s*{_SPEAKER_NAME}\s+"
    r"(said|says|told\s+\w+|tells\s+\w+|added|reported|reports)\b[^.;,]*|"
    # ... "wrote", "explained": only closing the clause (", Smith wrote in the post"; not ",
    # Holder wrote the following letter")
    rf"[,][\"”’']?\s*{_SPEAKER_NAME}\s+(?:wrote|writes|explained|noted|concluded)"
    r"(?:\s+(?:in|on|at)\s+[^.;,]{1,40})?(?=\s*[.;,!?\"”’)]|\s*$)|"
    # ... or by what they are, closing the clause: ", police said", ", a spokeswoman for the
    # firm told reporters on Monday" (not ", and experts said the trend would ...")
    r"[,][\"”’']?\s*(?!(?:and|but|or|while|as|so|because|after|when|though|although|if)\b)"
    rf"{_SPEAKER_KIND}\s+(?:said|says|say|added|reported|wrote|write|explained|noted|"
    rf"concluded|(?:told|tells)\s+{_HEARER})"
    r"(?:\s+(?:on|in|at|last|this|late|early|earlier)\b[^.;,]*)?(?=\s*[.;,!?\"”’)]|\s*$)|"
    # the outlet it came through: ", per TMZ"
    r",\s*per\s+(?:the\s+)?[A-Z][\w!.'’&-]*(?:\s+[A-Z][\w!.'’&-]*){0,3}|"
    # the other way round: ', said a Google spokesperson', '," says Dr Smith'
    r"[,][\"”’']?\s*(?:said|says|added|explained|wrote)\s+(?:(?:a|an|the)\s+)?"
    # ... after what they are: "says study author Dr. Jane Smith", "said lead researcher"
    r"(?:(?!(?:on|in|at|of|for|about|with|by|last|this|that|after|before|during|when|while|as|"
    r"to|it|he|she|they|we|i|you|was|were|is|are|had|has|have|would|will)\b)"
    r"[a-z][\w-]*\s+){0,3}[A-Z][\w.'’-]*"
    r"(?:\s+(?!(?:on|in|at|after|before|during|last|this|when|while|as)\b)[\w.'’-]+){0,3}|"
    # the outlet that heard it: "told Reuters", "told the Daily Mail newspaper", "tells
    # WebMD" (a name with a capital inside is a brand's)
    rf"\b(?:told|tells)\s+(?:(?:{_OUTLETS})(?:\s+news\s+agency)?|[A-Z][a-z]{{2,}}[A-Z][A-Za-z]*|"
    r"(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s+"
    r"(?:news\s+agency|newspaper|broadcaster|radio|television|magazine|in\s+an\s+interview))\b",
)


# a verb of saying: the sentence still says someone said it
REPORTING = re.compile(
    r"\b(said|says|say|told|tells|added|adds|insists?|insisted|claims?|claimed|stated|states|"
    r"according\s+to|announced|argued|argues|warned|warns|emphasi[sz]ed|stressed|noted|"
    r"explained|predicted|confident)\b",
    re.IGNORECASE,
)


def attribution_changes(
    suspect: Sentence,
    sources: list[Sentence],
    article_stems: Set[str],
    swaps: bool = False,
    article_text: str = "",
) -> list[Change]:
    """A different party named as the one who said it: "according to ..." a party the
    source never names; or another named speaker ("said Ledley King" for the source's "said
    Jermaine Jenas"), where the sentence follows its source closely (``swaps``) or reports
    the very words of a source sentence whose speaker is another."""
    s_attr = _attributor(suspect.text)
    t_attr = [(s, a) for s in sources for a in [_attributor(s.text)] if a]
    if not (s_attr and t_attr):
        # a speaker for an "according to" party, or the other way round
        s_attr = _speaker(suspect.text) or _named(_attributor(suspect.text))
        t_attr = [
            (s, a)
            for s in sources
            for a in (_speakers(s.text) or [x for x in [_named(_attributor(s.text))] if x])
        ]
        # a quote or claim moved to another named speaker: none of the source's is named
        if not (s_attr and t_attr) or any(
            stems(s_attr[2]) & stems(a[2]) or _one_person(s_attr[2], a[2], article_text)
            for _, a in t_attr
        ):
            return []
        # the source reports the suspect's speaker saying it ("Smith said Jones had told him")
        if any(_reported_speaking(s_attr[2], s.text) for s in sources):
            return []
        if not swaps:
            # a loose paraphrase: only a source sentence whose words it reports
            t_attr = [(s, a) for s, a in t_attr if _reports(suspect.text, s_attr, s.text)]
            if not t_attr:
                return []
        article_stems = set()
    src, (t_start, t_end, t_words) = t_attr[0]
    a_start, a_end, a_words = s_attr
    if stems(a_words) & stems(t_words) or stems(a_words) <= article_stems:
        return []
    if name_stems(a_words) and name_stems(a_words) <= _known_as(t_words, [src]):
        return []  # the body the source's speaker speaks for: "Jane Doe, a spokeswoman for Acme"
    if abbreviates(a_words, t_words):
        return []  # "the CDC" for "the Centers for Disease Control and Prevention"
    return [
        Change(
            "attribution",
            Span(suspect.start + a_start, suspect.start + a_end, a_words),
            Span(src.start + t_start, src.start + t_end, t_words),
            f"attributed to '{a_words}' where the source says '{t_words}'",
        )
    ]


def speaker_swapped(
    suspect: Sentence, sources: list[Sentence], article_sentences: Sequence[Sentence] = ()
) -> list[Change]:
    """What a source sentence quotes or reports, given another named speaker: "Dr. Bove
    said the study gives reason for enthusiasm" where the source has it said by Dr. Yancy,
    in that sentence, or before it ("he said"; a quote that runs on over sentences).

    Quiet when the suspect's speaker is named where the source gives the words (its
    sentence, the sentences back to the speaker's name, or where the article names the
    source's speaker: "Greg Abbott", "Mr Lee, the council's leader"), or the source says
    them without a named speaker (a group, "the report said", or the article itself).
    ``article_sentences``: the source's sentences, in which ``sources`` are found by index
    (none: ``sources`` alone)."""
    if suspect.role != "body":
        return []
    named = [s for s in said_by(suspect.text) if name_stems(s.words)] or _spoken_for(suspect.text)
    if not named:
        return []
    claimed = named[0]
    # "X said ..., and Y said ...": either may be the source's speaker
    mine = set().union(*(name_stems(head_name(s.words)) for s in named))
    said = suspect.text
    for s in named:
        said = said[: s.phrase_start] + " " * (s.phrase_end - s.phrase_start) + said[s.phrase_end :]
    content = {w for w in stems(said) if w not in FUNCTION_STEMS and w not in STOPWORDS}
    sentences = list(article_sentences) or sources
    others: list[Speaker] = []
    for src in sources:
        shared = content & stems(src.text)
        if len(shared) < _SAID_WORDS or len(shared) < _SAID_SHARE * len(content):
            continue
        if mine & name_stems(src.text):
            return []  # "Jones told Smith ...": the suspect's speaker is in it
        speaker = speaker_of(src.index if article_sentences else sources.index(src), sentences)
        if speaker is None:
            continue
        there = name_stems(" ".join(s.text for s in speaker.context))
        if mine & (there | _known_as(head_name(speaker.words), sentences)):
            return []
        if abbreviates(claimed.words, speaker.words):
            return []  # "The CDC says" for "the Centers for Disease Control"
        others.append(speaker)
    if not others:
        return []
    other = others[0]
    where = "" if other.sentence in sources else " (named before the words it says)"
    return [
        Change(
            "attribution",
            Span(suspect.start + claimed.start, suspect.start + claimed.end, claimed.words),
            Span(other.sentence.start + other.start, other.sentence.start + other.end, other.words),
            f"attributed to '{claimed.words}' where the source has '{other.words}' say it{where}",
        )
    ]


# who speaks for an organisation, unnamed: "a Commerce Department spokesperson told
# Reuters", "said a Google spokesman", "a spokeswoman for Acme said"
_FOR = r"(?:spokes(?:person|man|woman)|representative)"
_ORG = r"(?P<org>(?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&.-]*)"
_SPOKEN_FOR = (
    re.compile(
        rf"\b(?:[Aa]n?|[Tt]he)\s+{_ORG}\s+{_FOR}\s+"
        r"(?:said|says|told|tells|added|explained|confirmed)\b"
    ),
    re.compile(rf"\b(?:said|says|added|explained)\s+(?:an?|the)\s+{_ORG}\s+{_FOR}\b"),
    re.compile(
        rf"\b(?:[Aa]n?|[Tt]he)\s+{_FOR}\s+for\s+(?:the\s+)?{_ORG}\s+"
        r"(?:said|says|told|tells|added|explained|confirmed)\b"
    ),
)


def _spoken_for(text: str) -> list[Said]:
    """The organisation an unnamed spokesperson of a sentence speaks for, as its speaker
    (read only on the suspect's side: a source's unnamed spokesperson is a role its
    sentences may name elsewhere)."""
    found = []
    for pattern in _SPOKEN_FOR:
        for m in pattern.finditer(text):
            org = m.group("org")
            if name_stems(org):
                found.append(Said(m.start("org"), m.end("org"), org, m.start(), m.end()))
    return sorted(found)


# a source sentence gives what the suspect's speaker says when it has this share of the
# suspect's content words, and at least this many
_SAID_SHARE = 0.3
_SAID_WORDS = 3


def _known_as(name: str, sentences: Sequence[Sentence]) -> set[str]:
    """The name stems the article gives a speaker with the name: the full name and what
    places it ("Greg Abbott", "Mr Ballard, of the City Council,", "a spokesman for
    Unison")."""
    last = re.findall(r"[A-Z][\w'’-]+", name)[-1:]
    if not last:
        return set()
    around = re.compile(
        # "White House press secretary Karine Jean-Pierre", "Jane Doe, a spokeswoman for Acme"
        rf"(?:[A-Z][\w'’.&-]*\s+(?:(?:[a-z]+\s+)?{_ROLE}\s+)?|(?:of|for|at|from)\s+(?:the\s+)?)*"
        rf"{re.escape(last[0])}(?:\s+[A-Z][\w'’.&-]*)*"
        # (not the next name of a list: "Study authors: ..., Jose U. Scher, Soumya Reddy, ...")
        r"(?:,\s+(?!(?:who|whose|which|whom)\b)(?!(?:[A-Z][\w'’.-]*\s*)+(?:,|$))"
        r"[^,;]{1,100}(?:,|$))?"
    )
    return {w for s in sentences for m in around.finditer(s.text) for w in name_stems(m.group())}


# a speech verb right after a name, past an auxiliary: "Jones had told him", "Pelosi says"
_SPEAKS = (
    r"(?:\s+(?:had|has|have|also|later|then|reportedly))*\s+"
    r"(?:told|tells|said|says|added|stated|claimed|warned|insisted|explained|wrote)\b"
)


def _one_person(said: str, source_said: str, article_text: str) -> bool:
    """Are two speakers one person the article names in full: "Greg" and "Abbott" where it
    writes "Greg Abbott"?"""
    a = re.findall(r"[A-Z][\w’'-]+", said)[-1:]
    b = re.findall(r"[A-Z][\w’'-]+", source_said)[-1:]
    if not (a and b) or a == b:
        return False
    x, y = re.escape(a[0]), re.escape(b[0])
    return bool(re.search(rf"\b(?:{x}\s+{y}|{y}\s+{x})\b", article_text))


def _reported_speaking(speaker: str, source: str) -> bool:
    """Does a source sentence report this speaker (by the last word of the name) saying
    something, inside another's report ("Smith said Jones had told him ...")?"""
    last = re.findall(r"[A-Z][\w’'-]+", speaker)[-1:]
    return bool(last) and bool(re.search(rf"\b{re.escape(last[0])}{_SPEAKS}", source))


# a suspect reports a source sentence when this share of its own content words are that
# sentence's, and has at least this many of them
_REPORTED_SHARE = 0.7
_REPORTED_WORDS = 5


def _reports(suspect: str, speaker: tuple[int, int, str], source: str) -> bool:
    """Does the suspect say, its speaker aside, what this source sentence says: most of its
    content words are that sentence's ("Nalbandian said it was always tough serving second"
    for "It was always tough serving second," said Hewitt)?"""
    said = suspect[: speaker[0]] + suspect[speaker[1] :]
    mine = {w for w in stems(said) if w not in FUNCTION_STEMS and w.lower() not in STOPWORDS}
    shared = mine & stems(source)
    return len(mine) >= _REPORTED_WORDS and len(shared) >= _REPORTED_SHARE * len(mine)


def speaker_retyped(suspect: Sentence, changes: list[Change]) -> list[Change]:
    """A name swapped inside the sentence's attribution ("according to the American Cancer
    Society" for "... the National Cancer Institute", "KPMG said" for "Ernst & Young said")
    changes who said it: an attribution change, not an entity one."""
    spans = [(suspect.start + a, suspect.start + b) for a, b in _speaker_spans(suspect.text)]
    for i, c in enumerate(changes):
        if (
            c.type == "entity"
            and c.suspect is not None
            and any(a <= c.suspect.start and c.suspect.end <= b for a, b in spans)
        ):
            said = replace(c, type="attribution", explanation=f"who said it: {c.explanation}")
            return [*changes[:i], said, *changes[i + 1 :]]
    return changes


@dataclass(frozen=True)
class Attribution:
    """An "according to X" or "X said" of a sentence: offsets in its text, the phrase and
    the stems of the parties it names (the speaker; an outlet that heard it too)."""

    start: int
    end: int
    phrase: str
    parties: frozenset[str]
    #: what a party of several capitalised words may be written as ("the International
    #: Monetary Fund": IMF; "Ireland's Health Service Executive": HSE, IHSE)
    acronyms: frozenset[str] = frozenset()
    #: the stem of the outlet it was told to ("told Reuters": reute), also in ``parties``
    outlet: str | None = None

    def named_in(self, said: Set[str]) -> bool:
        """Does a text name a party of it? ``said``: its :func:`stems` and :func:`acronyms`."""
        return bool(self.parties & said or self.acronyms & said)


def attributions(text: str) -> Iterator[Attribution]:
    """Every attribution of a sentence with the parties it names ("according to Russia's
    Tass": Tass; "UBS economist Maury Harris told Reuters": Harris and Reuters; "according
    to researchers": researchers)."""
    found = list(ATTRIBUTION.finditer(text))
    if m := _LEADING_ATTRIBUTION.match(text):
        found.append(m)
    # "Lavrov told Reuters" holds "told Reuters": one attribution, the longer
    found.sort(key=lambda m: (m.start(), -m.end()))
    found = [
        m
        for i, m in enumerate(found)
        if not any(k.start() <= m.start() and m.end() <= k.end() for k in found[:i])
    ]
    for m in found:
        phrase = m.group().lstrip(", \"”’'").strip().rstrip(".")
        names = [
            n.group()
            for n in re.finditer(r"[^\W\d_][\w’'-]*", phrase)
            if n.group()[0].isupper()
            and len(n.group()) > 2
            and n.group().lower() not in _NOT_NAMES
            # "on Monday", "in May": when, not who ("Theresa May" is who)
            and not (calendar_names(n.group()) and _WHEN.search(phrase[: n.start()]))
        ]
        told = re.search(r"\b(?:told|tells)\b", phrase)
        outlet = None
        if names:  # the named party, e.g. the agency in "according to Russia's Tass"
            named = [names[-1]]
            if told:
                # "X told Reuters" names two: the speaker and the outlet that heard it
                heard = [n for n in names if phrase.find(n) > told.start()]
                proper = [n for n in heard if n.lower() not in _OUTLET_WORDS] or heard[-1:]
                speaker = [n for n in names if phrase.find(n) < told.start()][-1:]
                named = proper[:1] + speaker
                outlet = _stem(proper[0]) if proper else None
            parties = {_stem(n) for n in named}
        else:
            words = {
                w
                for w in re.findall(r"[^\W\d_]{4,}", phrase.lower())
                if not calendar_names(w)  # "police said on Monday": the police
            } - _NOT_A_PARTY
            parties = {w[:5] for w in words} - _SAY_WORDS
        # "the International Monetary Fund" is also "the IMF"
        initials = "".join(n[0] for n in names)
        written = {
            initials[i:j] for i in range(len(initials)) for j in range(i + 3, len(initials) + 1)
        }
        start = m.start() + m.group().index(phrase)
        yield Attribution(
            start, start + len(phrase), phrase, frozenset(parties), frozenset(written), outlet
        )


def _stem(name: str) -> str:
    """A name as :func:`stems` reads it: "Russia's": russi; "O'Brien": brien; "Bai-Lin": bai
    (stems splits at the hyphen)."""
    return max(re.split(r"[’'-]", name), key=len).lower()[:5]


# words of an outlet's name that name no outlet ("BBC News", "the Daily Mail")
_OUTLET_WORDS = frozenset("news online daily sunday weekly radio television magazine".split())


def dropped_attribution(
    suspect: Sentence, sources: list[Sentence], said_beside: Set[str]
) -> list[Change]:
    """The source gives a forecast or estimate "according to" someone; the suspect states
    it as its own. (A reported fact whose "according to" was dropped is listed among the
    omissions only: on the train half of news_consistency and f3, summaries and faithful
    paraphrases drop those routinely, and the farm cases' labels keep them `supported`.)

    ``said_beside``: stems and acronyms of the suspect sentences next to this one. A party
    named there
    ("Dr Oken led the study. The benefit may be hard to measure.") still attributes it; a
    suspect sentence with a reporting verb of its own is left to ``attribution_changes``.
    """
    if suspect.role != "body" or REPORTING.search(suspect.text) or _HEARSAY.search(suspect.text):
        return []
    suspect_stems = stems(suspect.text)
    said = suspect_stems | acronyms(suspect.text) | said_beside
    for src in sources:
        for a in attributions(src.text):
            if not a.phrase.lower().startswith("according") or not a.parties or a.named_in(said):
                continue
            clause = _attributed_clause(src.text, a)
            cue = _FORECAST.search(clause)
            if cue is None or not expresses(suspect_stems, clause, cue.end()):
                continue  # a reported fact keeps its source in the omissions list
            claim = stems(clause) - FUNCTION_STEMS
            if len(claim & suspect_stems) < _CLAIM_SHARE * len(claim):
                continue  # the suspect drew on another part of a long sentence
            return [
                Change(
                    "attribution",
                    None,
                    Span(src.start + a.start, src.start + a.end, a.phrase),
                    f"the source attributes this ('{a.phrase}'); the suspect states it "
                    "without saying who",
                )
            ]
    return []


def _attributed_clause(text: str, attribution: Attribution) -> str:
    """The clause an attribution governs, the attribution itself left out."""
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    start = max(c for c in cuts if c <= attribution.start)
    end = min(c for c in cuts if c >= attribution.end)
    return text[start : attribution.start] + " " + text[attribution.end : end]


# a forecast or estimate: someone's judgement, which unattributed reads as the writer's
# ("would" is mostly reported speech; "May" is mostly the month)
_FORECAST = re.compile(
    r"\b(?:(?i:will|could|might|expects?|expected|likely|predicts?|predicted|forecasts?|"
    r"projected|estimates?|estimated|set\s+to|going\s+to)|may)\b"
)


_CLAUSE_BREAK = re.compile(r"[;:]\s|,\s+(?=(?:but|though|although|while|whereas|and)\b)")
# a claim still said to come from someone, if not whom: "reportedly", "sources say"
_HEARSAY = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|reports?|reported|sources?|rumou?red)\b",
    re.IGNORECASE,
)
# the share of an attributed claim's words a suspect sentence must carry to have dropped
# its attribution (below it, the sentence drew on another part of its source sentence)
_CLAIM_SHARE = 0.5
_SAY_WORDS = {"accor", "said", "says", "added", "told", "repor", "state", "annou", "confi"}
_SAY_WORDS |= {"wrote", "write", "expla", "noted", "concl"}
# what an "according to" may follow that is nobody ("according to plan")
_NOT_A_PARTY = frozenset(
    "plan plans planned schedule scheduled tradition custom rules rule law laws script design "
    "protocol procedure procedures instructions expectations guidelines regulations terms".split()
)
# capitalised words of an attribution that name nobody ("According to", "As reported by")
_NOT_NAMES = frozenset(
    "according as reported announced stated confirmed obtained said says told added the".split()
)
_WHEN = re.compile(r"\b(?:on|in|at|since|until|last|this|next|early|late)\s+$", re.IGNORECASE)
# A source sentence that names who said it at its start: "Dr. Oken said the study ...",
# "Professor Dautenhahn told BBC News Online ..."
_LEADING_ATTRIBUTION = re.compile(
    r"^(?!(?:He|She|They|It|We|I|You|This|That)\s)(?:"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?(?:[A-Z][\w’'-]*\s+){1,4}"
    rf"|(?=[A-Z])(?i:{_SPEAKER_KIND})\s+"
    r")(?:said|says|say|told\s+(?:[A-Z][\w’'-]*\s*){1,4}|added|noted|explained)\b"
)


def _speaker_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence names who said it: the speaker of "X said" or "..., said X", and the
    party of "according to X" up to what qualifies it ("a Pew survey", not "of Samsung
    users")."""
    spans = [(a, b) for a, b, _ in _speakers(text)]
    for pattern in (_ACCORDING_HEAD, _SAID_BY, _BY_WHO_SAID):
        spans += [(m.start(1), m.end(1)) for m in pattern.finditer(text)]
    return spans


# lower-case words after "said" that are no title: how, when or through what it was said
# ("said via Twitter", "said amid Brexit", "said late Friday", "said separately Monday")
_NOT_TITLES = sorted(
    STOPWORDS
    | set(
        "via amid amidst despite following ahead late early earlier later overnight today "
        "tonight yesterday told citing according outside inside near sources".split()
    )
)
# "..., said SEC chairman William Donaldson." and "accountancy firm KPMG said that ..."
_SAID_BY = re.compile(
    # a title before the name may be in lower case: "..., said harbour master Ana Ruiz."
    # (not "said at the White House", "said on Tuesday", "said via Twitter")
    rf"\b(?:said|says)\s+((?:(?!(?:{'|'.join(_NOT_TITLES)})\b|[a-z]+ly\b)[a-z]+\s+){{0,3}}[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|of|the|for|and|chairman|"
    r"chairwoman|spokesman|spokeswoman|spokesperson|director|chief|executive|president|"
    r"minister|secretary|head|leader|professor|analyst|economist))*)(?=\s*(?:[,;:]|\.?$))"
)
_BY_WHO_SAID = re.compile(
    r"((?:[A-Z][\w&’'.-]*)(?:\s+(?:&\s+)?[A-Z][\w&’'.-]*)*)\s+(?:said|says|told)\b"
)
_ACCORDING_HEAD = re.compile(
    r"\baccording\s+to\s+(.+?)(?=\s+(?:of|who|which|that|in|on|at|for|from|published)\b|"
    r"[,.;:]|$)",
    re.IGNORECASE,
)


def _attributor(text: str) -> tuple[int, int, str] | None:
    """The party after "according to": its offsets in ``text`` and its words."""
    m = re.search(
        r"\baccording\s+to\s+((?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Gov|Rep|Gen|Lt|Col|Sgt|St)\.\s+)?[^,.;]+)",
        text,
        re.IGNORECASE,
    )
    if m:
        return m.start(1), m.end(1), m.group(1)
    return None


def _named(party: tuple[int, int, str] | None) -> tuple[int, int, str] | None:
    """An "according to" party that names someone, not a role ("the chancellor", "the
    study's lead author") that may be the source's named speaker."""
    return party if party is not None and re.search(r"\b[A-Z]", party[2]) else None


def _speaker(text: str) -> tuple[int, int, str] | None:
    """The first named speaker of the sentence (see ``_speakers``)."""
    return next(iter(_speakers(text)), None)


def _speakers(text: str) -> list[tuple[int, int, str]]:
    """Every named speaker of "X said ..." or "..., said X": offsets in ``text`` and words.
    A name, not a pronoun, a group ("Critics said"), a day or a possessive; words before it
    that name nothing ("But Smith said") are left out."""
    found = []
    for pattern in _SPEAKERS_NAMED:
        for m in pattern.finditer(text):
            start, words = m.start("name"), m.group("name").split()
            while words and words[0].lower().rstrip(".") in _NOT_A_NAME:
                start = text.index(words[1], start) if len(words) > 1 else start
                words = words[1:]
            name = " ".join(words)
            if name and stems(name) and not re.search(r"['’]s$", name):
                found.append((start, start + len(name), name))
    return found


_NAME = (
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Gov|Rep)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
)
# a job title before a name ("WWF Scotland director Lang Banks said", "economist Maury
# Harris told Reuters")
_ROLE = (
    r"(?:director|spokesman|spokeswoman|spokesperson|chief|executive|secretary|minister|"
    r"president|chairman|chairwoman|economist|analyst|professor|officer|head|leader|manager|"
    r"founder|author|researcher|coach|captain|governor|senator|mayor|lawyer|attorney|editor|"
    r"correspondent|reporter|columnist|commentator|adviser|advisor|official|strategist)"
)
# "..., said Jane Smith", and "Jane Smith said ...", "..., Jane Smith told reporters"
_SPEAKERS_NAMED = (
    re.compile(
        rf"[,\"”'’]\s*(?:said|says|added|explained)\s+{_NAME}(?=\s*(?:[,.;]|$)|\s+(?:after|on|in|at|of|who|during|before|when|as)\b)"
    ),
    re.compile(
        rf"(?:^|[,;\"”'’]\s*|\b(?:while|and|but|as|whereas)\s+|\b{_ROLE}\s+)"
        # "Mr Newton also said", "Sky News reported that"
        rf"{_NAME}\s+(?:(?:also|later|then|further|again|previously)\s+)?"
        r"(?:said|says|told|reported(?=\s+that\b))\b"
    ),
)
_NOT_A_NAME = (
    frozenset(
        "officials police experts researchers scientists doctors analysts critics opponents "
        "supporters residents locals sources others many some everyone nobody one both "
        "authorities campaigners fans witnesses observers insiders neighbours neighbors "
        "parents teachers students workers economists investigators yesterday today "
        "monday tuesday wednesday thursday friday saturday sunday january february march "
        "april may june july august september october november december".split()
    )
    | STOPWORDS
)
