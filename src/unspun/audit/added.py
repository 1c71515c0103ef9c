"""Added sentences: why a sentence with no source counterpart is there."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..documents import CAMERA_LINE, STOPWORDS, Sentence
from ..models import parsed, pos_tagger
from ..results import AddedType
from .dates import calendar_names
from .forms import TextForms, everyday_word, sentence_case
from .mentions import new_specifics
from .numbers import numbers_in

__all__ = [
    "CAMERA_LINE",
    "CAPTION_CUE",
    "CAPTION_START",
    "CHAT_RESIDUE",
    "CLAIM_FRAME",
    "EMPHASIS",
    "FILLER",
    "QUOTE",
    "added_type",
    "aside",
    "commentary",
    "framing",
    "nothing_to_check",
    "names_someone",
    "padding",
    "reader_formula",
    "states_something",
    "subhead",
    "weighs_only",
]

# --- added sentences ---------------------------------------------------------------------

# style tags of an image-generator prompt; two or more in one sentence are prompt residue,
# one alone may be news about such images ("a photorealistic fake of the Pope")
PROMPT_TAG = re.compile(
    r"\b(photorealistic|hyper-?realistic|ultra-?realistic|ultra-?detailed|highly\s+detailed|"
    r"cinematic\s+lighting|octane\s+render|unreal\s+engine|trending\s+on\s+artstation|"
    r"(4|8)k(\s+(resolution|uhd))?|depth\s+of\s+field|bokeh|studio\s+lighting|iso\s?\d{2,5})\b",
    re.IGNORECASE,
)
CAPTION_START = re.compile(
    r"^\s*((a|an|the)\s+(\w+\s+)?(photo|photograph|image|picture|snapshot|shot|still|"
    r"illustration|file photo)\s+(of|shows|showing|capturing|depicting|taken)\b|"
    r"(photo|image|picture|pictured|caption|above|below)\s*[:\-–]|pictured\b|"
    r"(an?\s+)?(image|photo|picture)\s+(capturing|showing|depicting)\b)",
    re.IGNORECASE,
)
# Caption conventions anywhere in a sentence: they name why an unsupported sentence is there
# ("Kim Jong Un (L) shakes hands with ...", "in this undated photo", "Photo: Reuters"), but
# unlike CAPTION_START they never make a sentence ``added`` on their own.
CAPTION_CUE = re.compile(
    # "(L)" or "(centre)" after a name; never "(R)" or "(C)", which are party labels and clauses
    r"\((?:L|left|centre|center)\)|(?i:"
    r"\bin\s+this\s+(undated\s+|file\s+|handout\s+|aerial\s+)*(photo|picture|image|"
    r"photograph|video\s+grab|still)\b|"
    r"\bposes?\s+for\s+(a\s+)?(photo|picture|portrait)s?\b|"
    r"\b(photo|image|picture)\s+(credit|courtesy|source)\b|"
    r"\b(getty\s+images|via\s+getty|afp\s+via|/\s*(reuters|afp|ap|epa|shutterstock))\b)",
)
FILLER = re.compile(
    r"\b((?:it\s+)?remains\s+to\s+be\s+seen|only\s+time\s+will\s+tell|time\s+will\s+tell|"
    r"given\s+the\s+(gravity|seriousness|significance|importance)|"
    r"it(?:\s+is|'s|’s)\s+(crucial|essential|important|vital|imperative|worth\s+noting)|"
    r"by\s+taking\s+these\s+(steps|measures|precautions)|(a\s+)?brighter\s+future|"
    r"in\s+these\s+(challenging|difficult|trying|uncertain|unprecedented)\s+times|"
    r"(raises?|raising)\s+(significant|serious|important|grave)?\s*(concerns|questions)|"
    r"(significant|far-reaching|profound|major|serious|geopolitical)\s+(geopolitical\s+)?"
    r"(implications|consequences|ramifications)|closely\s+monitor|"
    r"as\s+the\s+situation\s+(unfolds|develops|evolves)|stay\s+tuned|in\s+conclusion|"
    r"all\s+eyes\s+(are|will\s+be)\s+on|the\s+world\s+(is\s+)?watch(es|ing)|"
    r"needless\s+to\s+say|one\s+thing\s+is\s+(?:crystal\s+|abundantly\s+|very\s+)?(certain|clear)|serves?\s+as\s+a\s+reminder|"
    r"underscores?\s+the\s+(need|importance)|highlights?\s+the\s+(need|importance)|"
    r"(implications|consequences)\s+for\s+(global|regional|international)|"
    r"balance\s+of\s+power|in\s+the\s+(days|weeks|months)\s+(ahead|to\s+come)|"
    r"how\s+the\s+international\s+community\s+will|remains\s+unclear\s+how|"
    r"let\s+us\s+know\s+in\s+the\s+comments|what\s+do\s+you\s+think|"
    # forward-looking commentary that states no fact
    r"(will|would)\s+be\s+watching(\s+closely)?|what\s+(happens|comes)\s+next|"
    r"(investors|observers|analysts|traders|market\s+participants|onlookers)\s+will\s+be\s+"
    r"monitoring|"
    r"(the\s+)?coming\s+(days|weeks|months|years)\s+will\s+(tell|reveal|show|determine)|"
    r"could\s+(reshape|redefine|transform)\s+the|"
    r"it\s+(is|remains)\s+(unclear|uncertain)\s+(whether|how|what)|"
    r"raises?\s+(fresh|new|further)\s+questions|the\s+(road|path)\s+ahead|"
    r"sends?\s+a\s+(clear|strong|powerful)\s+(message|signal)|"
    # stock commentary of machine rewrites: stakes, hope and verdicts that state no fact
    r"(a\s+|the\s+)?(significant|major|important|historic|exciting)\s+(new\s+)?chapter|"
    r"(hard|difficult|impossible)\s+to\s+overstate|can(not|'t|’t)\s+be\s+overstated|"
    r"promises?\s+to\s+be\s+(pivotal|crucial|decisive|eventful|fascinating|interesting)|"
    r"(pivotal|defining|watershed)\s+(moment|time|period|days|weeks|months|year)|"
    r"(offers?|provides?|gives?|brings?)\s+(a\s+)?(real|new|fresh|renewed|much-needed)\s+"
    r"(reason\s+for\s+hope|hope|optimism|reassurance|clarity)|"
    r"(a\s+)?(welcome|much-needed)\s+(dose|measure|note)\s+of|"
    r"(a\s+)?(glimpse|window)\s+(of|into)\s+(a|the)\s+(future|world)|goes?\s+a\s+long\s+way|"
    r"far\s+from\s+over|unlikely\s+to\s+be\s+(settled|resolved)|"
    r"(fans|readers|observers|viewers)\s+will\s+(no\s+doubt|surely|certainly)|"
    r"(delicate|careful|fine)\s+balancing\s+act|only\s+as\s+good\s+as|"
    r"prove\s+(just\s+)?as\s+(important|decisive|crucial|significant)|"
    r"the\s+implications\s+(are|could\s+be|may\s+be|will\s+be)\s+(far-reaching|significant|"
    r"profound|hard|enormous|huge)|"
    # the glue of a news roundup
    r"here\s+(is|are)\s+(a\s+look\s+at\s+)?(two|three|some|the)\s+(of\s+the\s+)?(stories|"
    r"headlines|studies)|our\s+(first|second|third|next|final|last)\s+(story|study)|"
    r"stories\s+worth\s+your|"
    r"(today's|today’s|this\s+week's|this\s+week’s|our)\s+roundup|"
    r"(two|three)\s+(very\s+)?different\s+(stories|tales))\b",
    re.IGNORECASE,
)
# A chatbot's own words left in the page ("Here's a rewritten version:", "Please paraphrase
# the passage"): no fact, so typed as padding (``filler``) like the editorial kind.
CHAT_RESIDUE = re.compile(
    r"^\s*here(?:'s|’s|\s+is)\s+(?:a|an|the|my)\s+(?:\w+\s+){0,3}(?:version|passage|rewrite|"
    r"article|paraphrase)\b|"
    r"\b(?:rewritten|paraphrased|revised|polished|improved)\s+(?:version|passage|article|text)"
    r"\s*:|^\s*please\s+(?:paraphrase|rewrite|reword)\b|\bas\s+an\s+ai\s+language\s+model\b|"
    r"\bi\s+(?:have|'ve|’ve)\s+(?:rewritten|paraphrased|revised)\s+the\s+(?:passage|article|text)|"
    r"\b(?:the|this)\s+passage\s+(?:provides|uses|is\s+written)\b|"
    r"\b(?:given|above)\s+(?:passage|text)\b|\boriginal\s+passage\b|"
    r"\bi\s+(?:have\s+|'ve\s+|’ve\s+)?(?:rephrased|reworded)\b|"
    r"\b(?:article|passage|text)\s+(?:is|has\s+been)\s+(?:paraphrased|rewritten|reworded)\b|"
    # a site's call to its readers, which a rewrite pads its end with
    r"\blet\s+us\s+know\b|\bhave\s+a\s+story\?|\bcheck\s+back\s+with\s+us\b|"
    r"\bshare\s+your\s+thoughts\b|\bwhat\s+do\s+you\s+think\?",
    re.IGNORECASE,
)
# stock emphasis around a statement ("it is important to wash your hands"): padding only
# when the statement itself is not from the source
EMPHASIS = re.compile(
    r"\b(it(?:\s+is|'s|’s)\s+(crucial|essential|important|vital|imperative|worth\s+noting)|"
    r"underscores?\s+the\s+(need|importance)|highlights?\s+the\s+(need|importance))\b",
    re.IGNORECASE,
)
_NUMBERED_NAME = re.compile(r"\b[A-Z][A-Za-z]*(?:-[A-Za-z]+)*-\d+\b")
# stock emphasis that frames a claim ("it's important to note that ..."), not advice
CLAIM_FRAME = re.compile(
    r"\b(?:it(?:\s+is|'s|’s)\s+(?:crucial|essential|important|vital|imperative)\s+to\s+"
    r"(?:note|remember|recogni[sz]e|understand|acknowledge|emphasi[sz]e|stress|highlight|"
    r"point\s+out|mention|bear\s+in\s+mind|realize|realise)|worth\s+noting)\b",
    re.IGNORECASE,
)
QUOTE = re.compile(r"[\"“][^\"”]{12,}[\"”]|(?<!\w)['‘][^'’]{20,}['’](?!\w)")


def padding(text: str) -> bool:
    """Does the sentence carry stock commentary ("It remains to be seen ...") and no figure?
    With a figure ("In these times, it pledged £5bn") it is a claim."""
    rest = _NUMBERED_NAME.sub(" ", FILLER.sub(" ", text))
    return bool(FILLER.search(text)) and not re.search(r"\d", rest)


def added_type(sentence: Sentence) -> AddedType:
    """Why a sentence with no source counterpart is there."""
    text = sentence.text
    if CAMERA_LINE.search(text) or len(PROMPT_TAG.findall(text)) >= 2:
        return "camera_line"
    if sentence.role == "caption" or CAPTION_START.match(text) or CAPTION_CUE.search(text):
        return "caption"
    if CHAT_RESIDUE.search(text) or not re.search(r"[^\W\d_]", text):
        return "filler"  # a chatbot's own words, or a stray list number
    # a figure, not the digits of a name ("COVID-19", "F-35"); "mid-2024" is a figure
    if padding(text) and not _SPEAKER.search(FILLER.sub(" ", text)):
        # with a speaker ("The trial is far from over, the judge told jurors") it is a claim
        return "filler"
    if QUOTE.search(text) or _quote_part(text):
        return "fabricated_quote"
    return "fabricated_fact"


def _quote_part(text: str) -> bool:
    """Is the sentence part of a quote that runs over a sentence boundary: it opens a quote
    it does not close ('Janney said: "We need to change ...') or closes one it did not open
    ('... older women in Hollywood."'), with at least 12 characters inside? A straight mark
    after a digit is an inch ('a 55" TV'), not a quote."""
    opens = [m.start() for m in re.finditer(r"“|(?<!\d)\"", text)]
    closes = [m.start() for m in re.finditer(r"”|(?<!\d)\"", text)]
    curly = text.count("“") != text.count("”")
    straight = len(re.findall(r"(?<!\d)\"", text)) % 2 == 1
    if not (curly or straight):
        return False
    opened = bool(opens) and len(text[opens[-1] + 1 :].strip()) >= 12
    closed = bool(closes) and len(text[: closes[0]].strip()) >= 12
    return opened or closed


# --- commentary and asides: added sentences that state no fact ---------------------------


def commentary(sentence: Sentence, article: TextForms) -> bool:
    """Is an added sentence the writer's commentary rather than a new fact? It speculates or
    weighs ("could shape the club's fortunes", "the stakes are high") about what the source
    reports, naming no one and nothing the source does not, with no figure, quote or speaker.
    """
    text = sentence.text
    if (
        not article.text
        or re.search(r"[\"“”]", text)
        or _figures(text)
        or _SPEAKER.search(text)
        or not _WEIGHING.search(text)
    ):
        return False
    return not new_specifics(sentence_case(sentence, article), article)


def nothing_to_check(sentence: Sentence, article: TextForms) -> bool:
    """Does an added body sentence only weigh the story: a verb of being or bearing ("is",
    "remains", "represents", "offers") over what the source already names, with no figure
    or amount, no time, no quote and no speaker? Then it is the writer's padding ("The case
    has become a defining test of corporate accountability"), not an invented fact ("The
    club has sacked its manager", "The system will be in operating rooms by next year")."""
    text = sentence.text
    if (
        sentence.role != "body"
        or not article.text
        or re.search(r"[\"“”]", text)
        or re.match(r"\W*Here\b", text)  # "Here is who will buy the shares: ..."
        or _figures(text)
        or calendar_names(text)
        or _AMOUNT_OR_TIME.search(text)
        or _SPEAKER.search(text)
        or new_specifics(sentence_case(sentence, article), article)
    ):
        return False
    roots = [t for t in parsed(text) if t.dep_ == "ROOT"]
    return bool(roots) and all(t.lower_ in _WEIGHING_VERBS for t in roots)


