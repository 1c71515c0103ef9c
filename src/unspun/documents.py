"""Articles, sentences and news-aware sentence splitting.

News text breaks ordinary splitters: headlines and photo captions end without a full stop,
datelines ("WASHINGTON (Reuters) -", "published : 2023-09-05") sit on their own line,
abbreviations ("U.S.", "Gen.", "Jan.") and quotes hide sentence ends. We split on line breaks
first (a line is never part of two sentences), give short unpunctuated lines a role of their
own, and hand the remaining prose to pysbd, a rule-based splitter built for this.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Literal

__all__ = [
    "CAMERA_LINE",
    "MONTH",
    "SPLITTER_VERSION",
    "STOPWORDS",
    "Article",
    "Role",
    "Sentence",
    "normalise",
    "split_sentences",
    "word_count",
]

#: Bump when :func:`split_sentences` splits some text differently: a corpus stores each
#: article's sentence spans when it is indexed, and the next ``unspun index`` of an article
#: stored by an older splitter then replaces it instead of counting it unchanged.
SPLITTER_VERSION = 8

#: English function words, shared by every stage that compares content words.
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his
    how i if in into is it its itself just me more most my no nor not now of off on once
    only or other our ours out over own same she should so some such than that the their
    theirs them then there these they this those through to too under until up very was
    we were what when where which while who whom why will with would you your
    """.split()
)

Role = Literal["headline", "dateline", "byline", "caption", "credit", "body"]


@dataclass(frozen=True)
class Article:
    """One news article: its text and whatever metadata is known."""

    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "publisher": self.publisher,
            "url": self.url,
            "date": self.date,
            "authors": list(self.authors),
            **({"extra": self.extra} if self.extra else {}),
        }


@dataclass(frozen=True)
class Sentence:
    """A sentence (or headline, caption, credit line) with its character span in the article."""

    article_id: str
    index: int
    start: int
    end: int
    text: str
    role: Role = "body"


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'"})


def normalise(text: str) -> str:
    """Unicode-normalise text for comparison (not for display): NFKC, plain quotes, one space."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _SPACES.sub(" ", text).strip()


def word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:['’]\w+)?", text))


_TERMINAL = re.compile(r"""[.!?…。！？]["'”’)\]]*\s*$""")
_CREDIT = re.compile(
    r"(copyright|©|\(c\)\s*\d{4}|all rights reserved|^\s*\(?(reporting|writing|editing|"
    r"additional reporting) by\b|^\s*(photo|image|picture)\s*(credit|courtesy)?\s*:|"
    # "(Photo by Jane Doe/Getty Images)", "Video courtesy of NASA"
    r"^\s*\(?(photo|image|picture|video|footage)s?\s+(by|courtesy\s+of|credit)\s+(?-i:[A-Z@])"
    r"[^()\n]{0,100}\)?\.?\s*$|"
    # a story republished: "This article originally appeared on The Conversation."
    r"\b(this|the)\s+(article|story|piece|post)\s+(was\s+)?(originally|first)\s+"
    r"(appeared|published|ran)\s+(on|in|at|by)\s+(the\s+)?(?-i:[A-Z])|"
    r"getty images\s*$|\bassociated press contributed\b)",
    re.IGNORECASE,
)
# what opens a whole line of credit (``_credit_line``): "Credit:", "Video:", "Source:", "(AP
# Photo/", "REUTERS/", "Photo /", "Image via", "Follow"
_CREDIT_LABEL = re.compile(
    r"\(?(?:(?i:credit|photograph|video|footage|source|illustration|graphic)s?\s*:|"
    r"(?i:ap|afp|reuters|epa|pa|getty)(?:\s+(?i:photo|images))?\s*/|"
    r"(?i:photo|image|picture)s?\s*/|(?i:photo|image|picture|video)s?\s+via\b|"
    r"(?i:follow)\b)\s*"
)
# what a credit names: capitalised words, handles, slashes and a few small words between
_CREDITED = re.compile(
    r"(?:(?:the|of|and|for|via|on|at)\b|/|[A-Z@][\w.'’&@!-]*)"
    r"(?:(?:\s+|\s*/\s*)(?:(?:the|of|and|for|via|on|at)\b|[A-Z@][\w.'’&@!-]*)){0,7}"
    r"\)?\.?"
)
_CREDIT_LONE = re.compile(
    r"\(?(?i:getty(?:\s+images)?|shutterstock|supplied|handout|pa\s+media|ap|afp|reuters|epa)"
    r"\)?\.?"
)


