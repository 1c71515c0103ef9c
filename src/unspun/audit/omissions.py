"""Omissions: source passages the suspect leaves out, attributions and credits included."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..align import Alignment, AlignOptions
from ..documents import Sentence
from ..results import Finding, Omission, OmissionKind
from .attribution import REPORTING, Attribution, attributions
from .numbers import numbers_in
from .text import acronyms, stems

__all__ = ["find_omissions", "used_source_sentences"]

# --- omissions ---------------------------------------------------------------------------

_OMISSION_KIND: dict[str, OmissionKind] = {
    "credit": "credit",
    "byline": "byline",
    "dateline": "dateline",
}


# a photo credit inside a sentence: "(Photo: Instagram / @normancook)", "Rodin Eckenroth/
# Getty Images", "(Image: Getty Images North America)"
_INLINE_CREDIT = re.compile(
    r"(?i:\((?:photo|image|picture|video)s?(?:\s+credit)?\s*:[^)]{2,80}\))|"
    # a hat tip to the site a story was taken from: "(h/t Young Conservatives)"
    r"(?i:\((?:h/t|hat\s+tip)\b:?[^)]{2,80}\))|"
    # a photographer's name, two words or three, then the agency
    r"(?<![\w.])(?:[A-Z][\w'’-]+\s){1,2}[A-Z][\w'’-]+\s?/\s?(?i:Getty\s+Images|AFP|Reuters|EPA|"
    r"Shutterstock|PA\s+Images|AP\s+Photo)(?:\s+(?:for|via)\s+[A-Z][\w'’-]+)?|"
    # ... or any name and body, when the pair ends the line as a credit does: "Greg Lewis /
    # Hulu", "Gilank Bara Verdana / Ravastra Design Studio, Science Translational Medicine"
    r"(?<![\w.])(?:[A-Z][\w'’-]+\s){1,2}[A-Z][\w'’-]+\s/\s[A-Z][\w'’&-]*"
    r"(?:\s(?:for\s|via\s)?[A-Z][\w'’&-]*){0,4}(?:,(?:\s[A-Z][\w'’&-]*){1,4})?(?=\s*$|\s{2,}|\s*\n)"
)
# words of a clause that tell nothing about what it says
_CLAUSE_FILLER = frozenset(
    "that this with from have been their there which would could about they were when what "
    "also into more than other some such only them then these those will your said says "
    "told added".split()
)
_CAPTION_WORDS = 30  # a caption a photo credit follows is at most this long
# a clause left out of a sentence the suspect otherwise uses: this many content words at least,
# and at most this share of them anywhere in the suspect sentences that use the sentence
_DETAIL_WORDS = 4
_FIGURE_WORDS = 2  # ... or this many, with a figure the suspect never gives ("lasted seven days")
_DETAIL_KEPT = 0.2
_FIGURE_KEPT = 0.5  # ... or at most this share, with a figure and a word it never gives
# a source sentence only close to the suspect is carried when at least this share of its
# content words is said in one place of the suspect: most of them
_CARRIED = 0.5


def find_omissions(
    source_id: str,
    source_sentences: list[Sentence],
    used: Iterable[int],
    findings: list[Finding],
    suspect_text: str,
) -> list[Omission]:
    """Source sentences the suspect never draws on; and, in those it uses, the attributions,
    photo credits and clauses its sentences drop."""
    used_set = set(used)
    whole_suspect = stems(suspect_text) | acronyms(suspect_text)
    all_numbers = numbers_in(suspect_text, every_reading=True)
    suspect_words = set(_CREDIT_WORD.findall(suspect_text.lower()))
    by_index = {f.index: f for f in findings}
    using: dict[int, list[Finding]] = {}
    for f in findings:
        for j in f.source_indices:
            using.setdefault(j, []).append(f)
    omissions: list[Omission] = []
    for sentence in source_sentences:
        if sentence.index not in used_set or _caption_under_headline(
            sentence, source_sentences, using.get(sentence.index, [])
        ):
            # one passage, listed once: the attributions and credits it holds go with it,
            # called out on it (an "AFP said" listed again on its own would read as a
            # second thing left out)
            parts = _dropped_attributions(source_id, sentence, whole_suspect, whole_suspect)
            parts += _dropped_credits(source_id, sentence, suspect_words)
            parts.sort(key=lambda o: o.start)
            omissions.append(
                Omission(
                    source_id,
                    sentence.index,
                    sentence.start,
                    sentence.end,
                    sentence.text,
                    _OMISSION_KIND.get(sentence.role, "content"),
                    tuple(parts),
                )
            )
            continue
        credited = local = whole_suspect  # as close as an aligned sentence, but paired with none
        if sentence.index in using:
            # what the suspect says where it uses this sentence, and next to it
            near = {g.index + d for g in using[sentence.index] for d in (-1, 0, 1)}
            said = " ".join(by_index[i].text for i in sorted(near) if i in by_index)
            credited = local = stems(said) | acronyms(said)
            own = " ".join(g.text for g in using[sentence.index])
            if not _REPORTED.search(own):
                # a claim told with no one saying it keeps its speaker only by naming them:
                # "Doshi said" beside it credits the claim before, not this one
                credited = stems(own) | acronyms(own)
        omissions.extend(_dropped_attributions(source_id, sentence, credited, whole_suspect))
        omissions.extend(_dropped_credits(source_id, sentence, suspect_words))
        if sentence.index in using and sentence.role == "body":
            omissions.extend(_dropped_quotes(source_id, sentence, local, omissions))
            omissions.extend(
                _dropped_details(
                    source_id,
                    sentence,
                    local,
                    whole_suspect,
                    all_numbers | _altered_figures(using[sentence.index]),
                    omissions,
                )
            )
    omissions.sort(key=lambda o: (o.index, o.start, o.kind != "content"))
    return omissions


def _caption_under_headline(
    sentence: Sentence, source_sentences: list[Sentence], users: list[Finding]
) -> bool:
    """Is a source photo caption drawn on only by suspect headlines? A headline sums up the
    story and lands near the caption that names its subject; the caption is still left out.
    A caption: a caption line, or a short one a photo credit follows ('Shailene Woodley at
    the premiere of "Adrift." Rodin Eckenroth/Getty Images')."""
    if not users or any(f.role != "headline" for f in users):
        return False
    if sentence.role == "caption":
        return True
    after = sentence.index + 1
    return (
        len(sentence.text.split()) <= _CAPTION_WORDS
        and after < len(source_sentences)
        and _INLINE_CREDIT.match(source_sentences[after].text) is not None
    )


def _dropped_attributions(
    source_id: str, sentence: Sentence, local: set[str], whole_suspect: set[str]
) -> list[Omission]:
    """The "according to X" and "X said" of this sentence whose X the suspect does not name
    where it uses the sentence (``local``), or whose outlet ("told Reuters") it names
    nowhere: an outlet is credited once for the whole story."""
    return [
        Omission(
            source_id,
            sentence.index,
            sentence.start + a.start,
            sentence.start + a.end,
            a.phrase,
            "attribution",
        )
        for a in attributions(sentence.text)
        if _uncredited(a, local, whole_suspect)
    ]


def _uncredited(a: Attribution, local: set[str], whole_suspect: set[str]) -> bool:
    speakers = a.parties - {a.outlet}
    if a.outlet is not None and a.outlet not in whole_suspect:
        return True
    return bool(speakers) and not speakers <= local and not a.acronyms & local


def _dropped_credits(source_id: str, sentence: Sentence, suspect_words: set[str]) -> list[Omission]:
    """Photo credits inside a sentence that the suspect does not carry (whole words: the
    handle "sofiarichie" is not carried by "Sofia")."""
    if sentence.role == "credit":
        return []  # the whole sentence is a credit line: reported as one when left out
    out = []
    for m in _INLINE_CREDIT.finditer(sentence.text):
        words = set(_CREDIT_WORD.findall(m.group().lower())) - _CREDIT_GENERIC
        if words and not words <= suspect_words:
            start = sentence.start + m.start()
            out.append(
                Omission(
                    source_id, sentence.index, start, start + len(m.group()), m.group(), "credit"
                )
            )
    return out


_CREDIT_WORD = re.compile(r"[a-z0-9]{3,}")
_CREDIT_GENERIC = frozenset("photo photos image images picture video credit getty via for".split())


def _altered_figures(findings: list[Finding]) -> set[str]:
    """The source's figures that these suspect sentences give altered ("$2,684" for
    "$2,864"): carried, and flagged as changed, not left out."""
    said = " ".join(c.source.text for f in findings for c in f.changes if c.source is not None)
    return numbers_in(said, every_reading=True)


def _dropped_details(
    source_id: str,
    sentence: Sentence,
    local: set[str],
    whole: set[str],
    all_numbers: set[str],
    found: list[Omission],
) -> list[Omission]:
    """Runs of clauses in a used sentence whose content the suspect leaves out ("which lasted
    seven days", "alongside Reese Witherspoon, Nicole Kidman and Meryl Streep"): few of their
    words where the suspect uses the sentence (``local``), and a figure or name it never
    gives anywhere (``whole``, ``all_numbers``)."""
    taken = [(o.start, o.end) for o in found if o.index == sentence.index]
    runs: list[list[re.Match[str]]] = [[]]
    for m in _CLAUSE.finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        words = _clause_words(m.group())
        left_out = (
            bool(words)
            and not any(a < end and start < b for a, b in taken)
            and (
                sum(w in local for w in words) <= _DETAIL_KEPT * len(words)
                # a figure and a word the suspect never gives: "and the risk of esophageal
                # cancer death was 60 percent lower" beside the kept lung and colorectal ones
                or sum(w in local for w in words) <= _FIGURE_KEPT * len(words)
                and bool(numbers_in(m.group()) - all_numbers - {"1"} and words - whole)
            )
            and not _URL.search(m.group())
        )
        if left_out:
            runs[-1].append(m)
        elif runs[-1]:
            runs.append([])
    out = []
    for run in runs:
        if not run:
            continue
        text = sentence.text[run[0].start() : run[-1].end()]
        clause = text.strip()
        figures = numbers_in(clause) - all_numbers
        if len(_clause_words(clause)) < (_FIGURE_WORDS if figures else _DETAIL_WORDS):
            continue
        # a fact a reader would miss: a figure or a name the suspect does not give there;
        # a clause of plain words may just be said in other words
        opens = not sentence.text[: run[0].start()].strip()
        names = set().union(
            *(
                stems(w)
                for k, w in enumerate(re.findall(r"[A-Z][\w’'-]{2,}", clause))
                if not (k == 0 and opens and clause.startswith(w))
            )
        )
        if figures or (names - whole):
            start = sentence.start + run[0].start() + (len(text) - len(text.lstrip()))
            out.append(
                Omission(source_id, sentence.index, start, start + len(clause), clause, "detail")
            )
    return out


# someone said to say it, by name or not ("he said", "the singer says", "she cautioned"):
# the verbs of saying attribution.py knows, and the looser ones a rewrite reports with
_REPORTED = re.compile(
    rf"{REPORTING.pattern}|\b(?:conced(?:ed|es)|caution(?:ed|s)|admit(?:ted|s)|"
    r"acknowledg(?:ed|es)|suggest(?:ed|s)|urg(?:ed|es)|recall(?:ed|s)|reveal(?:ed|s)|joked?|wr(?:ote|ites)|"
    r"tweet(?:ed|s)|post(?:ed|s)|call(?:ed|s)|describ(?:ed|es)|believ(?:ed|es)|thinks?|thought|"
    r"report(?:ed|s)|confirm(?:ed|s)|quot(?:ed|es))\b",
    re.IGNORECASE,
)
# quoted words: straight or curly double quotes, or single ones around a longer run
_QUOTED = re.compile(r"[\"“]([^\"”]{12,})[\"”]|(?<!\w)['‘]([^'’]{20,})['’](?!\w)")
# a quote of at least this many content words, at most this share of them where the
# suspect uses its sentence, was left out (said in other words, it is no longer a quote)
_QUOTE_WORDS = 3
_QUOTE_KEPT = 0.34


def _dropped_quotes(
    source_id: str, sentence: Sentence, local: set[str], found: list[Omission]
) -> list[Omission]:
    """The quotes of a used sentence the suspect leaves out where it uses it: '"The main
    motivation now is money," said Gary Stowell' told as "Stowell said gangs are turning to
    computer crime because the returns are high" keeps the speaker and drops his words."""
    taken = [(o.start, o.end) for o in found if o.index == sentence.index]
    out = []
    for m in _QUOTED.finditer(sentence.text):
        words = _clause_words(m.group(1) or m.group(2))
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if (
            len(words) >= _QUOTE_WORDS
            and sum(w in local for w in words) <= _QUOTE_KEPT * len(words)
            and not any(a < end and start < b for a, b in taken)
        ):
            out.append(Omission(source_id, sentence.index, start, end, m.group(), "detail"))
    return out


# "one" counts nothing often enough ("one of the first questions") to be no figure here;
# and a web address is no fact
_URL = re.compile(r"https?:|www\.", re.IGNORECASE)


# a clause: up to a comma (not one inside a figure, "31,671"), a colon, a bracket or a dash,
# or where "and" opens another ("..., the risk of X was 40 percent lower and the risk of Y
# was 60 percent lower"; not a list of names, "Nicole Kidman and Meryl Streep") or a
# participle adds a fact ("... over Helena Dretar-Karic having earlier beaten Sigala Lopez")
_CLAUSE = re.compile(
    r"(?:(?!\s+and\s+(?:the|a|an|his|her|their|its)\s|\s+having\s)"
    r"(?:[^,;:()\[\]—–]|(?<=\d),(?=\d{3})))+"
)


def _clause_words(clause: str) -> set[str]:
    return {
        w[:5]
        for w in re.findall(r"[a-z]+", clause.lower())
        if len(w) > 3 and w[:5] not in _CLAUSE_FILLER
    }


def used_source_sentences(
    alignment: Alignment,
    options: AlignOptions,
    source_sentences: list[Sentence],
    suspect_sentences: list[Sentence],
) -> set[int]:
    """Source sentences the suspect draws on: aligned, or as close as an aligned one and
    said in one place of the suspect (most of its content words in a suspect sentence and
    the ones next to it). Closeness alone is weak evidence: a suspect headline or a sentence
    on the same theme reaches the alignment bar while the passage is left out ("Already, one
    company ... has developed" is only close to the headline "SPORTS SAFETY")."""
    used = set(alignment.used_source)
    if not alignment.matrix.size:
        return used
    close = [int(j) for j in (alignment.matrix.max(axis=0) >= options.match).nonzero()[0]]
    close = [j for j in close if j not in used]
    if not close:
        return used
    words = [_clause_words(s.text) for s in suspect_sentences]
    places = [set().union(*words[max(0, i - 1) : i + 2]) for i in range(len(words))]
    for j in close:
        wanted = _clause_words(source_sentences[j].text)
        if any(len(wanted & place) >= _CARRIED * len(wanted) for place in places):
            used.add(j)
    return used