def weighs_only(sentence: Sentence, article: TextForms) -> bool:
    """Is a sentence that loosely paraphrases its source only the writer weighing the story
    itself: it says nothing checkable (``nothing_to_check``), and what it speaks of is the
    story ("This is exciting news for pop culture lovers everywhere", "The coming trial will
    show whether the banks ... will also be made to pay", "the row underlines how fiercely
    contested ...")? A sentence about the world, however loosely worded ("regular
    handwashing is a proven way to prevent the spread"), or about a party ("Kris Jenner is
    determined to prevent the shoot") paraphrases a claim."""
    words = re.findall(r"[a-z]+", sentence.text.lower())
    if not any(_of_the_story(w) for w in words) or not nothing_to_check(sentence, article):
        return False  # (the parse is costly: only for a sentence that may speak of the story)
    roots = [t for t in parsed(sentence.text) if t.dep_ == "ROOT"]
    # the verbs joined to the main one: "Marley was a good midfielder, and his team once
    # took on World Cup winners" reports an event in its second clause
    verbs = roots + [c for t in roots for c in t.conjuncts if c.pos_ in ("VERB", "AUX")]
    if any(
        t.lower_ not in _WEIGHING_VERBS
        # "there are plenty of choices" says something exists; "may be able to chop" that
        # someone can do something: claims, not a weight
        or any(c.dep_ == "expl" or c.lower_ == "able" for c in t.children)
        # "The source adds that Bieber is finding it difficult": a report
        or t.lower_ in ("add", "adds", "added")
        and any(c.dep_ == "ccomp" for c in t.children)
        for t in verbs
    ):
        return False
    subjects = [c for t in verbs for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    return bool(subjects) and all(
        _of_the_story(subject.lower_)  # "the findings", or "this": the story just told
        # an open question of the story: "Whether Deutsche Boerse can win over ..."
        or subject.dep_ == "csubj"
        and any(c.dep_ == "mark" and c.lower_ == "whether" for c in subject.children)
        for subject in subjects
    )


def _of_the_story(word: str) -> bool:
    """Is a (lower-case) word one the writer names the story by: "finding", "stories",
    "this"? (Plurals by hand: the parser here has no lemmatiser.)"""
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return word in _STORY_WORDS or singular in _THE_STORY_NOUNS


# what a writer's weighing speaks of: the story, its findings, its events as news
_THE_STORY_NOUNS = frozenset(
    "story news finding result study research decision move development ruling "
    "discovery episode row dispute controversy settlement deal trial case verdict "
    "announcement question message debate saga revelation".split()
)
# ... and the words that point back at it, "this" or an open "whether"
_STORY_WORDS = _THE_STORY_NOUNS | {"this", "that", "these", "whether"}


# verbs of being and bearing, by which commentary weighs what it does not report
_WEIGHING_VERBS = frozenset(
    "is are was were be been 's ’s remains remain remained represents represent becomes "
    "become became seems seem looks look offers offer adds add shows show marks mark serves "
    "serve proves prove makes make raises raise underlines underline underscores "
    "underscore highlights highlight".split()
)


# an amount or a time in words ("billions of pounds", "by next year"); days and months are
# read by calendar_names
_AMOUNT_OR_TIME = re.compile(
    r"\b(?:hundreds|thousands|millions|billions|trillions|dozens|percent|per\s+cent|"
    r"today|tonight|tomorrow|yesterday|(?:next|last|this)\s+(?:week|month|year|season|spring|"
    r"summer|autumn|fall|winter)|by\s+(?:the\s+end\s+of\s+)?(?:next|this)\b)\b",
    re.IGNORECASE,
)


def _figures(text: str) -> set[str]:
    """The figures a sentence states; "one of the oldest drugs" and "a deeply personal one"
    count nothing."""
    return numbers_in(re.sub(r"\b[Oo]ne\s+of\b|(?<=[a-z]\s)one\b(?!\s+[a-z])", " ", text))


def framing(sentence: Sentence, *, closing: bool, near: str = "") -> bool:
    """Does a body sentence read as the writer's framing of the story rather than a retelling
    of it? It opens with a frame ("For retailers, ...", "Either way, ..."), or with a
    connective ("Meanwhile", "Still,") or a scene ("As the battle heats up, ...") that leads
    to the writer's forecast or weighing or turns to the reader, or it closes the article or
    a section with a forecast ("The coming months will be crucial"). Only asked of a
    sentence that names nothing the source does not, is not close to any source sentence,
    and changes nothing in the sentences nearest to it; a claim someone made ("...,
    officials said") is no framing. ``near``: the text of the source sentences nearest to
    it; a forecast or weighing in their words ("experts are not sure it will change ...") is
    the source's, not the writer's."""
    text = sentence.text
    if sentence.role != "body" or re.search(r"[\"“”]", text) or _SPEAKER.search(text):
        return False
    said = _words(near)
    if said & _IMPORTANCE:
        said |= _IMPORTANCE  # "a crucial role" for the source's "a key role": its weight
    forecast = any(
        not _words(m.group()) <= said
        for pattern in (_WEIGHING, _FORECAST)
        for m in pattern.finditer(text)
    )
    opener = bool(_CONNECTIVE.match(text) or _SCENE.match(text))
    return (
        bool(_FRAME.match(text))
        or forecast
        and (closing or opener)
        or opener
        and bool(_ADDRESS.search(text))
        # the story itself weighed: "The decision underscores ...", "The finding could upend"
        # (not "The report highlights ...": a report is a source that says things)
        or bool(_STORY_WEIGHED.search(text) and _THE_STORY.match(text))
    )


def _words(text: str) -> set[str]:
    """Lower-cased words, for asking whether a phrase is in a text."""
    return set(re.findall(r"[^\W_]+", text.lower()))


# words that weigh a thing as important, one meaning whichever is used
_IMPORTANCE = frozenset("crucial vital essential key critical important pivotal".split())


# openers of the writer's own framing: "For retailers, the figures offer ...", "Either way,
# the study is sure to ...", "From the eye clinic, we turn to ...", "Meanwhile, in the world
# of medicine, ..."
_FRAME = re.compile(
    r"(?:For\s+(?:the\s+many|(?:the\s+)?(?:millions|thousands|anyone|those|home|expectant|"
    r"retailers|investors|consumers|patients|parents|fans|viewers|readers|users|families|"
    r"companies|businesses|shoppers))\b[^,]{0,60},|Whatever\b|Either\s+way\b|In\s+short\b|"
    r"All\s+in\s+all\b|From\s+[^,]{3,40},\s+(?:we|here)\b|"
    # a roundup's turn to its next story: "Meanwhile, in the world of medicine, ..."
    r"(?:Meanwhile,\s+)?[Ii]n\s+the\s+(?:world|realm)\s+of\s+[^,]{3,40},)"
)
# connectives that may lead to the writer's own view: "Meanwhile, ...", "Still, ..."
_CONNECTIVE = re.compile(
    r"(?:Meanwhile|Still|Now|For\s+now|Together|Ultimately|Until\s+(?:then|more\b[^,]*)|"
    r"In\s+the\s+meantime|Whether\b[^,]*)\s*,?"
)
# the writer turning to the reader: "Now, if you spent the holidays ...", "Still, we ..."
_ADDRESS = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Ww]e|[Uu]s|[Oo]ur|[Ll]et['’]s)\b")  # not "US"
# the story as the subject: "The finding ...", "These results ...", "The decision ..."
_THE_STORY = re.compile(
    r"(?:The|These|This|Such|Both)\s+(?:new\s+|latest\s+)?(?:findings?|results?|decision|move|"
    r"development|ruling|discovery|episode|stories|news|figures)\b"
)
# what the writer makes of it: not "significant" or "highlights", which report a finding
_STORY_WEIGHED = re.compile(
    r"\b(?:underscores?|upend|reshape|transform|reminder|turning\s+point|new\s+(?:era|chapter)|"
    r"(?:significant|serious|far-reaching|major|profound)\s+implications|"
    r"landscape|game-?changer|nothing\s+short\s+of|(?:could|may|might|will|would)\s+(?:well\s+)?"
    r"(?:shape|change|define|redefine|upend|transform))\b",
    re.IGNORECASE,
)
# a scene set before the main clause: "With ... ,", "As ... ,"
_SCENE = re.compile(r"(?:With|As)\s+[^,]{3,80},")
# what the writer expects or advises: "looks set to", "is sure to", "will be crucial",
# "would be well advised to", "should talk to their doctor"; not a plain modal ("will be
# evaluated", "was set to celebrate")
_FORECAST = re.compile(
    r"\b(?:looks?\s+set\s+to|(?:is|are)\s+(?:sure|bound|poised)\s+to|"
    r"will\s+(?:likely|surely|undoubtedly|certainly|no\s+doubt|be\s+(?:hoping|watching|"
    r"interesting|worth))|could\s+(?:well|prove)|remains?\s+to\s+be\s+seen|time\s+will\s+tell|"
    r"the\s+coming\s+(?:months|weeks|years|days)|would\s+be\s+(?:well\s+)?(?:advised|wise)|"
    # the health page's closing advice: "anyone considering it should talk to their doctor"
    r"should\s+(?:first\s+)?(?:talk|speak|check)\s+(?:to|with)\s+(?:their|your|a)\s+"
    r"(?:doctors?|physicians?|GPs?|health\s*care\s+providers?|pharmacists?))\b",
    re.IGNORECASE,
)


def subhead(sentence: Sentence, article: TextForms) -> bool:
    """Is an added line a short heading inside the article ("The Catch", "Wider Context")
    with no figure? If it names no one (``names_someone``), it signposts and states no fact;
    one that does makes a claim ("Wenger Resigns")."""
    return (
        sentence.role == "headline"
        and sentence.index > 0
        and bool(article.text)
        and len(sentence.text.split()) <= _SUBHEAD_WORDS
        and not numbers_in(sentence.text)
    )


def states_something(sentence: Sentence) -> bool:
    """Does a short heading say something ("Dein Quits", "Recession Confirmed", "Council to
    Close Library"), where "The Catch", "What to Know" or "Spending by the Numbers" only
    signposts? A finite verb or participle says something, and so does "to" after a singular
    noun or a name. The words are lowered first (all of them in a heading in capitals): in
    title case the tagger reads every word as a name."""
    words = sentence.text.split()
    if not words or _ASKS.search(sentence.text):
        return False  # "Why It Actually Makes Sense", "Is everything on track?" only ask
    letters = [c for c in sentence.text if c.isalpha()]
    shouted = sum(c.isupper() for c in letters) > 0.6 * len(letters)
    lowered = " ".join(
        [
            words[0].capitalize() if shouted else words[0],
            *(w if w.isupper() and len(w) > 1 and not shouted else w.lower() for w in words[1:]),
        ]
    )
    tokens = list(pos_tagger()(lowered))
    if _QUESTION_WORD.match(sentence.text):
        # "What We Know So Far", "Who Is Affected" only signpost; "When Police Opened Fire"
        # and "Why Airlines Will Close" tell what happened or will
        return any(t.tag_ in ("VBD", "MD") for t in tokens[1:])
    return any(
        t.tag_ in _VERB
        or t.tag_ == "TO"
        and 0 < t.i < len(tokens) - 1
        and tokens[t.i - 1].tag_ in ("NN", "NNP", "PRP")
        for t in tokens
    )


_VERB = frozenset({"VBZ", "VBD", "VBN", "VBP", "MD"})
# a heading that asks, or one that opens with a question word about the story itself ("Why
# It Matters", "What This Means"); "Why the Bank Cut Rates" says the bank cut them
_ASKS = re.compile(
    r"\?\W*$|^\W*(?:\d+[.)]\s*)?(?:So\s+)?(?:Why|What|How)\s+(?:It|This|That|These|Those)\b",
    re.I,
)
_QUESTION_WORD = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:So\s+)?(?:Why|What|How|Who|Where|When|Which)\s")