def _credit_line(text: str) -> bool:
    """Is the whole line a credit: a label ("Credit:", "Video:", "AP Photo/", "Image via",
    "Follow") and a name or two after it ("Credit: John Smith", "(AP Photo/John Smith)",
    "Image via Instagram", "Follow John Smith on Twitter"), or an agency alone ("(Getty
    Images)")? A line of names with no label is a headline's business."""
    text = text.strip()
    if len(text) > 120:
        return False
    if _CREDIT_LONE.fullmatch(text):
        return True
    label = _CREDIT_LABEL.match(text)
    if label is None or not _CREDITED.fullmatch(text, label.end()):
        return False
    if label.group().strip(" (").lower() == "follow":
        return bool(re.search(r"\bon\s+(?:twitter|instagram|facebook|x)\b", text, re.I))
    return True


_DATELINE = re.compile(
    r"^\s*((published|updated|posted|last updated)\s*:?\s*\S.*|"
    r"\d{4}-\d{2}-\d{2}|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(\w+\s+\d{1,2}|\d{1,2}\s+\w+),?\s+\d{4}.*|"
    r"\w+\s+\d{1,2},\s+\d{4}(\s+\d{1,2}:\d{2}.*)?|"
    r"\d{1,2}\s+(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
    r"sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s+\d{4}"
    r"(,?\s+\d{1,2}[:.]\d{2}.*)?)\s*$",
    re.IGNORECASE,
)
# "By Jane Smith, BBC News"; not "By Friday, officials had ..." nor "By The Numbers"
_BYLINE = re.compile(
    r"^\s*(?:by|By|BY|(?:[Ww]ritten|[Ww]ords|[Ss]tory)\s+by)\s+"
    r"(?!(?:The|Then|Now|Next|Christmas|Easter|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Summer|Winter|Spring|Autumn|Fall|Midnight|Noon)\b)"
    r"[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,4}(\s*(,|and)\s*[A-Z][\w.'&-]*(\s+[\w.'&-]+){0,6})?$"
)
_CAMERA_BRAND = (
    r"canon|nikon|sony|fujifilm|fuji|leica|hasselblad|olympus|panasonic|lumix|pentax|gopro|"
    r"ricoh|sigma"
)
_PHONE_BRAND = r"iphone|pixel|galaxy|dji"
# The camera line of an image-generator prompt left under a picture ("Taken with a Nikon D850
# camera.", "Shot on Sony A7 III", "Photographed with a Leica SL2."), or its settings
# ("35mm lens", "f/1.8", "--ar 16:9").
CAMERA_LINE = re.compile(
    r"\b(taken|shot|captured|photographed)\s+(with|on|using|by)\s+(an?\s+|the\s+)?[^.]{0,60}?"
    r"\b(camera|lens|dslr|mirrorless|iphone|pixel|smartphone|phone)\b|"
    rf"\b(taken|shot|captured|photographed)\s+(with|on|using)\s+(an?\s+|the\s+|his\s+|her\s+)?"
    rf"({_CAMERA_BRAND}|{_PHONE_BRAND})\b|"
    rf"\b({_CAMERA_BRAND})\b[^.]{{0,30}}\bcamera\b|"
    r"\b\d{2,3}\s?mm\s+(lens|f/)|(?<!\w)f/\d+(\.\d)?\b|--ar\s+\d+:\d+",
    re.IGNORECASE,
)
# A camera line as an image generator leaves it: a short line that opens with the verb
# ("Taken with a Canon EOS R camera."), not prose that mentions a camera ("The moment was
# captured on a doorbell camera, police said.")
_PROMPT_CAMERA = re.compile(
    # "Taken with ...", "Photo taken with ...", "Image captured on ..."
    r"^\s*(?:(?:photo|photograph|image|picture)\s+(?:was\s+)?)?"
    r"(?:taken|shot|captured|photographed)\s+(?:with|on|using)\b",
    re.IGNORECASE,
)
_LONGEST_CAMERA_LINE = 14  # words
_CAPTION = re.compile(
    r"^\s*((a|an|the)\s+(photo|photograph|image|picture|snapshot|shot|file photo)\b|"
    r"(photo|image|picture|pictured|caption)\s*[:\-–]|pictured\b|"
    # a scraped caption label: "Image caption The plant employs 300 people"
    r"(image|photo|media)\s+caption\s+[A-Z\"“]|"
    r"taken with an? [\w\s.-]{2,40}\bcamera\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=False)


# Lines with none of these can be split on end punctuation alone; the rest go to pysbd,
# which knows abbreviations, initials, decimals and ellipses (and is 20x slower).
_TRICKY = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Rev|St|Mt|Ft|Jr|Sr|"
    r"Inc|Corp|Co|Ltd|Bros|No|Nos|Vol|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"vs|etc|approx|est|al|e\.g|i\.e)\.|\b[A-Z]\.\s|\b(?:[A-Za-z]\.){2,}|\.\.|…|"
    r"[.!?][\"”’']\s+[a-z]"
)
# emoji, pictographs and invisible format characters (direction marks, joiners) that may
# open a sentence before its first word
_SYMBOLS = "[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufe0f\u2600-\u27bf\U0001f000-\U0001faff]"
# a sentence end: . ! ? then space (and any of those) and a capital, digit or any non-ASCII
# letter (Cyrillic, Greek, accented capitals), or CJK end punctuation with or without a space
_SIMPLE_END = re.compile(
    rf"""(?<=[.!?])["”’')\]]*\s+(?=(?:{_SYMBOLS}+\s*)?["“‘'(\[]?[^\W_a-z])"""
    r"""|(?<=[。！？])["”’」』)]*\s*(?=\S)"""
)