def names_someone(tagged: Iterable[str], article: TextForms) -> bool:
    """Do the texts the entity tagger found in a title-case line name anyone? Only where a
    word is no everyday word or one the source capitalises: in title case the tagger takes
    "Wider Context" for a person."""
    return any(
        not everyday_word(w.lower()) or w.lower()[:5] in article.name_stems
        for text in tagged
        for w in re.findall(r"[A-Za-z][\w'’-]+", text)
        if len(w) > 2 and w.lower() not in STOPWORDS
    )


_SUBHEAD_WORDS = 6


def aside(sentence: Sentence, article: TextForms) -> bool:
    """Is the sentence the writer speaking to the reader ("Here's everything you need to
    know", "So what went wrong?", "Watch this space!")? That paraphrases nothing, however
    many of the story's words it repeats. Stricter than commentary: "could" and "may" are
    in claims too."""
    text = sentence.text
    # a figure, quote or speaker makes it a claim; "I" a quote that lost its marks
    if re.search(r"\d|[\"“”]|\bI\b", text) or _SPEAKER.search(text):
        return False
    # a question the source does not ask ("So what went wrong?"); not "E?" or "Yahoo!"
    asks = re.search(r"[a-z]\?$", text.rstrip("'\"”’ ")) and "?" not in article.text
    if not (_READER.search(text) or asks):
        return False
    return not new_specifics(sentence_case(sentence, article), article)