# Two sentences glued without a space ("targeting them.This is part"), as scraped text often
# has: a lower-case word of two letters or more, a figure ("in 2016/17.The") or an acronym
# of three capitals ("according to NBC.Trump's"), end punctuation, then a capitalised word
# or "I". A straight quote right after the stop is read as closing the first sentence (news
# style: 'the minister said."The next'); "!" is left alone ("Yahoo!News").
_GLUED = re.compile(
    r"""(?:(?<=[a-z]{2}[.?])|(?<=\d[.?])|(?<=[A-Z]{3}[.]))["”’')]*"""
    r"""(?=[A-Z][a-z]|I\s)(?!(?:Gov|Com|Org|Net|Edu|Uk|Trust)\b)"""
)
# ... or with no stop at all, where scraping dropped a line break after a caption, a promo
# or a pull quote ("Media playback is not supported on this deviceThe 22-year-old ...", "If
# they're not clean, they're not welcomeThe International Olympic Committee said"): a whole
# lower-case word run into a word that opens sentences (51 times in news_corpus, all glue)
_GLUED_BARE = re.compile(
    r"(?<![\w'’@#/.-])[a-z]{3,}(?=(?:The|This|That|These|Those|He|She|They|We|His|Her|Their|"
    r"But|However|Meanwhile)\s)"
)
_ABBREVIATION = re.compile(
    r"\b(?:vs|etc|al|approx|est|Jr|Sr|Inc|Corp|Ltd|Bros|Nos|Sept|Gov|Sen|Rep|Prof|Gen|Col|Capt|"
    r"Mrs|Mt|Ft|Dept|Univ|Ave|Blvd)[.]$",
    re.I,
)


# a stop with reference marks after it ("...in 2011.[43] The dress..."), as in wiki text
_CITED_END = re.compile(r"""[.!?]["”’')]*(?:\[\d{1,3}\])+(?=\s+["“‘(]?[A-Z])""")


def _split_citations(piece: str) -> list[str]:
    out, start = [], 0
    for match in _CITED_END.finditer(piece):
        out.append(piece[start : match.end()].strip())
        start = match.end()
    out.append(piece[start:].strip())
    return out


def _unglue(piece: str) -> list[str]:
    out, start = [], 0
    cuts = [
        m.end()
        for m in _GLUED.finditer(piece)
        if not _ABBREVIATION.search(piece, max(0, m.start() - 8), m.start())
    ]
    # inside a quotation too: scraped pages glue on lines after a quote left open
    # ('"If they're not clean, they're not welcomeThe committee said ...')
    for end in sorted({*cuts, *(m.end() for m in _GLUED_BARE.finditer(piece))}):
        out.append(piece[start:end])
        start = end
    out.append(piece[start:])
    return out


# Text lower-cased upstream (some scraped corpora): a stop after a word of two letters or
# more, then a space and a lower-case word, ends a sentence, unless the word is a short form.
_LOWER_END = re.compile(r"(?:(?<=[a-z]{2}[.!?])|(?<=[\d%)\"'”’][.!?]))\s+(?=[a-z])")
_LOWER_ABBREVIATION = re.compile(
    r"\b(?:vs|etc|al|approx|est|jr|sr|inc|corp|ltd|bros|nos?|sept?|gov|sen|rep|prof|gen|col|"
    r"capt|mrs?|ms|dr|st|mt|ft|dept|univ|ave|blvd|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec|"
    r"fig|vol|ph|op|co|lt|sgt|cpl|pvt|maj|rev|cmdr|adm|det|insp|supt|fr|hon|cf|calif|fla|"
    r"minn|mich|tenn|ariz|colo|conn|okla|penn|wis)[.]$"
)


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9-]+\b")


def _lower_cased(line: str) -> bool:
    """Is this line of prose lower-cased throughout (no capital opens any of its sentences)?"""
    if re.search(r"[.!?][\"”’')]*\s+[\"“‘'(]?[A-Z]", line):
        return False
    ends = len(_LOWER_END.findall(line))
    if sum(c.isupper() for c in line) <= 0.01 * len(line):
        return ends >= 1
    # acronyms ("COVID-19", "WHO") keep their capitals in such text; with them set aside,
    # two lower-case sentence starts are needed ("30 pts. in the poll" is one short form)
    return ends >= 2 and sum(c.isupper() for c in _ACRONYM.sub("", line)) <= 0.01 * len(line)


def _split_lower_cased(line: str) -> list[str]:
    """Split a lower-cased line at its stops (``_LOWER_END``), not after a short form."""
    pieces, start = [], 0
    for match in _LOWER_END.finditer(line):
        if _LOWER_ABBREVIATION.search(line, max(0, match.start() - 8), match.start()):
            continue
        pieces.append(line[start : match.start()].strip())
        start = match.end()
    pieces.append(line[start:].strip())
    return pieces


def _segment(line: str) -> list[str]:
    if _lower_cased(line):
        return _split_lower_cased(line)
    # pysbd slows down quadratically on very long lines; those get the plain rule
    if len(line) <= 5000 and _TRICKY.search(line):
        # pysbd keeps a quote it never sees closed ('"EPIC SHOWDOWN: ...') as one sentence
        opened = line[:1] in '"“' and (line.count('"') + line.count("“") + line.count("”")) % 2
        pieces = [p.strip() for p in _segmenter().segment(line[1:] if opened else line)]
        pieces = [
            q for p in pieces for q in (_split_plain(p, careful=True) if len(p) > _LONGEST else [p])
        ]
    else:
        # not after a short form or an initial: a long line ("Mr. Trump" in a transcript
        # scraped as one paragraph) has them as often as a short one
        pieces = _split_plain(line, careful=True)
    parts = [
        part
        for piece in pieces
        for glued in _unglue(piece)
        for cited in _split_citations(glued)
        for part in _split_quotes(cited)
    ]
    return _list_marker_off(_closing_quotes_back(parts, line), line)


# a list item's number opening a line: "1. An engineer led the team" ("1)", "12.")
_LIST_MARKER = re.compile(r"\d{1,2}[.)]")
_LIST_ITEM = re.compile(r"\d{1,2}[.)]\s+(?=[\"'“‘(]?[A-Z])")


def _list_marker_off(parts: list[str], line: str) -> list[str]:
    """A list item's number is layout, like a bullet: it is neither a sentence of its own
    (pysbd cuts "1." off "1. An engineer who is also a doctor led the team") nor a figure
    of the item's sentence, so the item starts after it."""
    if not parts or not line.startswith(parts[0]):
        return parts
    if len(parts) > 1 and _LIST_MARKER.fullmatch(parts[0]):
        return parts[1:]
    item = _LIST_ITEM.match(parts[0])
    return [parts[0][item.end() :], *parts[1:]] if item else parts


def _closing_quotes_back(parts: list[str], line: str) -> list[str]:
    """A quote mark pysbd puts at the start of the next sentence ('feeling.' | '" Mr Hague
    added ...') goes back to the sentence it closes, where the line has it right after."""
    out: list[str] = []
    for part in parts:
        stray = _STRAY_CLOSE.match(part)
        if out and stray and out[-1][-1:] in ".?!" and out[-1] + stray.group(1) in line:
            out[-1] += stray.group(1)
            part = part[stray.end() :]
        if part:
            out.append(part)
    return out