def reader_formula(sentence: Sentence) -> bool:
    """Is the whole sentence a formula addressed to the reader ("Watch this space!", "Stay
    tuned.")? Then it is padding even where it shares a word with a source line."""
    if QUOTE.search(sentence.text) or re.search(r"[\"“”]", sentence.text):
        return False  # someone's words: "Watch this space," he said
    letters = re.sub(r"[^a-z]", "", sentence.text.lower())
    found = "".join(
        re.sub(r"[^a-z]", "", m.group().lower()) for m in _READER.finditer(sentence.text)
    )
    return bool(letters) and len(found) >= 0.7 * len(letters)


# speculation and weighing: the words of commentary
# ("may", "likely", "concerns" are in claims too: "The buildings may be sold")
_WEIGHING = re.compile(
    # "a significant number of" is an amount, not a weight
    r"\b(significant(?:ly)?(?!\s+(?:number|amount|share|proportion|portion|minority|"
    r"majority|percentage|fraction)s?\b)|crucial|vital|essential|pivotal|implications?|landscape|broader|"
    r"underscores?|highlights?|reminder|lesson|era|chapter|fortunes|generation|reshape|"
    r"transform|upend|stakes|life-changing|game-?changer|remarkable|nothing\s+short\s+of|"
    r"all\s+eyes|(?:could|may|might|will|would)\s+(?:well\s+)?(?:shape|change|define|redefine)|"
    r"(?:his|her|their|its|['’]s)\s+legacy|enduring\s+(?:appeal|legacy|influence)|timeless|"
    r"continues?\s+to\s+inspire|relevant\s+(?:today\s+)?as\s+(?:it\s+)?ever)\b",
    re.IGNORECASE,
)
# the writer turning to the reader ("Here's everything you need to know"): a formula, not
# any "you" ("With it, you can order medicines" reports what an app does)
_READER = re.compile(
    r"\b(?:here(?:'s|’s|\s+is|\s+are)\s+(?:what|everything|why|how|a\s+look|the\s+lowdown|"
    r"who(?![^:]*:))|"
    r"(?:you|we)\s+need\s+to\s+know|you\s+read\s+that\s+right|stay\s+tuned|"
    r"watch\s+this\s+space|keep\s+you\s+(?:posted|updated)|let\s+us\s+know|"
    r"you\s+(?:might|may)\s+be\s+wondering|you\s+won['’]t\s+believe|brace\s+yourselves?|"
    r"buckle\s+up|read\s+on\s+(?:for|to)|(?:dear|fellow)\s+readers?|hear\s+us\s+out|"
    r"welcome\s+to\s+(?:today's|today’s|this\s+week's|this\s+week’s|our))\b",
    re.IGNORECASE,
)
# someone said it: a claim, however it is worded
_SPEAKER = re.compile(
    r"\b(said|says|told|tells|according\s+to|argued|arguing|announced|reported|stated|"
    r"insisted|recommended|claimed|warned|added)\b",
    re.IGNORECASE,
)