_STRAY_CLOSE = re.compile(r"""(["”’]+)\s+""")


# Sentence ends pysbd leaves joined: a closed quote ending a sentence, then another
# sentence ('Right, babe?”  “Just brilliant,” chimed in Cook'); a quote that opens a sentence
# inside one left open, as a quote running on over paragraphs reads once scraped onto one
# line ('... competition. "We must monitor ...'); and a stop, with any quote it closes, then
# the two spaces scraped text joins paragraphs with ('a day to "come together."  Thousands')
_QUOTE_BREAK = re.compile(
    r"""(?<=[.?!][”’])\s+(?=[“‘"]?[A-Z])"""
    r"""|(?<=[.?!])\s+(?=["“][A-Z])"""
    r"""|(?<=[.?!])["'”’]{0,3}\s{2,}(?=[“‘"]?[A-Z])"""
)


def _split_quotes(piece: str) -> list[str]:
    out, start = [], 0
    for match in _QUOTE_BREAK.finditer(piece):
        before = piece[start : match.start()] + match.group().strip()
        if _SHORT_FORM_END.search(before[-8:].rstrip("\"'”’")):
            continue  # "Mr.  Smith", "the U.S.”"
        out.append(before.strip())
        start = match.end()
    out.append(piece[start:].strip())
    return [p for p in out if p]


_LONGEST = 600  # a "sentence" longer than this is a splitter's miss, not news prose


# a stop that ends a short form or an initial, not a sentence ("Mr.", "J.", "U.S.")
_SHORT_FORM_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|St|Mt|Ft|Jr|Sr|Inc|Corp|Co|"
    r"Ltd|No|Nos|Vol|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|al)|"
    r"\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])\.$"
)


def _split_plain(line: str, *, careful: bool = False) -> list[str]:
    """Split on end punctuation before a capital or digit (see ``_SIMPLE_END``);
    ``careful``: not after a short form or an initial."""
    pieces, start = [], 0
    for match in _SIMPLE_END.finditer(line):
        if careful and _SHORT_FORM_END.search(line, max(0, match.start() - 8), match.start()):
            continue
        end = match.start() + len(match.group().rstrip())
        pieces.append(line[start:end].strip())
        start = match.end()
    pieces.append(line[start:].strip())
    return pieces


_LONGEST_METADATA = 160
# a sentence ends inside the line: a word (not a month's short form), a stop, a capital
_PROSE_STOP = re.compile(
    r"\b(?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)[A-Za-z]{3,}[.!?]\s+[\"“]?[A-Z]"
)


# a sentence after a dateline's dash ("TUESDAY, April 12, 2011 (HealthDay News) -- Eating
# apples ... suggests."); not a second time stamp ("Posted Jan 5 - Last updated Jan 6")
_DASH_THEN_PROSE = re.compile(
    r"\s(?:--?|–|—)\s+(?!(?:\w+\s+){0,2}(?i:published|updated|posted|modified|edited)\b)"
    r"[\"“]?[A-Z][a-z]+\s+[a-z]"
)


def _line_role(line: str, first: bool) -> Role | None:
    """Role of a whole line when the line itself tells; None for ordinary prose."""
    if (_CREDIT.search(line) or _credit_line(line)) and len(line) < 200:
        return "credit"
    # a dateline or byline is a short line; a paragraph that opens with one is prose
    if (
        _DATELINE.match(line)
        and len(line) <= _LONGEST_METADATA
        and not _PROSE_STOP.search(line)
        # "TUESDAY, April 12, 2011 (HealthDay News) -- Eating apples ...": a lede follows
        and not (_DASH_THEN_PROSE.search(line) and _TERMINAL.search(line))
    ):
        return "dateline"
    if _BYLINE.match(line) and len(line) <= _LONGEST_METADATA and not _TERMINAL.search(line):
        return "byline"
    # a paragraph that opens "The picture shows ..." and goes on is prose about a picture
    if _CAPTION.match(line) and word_count(line) <= _LONGEST_CAPTION:
        return "caption"
    if not _TERMINAL.search(line) and len(line.split()) <= 30:
        return "headline" if first or line[:1].isupper() else "body"
    return None


def _sentence_role(text: str, prose: bool = False) -> Role:
    """Role of one sentence of a line; ``prose``: the line has other sentences, so a
    "The picture shows ..." in it describes a picture rather than captions one."""
    if (_CREDIT.search(text) or _credit_line(text)) and len(text) < 200:
        return "credit"
    if _CAPTION.match(text) and not prose:
        return "caption"
    return "body"


def _unwrap(text: str) -> str:
    """Turn the line breaks of hard-wrapped prose into spaces (same length, same offsets).

    Plain-text archives are often wrapped at 60-80 columns; read line by line, every wrap
    would end a sentence and every short last line would look like a headline.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 5:
        return text
    wrapped = sum(50 <= len(line.strip()) <= 100 for line in lines)
    open_ended = sum(not _TERMINAL.search(line) for line in lines)
    if wrapped < 0.5 * len(lines) or open_ended < 0.4 * len(lines):
        return text
    # a single newline between two non-empty lines is a soft wrap; blank lines stay
    return re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)", lambda m: " " * len(m.group()), text)


_WORD = re.compile(r"\w")

#: a month's name or its short form ("Sept.", "March"), not a word it starts ("Mayors"):
#: a regular-expression fragment
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:\.|\b)"
)
# a wire-style dateline opening a paragraph: "LONDON, March 3 (Reuters) - ", "NEW YORK -- ",
# "Seoul, Sept 4 (Wire) - ", "LANCASTER, 3 March 2024 - ". A place in capitals, or any place
# with a date, an agency or (opening the article) a state; a dated one not followed by a
# second date (a range).
_WIRE_DATELINE = re.compile(
    rf"""^(?:(?P<caps>[A-Z][A-Z.'-]*[A-Z.](?:\s[A-Z][A-Z.'-]*[A-Z.]){{0,3}})
         |[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}})
        (?:,\s(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))?
        (?P<date>,\s(?:{MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?|\d{{1,2}}\s{MONTH}(?:\s\d{{4}})?))?
        (?P<agency>\s\([A-Z][\w .&'-]{{0,30}}\))?
        (?P<dash>\s*(?:--?|–|—)\s+)(?(date)(?!{MONTH}\s\d|\d{{1,2}}\s{MONTH}))(?=["“‘]?[A-Z0-9])""",
    re.X,
)


# a dateline of a date alone ("Jan. 4, 2013 -- A new study ...", "4 January 2013 - "), or a
# place and a full date run into the text by a bare hyphen ("New Rochelle, NY, June 19,
# 2017-A pilot study ..."); not the first date of a range ("3 March 2024 - 5 April 2024")
_DATE_DATELINE = re.compile(
    rf"""^(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}(?:,\s[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?,\s)?
        (?:{MONTH}\s\d{{1,2}},\s\d{{4}}|\d{{1,2}}\s{MONTH}\s\d{{4}})
        (?P<dash>\s*(?:--?|–|—)\s+(?!{MONTH}\s\d|\d{{1,2}}\s{MONTH})(?=["“‘]?[A-Z0-9])
            |(?:-|–|—)(?!{MONTH}\s\d)(?=[A-Z](?:[a-z]|\s)))""",
    re.X,
)


# words in capitals that open a line like a dateline's place but mark what follows
_NOT_PLACES = frozenset({"FILE", "PHOTO", "PHOTOS", "VIDEO", "WATCH", "UPDATE", "BREAKING"})


def _wire_dateline(piece: str, opening: bool = True) -> tuple[int, int]:
    """Where the dateline that opens ``piece`` ends, and where the text after its dash
    starts; (0, 0) when there is none. A date alone opens only the article's first
    paragraph (``opening``): further down, "March 11, 2020 - WHO declares a pandemic" is an
    entry of a timeline."""
    dated = _DATE_DATELINE.match(piece) if opening else None
    if dated:
        return dated.start("dash"), dated.end("dash")
    match = _WIRE_DATELINE.match(piece)
    # "US - China talks" opens with initials, not a place; "FILE - In this photo" is a
    # photo caption's marker
    place_in_capitals = (
        match is not None and len(match["caps"] or "") >= 4 and match["caps"] not in _NOT_PLACES
    )
    # "New York, NY - ", "Worcester, Mass. - ": a town and its state's postal or short name
    # opening the article
    state = (
        opening
        and match is not None
        and bool(re.fullmatch(r"[A-Z]{2}|[A-Z][a-z]+\.", match["region"] or ""))
    )
    if not match or not (place_in_capitals or match["date"] or match["agency"] or state):
        return 0, 0
    after = match.end("dash")
    if state and (dated := _DATE_DATELINE.match(piece[after:])):
        return after + dated.start("dash"), after + dated.end("dash")  # "DC - June 9, 2018 - "
    return match.start("dash"), after


def split_sentences(text: str, article_id: str = "") -> list[Sentence]:
    """Split an article into sentences with character spans and roles.

    Spans index into ``text`` exactly, so ``text[s.start:s.end] == s.text``.
    """
    sentences: list[Sentence] = []
    first = True
    prose_seen = False  # a date alone opens only the first paragraph of prose
    pos = 0
    original, text = text, _unwrap(text)
    for line in text.splitlines(keepends=True):
        line_start = pos
        pos += len(line)
        stripped = line.strip()
        if not _WORD.search(stripped):
            continue  # blank, or a rule of dashes or emoji: no sentence to audit
        offset = line_start + (len(line) - len(line.lstrip()))
        role = _line_role(stripped, first)
        first = False
        cursor = offset
        cut, after = _wire_dateline(stripped, not prose_seen) if role is None else (0, 0)
        if cut:
            sentences.append(
                Sentence(
                    article_id,
                    len(sentences),
                    offset,
                    offset + cut,
                    original[offset : offset + cut],
                    "dateline",
                )
            )
            cursor = offset + after
            stripped = stripped[after:]
        if role in ("headline", "dateline", "byline", "credit"):
            pieces = [stripped]
        else:
            pieces = _segment(stripped) or [stripped]
        if role == "caption" and not all(
            CAMERA_LINE.search(p) or _CREDIT.search(p) or _credit_line(p) for p in pieces[1:]
        ):
            role = None  # "The picture shows ... She posted it on Sunday.": prose
        prose = len(pieces) > 1
        for piece in pieces:
            if not piece:
                continue
            at = text.find(piece, cursor, pos)
            if at < 0:  # pysbd altered the piece; fall back to the whole rest of the line
                at, piece = cursor, text[cursor:pos].strip()
                if not piece:
                    break
            end = at + len(piece)
            if not _WORD.search(piece):
                # a stray stop or ellipsis tail ("almost 1.." + ".") ends the sentence before
                # it on its line; at the start of a line it is no sentence at all
                if sentences and sentences[-1].start >= offset:
                    last = sentences[-1]
                    sentences[-1] = replace(last, end=end, text=original[last.start : end])
                cursor = end
                continue
            sentences.append(
                Sentence(
                    article_id=article_id,
                    index=len(sentences),
                    start=at,
                    end=end,
                    text=original[at:end],
                    role=role
                    if role in ("caption", "headline", "dateline", "byline", "credit")
                    else _sentence_role(piece, prose),
                )
            )
            cursor = end
            prose_seen = prose_seen or sentences[-1].role == "body"
    return _captions_over_camera_lines(sentences, original)


_LONGEST_CAPTION = 45  # words


def _captions_over_camera_lines(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Mark as a caption the sentence a camera line follows.

    An image generator's camera line ("Taken with a Canon EOS R camera.") sits under the
    picture's caption: on the caption's line, or on the next line. The caption itself reads
    like any sentence ("A pregnant woman holds a bottle of vitamins."); the line under it is
    what tells.
    """
    marked = list(sentences)
    for i, (sentence, after) in enumerate(zip(sentences, sentences[1:], strict=False)):
        if not (
            _PROMPT_CAMERA.match(after.text) and word_count(after.text) <= _LONGEST_CAMERA_LINE
        ):
            continue
        opens_line = text[: sentence.start].rstrip(" \t")[-1:] in ("", "\n")
        if (
            i > 0  # the first line is the article's title
            and sentence.role in ("body", "headline")
            and opens_line
            and text[sentence.end : after.start].count("\n") <= 2  # the line under, at most
            and word_count(sentence.text) <= _LONGEST_CAPTION
        ):
            marked[i] = replace(sentence, role="caption")
            if after.role == "body":
                marked[i + 1] = replace(after, role="caption")
    return marked
