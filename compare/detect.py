"""Aligned claims -> typed, scored, explained findings, and the claims only one source makes.

Detection is structured: the embeddings decide which sentences speak of the same thing (links, and
looser "related" pairs for polarity and status), then :mod:`compare.claims` slots are compared like with
like. Each comparison yields a :class:`Candidate` with a kind, severity and reasons; candidates about one
slot are merged into one :class:`~compare.records.Finding` quoting every sentence involved.

Severity follows the report schema: ``high`` when the two cannot both be right, ``medium`` when they
probably conflict, ``low`` when a benign reading exists (different referent, later update, precision,
speculation vs report); the explanation names the benign reading.
"""

from __future__ import annotations

import calendar
import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo

import numpy as np

from compare import gazetteer
from compare.claims import (
    COLLECTIVE_NOUNS,
    DATED_BY_MAKING,
    DOCUMENT_NOUNS,
    MONTHS,
    NEGATIVE_WORDS,
    ORG_WORDS,
    PORTFOLIOS,
    QUOTE,
    ROLE_WORDS,
    SPEECH_VERBS,
    STILL_REQUIRED,
    WEEKDAYS,
    WIN_CONTRACT,
    YEAR_EARLIER,
    Claim,
    Event,
    Mention,
    Negation,
    Quantity,
    When,
    extract_claims,
    name_shaped,
)
from compare.config import Settings
from compare.names import name_key, same_name, same_place
from compare.numbers import CURRENCIES, parse_value
from compare.records import Document, Finding, Kind, Link, Relation, Sentence, Severity, Statement
from compare.scoring import calibrated

if TYPE_CHECKING:
    from compare.claimcache import Extract
    from compare.pipeline import Prepared

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
BASE_SCORE = {"high": 0.85, "medium": 0.6, "low": 0.3}

# Words that name the same counted thing.
SYNONYMS = [
    {
        "people",
        "person",
        "individual",
        "civilian",
        "resident",
        "passenger",
        "victim",
        "protester",
        "demonstrator",
        "marcher",
        "participant",
        "adult",
    },
    {"dead", "death", "die", "kill", "fatality", "life", "toll", "body", "mortality"},
    {
        "injure",
        "injured",
        "injury",
        "wound",
        "wounded",
        "hurt",
        "casualty",
        "treat",
        "hospitalise",
        "hospitalize",
    },
    {"home", "house", "building", "dwelling", "structure", "outbuilding", "property"},
    {"vote", "ballot"},
    {"seat", "mandate"},
    {"visit", "trip", "meeting", "meet", "summit", "talk", "travel", "attend"},
    {"sign", "signing", "signature", "conclude"},
    {"missing", "miss", "unaccounted"},
    {"evacuate", "evacuation", "displace", "flee"},
    {"arrest", "detain", "custody"},
    {"rescue", "save", "survivor", "survive"},
    {"effect", "force", "take", "come", "enter", "apply", "implement"},
    {"detain", "arrest", "apprehend", "capture"},
    {"detect", "spot", "discover", "find", "identify", "notice"},
    {
        "open",
        "begin",
        "start",
        "launch",
        "kick",
        "commence",
        "inaugurate",
        "break",
        "erupt",
        "ignite",
        "spark",
    },
    {"cause", "spark", "trigger", "ignite", "start", "provoke"},
    {"resign", "resignation", "quit", "step", "leave", "depart"},
    {"seize", "fall", "capture", "take", "overrun"},
    {
        "seize",
        "intercept",
        "confiscate",
        "impound",
        "recover",
    },  # "seized the shipment" / "intercepted the drugs"
    {"end", "close", "finish", "conclude", "expire", "run", "shut", "complete"},
    {"found", "establish", "form", "create", "set", "launch"},
    {"bear", "born", "birth"},
    {"elect", "win", "vote"},
    {"announce", "say", "tell", "state", "declare", "confirm"},
    {"hold", "take", "place", "happen", "occur"},
    {"ratify", "approve", "adopt", "pass", "authorise", "authorize"},
    {"die", "kill", "death"},
    {"job", "position", "post", "role", "worker", "employee", "staff"},
    {"call", "demand", "urge", "ask", "press"},
    {"support", "back", "endorse", "favour", "favor"},
    {"free", "release", "liberate"},
    {"buy", "purchase", "acquire", "acquisition", "takeover"},
    {"walkout", "strike", "stoppage"},  # industrial action: "the walkout by ground staff" / "the strike"
    {"crash", "collision", "accident"},
    {"liability", "responsibility", "blame"},
    {"include", "contain", "comprise", "incorporate", "feature", "carry"},
    {"allow", "permit", "admit", "let"},
    {"circuit", "electrical", "electric", "wiring"},  # "a short circuit" is "an electrical fault"
    {"forecast", "predict", "prediction", "projection", "outlook"},
    {
        "cut",
        "shed",
        "axe",
        "slash",
        "eliminate",
        "reduce",
        "reduction",
        "lower",
    },  # "no job cuts" / "will shed 300 jobs"
    {"problem", "trouble", "fault", "malfunction", "defect"},
    {"reference", "mention", "call"},
    {"fire", "blaze", "inferno", "flames"},
    {"turnout", "participation"},
    {"resume", "restart", "relaunch", "reinstate", "restore"},  # "resumed flights" / "plans to restart"
    {"land", "landing", "touchdown"},
    {"wear", "buckle", "fasten", "strap", "belt"},  # "was wearing a seatbelt" / "had not buckled up"
    {"unemployment", "jobless", "joblessness"},
    {"inflation", "price"},  # "inflation eased" / "consumer prices rose 2.1 percent"
    {"concert", "show", "gig", "performance"},
    {"crowd", "fan", "spectator", "attendance", "audience", "onlooker"},
    {"fly", "travel", "depart", "jet", "leave"},  # "will fly to Tokyo on Thursday" / "departs for Japan"
    {
        "sentence",
        "jail",
        "imprison",
        "imprisonment",
        "prison",
    },  # "sentenced to six years in prison" / "jailed"
    {"respondent", "poll", "survey", "surveyed", "interviewee"},  # "of respondents" / "of those polled"
    {"congress", "chamber", "parliament", "assembly", "legislature"},  # "seats in Congress" / "lower chamber"
    {"send", "supply", "deliver", "provide", "ship", "dispatch"},  # "would send tanks" / "will not supply"
    {"raise", "increase", "hike"},  # "no plans to raise prices" / "would increase the price"
    {"mayday", "distress", "sos", "emergency"},  # "did not send a distress call" / "radioed a mayday"
]
# Synonym groups that name distinct outcomes: a count of the dead is never a count of the injured.
EVENT_GROUPS = {1, 2, 8, 9, 10, 11}
_SYN_INDEX: dict[str, frozenset[str]] = {}
_EVENT_INDEX: dict[str, int] = {}
for _n, _group in enumerate(SYNONYMS):
    for _word in _group:
        _SYN_INDEX.setdefault(_word, frozenset(_group))
        if _n in EVENT_GROUPS:
            _EVENT_INDEX.setdefault(_word, _n)
CUMULATIVE = {
    "dead",
    "death",
    "die",
    "kill",
    "fatality",
    "toll",
    "injure",
    "injured",
    "injury",
    "wound",
    "wounded",
    "case",
    "infection",
    "arrest",
    "missing",
    "evacuate",
    "displace",
    "destroy",
    "damage",
    "burn",
    "rescue",
    "survivor",
    "count",
    "total",
    "casualty",
    "contain",
    "containment",
    "grow",
    "rise",
    "climb",
    "spread",
}
# Verbs that only place an event in time; two one-date sentences anchored on them speak of the same date.
SCHEDULING = {"be", "hold", "set", "schedule", "take", "place", "happen", "occur", "fall", "come", "slate", "plan",
              "fix", "date", "expect", "due", "deadline", "reschedule", "move", "postpone", "push"}  # fmt: skip
# Verbs that date the start of whatever their subject names ("the strike began on Monday"): they date the
# event another sentence reports with its own verb ("walked off the job yesterday").
ONSET = {"begin", "start", "commence", "erupt", "break"}
# Verbs that start a state a "since" date measures ("held since 2019" / "arrested in 2021", "has led the
# company since 2015" / "took the helm in 2011", "trading since 1952" / "opened in the late 1960s").
STATE_ONSET = ONSET | {"arrest", "detain", "jail", "imprison", "found", "establish", "open", "appoint", "elect",
                       "take", "launch", "create", "form"}  # fmt: skip
# The states such a "since" date measures: being held, leading, trading (not "listed since 2004" against
# "founded in 1998", nor "chief executive since 2016" against "joined in 2009": other states, other onsets).
CONTINUING = {"hold", "lead", "trade", "run", "operate", "serve", "work", "live", "head", "chair", "rule",
              "govern", "remain", "stay", "detain", "keep", "own", "employ", "exist", "be", "have"}  # fmt: skip
# Verbs that put on an event whose noun is their object or passive subject ("stage the final").
STAGING = {"play", "stage", "host", "hold", "run", "organise", "organize", "open", "launch"}
_WHEN_WORD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|next|later|\d)"
)
# Words that say a date was changed: "postponed", "pushed back", "brought forward", "moved to May 19", "now
# set for", "instead". Bare "move", "bring" or "now" are not enough ("moved to London as a teenager",
# "could bring the port to a standstill").
RESCHEDULED = re.compile(
    r"\b(?:postpon\w*|reschedul\w*|delay(?:ed|s|ing)?|(?:push|pushed|pushes|pushing|put|puts|putting|set|sets)"
    r" (?:[\w'-]+ ){0,10}?back|(?:brought|bring|brings|bringing|moved|moves|moving) (?:[\w'-]+ ){0,10}?(?:forward|up"
    r"|back)|(?:moved|shifted|switched|changed|slip|slips|slipped|slide|slides|slid) (?:back )?to (?:\w+ )?"
    rf"{_WHEN_WORD}|now (?:be|take|set|scheduled|due|expected|planned|slated)|instead|revis(?:ed|es|ing) (?:\w+ )?(?:dates?|schedules?|timetables?|calendars?))\b",
    re.I,
)
RATES = {
    "annual",
    "annually",
    "yearly",
    "monthly",
    "weekly",
    "daily",
    "hourly",
    "per",
    "each",
    "every",
    "a-year",
}
_RATE_PERIODS = {"annually": "annual", "yearly": "annual", "a-year": "annual", "each": "per", "every": "per"}


def _rates(markers: frozenset[str]) -> set[str]:
    """The rate markers of a figure, one word per period ("yearly", "a-year": annual; "each": per)."""
    return {_RATE_PERIODS.get(m, m) for m in markers & RATES}


# Words that place a figure at a stage of reporting: a preliminary and a final count can both be right.
STAGES = {"preliminary", "provisional", "partial", "initial", "initially", "originally", "revised", "updated"}  # fmt: skip
EARLY_STAGES = {"preliminary", "provisional", "partial", "initial", "initially"}
HISTORICAL = {
    "initially",
    "originally",
    "previously",
    "formerly",
    "previous",
    "former",
    "old",
    "original",
    "earlier",
    "initial",
    "preliminary",
}
ROLE_CHANGERS = {
    "cfo",
    "coo",
    "cto",
    "cio",
    "cmo",
    "vice",
    "deputy",
    "assistant",
    "acting",
    "former",
    "prime",
    "under",
    "lieutenant",
    "chief",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "health",
    "economy",
    "trade",
    "energy",
    "justice",
    "education",
    "transport",
    "labour",
    "labor",
    "agriculture",
    "general",
    "attorney",
    "secretary",
    "minister",
    "president",
    "ambassador",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "governor",
    "mayor",
    "ceo",
    "chairman",
    "director",
    "leader",
    "head",
    "senator",
    "judge",
    "commander",
    "chancellor",
    "premier",
    "sheriff",
    "undersheriff",
    "coach",
    "captain",
    "envoy",
}
EARLIER = {"replace", "previous", "earlier", "predecessor", "existing"}
CONTENTS = {"detail", "term", "text", "content", "provision", "specific", "particular", "clause", "wording"}
SECRECY = {
    "wrap",
    "secret",
    "undisclosed",
    "wraps",
    "unclear",
    "unknown",
    "confidential",
    "classified",
    "unspecified",
    "unreleased",
    "withheld",
}
# A denied plan ("denied reports that it was planning job cuts") meets an announced one ("will cut").
PLAN_WORDS = {"plan", "intend", "prepare", "consider", "propose"}

ANTONYMS: list[tuple[set[str], set[str], Kind]] = [
    ({"confirm", "admit", "acknowledge"}, {"deny", "dismiss", "refute"}, "polarity"),
    ({"include", "contain", "cover"}, {"exclude", "omit", "lack"}, "polarity"),
    (
        {"pass", "approve", "adopt", "accept", "ratify", "back", "endorse", "clear"},
        {"fail", "reject", "defeat", "veto", "block"},
        "other",
    ),
    ({"win", "victory", "retain", "hold", "keep"}, {"lose", "defeat", "draw"}, "other"),
    ({"convict", "guilty", "sentence"}, {"acquit", "clear", "dismiss"}, "other"),
    (
        {
            "rise",
            "increase",
            "grow",
            "climb",
            "gain",
            "jump",
            "surge",
            "soar",
            "rally",
            "rebound",
            "leap",
            "advance",
            "spike",
            "strengthen",
        },
        {
            "fall",
            "decrease",
            "drop",
            "decline",
            "shrink",
            "slump",
            "slide",
            "slip",
            "sink",
            "tumble",
            "plunge",
            "dip",
            "retreat",
            "weaken",
            "contract",
            "plummet",
        },
        "other",
    ),
    (
        {"complete", "finalize", "finalise", "close", "conclude", "sign"},
        {"abandon", "collapse", "scrap", "cancel", "terminate"},
        "status",
    ),
    ({"open", "reopen"}, {"close", "shut"}, "other"),
    ({"survive", "rescue"}, {"die", "kill", "perish"}, "other"),
    ({"concede", "accept"}, {"refuse", "reject", "contest", "challenge"}, "polarity"),
    ({"meet", "achieve", "hit", "reach", "exceed", "beat"}, {"fail", "miss"}, "polarity"),
]
# Verbs that frame what is reported ("confirmed that ...", "denied that ..."): compared on every verb of the
# sentence, not only its main (reported) ones.
FRAMING = {"confirm", "admit", "acknowledge", "deny", "refute"}
# Opposite outcomes that may sit anywhere in the sentence (adjectives, nouns, phrasal verbs), so they
# are matched on all lemmas and on the phrases below, and only between closely aligned sentences.
OUTCOMES: list[tuple[set[str], set[str], Kind]] = [
    ({"positive"}, {"negative"}, "polarity"),
    ({"guilty", "convict", "conviction"}, {"innocent", "acquit", "acquittal", "cleared of"}, "other"),
    ({"compulsory", "mandatory", "obligatory"}, {"voluntary", "optional"}, "polarity"),
    ({"allow", "permit", "authorise", "authorize", "let", "clear a deal"},
     {"bar", "ban", "prohibit", "forbid", "block", "behind closed doors"}, "polarity"),
    ({"continue", "proceed", "go ahead", "resume", "maintain"},
     {"suspend", "halt", "call off", "scrap", "cancel", "stop", "postpone", "ground"}, "polarity"),
    ({"take part", "participate", "attend", "join", "contest", "send a delegation"},
     {"boycott", "pull out", "withdraw", "skip", "absent"}, "polarity"),
    ({"support", "back", "endorse", "favour", "favor", "welcome"}, {"oppose", "reject", "condemn"}, "polarity"),
    ({"raise", "hike", "increase", "lift"}, {"cut", "lower", "reduce", "slash"}, "other"),
    # a change against no change: "raised its main rate" / "kept borrowing costs on hold"
    ({"raise", "hike", "increase", "cut", "lower", "reduce", "slash"}, {"no change"}, "polarity"),
    ({"accelerate", "quicken", "pick up", "speed up"}, {"ease", "slow", "cool", "moderate"}, "other"),
    ({"win", "victory", "triumph", "hold on", "retain"}, {"lose", "defeat", "draw", "loss"}, "other"),
    ({"beat"}, {"draw"}, "other"),  # not "defeat": "Ireland were defeated by" is the same result
    ({"peaceful", "peacefully"}, {"violent", "violence", "clash", "riot"}, "other"),
    ({"rule in favour"}, {"dismiss", "throw out"}, "other"),
    ({"breakthrough", "success"}, {"acrimony", "failure", "collapse", "stalemate", "deadlock"}, "other"),
    ({"unanimous", "unanimously"}, {"split", "divided", "narrow", "narrowly", "split vote"}, "other"),
    ({"alive", "survive", "survivor"}, {"dead", "die", "kill", "body"}, "other"),
    ({"sound", "safe", "stable", "secure"}, {"unsafe", "unstable", "unsound", "danger", "dangerous"}, "polarity"),
    ({"legal", "lawful", "constitutional"}, {"illegal", "unlawful", "unconstitutional"}, "polarity"),
    ({"reopen"}, {"remain closed", "stay closed", "shut"}, "status"),
    ({"resume"}, {"remain closed"}, "status"),  # "resumed full operations" / "is still shut"
    ({"recommend approval"}, {"recommend against"}, "polarity"),
    ({"dock", "berth", "arrive"}, {"still at sea"}, "status"),
    ({"sign", "signed"}, {"in principle", "signing to come"}, "status"),  # "signed" / "agreed in principle"
    ({"run again"}, {"rule out running"}, "polarity"),  # "would seek a third term" / "would not stand again"
    ({"ended higher"}, {"ended lower"}, "other"),  # "closed 4% higher" / "ended the session down 4%"
    ({"complete", "completed", "finished", "inaugurate", "inaugurated"}, {"under construction"}, "status"),
    ({"enact", "pass", "adopt", "approve"}, {"no vote"}, "status"),  # "enacted a law" / "failed to come to a vote"
    ({"first time"}, {"second time", "third time", "consecutive", "straight", "again"}, "other"),
    ({"include", "contain"}, {"leave out", "omit", "exclude", "dropped from"}, "polarity"),
    ({"uphold", "upheld"}, {"overturn", "quash", "overrule", "reverse", "annul", "set aside"}, "other"),
    ({"pass", "carry"}, {"fall short", "survive", "defeat"}, "other"),
    # an event that ends a state, against that state said to persist ("arrested" / "remains at large")
    ({"arrest", "detain", "capture", "apprehend", "catch"}, {"at large", "on the run"}, "status"),
    ({"contain", "under control", "extinguish", "put out"}, {"out of control", "still burning", "rage"}, "status"),
    ({"refloat"}, {"stuck", "aground"}, "status"),
    ({"discharge"}, {"intensive care", "critical condition", "in hospital"}, "status"),
    ({"release", "free", "freed"}, {"in custody", "behind bars"}, "status"),
    ({"shut down", "shut", "halt", "close", "take offline", "decommission"}, {"still running", "remain open"},
     "status"),
    ({"recover", "find", "found", "locate"}, {"still missing", "search continues"}, "status"),
    ({"accept", "accepted"}, {"reject", "rejected", "turn down"}, "other"),
    ({"strike over"}, {"strike goes on"}, "status"),
    ({"on the table", "an option", "not ruled out"}, {"rule out"}, "polarity"),
    ({"gave a penalty"}, {"refused a penalty"}, "polarity"),  # "pointed to the spot" / "waved play on"
    ({"lift", "lifted", "scrap", "repeal", "revoke", "end", "ended"}, {"remain in force"}, "status"),
    ({"plead guilty", "confess"}, {"deny", "denied", "denies", "plead not guilty"}, "polarity"),
    ({"approve", "pass", "adopt", "ratify"}, {"vote down", "throw out"}, "other"),
    ({"positive"}, {"clean"}, "polarity"),
    ({"pass"}, {"fail"}, "polarity"),  # "passed a late fitness test" / "after failing a fitness test"
    ({"armed", "knife", "machete", "wield", "brandish", "gun", "pistol", "rifle"}, {"unarmed", "no weapon"},
     "polarity"),
    ({"deliberate", "deliberately", "arson", "sabotage", "intentional", "intentionally"},
     {"accident", "accidental", "accidentally"}, "other"),
    ({"larger than"}, {"smaller than"}, "other"),  # "a larger harvest than last year's" / "a smaller one"
    ({"set a record"}, {"short of the record"}, "other"),  # "smashed the world record" / "0.3 s outside it"
    ({"resume", "resumption", "reopen"}, {"suspension extended"}, "status"),  # "extended its suspension"
    ({"collapse", "burst", "breach", "give way"}, {"held firm"}, "polarity"),  # "the dam gave way" / "held"
    ({"fit for", "available for"}, {"miss", "ruled out of", "sidelined"}, "polarity"),
    ({"confirm", "detect"}, {"negative"}, "polarity"),  # "tests confirmed avian flu" / "came back negative"
    ({"operational", "in operation", "in service", "up and running"}, {"under construction", "still being built"},
     "status"),
    ({"made landfall"}, {"stayed offshore"}, "other"),  # "the typhoon made landfall" / "stayed out at sea"
    ({"grant", "granted"}, {"reject", "rejected", "refuse", "deny", "turn down"}, "polarity"),
    ({"hit target"}, {"missed target"}, "polarity"),  # "met its primary goal" / "failed to hit the main target"
    ({"block", "blocked", "cut off"}, {"passable", "remain open"}, "polarity"),
    ({"under way", "underway", "in progress"}, {"shelve", "scrap", "abandon", "mothball"}, "status"),
    ({"recall", "expel"}, {"remain in post"}, "status"),
    ({"resign", "quit", "step down"}, {"dismissed from post"}, "other"),  # "resigned" / "dismissed the police chief"
    ({"sign", "signed"}, {"veto", "vetoed"}, "polarity"),  # "signed the bill" / "vetoed the legislation"
    ({"within the limit"}, {"over the limit"}, "other"),  # "below the 80 km/h limit" / "faster than the limit"
    ({"approve", "pass", "approval", "adopt"}, {"stuck in committee"}, "status"),
    ({"call off the search"}, {"search continues"}, "status"),  # "called off the search" / "still combing"
    ({"convict", "acquit", "verdict", "sentence"}, {"trial goes on"}, "status"),  # "was convicted" / "the trial resumes"
    ({"vote for"}, {"vote against"}, "polarity"),  # "voted in favour of the budget" / "voted against it"
    ({"replace", "abolish", "ditch"}, {"keep", "retain"}, "other"),  # "replace the monarch" / "keep the monarch"
    ({"unhurt", "unharmed", "uninjured", "unscathed"}, {"injure", "injury", "wound"}, "polarity"),
    ({"execute"}, {"stay of execution", "reprieve"}, "other"),  # "was executed" / "granted a stay of execution"
    ({"rescued", "freed", "bring to the surface"}, {"still trapped"}, "status"),  # (forms: no "rescue teams")
    ({"truce holds"}, {"collapse", "collapsed", "broke down"}, "other"),  # "the truce was holding" / "collapsed"
    ({"sworn in", "took office"}, {"yet to take office"}, "status"),  # "was sworn in" / "before she can take office"
    ({"intercept", "shoot down"}, {"evade", "get through"}, "other"),  # "intercepted" / "evaded air defences"
    ({"fog", "foggy", "poor visibility"}, {"good visibility"}, "other"),
    ({"breach", "breached", "violate", "violated"}, {"cleared of"}, "polarity"),  # "found he breached the code"
]  # fmt: skip
_PHRASAL = {
    "go ahead": r"(?:go|goes|going|went|gone) ahead",
    "rule in favour": r"(?:rule|rules|ruled|ruling|find|finds|found) in favou?r",
    "cleared of": r"(?:clear|clears|cleared|clearing) (?:him |her |them )?of",  # of a charge: acquitted
    "call off": r"call(?:s|ed|ing)? off",
    "take part": r"(?:take|takes|taking|took|taken) part",
    "pull out": r"pull(?:s|ed|ing)? out",
    "pick up": r"pick(?:s|ed|ing)? up",
    "speed up": r"(?:speed|speeds|speeding|sped) up",
    "hold on": r"(?:hold|holds|holding|held) on",
    "first time": r"first time",
    "second time": r"second time",
    "third time": r"third time",
    "remain closed": r"(?:remain|remains|remained|stay|stays|stayed|(?:is|are|was|were) still) "
    r"(?:closed|shut|suspended|halted|offline)",
    "recommend approval": r"\brecommend(?:s|ed|ing)? (?!against\b)(?:\w+ ){0,2}?(?:approval|approving|authori[sz]\w+|"
    r"adoption|adopting|licen[cs]\w+)\b",
    "recommend against": r"\b(?:recommend|advise)(?:s|d|ed|ing)? against\b",
    "clear a deal": r"\bclear(?:s|ed|ing)? (?:the |its |their )?(?:[\w-]+ ){0,3}?(?:merger|takeover|acquisition|"
    r"tie-up|deal|purchase|sale)\b",  # a regulator's approval ("cleared the merger"), not "cleared of"
    "no change": r"\b(?:kept|keeps|keep|keeping|left|leaves|leave|leaving|held|holds|hold|holding)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:on hold|unchanged|steady)\b|\b(?:was|were|remained|remains|stayed|stays) (?:left )?unchanged\b",
    "still at sea": r"\b(?:still|remains?|remained) at sea\b",
    "run again": r"\b(?:seek|seeks|seeking|sought|run|runs|running|ran|stand|stands|standing|stood|contest|contesting)\s+"
    r"(?:for\s+)?(?:(?:a|an)\s+)?(?:(?:second|third|fourth|fifth|sixth|new|another|fresh)\s+(?:term|mandate)|re-?election)\b",
    "rule out running": r"\brul(?:e|es|ed|ing) out (?:running|standing|seeking)\b",
    "dropped from": r"\b(?:drop|drops|dropped|removed|struck|deleted|cut|scrapped)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:text|statement|communiqu\w*|declaration|draft|bill|agreement|deal|document|package|plan|final version)\b",
    "ended higher": r"\b(?:closed|ended|finished|settled)\b[^.;]{0,40}?(?:\d[\d.,]*\s*(?:%|per ?cent|points?)\s+"
    r"(?:higher|up)\b|\b(?:higher|up)\s+(?:by\s+)?\d)",
    "ended lower": r"\b(?:closed|ended|finished|settled)\b[^.;]{0,40}?(?:\d[\d.,]*\s*(?:%|per ?cent|points?)\s+"
    r"(?:lower|down)\b|\b(?:lower|down)\s+(?:by\s+)?\d)",
    "split vote": r"\b[1-9]\d*\s*[-–]\s*[1-9]\d* (?:decision|ruling|vote|majority|verdict)\b",  # "a 2-1 decision"
    "in principle": r"\b(?:agree\w*|deal|accord|agreement)\s+(?:\w+\s+){0,2}?in principle\b",
    "signing to come": r"\bsigning (?:is )?(?:expected|due|scheduled|planned|set)\b|\b(?:yet|still) to be signed\b"
    r"|\bnot yet (?:been )?signed\b",
    "no vote": r"\bfail(?:s|ed|ing)? to (?:come|be put|go) to a vote\b|\b(?:was|were) not put to a vote\b",
    "hit target": r"(?:met|meets|meet|hit|hits|achieved|achieves|reached|reaches)\s+(?:\w+\s+){0,3}?"
    r"(?:goal|target|endpoint|objective)s?",
    "missed target": r"(?:miss|misses|missed)\s+(?:\w+\s+){0,3}?(?:goal|target|endpoint|objective)s?",
    "cut off": r"(?:cut|cuts|cutting) off",
    "made landfall": r"\b(?:made|makes|make|making) landfall\b|\bcame ashore\b",
    "stayed offshore": r"\b(?:stayed|stays|remained|remains|kept|keeping|staying) (?:well )?(?:offshore|out at sea|"
    r"off the coast)\b|\bwithout making landfall\b",
    "under way": r"under way",
    "in progress": r"in progress",
    "remain in post": r"(?:remains?|remained|stays?|stayed|still) in (?:post|office|(?:his|her|their) post)",
    "step down": r"(?:step|steps|stepped|stepping) down",
    # a post-holder dismissed, not a claim ("dismissed the police chief", "was sacked"; not "dismissed reports")
    "dismissed from post": r"\b(?:dismiss|dismisses|dismissed|sacks?|sacked|ousts?|ousted|fired)\s+(?:the\s+|his\s+|"
    r"her\s+|its\s+)?(?:[\w'-]+\s+){0,3}?(?:chief|head|minister|director|coach|manager|commander|boss|officer|"
    r"secretary|governor|ceo|chairman|chair|executive)\b|\b(?:was|were|been|being) (?:dismissed|sacked|ousted|fired)\b",
    "take offline": r"(?:taken|take|takes|took|went|gone|goes|go) offline",
    "set aside": r"(?:set|sets|setting) aside",
    "leave out": r"(?:leave|leaves|left|leaving) out\b",
    "fall short": r"(?:fall|falls|falling|fell|fallen) short",
    "at large": r"(?:is|are|was|were|remains?|remained|still) at large",
    "on the run": r"on the run",
    "under control": r"under control",
    "put out": r"(?:put|puts|putting) out",
    "out of control": r"out of control",
    "no weapon": r"(?:no|without (?:a|any)|not (?:carrying|armed with) (?:a|any)) weapons?",
    "still burning": r"(?:still|continues? to|continued to) (?:burn|burning|blaze|blazing|spread|spreading|"
    r"battling|fighting)",
    "intensive care": r"intensive care",
    "critical condition": r"critical condition",
    "in hospital": r"(?:remains?|remained|still|stays?|stayed) in (?:the |an? )?(?:[A-Z][\w'-]+ )?hospital",
    "behind closed doors": r"behind closed doors",
    "in custody": r"(?:remains?|remain|remained|still|kept|held|stays?|stayed) in (?:[\w-]+ )?custody",
    "behind bars": r"(?:remains?|remained|still|stays?|stayed) behind bars",
    "shut down": r"(?:shut|shuts|shutting) down",
    "still running": r"(?:continu\w+|still|kept|keeps) (?:to )?(?:run|running|operat\w+)",
    "remain open": r"(?:remains?|remained|stays?|stayed) open",
    "strike over": r"\b(?:strike|walkout|stoppage)\b[\w\s-]{0,40}?\b(?:ended|ends|is over|was over|came to an end|"
    r"was called off|called off)|\breturn(?:ed|s|ing)? to work\b",
    "strike goes on": r"(?:remains?|remained|stay\w*|still) on strike|\b(?:strike|walkout|stoppage)\b[\w\s'-]{0,40}?"
    r"\b(?:continues|continued|entered|enters|dragged on|drags on|went on|goes on)\b",
    "still missing": r"(?:remains?|remained|still) missing",
    "within the limit": r"\b(?:below|under|within)\s+(?:the\s+)?(?:[\w/.-]+\s+){0,3}?limit\b",
    "over the limit": r"\b(?:above|over|faster than|exceed\w*|in excess of|breach\w*)\s+(?:the\s+)?(?:[\w/.-]+\s+){0,3}?"
    r"limit\b|\bspeeding\b",
    "stuck in committee": r"\b(?:stuck|remain\w*|languish\w*|bottled up|stalled)\s+in\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?"
    r"committee\b",
    "call off the search": r"\b(?:call\w*|suspend\w*|end\w*|halt\w*|abandon\w*) (?:off )?(?:the |their |its )?"
    r"(?:search|hunt)|\b(?:search|hunt)\w* (?:was |has been |had been |were )?(?:called off|suspended|"
    r"ended|abandoned|halted)",
    "trial goes on": r"\btrial\b[^.;]{0,60}?\b(?:continu\w*|resum\w*|expected to last|is under way|ongoing|adjourned|"
    r"will last)",
    "search continues": r"search\b[^.;]{0,80}?\b(?:is|was) continuing|search\b[^.;]{0,80}?\bcontinues|"
    r"\b(?:still|continu\w+ to)\s+(?:search\w*|comb\w*|scour\w*|sift\w*|dig\w*)\b",
    "vote for": r"\bvot(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:in favou?r of|for)\b(?!\s+the\s+(?:first|second|last)\b)",
    "vote against": r"\bvot(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?against\b",
    "stay of execution": r"\bstay of (?:his |her |the )?execution\b",
    "shoot down": r"\b(?:shoot|shoots|shot|shooting) (?:it |them )?down\b",
    "get through": r"\b(?:get|gets|got|getting) through (?:the |its |their )?(?:air )?defen[cs]es\b",
    "poor visibility": r"\b(?:poor|low|limited|reduced|bad) visibility\b|\bvisibility (?:was |were |is )?"
    r"(?:poor|low|limited|reduced|bad)\b",
    "good visibility": r"\b(?:good|clear|excellent|fine) visibility\b|\bvisibility (?:was |were |is )?"
    r"(?:good|clear|excellent|fine)\b|\bclear skies\b",
    "send a delegation": r"\b(?:send|sends|sent|sending)\s+(?:a\s+|an\s+|its\s+|their\s+|any\s+)?(?:[\w-]+\s+)?"
    r"(?:delegation|representatives?|envoys?|officials?|ministers?)\b"
    # (not one sent in someone's place: "skipped the summit, sending a junior minister instead")
    r"(?![^.;]*\b(?:instead|in (?:his|her|its|their) place|led by|on (?:his|her|its|their) behalf)\b)"
    r"|\bdelegation\b[^.;,]{0,60}?\battended\b",
    "bring to the surface": r"\b(?:brought|bring|brings|bringing|hoisted|winched|pulled)\s+(?:\w+\s+){0,2}?"
    r"(?:to the surface|out alive|to safety)\b",
    "still trapped": r"\b(?:still|remain\w*|continu\w* to be)\s+trapped\b|\b(?:still|were)\s+(?:working|trying|"
    r"struggling|racing)\b[^.;]{0,40}?\bto\s+(?:reach|free|rescue)\b",
    "truce holds": r"\b(?:truce|ceasefire|cease-fire)\b[^.;]{0,40}?\b(?:was|is|were|has been|had been)?\s*"
    r"(?:holding|held|holds)\b(?!\s+(?:talks|a\b|an\b|the\b))",
    "broke down": r"\b(?:broke|breaks|broken|breaking) down\b",
    "sworn in": r"\b(?:was|were|been|being|is|are) sworn in\b",
    "took office": r"\b(?:took|has taken|had taken) (?:office|up (?:the|her|his) post)\b",
    "yet to take office": r"\bbefore (?:he|she|they) (?:can|could|may) (?:take|assume) (?:office|up the post)\b|"
    r"\b(?:yet|still) to (?:take|assume) (?:office|up the post)\b|\bhas not yet taken office\b",
    "turn down": r"(?:turn|turns|turned|turning) down",
    "on the table": r"(?:remains?|remained|still|is|was|stays?) on the table",
    "an option": r"(?:remains?|remained|still) an option",
    "rule out": r"(?<!to )(?<!not )(?:rule|rules|ruled|ruling) (?:it |this |that )?out",
    "not ruled out": r"\b(?:declined|refused|would not|did not|does not|will not|wouldn't|didn't|won't|doesn't) "
    r"(?:to )?rule (?:it |this |that )?out",
    "gave a penalty": r"\bpointed to the spot\b|\b(?:awarded|gave|given) (?:\w+ )?(?:a |the )?penalty\b|\bpenalty was "
    r"(?:awarded|given)\b",
    "refused a penalty": r"\bwav(?:ed|es|ing) (?:play on|away)\b|\b(?:penalty )?(?:appeals?|shouts?|claims?)\b"
    r"(?: for a penalty)?[^.;]{0,60}?\b(?:were|was) (?:rejected|dismissed|turned down|ignored)\b",
    "remain in force": r"(?:remains?|remained|stays?|stayed|still) in (?:force|place|effect)",
    "plead guilty": r"(?:plead|pleads|pleaded|pled|pleading) guilty",
    "plead not guilty": r"(?:plead|pleads|pleaded|pled|pleading) not guilty",
    "vote down": r"(?:vote|votes|voted|voting) (?:\w+ )?down",
    "throw out": r"(?:throw|throws|threw|thrown|throwing) out",
    "suspension extended": r"\bextend(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:suspension|halt|ban|closure|shutdown|grounding)\b",
    "give way": r"\b(?:give|gives|gave|given|giving) way\b",
    "held firm": r"\b(?:dam|levee|dyke|dike|embankment|barrier|sea wall|bridge|roof)\b[^.;]{0,60}?\b(?:held|withstood)\b",
    "fit for": r"\bfit (?:for|to (?:play|start|face|feature))\b",
    "available for": r"\bavailable (?:for|to (?:play|start|face))\b",
    "ruled out of": r"\brul(?:e|es|ed|ing) out of\b",
    "in operation": r"\bin operation\b",
    "in service": r"\bin service\b",
    "up and running": r"\bup and running\b",
    "under construction": r"\b(?:under construction|still being built)\b",
    "still being built": r"\bstill being built\b",
    "set a record": r"\b(?:set|sets|setting|broke|breaks|breaking|smashed|smashes|shattered|new|highest ever|"
    r"lowest ever|fastest ever)\b(?:[\w\s',-]{0,25}?\brecord\b|\s+(?:recorded|measured))",
    "short of the record": r"\b(?:short of|outside|shy of|missed|off|below|behind|slower than|failed to (?:beat|break))"
    r"\b[\w\s',-]{0,25}?\brecord\b",
    # comparisons, not bounds on a figure ("more than 200" is no comparison of the thing itself)
    "larger than": r"(?:larger|bigger|greater|higher|heavier|longer|wider|stronger|better|warmer)\b[\w\s',-]{0,40}?"
    r"\bthan\b(?!\s+(?:about\s+|some\s+)?[\d$£€])|\b(?:above|exceed\w*|surpass\w*|topp\w*)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:level|mark|total)s?\b",
    "smaller than": r"(?:smaller|lower|lighter|shorter|narrower|weaker|worse|cooler|colder)\b[\w\s',-]{0,40}?"
    r"\bthan\b(?!\s+(?:about\s+|some\s+)?[\d$£€])|\b(?:below|short of)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:level|mark|total)s?\b",
}
_PHRASE = {lemma: re.compile(rf"\b{pattern}\b", re.I) for lemma, pattern in _PHRASAL.items()}


_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|no longer|n't|cannot|failed to|refused to)\s+(?:\w+\s+)?$", re.I
)


# Words that split one thing into parts of a kind: an outcome for one part says nothing of another.
_SCOPE_GROUPS = (
    {"domestic", "international"},
    {"annual", "quarterly", "monthly", "weekly", "daily"},
    {"men's", "women's"},
    {"northbound", "southbound", "eastbound", "westbound"},
    {"inbound", "outbound"},
    {"passenger", "cargo", "freight"},
    {"junior", "senior"},
)


def _scopes_apart(ca: Claim, cb: Claim) -> tuple[str, str] | None:
    """Each sentence names a different part of one kind ("domestic" / "international"), and neither the other."""
    wa = {w.strip(".,;:") for w in ca.sentence.text.lower().split()}
    wb = {w.strip(".,;:") for w in cb.sentence.text.lower().split()}
    for group in _SCOPE_GROUPS:
        xa, xb = wa & group, wb & group
        if xa and xb and not xa & xb:
            return sorted(xa)[0], sorted(xb)[0]
    return None


def _sides(words: set[str], pos: set[str], neg: set[str]) -> tuple[set[str], set[str]]:
    """The words of an outcome row a sentence holds on each side, a denied phrase counting for the other."""
    denied = {w[1:] for w in words if w.startswith("¬")}
    return (words & pos) | (denied & neg), (words & neg) | (denied & pos)


def _outcome_words(claim: Claim) -> set[str]:
    """Lemmas plus the phrasal verbs of :data:`OUTCOMES`, with words under a negation removed."""
    text = claim.sentence.text
    phrases = set()
    for lemma, pattern in _PHRASE.items():
        for m in pattern.finditer(text):
            # "would not go ahead": the phrase denied, which says its opposite (marked "¬go ahead")
            phrases.add(
                ("¬" if _NEGATED_BEFORE.search(text[max(0, m.start() - 25) : m.start()]) else "") + lemma
            )
    denied = {w for n in claim.negations for w in (*n.scope, *n.focus, n.head, n.predicate)}
    # "none of the 40 people survived": the verb is denied, which says its opposite ("¬survive")
    nobody = {verb for verb, subject in claim.subjects if subject in SUBJECT_NEGATIONS}
    words = {w.lower().strip(".,;:!?\"'()") for w in claim.sentence.text.split()}
    return (set(claim.lemmas | claim.verbs) | words) - denied - nobody | phrases | {"¬" + v for v in nobody}


@dataclass(frozen=True)
class Candidate:
    """One comparison's verdict on two sentences."""

    kind: Kind
    slot: str
    topic: str
    severity: Severity
    score: float
    explanation: str
    a: Statement
    b: Statement
    internal: bool = False


@dataclass
class _Context:
    claims: dict[tuple[str, int], Claim]
    names: dict[str, str]
    published: dict[str, date | None]
    containment: set[tuple[str, str]] = field(default_factory=set)
    _anchor_counts: dict[str, int] | None = None
    _memo: dict[tuple[str, str, int, str], Any] = field(default_factory=dict)

    def _memoised(self, what: str, claim: Claim, compute: Callable[[Claim], Any]) -> Any:
        """``compute(claim)``, once per sentence and purpose for the life of this context."""
        key = (what, claim.sentence.source, claim.sentence.index, claim.sentence.text)
        if key not in self._memo:
            self._memo[key] = compute(claim)
        return self._memo[key]

    def inherited(self, claim: Claim) -> Claim:
        """The claim with referent markers its figures borrow from the previous sentence (memoised)."""
        if not self.claims or not claim.quantities:
            return claim
        return cast(
            Claim,
            self._memoised(
                "inherit",
                claim,
                lambda c: replace(c, quantities=tuple(_inherit(q, c, self) for q in c.quantities)),
            ),
        )

    def anchor_keys(self, claim: Claim) -> set[str]:
        """:func:`_anchor_keys`, memoised per sentence."""
        return cast(set[str], self._memoised("anchor", claim, _anchor_keys))

    def outcome_words(self, claim: Claim) -> set[str]:
        """:func:`_outcome_words`, memoised per sentence."""
        return cast(set[str], self._memoised("outcome", claim, _outcome_words))

    def last_time(self, claim: Claim) -> int | None:
        """:func:`_last_time` of the sentence, memoised."""
        return cast("int | None", self._memoised("last", claim, lambda c: _last_time(c.sentence.text)))

    def sequence(self, claim: Claim) -> dict[str, set[str]]:
        """:func:`_sequence` of the sentence, memoised."""
        return cast(dict[str, set[str]], self._memoised("order", claim, lambda c: _sequence(c.sentence.text)))

    def name(self, source: str) -> str:
        return self.names.get(source, source)

    def anchor_count(self, anchor: str) -> int:
        """In how many sentences of the whole comparison an anchor (a date, figure or name) appears."""
        if self._anchor_counts is None:
            counts: dict[str, int] = {}
            for c in self.claims.values():
                for a in self.anchor_keys(c):
                    counts[a] = counts.get(a, 0) + 1
            self._anchor_counts = counts
        return self._anchor_counts.get(anchor, 0)


# ------------------------------------------------------------------------------------------- helpers


def _syn(word: str) -> frozenset[str]:
    """The first synonym group holding ``word``, or just the word."""
    return _SYN_INDEX.get(word) or frozenset({word})


def _overlap(a: Iterable[str], b: Iterable[str]) -> set[str]:
    bs: set[str] = set()
    for w in b:
        bs |= _syn(w)
    return {w for w in a if _syn(w) & bs}


def _quote(text: str, limit: int = 60) -> str:
    t = " ".join(text.split())
    return t if len(t) <= limit else t[: limit - 1].rsplit(" ", 1)[0] + "…"


def _score(severity: Severity, similarity: float, bonus: float = 0.0) -> float:
    s = BASE_SCORE[severity] + 0.1 * max(0.0, similarity - 0.5) + bonus
    return float(min(max(s, 0.01), 0.99))


# ---------------------------------------------------------------------------------------- quantities


def _event_group(word: str) -> int | None:
    """The first outcome group (dead, injured, missing, ...) holding ``word``."""
    return _EVENT_INDEX.get(word)


def _treated(q: Quantity) -> int | None:
    """ "Twenty-one residents were taken to hospital": the injured, whatever the verb."""
    hospital = "hospital" in q.context | q.qualifiers or q.verb in ("hospitalise", "hospitalize")
    return _EVENT_INDEX.get("injured") if hospital else None


def _compound_head(a: str, b: str) -> bool:
    """One counted noun is the other with a word before it ("dockworker" / "worker", "steelworker")."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long != short and long.endswith(short) and long[: -len(short)].isalpha()


def _referent(qa: Quantity, qb: Quantity, single: bool) -> tuple[str, str]:
    """What two quantities belong to: ``("same" | "weak" | "different" | "unrelated", reason)``.

    ``single`` says each sentence has only this one quantity of its dimension, so an aligned pair
    probably speaks of the same figure even when the counted nouns are worded differently.
    """
    a, b = qa.value, qb.value
    if a.dimension != b.dimension or (a.dimension in ("money", "money rate") and a.unit != b.unit):
        return "unrelated", ""
    if a.dimension == "points" and a.unit != b.unit:
        return "unrelated", ""
    if a.dimension == "score" and single:
        return "same", ""  # one result in each account of one match
    if a.high == 0 or b.high == 0:
        if _overlap({qa.verb} - {""}, {qb.verb} - {""}):
            return "same", ""  # "nobody was injured" / "three workers were treated in hospital"
        if not _overlap({qa.head}, {qb.head} - {"people"}):
            return "unrelated", ""  # "nobody claimed the bombing" says nothing of the six it killed
    ga, gb = (_event_group(q.verb) or _event_group(q.head) or _treated(q) for q in (qa, qb))
    if ga is not None and gb is not None and ga != gb:
        return "unrelated", ""
    ma, mb = qa.markers, qb.markers
    hist_a, hist_b = ma & HISTORICAL, mb & HISTORICAL
    if bool(hist_a) != bool(hist_b):
        which = sorted(hist_a or hist_b)[0]
        return "different", f"one figure is described as {which}, the other as current"
    years_a = {m for m in ma if m.isdigit()}
    years_b = {m for m in mb if m.isdigit()}
    if years_a and years_b and not years_a & years_b:
        return "different", f"they are tied to different years ({', '.join(sorted(years_a | years_b))})"
    old = {"existing", "old", "previous", "earlier", "former", "original", "current"}
    if (
        ("new" in ma and mb & old)
        or ("new" in mb and ma & old)
        or (("new" in ma) != ("new" in mb) and (years_a or years_b or hist_a or hist_b))
    ):
        return "different", "one speaks of the new one, the other of an earlier one"
    if ("timed" in ma) != ("timed" in mb) and not _overlap({qa.verb} - {""}, {qb.verb} - {""}):
        return "unrelated", ""  # "clocking 1:02:18" / "through 10 kilometres in under half an hour": a split
    if ("seriously" in ma) != ("seriously" in mb):
        part, whole = (qa, qb) if "seriously" in ma else (qb, qa)
        if part.value.high <= whole.value.low:
            return "different", "one counts only those badly hurt, the other all the injured"
    rate_a, rate_b = _rates(ma), _rates(mb)
    # an inflation rate is annual unless said otherwise ("inflation slowed to 3.1 percent" / "annual ...")
    if {frozenset(rate_a), frozenset(rate_b)} == {frozenset(), frozenset({"annual"})} and any(
        "inflation" in q.context | {q.head, q.subject} for q in (qa, qb) if not _rates(q.markers)
    ):
        rate_a = rate_b = {"annual"}
    if rate_a != rate_b and not ({"per"} in (rate_a, rate_b) and rate_a and rate_b):
        return "different", "one is a rate per period, the other a total"
    measure_a, measure_b = _measures(qa), _measures(qb)
    if measure_a and measure_b and not measure_a.keys() & measure_b.keys():
        what = f"{min(measure_a.values())} vs {min(measure_b.values())}"
        return "different", f"they are different measures ({what})"
    head_same = (
        bool(_overlap({qa.head}, {qb.head})) or a.dimension != "count" or _compound_head(qa.head, qb.head)
    )
    qual_a, qual_b = qa.qualifiers - TEMPORAL_QUALIFIERS, qb.qualifiers - TEMPORAL_QUALIFIERS
    if qual_a and qual_b and head_same and not _overlap(qual_a, qual_b):
        qa_only, qb_only = sorted(qual_a)[:3], sorted(qual_b)[:3]
        return "different", f"they measure different things ({' '.join(qa_only)} vs {' '.join(qb_only)})"
    if a.dimension == "count" and not head_same:
        if single and ((qa.verb and _overlap({qa.verb}, {qb.verb})) or _magnitude_noun(qa, qb)):
            return "weak", ""
        return "unrelated", ""
    if a.dimension != "count" and not single:
        # "net profit of $1.24 billion" / "quarterly earnings climbed to $1.42 billion": one measure
        shared = bool(measure_a.keys() & measure_b.keys()) or _overlap(
            {qa.subject, qa.verb, *qual_a} - {""}, {qb.subject, qb.verb, *qual_b} - {""}
        )
        return ("same", "") if shared else ("unrelated", "")
    return "same", ""


# What an amount of money or a percentage can measure; words in one group name one measure.
MEASURES = (
    {"revenue", "sales", "turnover"},
    {"profit", "income", "earnings", "earning"},
    {"loss", "losses"},
    {"salary", "pay", "wage", "wages"},
    {"compensation", "package"},
    {"bonus"},
    {"budget", "spending", "expenditure"},
    {"debt", "borrowing"},
    {"deficit"},
    {"valuation", "worth", "capitalisation", "capitalization", "value"},
    {"volume", "tonnage"},  # "exports fell 7 percent in volume" / "the value of exports rose 12 percent"
    {"fine", "penalty", "damages"},
    {"dividend"},
    {"margin"},
    {"inflation"},
    {"unemployment", "joblessness"},
    {"growth"},
    {"turnout", "participation"},
    {"fare", "ticket"},
    {"share", "stock"},  # "shares fell 12 percent" / "operating profit slipped 4 percent"
)
_MEASURE_INDEX = {w: n for n, group in enumerate(MEASURES) for w in group}


def _measures(q: Quantity) -> dict[int, str]:
    """The measures a money or percent figure is tied to, by group, with the word that names each
    ("net income of $2.1 billion": the profit group, "income")."""
    if q.value.dimension not in ("money", "money rate", "percent"):
        return {}
    words = sorted({q.subject, q.head, *q.context} - {""})
    return {_MEASURE_INDEX[w]: w for w in words if w in _MEASURE_INDEX}


def _magnitude_noun(qa: Quantity, qb: Quantity) -> bool:
    """The counted noun is a magnitude word or missing on one side ("8.3 million" / "3.8 million")."""
    words = {"million", "billion", "thousand", "hundred", "trillion", "dozen", ""} | COLLECTIVE_NOUNS
    return (
        qa.head in words
        or qb.head in words
        or qa.head.replace(",", "").isdigit()
        or qb.head.replace(",", "").isdigit()
    )


# When a figure was stated says nothing about what it measures ("12 years ... on Tuesday").
TEMPORAL_QUALIFIERS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "week", "month", "day", "morning", "evening", "night", "afternoon", "weekend",
}  # fmt: skip


def _running(qa: Quantity, qb: Quantity, ca: Claim, cb: Claim) -> bool:
    """A figure that grows as news comes in (a toll, cases, arrests, the area burned, "at least",
    "so far"), so a later report may simply be newer. A price, a premium or a vote count is not."""
    words = {qa.head, qa.verb, qb.head, qb.verb} | qa.context | qb.context
    return (
        bool(words & CUMULATIVE)
        or qa.value.dimension == "area"
        or "min" in (qa.value.hedge, qb.value.hedge)
        or bool(_PROVISIONAL.search(ca.sentence.text) or _PROVISIONAL.search(cb.sentence.text))
    )


def _compatible(qa: Quantity, qb: Quantity) -> bool:
    a, b = qa.value, qb.value
    tol = 1e-6 * max(abs(a.point), abs(b.point), 1.0)
    if a.dimension == "length" or a.dimension == "speed" or a.dimension == "mass" or a.dimension == "area":
        tol = max(tol, 0.03 * max(abs(a.point), abs(b.point)))
    timed = "timed" in qa.markers and "timed" in qb.markers  # "2:04:17" / "2:07:41": race times to the second
    if a.dimension == "duration" and _span_word(qa) != _span_word(qb) and not timed:
        tol = max(tol, 0.035 * max(abs(a.point), abs(b.point)))  # "90 days" / "three months"
    if a.dimension == "temperature":
        tol = max(tol, 0.6)
    return a.low - tol <= b.high and b.low - tol <= a.high


def _span_word(q: Quantity) -> str:
    """The last word of a quantity as written, singular ("three months": month)."""
    words = re.findall(r"[a-z]+", q.text.lower())
    return words[-1].rstrip("s") if words else ""


def _rounded(qa: Quantity, qb: Quantity) -> bool:
    """One figure looks like a rounding of the other (within 10 % and a round number)."""
    a, b = qa.value.point, qb.value.point
    if not a or not b:
        return False
    ha, hb = qa.value.hedge, qb.value.hedge
    # "exceeded 70%" / "fewer than two-thirds": bounds that point apart, no rounding joins them
    if (ha, hb) in (("min", "max"), ("max", "min")) and not _compatible(qa, qb):
        return False
    close = abs(a - b) / max(abs(a), abs(b)) <= 0.1

    def roundish(x: float) -> bool:
        if x == 0:
            return False
        mag = 10 ** max(int(math.log10(abs(x))) - 1, 0)
        return x >= 50 and x % mag == 0 and x % (mag * 5) == 0 if mag > 1 else x >= 50 and x % 10 == 0

    return close and (roundish(a) or roundish(b) or qa.value.hedge != "exact" or qb.value.hedge != "exact")


def _quantity_topic(qa: Quantity, qb: Quantity) -> str:
    """A short label: what is counted or measured, and what it belongs to when both figures say."""
    shared = sorted(w for w in _overlap({qa.subject, *qa.qualifiers}, {qb.subject, *qb.qualifiers}) if w)
    owner = shared[0] if shared else (qa.subject or qb.subject)
    if qa.value.dimension == "count":
        return f"number of {qa.head}" + (f" ({owner})" if owner and owner != qa.head else "")
    label = {"duration": "duration", "money": "amount", "money rate": "price", "percent": "share"}.get(
        qa.value.dimension, qa.value.dimension
    )
    return f"{label} of the {owner}" if owner else label


def _inherit(q: Quantity, claim: Claim, ctx: _Context) -> Quantity:
    """Resolve "the treaty" to the one the previous sentence introduced ("The new agreement replaces a
    2001 framework. The treaty ... 20 years"): borrow its referent markers when the figure has none."""
    if q.markers & (REFERENT_WORDS | HISTORICAL) or not q.subject:
        return q
    prev = ctx.claims.get((claim.sentence.source, claim.sentence.index - 1))
    if prev is None or not (prev.markers & REFERENT_WORDS):
        return q
    from dataclasses import replace

    return replace(q, markers=q.markers | (prev.markers & REFERENT_WORDS))


REFERENT_WORDS = {"new", "existing", "old", "previous", "earlier", "former", "original", "current"}


_MONTH_NAMES = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_YOY = rf"year[- ]on[- ]year|{YEAR_EARLIER}|(?:compared (?:with|to)|from|on) the same (?:period|month|quarter) (?:last|a) year"
_MOM = rf"month[- ]on[- ]month|from (?:the previous|a) month|(?:from|compared (?:with|to)) {_MONTH_NAMES}\b(?! \d{{4}})"
# How a change is measured (against a year earlier, the month before, the quarter before) and over what
# period a figure is stated (a quarter, half a year, a full year).
_COMPARISONS = (
    ("year on year", re.compile(rf"\b(?:{_YOY})", re.I)),
    ("month on month", re.compile(rf"\b(?:{_MOM})", re.I)),
    ("quarter on quarter", re.compile(r"\b(?:quarter[- ]on[- ]quarter|from the previous quarter)", re.I)),
)
_PERIODS = (
    ("a month", re.compile(rf"\b(?:in|for|during) {_MONTH_NAMES}\b(?!\s+\d)", re.I)),
    ("a quarter", re.compile(r"\b(?:first|second|third|fourth|last)[- ]quarter|\bquarterly\b", re.I)),
    ("half a year", re.compile(r"\b(?:half[- ]year|(?:first|second) half|(?:six|6) months to)", re.I)),
    (
        "a full year",
        re.compile(r"\b(?:(?:full|whole)[- ]year|in the year to|for the year\b|year as a whole\b)", re.I),
    ),
)


# Which line of the accounts a profit figure is ("operating profit" / "net profit" / "pre-tax profit").
_PROFIT_LINE = r"(?:profits?|income|earnings|loss(?:es)?)"
_LINES = (
    ("operating", re.compile(rf"\b(?:operating|EBIT(?:DA)?|trading) {_PROFIT_LINE}|\bEBIT(?:DA)?\b", re.I)),
    ("net", re.compile(rf"\bnet {_PROFIT_LINE}|\bbottom line\b|\bafter tax\b", re.I)),
    ("pre-tax", re.compile(rf"\bpre-?tax {_PROFIT_LINE}|\b{_PROFIT_LINE} before tax", re.I)),
    ("gross", re.compile(rf"\bgross {_PROFIT_LINE}", re.I)),
)
# How an auction price is stated ("hammered down at £9.4 million" / "sold for £10.8 million with fees").
_AUCTION = (
    ("the hammer price", re.compile(r"\bhammer(?:ed)?\b", re.I)),
    ("with fees", re.compile(r"\b(?:with|including) (?:fees|(?:the )?buyer's premium)\b", re.I)),
)
# When in a trading session a price is read ("jumped 8 percent in early trading" / "closed down 2 percent").
_SESSIONS = (
    ("during the session", re.compile(r"\b(?:in (?:early|morning|afternoon|late) trad\w+|intraday|at one point)\b", re.I)),
    ("at the close", re.compile(r"\b(?:closed|ended|finished) (?:the (?:day|session) )?(?:up|down|higher|lower)\b|\bat the close\b", re.I)),
)  # fmt: skip


def _basis(text: str) -> tuple[set[str], set[str], set[str], set[str], set[str]]:
    """How a figure is compared, over what period it is stated ("from a year earlier", "in September
    from August", "for the six months to January"), when in a trading session it was read, whether an
    auction price is the hammer price or includes fees, and which line of the accounts a profit is."""
    return (
        {name for name, pattern in _COMPARISONS if pattern.search(text)},
        {name for name, pattern in _PERIODS if pattern.search(text)},
        {name for name, pattern in _SESSIONS if pattern.search(text)},
        {name for name, pattern in _AUCTION if pattern.search(text)},
        {name for name, pattern in _LINES if pattern.search(text)},
    )


_AT_AGE = re.compile(r"\bat (?:the )?age (?:of )?\d|\baged \d", re.I)  # "moved to London at the age of 14"
_AGE_THEN_OR_NOW = re.compile(r"\b(?:now|then|at the time|when (?:he|she|they))\b", re.I)
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred"
)
_PART_OF = re.compile(
    r"\b(?:most|many|some|much|all but|part|parts|half|the majority|a fraction|a minority|a few|several|"
    r"(?:a|one|two|three|four)[- ](?:third|quarter|fifth|tenth)s?)"
    r"\s+(?:of|out of)\s+(?:the|its|their|his|her|those)?\s*(?:[\w-]+(?:'s|’s)\s+)?$",
    re.I,
)
# "won 34 of the 71 seats", "142 seats out of 300": the 71 and the 300 are the whole the count is out of
_COUNT_OUT_OF = re.compile(
    rf"\b(?:\d[\d,.]*|{_NUMBER_WORDS})(?: \w+)?\s+(?:of|out of)\s+(?:the|its|their)?\s*(?:[\w-]+(?:'s|’s)\s+)?$",
    re.I,
)


def _out_of(text: str, q: Quantity) -> bool:
    return bool(_COUNT_OUT_OF.search(text[max(0, q.start - 30) : q.start]))


# "some 34,000 of the affected cars", "400 of them": a share of a whole the sentence does not size.
_PART_AFTER = re.compile(r"\s+(?:of|out of) (?:the|those|these|them|its|their)\b", re.I)


def _share_of(c: Claim, q: Quantity) -> bool:
    """The figure is followed by "of the ..." without a size of the whole ("34,000 of the affected cars")."""
    return bool(_PART_AFTER.match(c.sentence.text, q.end)) and not _COUNT_OUT_OF_AFTER.match(
        c.sentence.text, q.end
    )


# "34 of the 71 seats": a whole the sentence sizes itself (see _out_of), not one left to the other source.
_COUNT_OUT_OF_AFTER = re.compile(
    r"\s+(?:of|out of) (?:the|its|their)?\s*(?:\d|(?:" + _NUMBER_WORDS + r")\b)", re.I
)


def _same_whole(whole: Quantity, q: Quantity, wholes_claim: Claim) -> bool:
    """``q`` is the whole another sentence counts a part of ("all six fishermen" / "two of the six
    fishermen"), unless it is told with the very verb of that part ("more than 1,200 flights were cancelled" /
    "about 400 of the 1,300 flights scheduled were cancelled"): then it is that part's figure."""
    if whole.head != q.head or not _compatible(whole, q):
        return False
    before = [p for p in wholes_claim.quantities if p.end <= whole.start and whole.start - p.end <= 30]
    part = max(before, key=lambda p: p.end, default=None)
    return not (
        part is not None and q.verb and part.verb == q.verb and part.value.dimension == q.value.dimension
    )


def _whole_of_part(text: str, q: Quantity) -> bool:
    """The figure is the size of a whole the sentence speaks of a part of ("power restored to most of the
    90,000 homes"): another source's figure may be the rest."""
    return bool(_PART_OF.search(text[max(0, q.start - 30) : q.start]))


# What is done to people one by one, and counted, not estimated from a crowd.
TALLIED = {"arrest", "detain", "kill", "injure", "wound", "die", "hospitalise", "hospitalize", "charge",
           "convict", "sentence", "deport", "expel", "fire", "dismiss", "hire", "vaccinate", "test"}  # fmt: skip
# What a crowd is counted in: organisers' and police estimates of one crowd routinely differ.
CROWD = SYNONYMS[0] | {"crowd", "supporter", "farmer", "worker", "fan", "spectator", "attendance", "turnout"}


def _shared_speaker_word(ca: Claim, cb: Claim) -> bool:
    """Both sources cite one body ("police said" / "a police estimate"): not two independent estimates."""
    words = [{w for w in _speaker_words(s) if len(w) >= 4} for s in ca.speakers]
    other = {w for s in cb.speakers for w in _speaker_words(s)}
    return any(w & other - {"officials", "official", "said", "cited"} for w in words)


def _different_basis(a: str, b: str) -> str | None:
    """Why two sentences' figures are over different bases, if they are."""
    for x, y in zip(_basis(a), _basis(b), strict=True):
        if x and y and not x & y:
            return f"{min(x)} vs {min(y)}"
    adjusted = [m.group(0) for t in (a, b) if (m := _ADJUSTED.search(t))]
    if len(adjusted) == 1:
        return f"‘{adjusted[0]}’ vs as reported"
    return None


# A figure restated on another basis ("stripping out currency movements", "like-for-like", "in real terms").
_ADJUSTED = re.compile(
    r"\b(?:strip(?:ping|ped|s)? out [\w ]{0,20}?(?:currenc\w*|exchange[- ]rates?|one-offs?|acquisitions?)|"
    r"(?:at )?constant[- ](?:currenc\w*|exchange rates?|prices)|like-for-like|organic(?:ally)?|in real terms|"
    r"inflation[- ]adjusted|adjusted for inflation|on an underlying basis|core inflation|"
    r"(?:excluding|stripping out|leaving out) (?:volatile )?(?:food|energy|fuel)(?: and (?:energy|food|fuel))?)\b",
    re.I,
)


# A count over a whole area ("across the county", "nationwide") or one part of it ("in Bavaria alone").
_WHOLE_AREA = re.compile(
    r"\b(?:across|throughout|nationwide|countrywide|statewide|county-wide|region-wide|in total|altogether|"
    r"worldwide|globally|around the world)\b"
)
_AREA_NAMED = re.compile(r"\b(?:across|throughout) (?:the |much of |most of )?((?:[A-Z][\w'-]+ ?)+)")


def _whole_area(text: str, other: str) -> bool | None:
    """Whether a count is said to cover a whole area ("across the county"); None when the area is named
    and the other sentence names it too ("villages across Jalal district" / "struck Jalal district"), so
    both cover it."""
    m = _WHOLE_AREA.search(text)
    if m is None:
        return False
    named = _AREA_NAMED.match(text, m.start())
    return None if named and named.group(1).split()[0] in other else True


_PART_AREA = re.compile(r"\b[A-Z][\w'-]+(?: [A-Z][\w'-]+)* (?:alone|itself)\b")
# One stage of a whole ("the first phase of the hospital will provide 300 beds") or one group of a population
# ("among under-25s, the jobless rate was 26.5%"): the other figure may be the whole's.
_PART_SCOPE = re.compile(
    r"\b(?:first|second|third|initial|opening|final|next) (?:phase|stage|tranche|instalment|installment)\b"
    r"|\bamong (?:the )?(?:under-\d+s|over-\d+s|\d+-to-\d+-year-olds|young(?:er)?|older|women|men|girls|boys|"
    r"children|adults|teenagers|pensioners|graduates|people aged|those aged|\w+-year-olds)\b",
    re.I,
)
# A measure of one group or component, as the figure's subject: "youth unemployment", "core inflation".
_GROUP_MEASURE = re.compile(
    r"\b(?:youth|female|male|women's|men's|long-term|rural|urban|core|underlying|food|energy|services|"
    r"manufacturing)\s+(unemployment|joblessness|employment|inflation|output)\b",
    re.I,
)


def _different_sources(ca: Claim, cb: Claim) -> bool:
    """Both sentences name who says or measured it, and no source is shared."""
    sa = [*ca.speakers, *(g.who for g in ca.agents if g.who.kind != "role")]
    sb = [*cb.speakers, *(g.who for g in cb.agents if g.who.kind != "role")]
    return (
        bool(sa and sb)
        and not any(_same_entity(x, y) for x in sa for y in sb)
        and not _shared_speaker_word(ca, cb)
    )


CREW = {
    "crew",
    "crewman",
    "crewmen",
    "member",
    "staff",
    "child",
    "children",
    "adult",
    "infant",
}


def _sum_of_parts(qa: Quantity, ca: Claim, qb: Quantity, cb: Claim) -> str:
    """The larger count is the smaller plus another count either sentence gives ("212 passengers" /
    "241 people on board, including 29 crew": 212 + 29 = 241; "the 212 passengers and 14 crew" / "226 people
    on board")."""
    if qa.value.dimension != "count" or qa.value.point is None or qb.value.point is None:
        return ""
    (small, cs), (large, c) = sorted(((qa, ca), (qb, cb)), key=lambda x: x[0].value.point or 0)
    for q in (*c.quantities, *cs.quantities):
        if q is large or q is small or q.value.dimension != "count" or q.value.point is None:
            continue
        if not (
            _overlap({q.head}, {"people", "crew", "staff", "child", small.head, large.head}) or q.head in CREW
        ):
            continue  # "a nine-storey block": no count of the people counted
        if small.value.point and small.value.point + q.value.point == large.value.point:
            return f"{small.text} + {q.text} = {large.text}"
    return ""


def _drawn(q: Quantity) -> bool:
    return int(q.value.point) // 1000 == int(q.value.point) % 1000


# How alike two sentences must be for their only figures of one dimension to be taken as one figure: a
# match score or a quake's magnitude is rarely anything else, whatever the rest of the wording.
_SINGLE_SIMILARITY = {"score": 0.45, "magnitude": 0.35}


_GAP = re.compile(
    r"\s*(?:below|above|higher than|lower than|short of|ahead of|behind)\s+(?:the|its|their|a)\b",
    re.I,
)


# A figure given as the size of a change ("grew by 3,800 hectares", "cut by 200 jobs", "3,800 more"), not a level.
_CHANGE_VERBS = {
    "grow", "rise", "increase", "climb", "jump", "swell", "expand", "gain", "fall", "drop", "decline", "shrink",
    "decrease", "cut", "reduce", "slide", "slip", "add", "lose", "widen", "narrow", "boost", "raise", "lower",
    "lift", "hike", "trim", "slash", "soar", "surge", "plunge", "tumble", "sink", "rebound", "recover",
}  # fmt: skip
_BY_BEFORE = re.compile(
    r"\bby\s+(?:(?:about|around|some|nearly|almost|more than|over|at least|another|a further)\s+)?$", re.I
)
_MORE_AFTER = re.compile(r"\s*(?:more|fewer|less|extra|additional)\b", re.I)


# A tally declared final ("final turnout was 62.5 percent"): a reading taken earlier may be lower.
# Levels that are read at a moment and move ("the river crested at 8.61 metres on Saturday" / "stood at 7.9
# metres on Monday"): figures for different days are different readings.
READINGS = {"length", "temperature", "percent", "money rate", "speed"}


def _reading_days(c: Claim, q: Quantity) -> set[int]:
    """The weekdays of the days a reading is dated to (weekdays, since a weekday's week is only inferred)."""
    if q.value.dimension not in READINGS:
        return set()
    return {
        d.weekday if d.weekday is not None else d.resolved.weekday()
        for d in c.dates
        if d.resolved and not _statement_date(d) and d.anchor == q.verb
    }


_SEASON = re.compile(r"\b((?:19|20)\d\d)[/–-](\d\d)\b")


def _stated_years(c: Claim) -> set[str]:
    """The years or seasons a sentence is about, as written or resolved ("last year", "in 2021", "the 2024/25
    season"), besides those that open a period ("since 2019") or give a baseline ("below the 2019 peak")."""
    seasons = {f"{m.group(1)}/{m.group(2)}" for m in _SEASON.finditer(c.sentence.text)}
    years = {
        str(d.year)
        for d in c.dates
        if d.year and d.month is None and d.day is None and d.weekday is None and d.year_from is None
        and not _since(c, d) and not _baseline(c, d) and not _SEASON.search(d.text + c.sentence.text[d.end : d.end + 3])
    }  # fmt: skip
    return seasons | years


_FINAL_TALLY = re.compile(
    r"\bfinal (?:turnout|results?|count|tally|toll|figures?|score)\b|"
    r"\ball (?:the )?(?:ballots|votes|precincts|polling stations) (?:counted|reporting|in)\b",
    re.I,
)
_SOONER_AFTER = re.compile(r"\s*(?:sooner|longer|shorter|faster|quicker)\b", re.I)


def _change(text: str, q: Quantity) -> bool:
    """The figure is the size of a change, not a level or a total."""
    if q.value.dimension == "duration" and _SOONER_AFTER.match(text[q.end :]):
        return True  # "left hospital two days sooner": a difference between two spans
    if q.value.dimension in ("percent", "points", "score", "age", "duration"):
        return False  # a percentage move is read elsewhere; a duration "by" is a deadline
    by = bool(_BY_BEFORE.search(text[: q.start])) and q.verb in _CHANGE_VERBS
    return by or bool(_MORE_AFTER.match(text[q.end :]))


_AGAINST = re.compile(r"\b(?:against|oppos\w*|reject\w*|no\b|voted? down|disapprov\w*)", re.I)
_FOR = re.compile(r"\b(?:support\w*|in favou?r|for\b|yes\b|back\w*|approv\w*|endors\w*)", re.I)


def _stance(text: str, q: Quantity) -> int:
    """+1 when the words around a share speak for, -1 against, 0 neither or both."""
    near = text[max(0, q.start - 20) : q.end + 25]
    against, for_ = bool(_AGAINST.search(near)), bool(_FOR.search(near))
    return 0 if against == for_ else (1 if for_ else -1)


def _complement(ca: Claim, qa: Quantity, cb: Claim, qb: Quantity) -> bool:
    """Two shares of one vote from the two sides ("58% voting against" / "only 42% support")."""
    if qa.value.dimension != "percent" or qb.value.dimension != "percent":
        return False
    if abs(qa.value.point + qb.value.point - 100) > 1:
        return False
    return _stance(ca.sentence.text, qa) * _stance(cb.sentence.text, qb) == -1


_FORECASTERS = re.compile(
    r"\b(?:economists?|analysts?|forecasters?|polled|poll|consensus|markets? (?:had )?(?:expect|price)\w*)\b",
    re.I,
)
_FORECAST_CUES = {"expect", "forecast", "predict", "anticipate", "project", "tip", "see", "bet"}


def _forecast(c: Claim) -> bool:
    """The sentence gives forecasters' expectation ("economists polled expect a rise of 50 basis points")."""
    return (
        c.status in ("expected", "hedged")
        and bool(set(c.status_cue.lower().split()) & _FORECAST_CUES | c.lemmas & {"forecast", "poll"})
        and bool(_FORECASTERS.search(c.sentence.text))
    )


def _gap(text: str, q: Quantity) -> bool:
    """The figure is a distance from a reference ("3 per cent below the offer price"), not a level or a move."""
    return q.value.dimension == "percent" and bool(_GAP.match(text[q.end :]))


_WINDOW = re.compile(r"^(?:the )?(?:first|last|past|previous|next|coming|opening|final) ", re.I)


def _window(q: Quantity) -> bool:
    """A duration that names a span of the calendar ("the first seven months", "the past three years")."""
    return bool(_WINDOW.match(q.text))


def _cmp_quantities(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    out: list[Candidate] = []
    ca, cb = ctx.inherited(ca), ctx.inherited(cb)
    used_b: set[int] = set()
    # a level a figure moved from ("from 20% to 22%") does not make the new level one of several
    dims_a = [q.value.dimension for q in ca.quantities if "from" not in q.markers]
    dims_b = [q.value.dimension for q in cb.quantities if "from" not in q.markers]
    # the size of the whole a count is out of ("34 of the 71 seats") is not itself a disputed figure
    wholes_b = {k for k, qb in enumerate(cb.quantities) if _out_of(cb.sentence.text, qb)}
    wholes_a = [qa for qa in ca.quantities if _out_of(ca.sentence.text, qa)]
    # a figure that matches the other's whole is that whole ("all six miners" / "two of the six miners")
    wholes_b |= {k for k, qb in enumerate(cb.quantities) if any(_same_whole(qa, qb, ca) for qa in wholes_a)}
    whole_values = [qb for k, qb in enumerate(cb.quantities) if k in wholes_b]
    # a count over a whole area ("across the county") or one part of it ("in Bavaria alone")
    areas = [_whole_area(c.sentence.text, o.sentence.text) for c, o in ((ca, cb), (cb, ca))]
    part_areas = [bool(_PART_AREA.search(c.sentence.text)) for c in (ca, cb)]
    other_area = part_areas[0] != part_areas[1] or (None not in areas and areas[0] != areas[1])
    # what each sentence as a whole is about: its years or seasons, and whether it gives a final tally
    years = _stated_years(ca), _stated_years(cb)
    final_a, final_b = (bool(_FINAL_TALLY.search(c.sentence.text)) for c in (ca, cb))
    for qa in ca.quantities:
        if _out_of(ca.sentence.text, qa) or any(_same_whole(qb, qa, cb) for qb in whole_values):
            continue
        rank = {"same": 2, "weak": 1, "different": 0}
        related = []
        for k, qb in enumerate(cb.quantities):
            if k in wholes_b or ("from" in qa.markers) != ("from" in qb.markers):
                continue  # a level moved from is compared only with a level moved from
            if _gap(ca.sentence.text, qa) != _gap(cb.sentence.text, qb):
                continue  # "traded 3 per cent below the offer price" / "jumped 33 per cent": a gap, a move
            if _complement(ca, qa, cb, qb):
                continue  # the two sides of one vote
            if qa.value.dimension == "duration" and _window(qa) != _window(qb):
                continue  # "in the first seven months of the year": a span counted over, not how long it lasted
            single = dims_a.count(qa.value.dimension) == 1 and dims_b.count(qb.value.dimension) == 1
            rel, reason = _referent(qa, qb, single and sim >= _SINGLE_SIMILARITY.get(qa.value.dimension, 0.5))
            if rel != "unrelated":
                related.append((k, qb, rel, reason))
        if not related:
            continue
        if any(_compatible(qa, qb) for _, qb, rel, _ in related if rel in ("same", "weak")):
            continue
        k, qb, rel, reason = max(
            related, key=lambda r: (rank[r[2]], len(_overlap(qa.context, r[1].context)), -abs(r[0]))
        )
        if _compatible(qa, qb) or k in used_b:
            continue
        used_b.add(k)
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        said = f"{na} says {qa.text!r} where {nb} says {qb.text!r}"
        severity: Severity
        stage_a, stage_b = set(ca.markers & STAGES), set(cb.markers & STAGES)
        if final_a != final_b and not stage_a | stage_b and (qa.value.high < qb.value.low) == final_b:
            # "41.8 percent at 6 p.m." / "final turnout 62.5 percent": a reading before the count was complete
            stage_a, stage_b = ({"final"}, set()) if final_a else (set(), {"final"})
        # "officials said" may be the agency the other names: only named sources can be told apart
        named_a = [m for m in ca.speakers if not _speaker_words(m) <= GENERIC_SOURCES]
        named_b = [m for m in cb.speakers if not _speaker_words(m) <= GENERIC_SOURCES]
        speakers_differ = bool(named_a and named_b) and not any(
            _same_entity(x, y) for x in ca.speakers for y in cb.speakers
        )
        basis = None if rel == "different" else _different_basis(ca.sentence.text, cb.sentence.text)
        if rel != "different" and _change(ca.sentence.text, qa) != _change(cb.sentence.text, qb):
            rel, reason = "different", "one is the size of a change, the other a level or a total"
        elif basis:
            rel, reason = "different", f"they are stated on different bases ({basis})"
        if qa.value.dimension == "age":
            if (
                ca.people
                and cb.people
                and not any(same_name(x.key, y.key) for x in ca.people for y in cb.people)
            ):
                continue  # the ages of two differently named people: the names are the disagreement
            if any(_AGE_THEN_OR_NOW.search(c.sentence.text) for c in (ca, cb)) and rel != "different":
                rel, reason = "different", "one may be an age at the time of the events, the other today's"
            elif bool(_AT_AGE.search(ca.sentence.text)) != bool(_AT_AGE.search(cb.sentence.text)):
                rel, reason = (
                    "different",
                    "one is the age at which something happened, the other may be today's",
                )
        if other_area and rel != "different" and not internal and qa.value.dimension == "count":
            rel, reason = "different", "one figure may cover only part of the area the other counts"
        scoped = [m.group(0) for c in (ca, cb) if (m := _PART_SCOPE.search(c.sentence.text))] + [
            m.group(0)
            for c, q in ((ca, qa), (cb, qb))
            if (m := _GROUP_MEASURE.search(c.sentence.text)) and m.group(1).lower() == q.subject
        ]
        if len(scoped) == 1 and rel != "different" and not internal:
            rel, reason = "different", f"one speaks only of ‘{scoped[0]}’"
        if (
            qa.value.dimension == "age"
            and rel != "different"
            and _another_person(ca.sentence.text) ^ _another_person(cb.sentence.text)
        ):
            rel, reason = "different", "one speaks of another person"
        whole = next((q for c, q in ((ca, qa), (cb, qb)) if _whole_of_part(c.sentence.text, q)), None)
        if whole is not None and rel != "different":
            rel, reason = "different", f"{whole.text!r} is a whole of which only a part is described"
        # "Volkswagen is recalling 90,000 vehicles" / "Audi is recalling 34,000 of the affected cars"; not one
        # doer's count ("24 of the miners were rescued" / "31 miners were rescued": two figures for one count)
        share = next(
            (
                x
                for c, x, y in ((ca, qa, qb), (cb, qb, qa))
                if x.value.dimension == "count" and x.value.point < y.value.point and _share_of(c, x)
            ),
            None,
        )
        two_doers = bool(qa.subject and qb.subject and qa.subject != qb.subject)
        if share is not None and two_doers and rel != "different" and not internal:
            rel, reason = "different", f"{share.text!r} is a share of a larger whole the other may count"
        if rel != "different" and (parts := _sum_of_parts(qa, ca, qb, cb)):
            rel, reason = "different", f"{parts}: one may count only a part of what the other counts"
        days = _reading_days(ca, qa), _reading_days(cb, qb)
        if rel != "different" and days[0] and days[1] and not days[0] & days[1] and not internal:
            told = " / ".join(calendar.day_name[min(d)] for d in days)
            rel, reason = "different", f"they are readings taken on different days ({told})"
        if rel != "different" and years[0] and years[1] and not years[0] & years[1]:
            told = ", ".join(sorted(years[0] | years[1]))
            rel, reason = "different", f"the sentences are about different years or seasons ({told})"
        if rel != "different" and not internal and _forecast(ca) != _forecast(cb):
            rel, reason = "different", "one is forecasters' expectation, the other a reported figure"
        if rel == "different":
            severity, why = "low", f"{said}, but {reason}, so both may be right."
        elif stage_a != stage_b and not (
            # an early count ("preliminary", "initial") above a plain one is not explained by later growth
            (stage_a & EARLY_STAGES and not stage_b and qa.value.low > qb.value.high)
            or (stage_b & EARLY_STAGES and not stage_a and qb.value.low > qa.value.high)
        ):
            stage = sorted(stage_a ^ stage_b)[0]
            severity = "low"
            why = f"{said}; one is described as {stage!r}, so they may be counts from different stages of reporting."
        elif (
            speakers_differ
            and not internal
            and not _shared_speaker_word(ca, cb)
            and (
                "estimate" in ca.lemmas | cb.lemmas
                or (
                    qa.head in CROWD
                    and "approx" in (qa.value.hedge, qb.value.hedge)
                    and not {qa.verb, qb.verb} & TALLIED  # a crowd's size, not a count of arrests
                )
            )
        ):
            severity = "low"
            why = (
                f"{said}; these are estimates from different sources ({ca.speakers[0].text} vs "
                f"{cb.speakers[0].text}), so each may be reported accurately."
            )
        elif qa.value.dimension == "magnitude" and _different_sources(ca, cb):
            severity = "low"
            why = f"{said}; the readings come from different agencies, whose magnitudes routinely differ."
        elif _rounded(qa, qb):
            severity = "low"
            why = f"{said}; the difference is within rounding or a hedge, so this is likely a matter of precision."
        elif (
            not internal
            and ca.published
            and cb.published
            and ca.published != cb.published
            and qa.value.dimension in ("count", "area", "percent", "money", "money rate", "length")
            and _running(qa, qb, ca, cb)
        ):
            severity = "low"
            later = na if ca.published > cb.published else nb
            why = (
                f"{said}; {later} was published later ({max(ca.published, cb.published)}), so its figure may be "
                "an update rather than a contradiction."
            )
        elif (
            qa.value.hedge == "exact"
            and qb.value.hedge == "exact"
            and rel == "same"
            and sim >= 0.55
            and not speakers_differ
        ):
            severity = "high"
            why = f"{said}; both state it as a fact about the same thing, so both cannot be right."
        else:
            severity, why = "medium", f"{said}; the figures are incompatible even allowing for the hedges."
        kind: Kind = "quantity"
        if (qa.value.high == 0) != (qb.value.high == 0):
            kind = "polarity"  # "nobody was hurt" / "three were treated in hospital": none against some
        elif qa.value.dimension == "score" and _drawn(qa) != _drawn(qb):
            kind = "other"  # "drew 1-1" / "won 2-1": the result itself is in dispute, not just a tally
            why = f"{said}: one account has a draw, the other a win, so the result itself is in dispute."
        out.append(
            Candidate(
                kind,
                f"q:{qa.value.dimension}:{qa.head}",
                _quantity_topic(qa, qb),
                severity,
                _score(severity, sim),
                why,
                Statement.of(ca.sentence, qa.text, qa.value.as_json()),
                Statement.of(cb.sentence, qb.text, qb.value.as_json()),
                internal,
            )
        )
    return out


# --------------------------------------------------------------------------------------------- dates


def _fields(d: When) -> dict[str, int]:
    """The calendar fields a mention states or implies: year, month, day, weekday, minutes."""
    out: dict[str, int] = {}
    if d.resolved:
        out.update(
            year=d.resolved.year, month=d.resolved.month, day=d.resolved.day, weekday=d.resolved.weekday()
        )
    for name in ("year", "month", "day", "weekday", "minutes"):
        value = getattr(d, name)
        if value is not None and name not in out:
            out[name] = value
    if d.year is None and not d.resolved:
        out.pop("year", None)
    return out


_FIELD_NAMES = {"year": "year", "month": "month", "day": "day", "weekday": "weekday", "minutes": "time"}


def _span(lo: int | None, hi: int | None, exact: int | None) -> tuple[int, int] | None:
    if lo is not None and hi is not None:
        return lo, hi
    return (exact, exact) if exact is not None else None


def _period_pairs(da: When, db: When) -> tuple[bool, str] | None:
    """A decade, century or season against a year, month or another period ("the 1970s" / "1968",
    "the spring of 2023" / "November 2023"): a conflict when they cannot overlap; None when neither
    date names a period."""
    if da.year_from is None and db.year_from is None and da.month_from is None and db.month_from is None:
        return None
    if any(d.weekday is not None and d.year is None and d.year_from is None for d in (da, db)):
        return None  # "on Sunday" against "four decades ago": this week's event and another, long before
    ya = _span(da.year_from, da.year_to, da.year or (da.resolved.year if da.resolved else None))
    yb = _span(db.year_from, db.year_to, db.year or (db.resolved.year if db.resolved else None))
    if ya and yb and (ya[1] < yb[0] or yb[1] < ya[0]):
        return True, f"{da.text} vs {db.text}"
    ma, mb = _span(da.month_from, da.month_to, da.month), _span(db.month_from, db.month_to, db.month)
    same_year = ya is not None and ya == yb and ya[0] == ya[1]
    if ma and mb and (da.month_from or db.month_from) and same_year and (ma[1] < mb[0] or mb[1] < ma[0]):
        return True, f"{da.text} vs {db.text}"
    return (False, "") if ya and yb else None


def _days(d: When) -> tuple[date, date] | None:
    """The days a date covers: a week or weekend, or one full date."""
    if d.day_from and d.day_to:
        return d.day_from, d.day_to
    return (d.resolved, d.resolved) if d.resolved and (d.day or d.weekday is not None) else None


def _days_text(days: tuple[date, date]) -> str:
    first, last = days
    return f"{first:%d %B %Y}" if first == last else f"{first:%d %B} to {last:%d %B %Y}"


def _date_pairs(da: When, db: When) -> tuple[bool, str] | None:
    """Compare two date mentions on the fields both give: ``(conflict, detail)``, or None if none."""
    if da.weekday is not None and da.weekday == db.weekday and da.day is None and db.day is None:
        return False, ""  # "on Sunday" in both: resolved against different publication days, still agreed
    if da.day_from or db.day_from:  # "last week" / "on January 3": a span of days against a day or span
        ra, rb = _days(da), _days(db)
        if (ra is None) != (rb is None):  # "next week" / "in early May": a week against a month
            days, other = (ra, db) if ra is not None else (rb, da)
            assert days is not None
            if not other.month or other.day is not None or other.weekday is not None or other.day_from:
                return None
            months = {(days[0].year, days[0].month), (days[1].year, days[1].month)}
            apart = not any(m == other.month and other.year in (None, y) for y, m in months)
            told = [d.text if d is other else f"{d.text} ({_days_text(days)})" for d in (da, db)]
            return apart, " vs ".join(told) if apart else ""
        if ra is None or rb is None:
            return None
        apart = ra[1] < rb[0] or rb[1] < ra[0]
        return apart, f"{da.text} ({_days_text(ra)}) vs {db.text} ({_days_text(rb)})" if apart else ""
    period = _period_pairs(da, db)
    if period is not None:
        return period
    fa, fb = _fields(da), _fields(db)
    # "tomorrow", "yesterday": a day, resolved against the publication date
    coarse_a = da.day is None and da.weekday is None and da.resolved is None
    coarse_b = db.day is None and db.weekday is None and db.resolved is None
    if coarse_a != coarse_b and (da.minutes is None and db.minutes is None):
        # "in December" / "on Thursday": a month or year against a day, mostly different events.
        fine = db if coarse_a else da
        if fine.day is None:
            return None
    common = [k for k in ("year", "month", "day", "weekday", "minutes") if k in fa and k in fb]
    if not common:
        return None
    for k in common:
        if k == "minutes":
            tolerance = 60 if da.approximate or db.approximate else 10
            if abs(fa[k] - fb[k]) > tolerance:
                return True, f"{da.text} vs {db.text}"
        elif fa[k] != fb[k]:
            detail = f"{da.text} vs {db.text}"
            if da.resolved and db.resolved:
                detail = f"{da.resolved:%A %d %B %Y} vs {db.resolved:%A %d %B %Y}"
            elif k == "weekday" and (da.resolved or db.resolved):
                r = da.resolved or db.resolved
                assert r is not None
                detail += f" ({r:%d %B %Y} is a {r:%A})"
            return True, detail
    return False, ""


# Nouns for the act of saying, never for the event said ("said in a statement on Monday").
_SPEECH_NOUNS = {"statement", "announcement", "briefing", "interview", "conference"}
# With those that are also verbs of publishing ("will release its results on October 24").
STATEMENT_NOUNS = _SPEECH_NOUNS | {"release", "post", "report"}
_SAYING = frozenset(SPEECH_VERBS | _SPEECH_NOUNS)


def _moments(dates: list[When]) -> list[When]:
    """The times a sentence places its events at, a clock time on the day it names counted once."""
    return [
        d
        for d in dates
        if not _statement_date(d)
        and not (d.minutes is not None and any(o.minutes is None and o.anchor == d.anchor for o in dates))
    ]


def _statement_date(d: When) -> bool:
    return d.anchor in SPEECH_VERBS or d.anchor in STATEMENT_NOUNS


def _state_of(c: Claim, verb: str) -> str | None:
    """The state the sentence gives the event ``verb`` (``done``, ``expected`` ...), if it reports it."""
    return next((e.state for e in c.events if verb and _overlap({e.verb}, {verb})), None)


def _dates_done(c: Claim, d: When) -> bool:
    """The date is of an event the sentence reports done, or of a verb it reports in no state at all
    ("the company, founded in 1996, said it would cut jobs")."""
    state = _state_of(c, d.anchor)
    return state == "done" or (state is None and d.anchor in c.verbs and d.anchor != c.status_verb)


def _cmp_dates(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    out: list[Candidate] = []
    la = [d for d in ca.dates if not d.dateline and not _offset(ca, d)]
    lb = [d for d in cb.dates if not d.dateline and not _offset(cb, d)]
    by_state = False
    if "done" in (ca.status, cb.status) and {ca.status, cb.status} & NOT_DONE:
        # A done event and a planned one have different dates by nature: a status question. Unless the
        # done side's date is not its done event's ("parties have been cleared to contest the vote on
        # November 3" / "elections will be held on October 27").
        done = ca if ca.status == "done" else cb
        events = [d for d in (la if done is ca else lb) if not _statement_date(d)]
        other, dates_other = (cb, lb) if done is ca else (ca, la)
        # (and the planned side may date a done event too: "who stepped down in March, will appear next
        # week": then only dates of events in the same state are compared)
        by_state = any(_dates_done(other, d) for d in dates_other if not _statement_date(d))
        # (or both date a making no state is in question of: "struck down the 2019 law" / "the act lawmakers
        # passed in 2021")
        made = any(
            d.anchor == e.anchor
            and d.anchor in set(DATED_BY_MAKING.values())
            and d.anchor != other.status_verb
            for d in dates_other
            for e in events
        )
        # (but "set the elections for September 16" dates the plan, as the other's date does)
        if (
            not by_state
            and not made
            and not any(_scheduled_for(done, d) for d in events)
            and (
                not events
                or any(d.anchor not in done.verbs or _overlap({d.anchor}, {done.status_verb}) for d in events)
            )
        ):
            return out  # a date on the done verb or on a noun of its clause ("an agreement in March 2001")
    # The day a statement was made ("the ministry said on Friday") is not the date of the event.
    single = (
        len([d for d in la if not _statement_date(d)]) == 1
        and len([d for d in lb if not _statement_date(d)]) == 1
    )
    # (a clock time and its day, "shortly after 3 a.m. on Tuesday", are one moment)
    one_moment = len(_moments(la)) == 1 and len(_moments(lb)) == 1
    published_differ = bool(ca.published and cb.published and ca.published != cb.published)
    for da in la:
        converted: dict[int, tuple[When, When]] = {}  # clock times brought to UTC, by the other's mention
        offset_a = _utc_offset(ca, da) if da.minutes is not None else None
        state_a = _state_of(ca, da.anchor) if by_state else None
        verdicts = []
        for db in lb:
            state_b = _state_of(cb, db.anchor) if state_a is not None else None
            if state_b is not None and (state_a == "done") != (state_b == "done"):
                continue
            # (a decision announced on a day is that day's event when the other dates the decision too:
            # "will announce its next rate decision on June 12" / "the next rate decision is scheduled for")
            shared_theme = bool(set(da.theme.split()) & set(db.theme.split()))
            speech_a = da.anchor in _SAYING and not shared_theme
            speech_b = db.anchor in _SAYING and not shared_theme
            if speech_a != speech_b:
                continue
            if (speech_a or speech_b) and (published_differ or sim < 0.6):
                continue
            if da.anchor.startswith("not ") != db.anchor.startswith("not "):
                continue  # "found no trace on Saturday" dates no finding: "was found on Monday" may well hold
            if (da.anchor == "effect") != (db.anchor == "effect"):
                continue  # the day a law takes effect is not the day it was passed or signed
            if "comparison" in (da.anchor, db.anchor):
                continue  # "second only to August 2023": the date of what it is ranked against
            if _fiscal(ca, da) != _fiscal(cb, db):
                continue  # "fiscal 2024" may well be "the year ended March 31, 2025"
            since = _since(ca, da), _since(cb, db)
            # the start of a period, told as "since" or as its onset ("on strike since Monday" / "the walkout
            # began on September 12", "held since March 2021" / "detained since her arrest in August 2020")
            onset = all(since) or (
                since[0] != since[1] and (db.anchor if since[0] else da.anchor) in ONSET and sim >= 0.6
            )
            onset = onset or (
                since[0] != since[1]
                and (db.anchor if since[0] else da.anchor) in STATE_ONSET
                and (da.anchor if since[0] else db.anchor) in CONTINUING
                and sim >= 0.55
            )
            if since[0] != since[1] and _root(da.anchor) != _root(db.anchor) and not onset:
                continue  # "its best year since opening in 1997": the start of a period, another event
            same_anchor = (
                _root(da.anchor) == _root(db.anchor)
                or bool(_overlap({da.anchor}, {db.anchor}))
                or onset
                or bool(
                    # "the final will be played on Saturday" / "will stage the final on Sunday": one event,
                    # placed in time by a verb that does nothing else to it
                    da.theme
                    and db.theme
                    and _overlap(da.theme.split(), db.theme.split())
                    and {da.anchor, db.anchor} & (SCHEDULING | STAGING)
                    and not _stages_apart(da.anchor, db.anchor)
                )
                # "called a snap parliamentary election for October 3" / "will vote in an early parliamentary
                # election on October 31": the date an event is called for is that event's
                or (
                    bool(set(da.theme.split()) & set(db.theme.split()))
                    and (_called_for(ca, da) or _called_for(cb, db))
                )
                # "will hold its final vote on Thursday" / "are scheduled to vote on Tuesday"
                or (da.anchor in SCHEDULING | STAGING and db.anchor in da.theme.split())
                or (db.anchor in SCHEDULING | STAGING and da.anchor in db.theme.split())
            )
            if (_ends(ca, da) and _starts(cb, db)) or (_ends(cb, db) and _starts(ca, da)):
                continue  # "runs until July 20" / "opens on July 10": an end and a start
            if not same_anchor and _stages_apart(da.anchor, db.anchor):
                continue  # "cleared the merger on March 4" / "completed the merger on April 1": two steps
            generic = bool({da.anchor, db.anchor} & (SCHEDULING | LIGHT_VERBS | ONSET))
            clock = da.minutes is not None and db.minutes is not None
            if (da.day_from or db.day_from) and not (same_anchor or generic):
                continue  # "damaged in last week's floods" / "reopened on Thursday": two events
            if (
                not same_anchor
                and not (((single and generic) or (one_moment and clock)) and sim >= 0.55)
                and sim < (0.7 if single else 0.8)
            ):
                continue
            xa, xb = _fill_year(da, cb), _fill_year(db, ca)
            ob = _utc_offset(cb, db) if clock else None
            if clock and offset_a is not None and ob is not None:
                xa, xb = (
                    _in_utc(xa, offset_a),
                    _in_utc(xb, ob),
                )  # else as written; lowered below if zones differ
                converted[id(db)] = (xa, xb)
            v = _date_pairs(xa, xb)
            if v is not None and v[0] and not same_anchor:
                if _baseline(ca, da) or _baseline(cb, db):
                    continue  # "rose 9% compared with last year" / "15% below the 2019 peak": reference periods
                if db.resolved and any(
                    dx is not da and dx.resolved and (w := _date_pairs(_fill_year(dx, cb), xb)) and not w[0]
                    for dx in la
                ):
                    continue  # "opened a case on Saturday after the dam burst on Friday" / "Friday's dam failure"
            if v is not None:
                verdicts.append((db, *v))
        if not verdicts or any(not conflict for _, conflict, _ in verdicts):
            continue
        db, _, detail = verdicts[0]
        if _day_apart(da, db) and any(_MIDNIGHT.search(c.sentence.text) for c in (ca, cb)):
            continue  # "at midnight on 31 December" / "on 1 January at 00:00": one moment, two days' names
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        inferred = any(d.resolved and not d.day for d in (da, db)) or any(
            _RELATIVE_WORDS.search(d.text) for d in (da, db)
        )
        severity: Severity = "high" if not inferred and sim >= 0.6 else "medium"
        why = f"{na} says {da.text!r} where {nb} says {db.text!r} ({detail})."
        moved = [m.group(0).lower() for c in (ca, cb) if (m := RESCHEDULED.search(c.sentence.text))]
        zones = _zones(ca.sentence.text), _zones(cb.sentence.text)
        if id(db) in converted:
            ua, ub = converted[id(db)]
            why += (
                f" In UTC these are {_clock(ua.minutes)} and {_clock(ub.minutes)}, converted from the zones each "
                "names or the local time of the place it names."
            )
        elif zones[0] != zones[1] and (
            (da.minutes is not None and db.minutes is not None and _zone_shift(da.minutes, db.minutes))
            or _day_apart(da, db)
        ):
            severity = "low"
            why += (
                f" The times may be in different time zones (one names {', '.join(sorted(zones[0] or zones[1]))}, "
                f"the other {', '.join(sorted(zones[1])) if zones[0] and zones[1] else 'none, so local time'}), "
                "which moves the clock and can move the day."
            )
        elif _preceded(_FIRST_PLANNED, ca, da, 50) or _preceded(_FIRST_PLANNED, cb, db, 50):
            # "originally planned for September 28, was postponed" / "lifted off on October 4"
            severity = "low"
            why += " One of them is the date first planned, which may since have changed."
        elif moved and not (len(moved) == 2 and _new_date(ca, da) and _new_date(cb, db)):
            # (both telling of the change and giving the new date disagree on it: "rescheduled" / "moved to")
            severity = "low"
            why += f" One source says the date changed (‘{moved[0]}’), so the other may predate the change."
        elif (gap := _weeks_apart(ca, da, cb, db)) is not None:
            severity = "low"  # "on Monday" (3 June) / "on Thursday" (4 July): each the news of its own week
            why += (
                f" Each names only a weekday, and they were published {gap} days apart, so they are probably "
                "two occasions, each in the week of its own report."
            )
        elif inferred:
            why += " One date is inferred (a weekday or relative date resolved against the publication date)."
        out.append(
            Candidate(
                "date",
                f"d:{da.anchor}",
                f"date of {da.anchor or 'event'}",
                severity,
                _score(severity, sim),
                why,
                Statement.of(ca.sentence, da.text, _when_json(da)),
                Statement.of(cb.sentence, db.text, _when_json(db)),
                internal,
            )
        )
    return out


def _weeks_apart(ca: Claim, da: When, cb: Claim, db: When) -> int | None:
    """Days between the publications when both dates are bare weekdays and the reports are more than a
    week apart."""
    if not (ca.published and cb.published) or any(d.weekday is None or d.day or d.month for d in (da, db)):
        return None
    gap = abs((ca.published - cb.published).days)
    return gap if gap > 6 else None


_MOVED_TO = re.compile(r"\b(?:to|until|till|for)\s+$", re.I)
_CHANGING_DATES = {"postpone", "delay", "reschedule", "push", "move", "bring", "shift", "switch", "put"}


def _new_date(c: Claim, d: When) -> bool:
    """The date is what an event was moved to ("moved to September 21", "will now be played on 14
    September"), not when the change was made ("postponed on Monday")."""
    return d.anchor not in _CHANGING_DATES or _preceded(_MOVED_TO, c, d, 8)


_ZONE_NAMES = r"GMT|UTC|[ECMP][SD]T|BST|CES?T|JST|AES?T|AED?T|IST|WIB|Zulu"
_ZONE = re.compile(rf"\b({_ZONE_NAMES})\b")


_MIDNIGHT = re.compile(r"\bmidnight\b", re.I)
_SINCE = re.compile(r"\bsince(?:\s+[\w'-]+){0,3}\s*$", re.I)


_OFFSET = re.compile(
    r"\b(?:days?|weeks?|months?|years?|hours?|fortnight)\s+(?:before|after|ahead of|prior to)\s+(?:the\s+|its\s+|his\s+|"
    r"her\s+|their\s+)?$",
    re.I,
)


_FIRST_PLANNED = re.compile(
    r"\b(?:originally|initially|first|previously)\s+(?:\w+\s+)?(?:planned|scheduled|set|slated|due|expected|"
    r"penciled|pencilled)\s+(?:for|on)\s+(?:the\s+)?$",
    re.I,
)


def _preceded(pattern: re.Pattern[str], claim: Claim, d: When, width: int) -> bool:
    """``pattern`` matches the ``width`` characters of the sentence just before the date."""
    return bool(pattern.search(claim.sentence.text[max(0, d.start - width) : d.start]))


_BASELINE = re.compile(
    r"(?:compared (?:with|to)|than|below|above|versus|vs\.?|short of)\s+(?:the\s+|its\s+)?$", re.I
)


def _baseline(claim: Claim, d: When) -> bool:
    """The date names a period a figure is measured against ("up 9% compared with last year")."""
    return _preceded(_BASELINE, claim, d, 30)


def _offset(claim: Claim, d: When) -> bool:
    """The date is another event's, counted from ("three weeks before the June 4 completion date")."""
    return _preceded(_OFFSET, claim, d, 60)


_FISCAL = re.compile(r"\b(?:fiscal|financial|FY)\b", re.I)


def _fiscal(claim: Claim, d: When) -> bool:
    """A fiscal year ("fiscal 2024", "FY2024", "the financial year"), which need not be a calendar one."""
    return bool(_FISCAL.search(d.text)) or _preceded(_FISCAL, claim, d, 12)


def _called_for(claim: Claim, d: When) -> bool:
    """A date an event is called for ("called a snap election for October 3")."""
    return d.anchor == "call" and bool(re.search(r"\bfor\s*$", claim.sentence.text[: d.start]))


def _scheduled_for(claim: Claim, d: When) -> bool:
    """A date something is set for ("set the vote for September 16", "scheduled for May 3", "set 12 October
    as polling day")."""
    text = claim.sentence.text
    return d.anchor in SCHEDULING and bool(
        re.search(r"\bfor\s*$", text[: d.start]) or re.match(r"\s+as\b", text[d.end :])
    )


_UNTIL = re.compile(r"\b(?:until|till|through)\s*$", re.I)
_FROM = re.compile(r"\b(?:from|since)\s*$", re.I)


def _ends(claim: Claim, d: When) -> bool:
    """A date something lasts until ("runs until July 20"). ("Shortly before 11 p.m." is a hedge on a time.)"""
    return _preceded(_UNTIL, claim, d, 20)


def _starts(claim: Claim, d: When) -> bool:
    """A date something starts on ("opens on July 10", "from Monday")."""
    return d.anchor in ONSET | {"open", "launch"} or _preceded(_FROM, claim, d, 20)


def _since(claim: Claim, d: When) -> bool:
    """The date opens a period ("since 2011", "since opening in 1997") rather than dating the event."""
    return _preceded(_SINCE, claim, d, 40)


_RELATIVE_WORDS = re.compile(r"\b(?:ago|next|last|this|past|coming|previous)\b", re.I)


# Offsets from UTC, in minutes, of the zone abbreviations news uses.
ZONE_OFFSETS = {
    "GMT": 0, "UTC": 0, "Zulu": 0, "BST": 60, "CET": 60, "CEST": 120, "EST": -300, "EDT": -240, "CST": -360,
    "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "JST": 540, "IST": 330, "AEST": 600,
    "AEDT": 660, "WIB": 420,
}  # fmt: skip
_ZONE_AFTER = re.compile(rf"\s*\(?(?:({_ZONE_NAMES})\b|((?:[A-Z][\w'-]+ ){{1,3}})time\b|(local) time\b)")


def _utc_offset(claim: Claim, d: When) -> int | None:
    """Minutes to add to UTC for the zone a clock time is given in: a named zone ("14:15 GMT"), a place's
    time ("10:05 p.m. Moscow time") or local time ("2:15 p.m. local time", or no zone at all), which is
    the time zone of the places the sentence names when they all lie in one. None when unknown."""
    inner = _ZONE.search(d.text)  # "14:15 GMT" as one mention
    found = _ZONE_AFTER.match(claim.sentence.text[d.end : d.end + 30])
    abbreviation = inner.group(1) if inner else found.group(1) if found else None
    if abbreviation:
        return ZONE_OFFSETS.get(abbreviation)  # "AET" (standard or daylight time?) stays unknown
    if found and found.group(2):
        zone = gazetteer.timezone(found.group(2).strip())
    elif _ZONE.search(claim.sentence.text):
        return None  # a zone named elsewhere in the sentence: which time it belongs to is unclear
    else:
        places = [m for m in claim.places if m.kind in ("place", "region")]
        zones = {gazetteer.timezone(m.text) for m in places} - {""}
        zone = zones.pop() if len(zones) == 1 else ""
    if not zone:
        return None
    when = d.resolved or claim.published or date.today()
    offset = ZoneInfo(zone).utcoffset(datetime(when.year, when.month, when.day, 12))
    return int(offset.total_seconds() // 60) if offset is not None else None


def _in_utc(d: When, offset: int) -> When:
    """A clock time moved to UTC; a time that moves into another day keeps only its clock."""
    assert d.minutes is not None
    total = d.minutes - offset
    if 0 <= total < 1440:
        return replace(d, minutes=total)
    return When(d.text, d.start, d.end, minutes=total % 1440, anchor=d.anchor, approximate=d.approximate)


def _zone_shift(a: int, b: int) -> bool:
    """Two clock times could be one moment in two zones: zones lie whole quarter hours apart, so 5:35 pm
    and 17:53 cannot be."""
    return (a - b) % 15 == 0


def _clock(minutes: int | None) -> str:
    return f"{(minutes or 0) // 60:02d}:{(minutes or 0) % 60:02d}"


def _zones(text: str) -> set[str]:
    """The named time zones a sentence gives its clock times in ("17:15 GMT"); none for local time,
    which is what news means when it names no zone."""
    return (set(_ZONE.findall(text)) - {"local time"}) | set(_CITY_TIME.findall(text))


# "Washington time", "Beijing time": the local time of a named place, a zone of its own.
_CITY_TIME = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) time\b")


def _day_apart(a: When, b: When) -> bool:
    return bool(a.resolved and b.resolved and abs((a.resolved - b.resolved).days) == 1)


def _fill_year(d: When, other: Claim) -> When:
    """Give a month-and-day date without year the other source's year, to check its weekday."""
    if d.resolved or not (d.month and d.day) or other.published is None:
        return d
    from dataclasses import replace

    try:
        return replace(d, resolved=date(other.published.year, d.month, d.day))
    except ValueError:
        return d


def _when_json(d: When) -> dict[str, object]:
    data: dict[str, object] = {}
    if d.resolved:
        data["date"] = d.resolved.isoformat()
    if d.weekday is not None:
        data["weekday"] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday]
    if d.minutes is not None:
        data["time"] = f"{d.minutes // 60:02d}:{d.minutes % 60:02d}"
    if d.year and not d.resolved:
        data["year"] = d.year
    if d.day_from and d.day_to:
        data["from"], data["to"] = d.day_from.isoformat(), d.day_to.isoformat()
    return data


# ------------------------------------------------------------------------------------------ entities


# Words that make a different office of the same title ("deputy minister" is not the minister).
RANKS = {"vice", "deputy", "assistant", "acting", "former", "prime", "under", "lieutenant", "undersheriff"}
# Generic words for whoever leads something: "head" and "director" of one agency may be one post.
LEADS = {"head", "leader", "chief", "director", "boss", "chair", "chairman", "chairwoman", "chairperson"}

# Those of them that are no title of their own ("army chief", "the agency's head").
BARE_LEADS = {"head", "leader", "chief", "boss"}

# Standings a person keeps beside any office.
HELD_BESIDE = {"founder", "co-founder", "cofounder", "owner", "member", "shareholder", "patron"}


def _acting(c: Claim, m: Mention) -> bool:
    """The title is held for the time being ("Acting Prime Minister Richard Marles", "Marles, the acting
    prime minister"): the person keeps a post of their own beside it."""
    text = c.sentence.text
    words = "|".join(re.escape(w) for w in m.role.split())
    near = text[max(0, m.start - 60) : m.start] + " | " + text[m.end : m.end + 60]
    return bool(m.role and re.search(rf"\b(?:acting|interim|stand-in)\s+(?:{words})\b", near, re.I))


def _acting_note(*held: tuple[Claim, Mention]) -> str:
    """A sentence to add where one of the titles is an acting one, else ''."""
    m = next((m for c, m in held if _acting(c, m)), None)
    return f" But {m.text} is acting {m.role}, which leaves room for a post of their own." if m else ""


def _role_conflict(ra: str, rb: str) -> bool:
    """Two titles that cannot both be one person's: "Sheriff" / "Undersheriff", "President" / "Vice
    President", "defence minister" / "foreign minister"; not "coach" / "head coach" (one is more
    specific) nor "director" / "head" (two words for leading one body)."""
    if not ra or not rb or ra == rb:
        return False
    wa, wb = set(ra.split()), set(rb.split())
    if wa <= HELD_BESIDE or wb <= HELD_BESIDE:
        return False  # "founder" / "chief executive": a founder often runs the firm too
    if wa <= wb or wb <= wa:
        return bool((wa ^ wb) & RANKS)
    diff = wa ^ wb
    if diff <= LEADS or ((wa <= BARE_LEADS or wb <= BARE_LEADS) and not diff & RANKS):
        return False  # "IAEA chief" / "director general": a word for whoever leads, and the post's title
    return bool(diff & ROLE_CHANGERS)


GEO_GENERIC = {"islan", "isles", "repub", "kingd", "mount", "provi", "regio", "distr"}  # 5-letter stems


# Bodies news names in two ways, and agencies named for the body they belong to: one source either way.
ORG_ALIASES = {
    "holy see": "vatican", "vatican city": "vatican", "scotland yard": "metropolitan police",
    "met police": "metropolitan police", "msf": "doctors without borders",
    "medecins sans frontieres": "doctors without borders", "eurostat": "eu statistics office",
    "european union s statistics office": "eu statistics office", "national hurricane center": "noaa",
    "national weather service": "noaa", "national oceanic and atmospheric administration": "noaa",
    "pentagon": "defense department", "department of defense": "defense department",
    "us defense department": "defense department", "state department": "department of state",
    "fed": "federal reserve", "us federal reserve": "federal reserve", "number 10": "downing street",
    "no 10": "downing street", "elysee palace": "elysee", "quai d orsay": "french foreign ministry",
    "threadneedle street": "bank of england",
    "iaea": "international atomic energy agency", "un nuclear watchdog": "international atomic energy agency",
    "un refugee agency": "unhcr", "un children s agency": "unicef", "un food agency": "world food programme",
    "wfp": "world food programme",
}  # fmt: skip


def _alias(key: str) -> str:
    key = key.removeprefix("the ").replace("'", " ").replace("’", " ")
    key = " ".join(key.split())
    first, _, rest = key.partition(" ")
    if key not in ORG_ALIASES and rest in ORG_ALIASES and gazetteer.nations(first):
        key = rest  # "the US National Hurricane Center"
    return ORG_ALIASES.get(key, key)


def _same_entity(a: Mention, b: Mention) -> bool:
    if a.kind == "person" and b.kind == "person":
        return same_name(a.key, b.key)
    if a.kind != "person" and b.kind != "person" and _alias(a.key) == _alias(b.key):
        return True
    if a.key == b.key or a.key in b.key.split() or b.key in a.key.split() or same_place(a.key, b.key):
        return True
    if "norp" in (a.kind, b.kind) and _demonym(a.key, b.key):
        return True
    if {a.kind, b.kind} <= {"norp", "place"} and gazetteer.nations(a.text) & gazetteer.nations(b.text):
        return True  # "Burma" / "Myanmar", "Britain" / "the UK", "Dutch" / "the Netherlands"
    wa = {w[:5] for w in a.key.split() if w not in _NAME_FILLER}
    wb = {w[:5] for w in b.key.split() if w not in _NAME_FILLER}
    if min(len(wa), len(wb)) >= 2 and (wa <= wb or wb <= wa):
        return True  # "statistics bureau" / "national bureau of statistics", "electoral commission"
    if wa - GEO_GENERIC and wa - GEO_GENERIC == wb - GEO_GENERIC:
        return True  # "the Falklands" / "the Falkland Islands", "Congo" / "Republic of Congo"
    return _acronym(a.text, b.text) or _acronym(b.text, a.text) or _abbreviates(a.text, b.text)


def _abbreviates(a: str, b: str) -> bool:
    """One name is the other with a run of words written as initials ("BC Wildfire Service" /
    "British Columbia Wildfire Service", "US Geological Survey" / "United States Geological Survey")."""
    words = [[w for w in x.replace(".", "").split() if w.lower() not in _NAME_FILLER] for x in (a, b)]
    short, long = sorted(words, key=len)
    if len(short) < 2 or len(short) >= len(long):
        return False
    i = j = 0
    used = False
    while i < len(short) and j < len(long):
        w = short[i]
        if w.lower() == long[j].lower():
            i, j = i + 1, j + 1
        elif 2 <= len(w) <= 5 and w.isupper() and "".join(x[0] for x in long[j : j + len(w)]).upper() == w:
            i, j, used = i + 1, j + len(w), True
        else:
            return False
    return used and i == len(short) and j == len(long)


_NAME_FILLER = {"the", "of", "for", "and", "de", "la"}


def _demonym(a: str, b: str) -> bool:
    """A country and its adjective: "iran"/"iranian", "germany"/"german", "china"/"chinese"."""
    if " " in a or " " in b:
        return False
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 4 and n >= min(len(a), len(b)) - 1


def _acronym(short: str, long: str) -> bool:
    s = re.sub(r"^the\s+", "", short.replace(".", "").strip(), flags=re.I)
    if _metonym(s, long):
        return True
    if re.fullmatch(r"[A-Z][a-z]{3,9}", s) and _syllables(s.lower(), long):
        return True  # "Phivolcs" / "Philippine Institute of Volcanology and Seismology"
    if not (2 <= len(s) <= 6 and s.isupper()):
        return False
    words = [w for w in long.replace("-", " ").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)
    # an acronym inside the name keeps its letters ("US Geological Survey": USGS)
    spelled = "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in words)
    return s in (initials, spelled) or initials.replace("T", "", 1) == s


def _syllables(short: str, long: str) -> bool:
    """``short`` is made of the first letters of several words of ``long``, in order (a syllabic acronym:
    "phivolcs" = PHIlippine VOLCanology Seismology, "pemex" = PEtróleos MEXicanos)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", long) if w.lower() not in _NAME_FILLER]
    if len(words) < 2 or not short.startswith(words[0][:2]):
        return False

    def fit(i: int, j: int, used: int) -> bool:
        if i == len(short):
            return used >= 2
        for k in range(j, len(words)):
            w = words[k]
            n = 1
            while n <= len(w) and i + n <= len(short) and short[i : i + n] == w[:n]:
                if fit(i + n, k + 1, used + 1):
                    return True
                n += 1
        return False

    return fit(0, 0, 0)


# Bodies known by a building or a nickname ("the Pentagon" for the US Department of Defense).
METONYMS = (
    ("pentagon", ("department of defense", "defense department", "dod", "defence department")),
    ("white house", ("us president", "u.s. president", "presidency")),
    ("kremlin", ("russian presidency", "russian president", "putin's office")),
    ("downing street", ("prime minister's office", "british government", "uk government")),
    ("elysee", ("french presidency", "french president")),
    ("state department", ("department of state", "secretary of state")),
    ("fed", ("federal reserve",)),
    ("brussels", ("european commission", "european union", "the eu", "european council")),
    ("treasury", ("department of the treasury", "treasury department")),
)


# Seats of government and institutions, and the city each stands in ("the Kremlin" / "Moscow"): a place that
# names a building or a body lies in its city.
SEATS = {
    "kremlin": ("moscow",), "white house": ("washington",), "pentagon": ("washington", "arlington"),
    "capitol": ("washington",), "downing street": ("london",), "westminster": ("london",),
    "whitehall": ("london",), "elysee": ("paris",), "quai d'orsay": ("paris",), "matignon": ("paris",),
    "european commission": ("brussels",), "european parliament": ("brussels", "strasbourg"),
    "european council": ("brussels",), "nato headquarters": ("brussels",), "vatican": ("rome",),
    "bundestag": ("berlin",), "chancellery": ("berlin",), "knesset": ("jerusalem",),
    "zhongnanhai": ("beijing",), "great hall of the people": ("beijing",), "blue house": ("seoul",),
    "un headquarters": ("new york",), "hague": ("the hague",), "international criminal court": ("the hague",),
}  # fmt: skip


_SEAT_PATTERNS = [
    (re.compile(rf"\b{re.escape(seat)}\b"), re.compile(rf"\b(?:{'|'.join(map(re.escape, cities))})\b"))
    for seat, cities in SEATS.items()
]


def _folded(name: str) -> str:
    return name.lower().replace("é", "e")


def _seat_of(a: str, b: str) -> bool:
    """One name is a seat of government or an institution that stands in the city the other names."""
    la, lb = _folded(a), _folded(b)
    return any(
        seat.search(x) and city.search(y) for x, y in ((la, lb), (lb, la)) for seat, city in _SEAT_PATTERNS
    )


def _metonym(a: str, b: str) -> bool:
    la, lb = _folded(a), _folded(b)
    for name, meanings in METONYMS:
        for x, y in ((la, lb), (lb, la)):
            if re.search(rf"\b{name}\b", x) and any(m in y for m in meanings):
                return True
    return False


# A post in a party ("Civic Union party chairman Arben Rexhepi", "Rexhepi, leader of the Civic Union
# party"), which its holder keeps beside an office of state.
_PARTY_POST_BEFORE = re.compile(
    r"\bparty(?:'s|’s)? (?:chairman|chairwoman|chair|leader|president|head|boss|secretary[- ]general)\s*,?\s*$",
    re.I,
)
_PARTY_POST_AFTER = re.compile(
    r"^\s*,?\s*(?:the )?(?:chairman|chairwoman|chair|leader|president|head) of (?:the |his |her )?"
    r"(?:[A-Z][\w'-]+ ){0,4}[Pp]arty\b"
)


def _party_post(c: Claim, m: Mention) -> bool:
    """The title the sentence gives the person is a party post."""
    text = c.sentence.text
    return bool(_PARTY_POST_BEFORE.search(text[max(0, m.start - 60) : m.start])) or bool(
        _PARTY_POST_AFTER.match(text[m.end : m.end + 80])
    )


def _held_then(c: Claim, role: str) -> bool:
    """The sentence tells of the post as one held at some time ("who as finance minister last May", "the
    former finance minister")."""
    return bool(role) and bool(
        re.search(rf"\b(?:as|former|then|ex-)\s*(?:\w+\s+)?{re.escape(role)}\b", c.sentence.text, re.I)
    )


def _titles_clash(x: tuple[Claim, Mention], y: tuple[Claim, Mention]) -> bool:
    """Two titles one person cannot hold at once, neither of them a party post beside the other's office."""
    return (
        _role_conflict(x[1].role, y[1].role)
        and _party_post(*x) == _party_post(*y)
        and not any(_SECOND_POST.search(c.sentence.text) for c in (x[0], y[0]))
    )


# A person said to hold a second post ("Prime Minister Fonua, who also holds the defence portfolio").
_SECOND_POST = re.compile(
    r"\b(?:also|concurrently|simultaneously)\s+(?:holds?|held|holding|serves?|served|serving|heads?|headed|runs?|ran)\b"
    r"|\bdoubles? as\b|\bdoubling as\b",
    re.I,
)


def _title_note(x: tuple[Claim, Mention], y: tuple[Claim, Mention]) -> str:
    """Why two titles of one person may both be right, as a sentence to add, else '': one is an acting
    title, or one sentence names the other's post as held before ("Prime Minister Holma, who as finance
    minister last May")."""
    if acting := _acting_note(x, y):
        return acting
    if _held_then(y[0], x[1].role) or _held_then(x[0], y[1].role):
        return " One of them names the other post as held at an earlier time, so the post may have changed."
    return ""


def _cmp_entities(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    out: list[Candidate] = []
    na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
    for pa in ca.people:
        for pb in cb.people:
            if same_name(pa.key, pb.key) and _titles_clash((ca, pa), (cb, pb)):
                acting = _title_note((ca, pa), (cb, pb))
                severity: Severity = "medium" if sim >= 0.5 and not acting else "low"
                out.append(
                    Candidate(
                        "entity",
                        f"role:{pa.key.split()[-1]}",
                        f"role of {pb.text if len(pb.text) > len(pa.text) else pa.text}",
                        severity,
                        _score(severity, sim),
                        f"{na} calls {pa.text} {pa.role!r}; {nb} calls {pb.text} {pb.role!r}.{acting}",
                        Statement.of(ca.sentence, pa.role, {"person": pa.text, "role": pa.role}),
                        Statement.of(cb.sentence, pb.role, {"person": pb.text, "role": pb.role}),
                        internal,
                    )
                )
    if not internal and (
        sim >= 0.75
        or (sim >= 0.6 and _main_stems(ca) & _main_stems(cb))
        or (sim >= 0.45 and _one_post(ca, cb))
        or (
            sim >= 0.45
            and len(_anchors(ca, cb, ctx))
            >= (1 if sim >= 0.6 or _shared_words(ca, cb) >= (3 if sim >= 0.5 else 4) else 2)
        )
    ):
        out.extend(_cmp_slots(ca, cb, sim, ctx))
    return out


def _one_post(ca: Claim, cb: Claim) -> bool:
    """Each sentence names one person, with the same title and differently ("Judge Helena Brandt ordered" /
    "remanded by Judge Martin Ekholm"): two names for one post in the event."""
    pa, pb = [m for m in ca.people if m.kind == "person"], [m for m in cb.people if m.kind == "person"]
    return (
        len(pa) == len(pb) == 1
        and bool(pa[0].role)
        and pa[0].role == pb[0].role
        and pa[0].owner == pb[0].owner
        and not same_name(pa[0].key, pb[0].key)
    )


_KIN = (
    r"brother|sister|son|daughter|father|mother|wife|husband|nephew|niece|cousin|uncle|aunt|grandson|"
    r"granddaughter|grandfather|grandmother|stepson|stepdaughter|brother-in-law|sister-in-law|son-in-law|"
    r"daughter-in-law|father-in-law|mother-in-law|partner|fiancée?|girlfriend|boyfriend"
)
_KIN_OF = re.compile(
    rf"\b([A-Za-z][\w-]*)(?:'s|’s)\s+({_KIN})\b|\bthe\s+({_KIN})\s+of\s+(?:the\s+|a\s+)?((?:[A-Za-z][\w-]*\s+){{0,2}}[A-Za-z][\w-]*)",
    re.I,
)


def _kin(c: Claim) -> list[tuple[frozenset[str], str]]:
    """Relatives the sentence names by whose they are: "the mayor's brother", "the son of the hit-and-run
    driver" (the owner's last words, any of which may be its head)."""
    out = []
    for m in _KIN_OF.finditer(c.sentence.text):
        owner, kin = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        out.append((frozenset(owner.lower().split()), kin.lower()))
    return out


def _one_thing_two_ways(
    slot: str, topic: str, why: str, ca: Claim, a: str, cb: Claim, b: str, field: str, sim: float
) -> list[Candidate]:
    """A medium entity finding: one slot of one account filled two ways (a relative, a title, a job)."""
    return [
        Candidate(
            "entity",
            slot,
            topic,
            "medium",
            _score("medium", sim),
            why,
            Statement.of(ca.sentence, a, {field: a}),
            Statement.of(cb.sentence, b, {field: b}),
        )
    ]


def _cmp_kin(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """The same person's relative named as a different relative in the other account ("arrested the
    mayor's brother" / "the mayor's son was detained"): one of them has the wrong person."""
    if internal or sim < 0.6:
        return []
    ka, kb = _kin(ca), _kin(cb)
    if len(ka) != 1 or len(kb) != 1:
        return []
    (oa, ra), (ob, rb) = ka[0], kb[0]
    shared = oa & ob
    if not shared or ra == rb:
        return []
    owner = sorted(shared, key=len)[-1]
    na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
    why = (
        f"{na} speaks of the {owner}'s {ra}, {nb} of the {owner}'s {rb}, in an otherwise matching account; "
        "unless both are involved, one of them has the wrong person."
    )
    return _one_thing_two_ways(
        f"kin:{owner}", f"which relative of the {owner}", why, ca, ra, cb, rb, "relative", sim
    )


# Titles a rank word sets apart ("the deputy mayor" / "the mayor", "Brazil's vice president" / "president").
_TITLE_HEADS = r"president|mayor|governor|minister|premier|chancellor|secretary|director|sheriff|commissioner|chairman|chairwoman|chair|ambassador|prosecutor|speaker|commander"
_TITLE = re.compile(
    rf"\b(?:(vice|deputy|assistant|under|lieutenant)[- ])?(?:[a-z]+ )?({_TITLE_HEADS})\b(?:(?:'s|’s) (deputy|assistant))?",
    re.I,
)


def _titles(c: Claim) -> dict[str, list[str]]:
    """The rank each title is written with, by the title's head word ("" for none)."""
    out: dict[str, list[str]] = {}
    text = c.sentence.text
    for m in _TITLE.finditer(text):
        if re.match(r"\s+[A-Z]", text[m.end() :]) or re.search(r"\bformer[- ]$", text[: m.start()]):
            continue  # "Mayor Anne Duval", "former vice-president Joseph Boakai": names are compared as names
        out.setdefault(m.group(2).lower(), []).append((m.group(1) or m.group(3) or "").lower())
    return out


_RANK_WORD = re.compile(r"\b(?:vice|deputy|deputies|assistant|under|lieutenant)\b", re.I)


def _cmp_titles(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """One title in each account, with a rank in one and not the other ("the deputy mayor was detained" /
    "the mayor was taken into custody"): a different person holds each."""
    if internal or sim < 0.6:
        return []
    ta, tb = _titles(ca), _titles(cb)
    for head in ta.keys() & tb.keys():
        if len(ta[head]) != 1 or len(tb[head]) != 1 or ta[head] == tb[head]:
            continue
        ra, rb = ta[head][0], tb[head][0]
        if (not ra and _RANK_WORD.search(ca.sentence.text)) or (
            not rb and _RANK_WORD.search(cb.sentence.text)
        ):
            continue  # "the foreign minister ... sending a deputy": both people are in that account
        if ca.people and cb.people and not any(same_name(x.key, y.key) for x in ca.people for y in cb.people):
            continue  # "elected Thabo Mokhele as speaker" / "Palesa Ramoeletsi was elected deputy speaker"
        a, b = f"{ra} {head}".strip(), f"{rb} {head}".strip()
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        why = (
            f"{na} speaks of the {a}, {nb} of the {b}, in an otherwise matching account: two posts held by "
            "different people, so one of them has the wrong person."
        )
        return _one_thing_two_ways(f"title:{head}", f"which {head}", why, ca, a, cb, b, "title", sim)
    return []


# Occupations: "a 34-year-old taxi driver" / "a 34-year-old off-duty police officer" is one person
# described as two.
_OCCUPATIONS = (
    r"driver|officer|firefighter|nurse|teacher|doctor|student|soldier|farmer|journalist|reporter|lawyer|"
    r"engineer|pilot|fisherman|miner|guard|mechanic|shopkeeper|cleaner|chef|cook|waiter|waitress|paramedic|"
    r"surgeon|pharmacist|accountant|banker|builder|electrician|plumber|carpenter|labourer|laborer|courier|"
    r"cyclist|pedestrian|motorcyclist|tourist|priest|imam|pastor|businessman|businesswoman|footballer|"
    r"athlete|activist|photographer|volunteer|constable|sailor|security guard|caretaker|janitor"
)
_AGED_AS = re.compile(rf"\b(\d{{1,3}})-year-old\s+((?:[\w-]+\s+){{0,2}}?(?:{_OCCUPATIONS}))\b", re.I)


def _aged_as(c: Claim) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in _AGED_AS.finditer(c.sentence.text):
        out.setdefault(m.group(1), set()).add(m.group(2).lower())
    return out


def _cmp_occupations(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """A person of the same age described by two different occupations ("a 34-year-old taxi driver" / "a
    34-year-old off-duty police officer"): one account has the person wrong."""
    if internal or sim < 0.55:
        return []
    oa, ob = _aged_as(ca), _aged_as(cb)
    for age in oa.keys() & ob.keys():
        if len(oa[age]) != 1 or len(ob[age]) != 1:
            continue
        ja, jb = next(iter(oa[age])), next(iter(ob[age]))
        head_a, head_b = ja.split()[-1], jb.split()[-1]
        if (
            ja.endswith(jb)
            or jb.endswith(ja)
            or (head_a == head_b and not (ja.split()[:-1] and jb.split()[:-1]))
        ):
            continue  # "driver" / "taxi driver": one more specific
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        why = (
            f"{na} describes the {age}-year-old as a {ja}, {nb} as a {jb}: one person, two occupations, so one "
            "of them is wrong (unless they are two people of the same age)."
        )
        return _one_thing_two_ways(
            f"job:{age}", f"who the {age}-year-old is", why, ca, ja, cb, jb, "occupation", sim
        )
    return []


# Posts of which a person holds one at a time, by field; each entry's spellings name one post.
POSITIONS = (
    {
        "goalkeeper": r"goalkeeper|keeper|goalie", "defender": r"defender|centre-back|center-back|full-back|"
        r"left-back|right-back|sweeper", "midfielder": r"midfielder|playmaker", "winger": r"winger",
        "striker": r"striker|centre-forward|center-forward|forward",
    },
    {
        "chief executive": r"chief executive(?: officer)?|ceo", "chief financial officer": r"chief financial "
        r"officer|cfo|finance director", "chief operating officer": r"chief operating officer|coo",
        "chief technology officer": r"chief technology officer|cto",
    },
)  # fmt: skip
_POSITIONS = [
    {post: re.compile(rf"\b(?:{pattern})\b", re.I) for post, pattern in field.items()} for field in POSITIONS
]


def _cmp_positions(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """One named person in two posts of one field ("goalkeeper Tomás Rieti" / "centre-back Tomás Rieti",
    "Priya Raman, the chief financial officer" / "its chief operating officer, Priya Raman")."""
    if internal or sim < 0.6:
        return []
    people = [(x, y) for x in ca.people for y in cb.people if same_name(x.key, y.key)]
    if (
        len(people) != 1
        or len(ca.people) != 1
        or len(cb.people) != 1
        or _role_conflict(*(m.role for m in people[0]))
    ):
        return []  # (two titles written with the name are compared by _cmp_entities)
    for posts in _POSITIONS:
        pa = {post: m.group(0) for post, pattern in posts.items() if (m := pattern.search(ca.sentence.text))}
        pb = {post: m.group(0) for post, pattern in posts.items() if (m := pattern.search(cb.sentence.text))}
        if len(pa) == 1 and len(pb) == 1 and pa.keys() != pb.keys():
            (a,), (b,) = pa.values(), pb.values()
            who = people[0][1].text
            na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
            why = f"{na} calls {who} the {a}, {nb} the {b}: one person, two posts, so one of them is wrong."
            return _one_thing_two_ways(f"post:{who}", f"post of {who}", why, ca, a, cb, b, "post", sim)
    return []


def _shared_words(ca: Claim, cb: Claim) -> int:
    """How many content words two sentences share besides names and speech verbs."""
    return len(_common_words(ca, cb))


def _common_words(ca: Claim, cb: Claim) -> set[str]:
    """The content words two sentences share (synonyms count) besides names and speech verbs."""
    return _overlap(ca.lemmas, cb.lemmas) - _names_of(ca) - _names_of(cb) - SPEECH_VERBS


def _anchor_keys(c: Claim) -> set[str]:
    """A sentence's specifics: its stated dates, its exact figures (other than 0 and 1) and the places and
    organisations it names (people are what the entity check compares, so they are no anchor)."""
    keys = set()
    for d in c.dates:
        fields = {k: v for k, v in _fields(d).items() if k != "year"} if not d.dateline else {}
        if fields:  # (a year alone pins down no event)
            keys.add("date:" + ",".join(f"{k}={v}" for k, v in sorted(fields.items())))
    for q in c.quantities:
        if q.value.point not in (0, 1):
            keys.add(f"num:{q.value.dimension}:{q.value.unit}:{q.value.point:g}")
    for m in (*c.places, *c.orgs):
        if m.key and m.kind in ("place", "org", "region"):
            keys.add(f"name:{m.key}")
    return keys


def _anchors(ca: Claim, cb: Claim, ctx: _Context) -> set[str]:
    """Specifics two sentences share and few other sentences do: the same date, the same exact figure.

    Two accounts that agree on when and how many are accounts of one event even when their wording
    differs ("Kenya's X won the race on Sunday in 2:15:40" / "Y took the title on Sunday, clocking
    2:15:40"); a different name in one slot of such a pair is then a real disagreement. A date every
    article repeats (the day of the visit) pins nothing down, so anchors common in the corpus do not
    count.
    """
    shared = ctx.anchor_keys(ca) & ctx.anchor_keys(cb)
    return {a for a in shared if ctx.anchor_count(a) <= 4}


ENTITY_KINDS = {"person": "person", "where": "place", "norp": "nationality or country", "org": "organisation",
                "country": "country", "nation": "country"}  # fmt: skip


def _pool(x: Claim, kind: str) -> list[Mention]:
    """Mentions that can fill a slot of ``kind``; ``where`` is any place, region or organisation
    written in a locative position ("in Geneva", "from Pokhara airport", "off the coast of Kyushu"):
    the small NER model often calls a venue or a region an organisation."""
    if kind == "where":
        text = x.sentence.text
        return [
            m for m in (*x.places, *x.orgs) if m.kind in ("place", "region", "org") and _locative(text, m)
        ] + [  # (and a known place tagged as a person, before a facility: "built at its Valencia plant")
            replace(m, kind="place")
            for m in x.people
            if _locative(text, m) and _before_facility(text, m) and gazetteer.lookup(m.text)
        ]
    if kind == "nation":  # a nationality or a country naming whose a thing is: "the Senegalese navy"
        text = x.sentence.text
        countries = [
            m
            for m in (*x.places, *x.orgs)
            if m.kind != "norp" and gazetteer.nations(m.text) and not _locative(text, m)
        ]
        return [m for m in (*_pool(x, "norp"), *countries) if _owned_words(text, m)]
    if kind == "country":  # a country in no locative slot: "giving Norway its first gold", "Iran's team"
        text = x.sentence.text
        return [
            m
            for m in x.places
            if m.kind == "place"
            and gazetteer.nations(m.text)
            and not _locative(text, m)
            and not re.match(r"(?:'s|’s) [A-Z]", text[m.end : m.end + 4])  # "Finland's Anni Korhonen"
            and not re.match(
                r"[-–][A-Z]", text[m.end : m.end + 2]
            )  # "in Iran-Russia relations": one of a pair
            and not re.search(r"[A-Z][\w]*[-–]$", text[: m.start])
            and not _TOPIC_BEFORE.search(text[: m.start])  # "the issues surrounding Syria": what is talked of
            and not any(sp.start <= m.start < sp.end or 0 <= sp.start - m.end <= 4 for sp in x.speakers)
        ]  # (nor the country of who says it: "Japan's defence ministry said" is compared as attribution)
    if kind == "org":  # (not a currency code the tagger took for a body: "CHF 2.5 million")
        orgs = [m for m in x.orgs if not _person_like(m) and m.text not in _CURRENCY_CODES]
        return orgs + [m for m in x.people if _org_like(m)]
    if kind == "person":
        return [m for m in x.people if m.kind == "person" and not _org_like(m)] + [
            replace(m, kind="person", key=name_key(m.text)) for m in x.orgs if _person_like(m)
        ]
    if kind == "norp":  # with adjectives of nationality the tagger typed otherwise ("Kiwi nurses")
        return [m for m in x.places if m.kind == "norp"] + [
            replace(m, kind="norp") for m in (*x.orgs, *x.people) if gazetteer.is_demonym(m.text)
        ]
    return [m for m in x.places if m.kind == kind]


_CURRENCY_CODES = frozenset(CURRENCIES.values())
_TOPIC_BEFORE = re.compile(
    r"\b(?:surrounding|regarding|concerning|about|on|over|with|including|between|and|toward|towards)\s+(?:the\s+)?$",
    re.I,
)
_OWNED = re.compile(r"(?:'s|’s|-(?:flagged|registered|owned|based|led|backed|run))?((?: [a-z][a-z-]+){1,3})")
_FLAGS = {"flagged", "registered", ""}  # a flag, as written or plain ("a Liberian tanker")
_FUNCTION_WORDS = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that",
                   "which", "who", "has", "have", "had", "was", "were", "is", "are", "be", "said", "says", "its"}  # fmt: skip


def _owned_words(text: str, m: Mention) -> set[str]:
    """The lower-case words a nationality or country qualifies, with its compound ("Panama-flagged tanker":
    flagged, tanker; "Guinea-Bissau's navy": navy)."""
    found = _OWNED.match(text, m.end)
    if found is None:
        return set()
    words = set(found.group(1).split()) - _FUNCTION_WORDS
    compound = found.group(0).split(" ")[0].lstrip("-'’s")
    return words | (
        {"flagged"} if compound in ("flagged", "registered") else {compound} if compound else set()
    )


def _org_like(m: Mention) -> bool:
    """A "person" whose name holds an organisation word ("Nordwind Air Airbus")."""
    return m.kind == "person" and bool({w.lower() for w in m.text.split()} & ORG_WORDS)


def _person_like(m: Mention) -> bool:
    """An "organisation" written like a person's name ("Tigist Alemu"): two or three capitalised words,
    none an organisation word, not a listed place."""
    return m.kind == "org" and name_shaped(m.text) and not gazetteer.lookup(m.text)


FACILITIES = {
    "centre", "center", "airport", "stadium", "hospital", "station", "base", "port", "harbour", "harbor",
    "university", "court", "prison", "plant", "mine", "field", "arena", "park", "square", "building", "tower",
    "bridge", "terminal", "school", "college", "palace", "hall", "house", "camp", "cathedral", "church",
    "mosque", "temple", "museum", "embassy", "factory", "refinery", "dam", "reactor", "complex", "clinic",
}  # fmt: skip


def _word_after(text: str, m: Mention) -> str:
    """The first word after a mention, lower-cased ("Leipzig plant": "plant"), or ''."""
    return (re.findall(r"[a-z-]+", text[m.end : m.end + 30].lower()) or [""])[0]


def _before_facility(text: str, m: Mention) -> bool:
    return _word_after(text, m) in FACILITIES


def _facility(m: Mention) -> bool:
    return (m.key.split() or [""])[-1] in FACILITIES


def _sibling(ctx: _Context, m: Mention, y: Claim, wider: list[Mention]) -> bool:
    """``y`` names, besides the wider place that holds ``m``, another place inside it that is not ``m``
    ("in Cartagena" / "Colombia will host it in Bogotá"): the wide one does not answer for ``m``."""
    return any(
        p not in wider
        and gazetteer.related(p.text, m.text) is False
        and any(_contains(ctx, p, o) for o in wider)
        for p in _pool(y, "where")
    )


def _unmatched(x: Claim, y: Claim, kind: str, ctx: _Context) -> list[Mention]:
    """Entities of ``kind`` in ``x`` that ``y`` does not name, contain or spell differently."""
    other = {
        "person": _pool(y, "person") + list(y.people),
        "where": y.places + y.orgs,
        "org": y.orgs + y.places + y.people,
        "norp": y.places,
        "country": y.places + y.orgs,
        "nation": y.places + y.orgs,
    }[kind]
    text = " ".join(y.sentence.text.lower().split())
    speakers = {m.key for m in x.speakers}
    out = []
    for m in _pool(x, kind):
        if m.key in speakers or not m.key or _dateline(x.sentence.text, m) or _addressee(x.sentence.text, m):
            continue
        if any(s.start <= m.start and m.end <= s.end for s in x.speakers):
            continue  # "officials in Astana said": where the source sits, not where it happened
        if kind == "norp" and _PLACE_NOUN_AFTER.match(x.sentence.text[m.end :]):
            continue  # "the West African country", "Istanbul's Kadikoy district": a place, no one's nationality
        if any(_same_entity(m, o) for o in other):
            continue
        if kind != "person" and any(gazetteer.nations(m.text) & gazetteer.nations(o.text) for o in other):
            continue  # "Côte d'Ivoire's ports" / "in Ivory Coast": one country
        wider = [o for o in other if _holds(ctx, kind, m, y, o, _wider(x, m, y, o))]
        if wider and not (kind == "where" and _sibling(ctx, m, y, wider)):
            continue
        if (kind == "where" or (kind == "org" and _locative(x.sentence.text, m))) and not any(
            _facility(m) == _facility(o) for o in _pool(y, "where")
        ):
            continue  # "Kourou" / "the Guiana Space Centre": a site may lie in the town the other names
        if (
            m.key in text
            or m.text.lower() in text
            or (kind == "person" and m.key.split()[-1] in name_keys(y))
            or (
                kind == "norp" and any(NATIONALITY_NOUNS.get(w) == m.key for w in re.findall(r"[a-z]+", text))
            )
        ):
            continue
        out.append(m)
    return out


# Nouns for a national ("a 52-year-old Briton") that the NER model takes for names.
NATIONALITY_NOUNS = {
    "briton": "british", "brit": "british", "swede": "swedish", "dane": "danish", "pole": "polish",
    "finn": "finnish", "scot": "scottish", "turk": "turkish", "spaniard": "spanish", "frenchman": "french",
    "frenchwoman": "french", "dutchman": "dutch", "dutchwoman": "dutch", "englishman": "english",
    "englishwoman": "english", "irishman": "irish", "irishwoman": "irish", "welshman": "welsh",
    "welshwoman": "welsh", "briton's": "british", "kiwi": "new zealand", "aussie": "australian",
}  # fmt: skip


_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:country|nation|region|state|island|islands|city|capital|coast|republic|kingdom|district|province|"
    r"neighbourhood|neighborhood|quarter|town|village|suburb|county|municipality|peninsula)\b"
    r"(?!\s*guard)",  # "the Greek coast guard" is a body
    re.I,
)
_ADDRESSEE = re.compile(
    r"(\b(told|tells|telling)|\b(speaking|spoke|talking|talked|said|says) (?:exclusively )?to|\binterview with)"
    r"( the)?\s*$",
    re.I,
)


def _addressee(text: str, m: Mention) -> bool:
    """The outlet or person a statement was made to ("told CNN", "speaking to the BBC") is no claim."""
    return bool(_ADDRESSEE.search(text[max(0, m.start - 30) : m.start]))


# Nouns a place name modifies rather than locates ("the UK ambassador", "the Cup final").
MODIFIED_NOUNS = {
    "embassy", "troops", "forces", "government", "officials", "team", "squad", "side", "delegation", "final",
    "finals", "quarter-final", "quarter-finals", "semi-final", "semi-finals", "title", "stage", "round",
    "counterpart", "authorities", "army", "navy", "police",
}  # fmt: skip


REGION_WORDS = {
    "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "northeastern",
    "northwestern", "southeastern", "southwestern", "coastal", "rural", "mainland",
}  # fmt: skip
# Verbs whose object is the area hit: "the quake shook central Italy", "the typhoon lashed Luzon".
STRIKING = {
    "hit", "hits", "struck", "strikes", "shook", "shakes", "rocked", "rocks", "jolted", "jolts", "lashed",
    "lashes", "battered", "batters", "pounded", "pounds", "swept", "sweeps", "flooded", "floods", "ravaged",
    "ravages", "devastated", "devastates",
}  # fmt: skip


_HOSTS = re.compile(
    r"\s+(?:will |is to |is set to |is due to |has been chosen to |was chosen to )?host(?:s|ed)?\b", re.I
)


def _locative(text: str, m: Mention) -> bool:
    """A place that says where something happened or went: "in Geneva", "at the Kremlin", "to Oskarsby"."""
    before = text[: m.start].lower().split()[-2:]
    after = _word_after(text, m)
    if after in ROLE_WORDS or after in MODIFIED_NOUNS:
        return False  # "called in the UK ambassador", "went through to the Champions League quarter-finals"
    if re.match(r"[-–][A-Z]", text[m.end : m.end + 2]):
        return False  # "a pivotal moment in Iran-Russia relations": one side of a pair of names, no place
    if _HOSTS.match(text[m.end : m.end + 40]):
        return True  # "Addis Ababa will host the summit": where it happens
    if re.search(
        r"\b(?:chose|chosen|choose|chooses|picked|selected|named)\s+$", text[: m.start]
    ) and re.match(r"[^.;]{0,40}?\bas (?:the |a )?(?:venue|host|location|site)\b", text[m.end :]):
        return True  # "chose Kigali on Sunday as the venue for its summit"
    preps = ("in", "at", "near", "outside", "inside", "to", "from", "off", "into", "toward", "towards", "for",
             "of", "departing", "leaving", "left", "reached", "around", "within")  # fmt: skip
    if not before:
        return False
    if after in FACILITIES and re.search(
        r"\b(?:at|in|from|near|inside|outside)\s+(?:the|its|their|his|her|a|an)\s+(?:[\w-]+(?:'s|’s)\s+)?$",
        text[: m.start],
        re.I,
    ):
        return True  # "built at its Leipzig plant", "assembled at the company's Dresden factory"
    if before[-1] in ("of", "departing", "leaving", "left", "reached"):
        # "off the coast of Kyushu", "departing Pokhara": only after a place noun or a motion verb
        return before[-1] != "of" or bool(
            re.search(
                r"\b(coast|outskirts|city|town|village|district|county|state|island|port|municipality|"
                r"capital|region|province|centre|center|north|south|east|west|suburbs?) of$",
                text[: m.start].lower().rstrip(),
            )
        )
    if before[-1] in REGION_WORDS:  # "in central Italy", "shook northern Chile"
        before = text[: m.start].lower().split()[-3:-1]
    if before and before[-1] in STRIKING:
        return True  # "the quake shook central Italy", "the storm lashed Luzon"
    if before[-2:] and before[-1] == "on" and before[0] in ("centred", "centered", "focused", "focussed"):
        return True  # "the outbreak is centred on Ndola district"
    return bool(before) and (
        before[-1] in preps or (len(before) == 2 and before[0] in preps and before[1] == "the")
    )


def _dateline(text: str, m: Mention) -> bool:
    """A place written as a dateline ("HALVIK –", "NEW YORK (Reuters) -") or in capitals is not a claim."""
    if m.text.isupper() and len(m.text) > 3:
        return True
    return m.start <= 2 and bool(re.match(r"\s*(\(|[-–—]|,\s*\w+\.?\s+\d)", text[m.end : m.end + 12]))


def _main_stems(claim: Claim) -> set[str]:
    stems = {v[:5] for v in claim.main_verbs}
    for v in claim.main_verbs:
        for group in SYNONYMS:
            if v in group:
                stems |= {w[:5] for w in group}
    return stems


def name_keys(claim: Claim) -> set[str]:
    return {w for p in claim.people for w in p.key.split()}


# Below it, two bodies in two aligned sentences are as often two parties as one slot filled two ways.
ORG_SLOT_SIMILARITY = 0.55


# Words that split one occasion into parallel ones: the men's and the women's race each have a winner.
CONTRASTS = (
    ({"men", "men's", "male", "boys", "boys'"}, {"women", "women's", "female", "girls", "girls'"}),
    ({"junior", "juniors", "under-21", "under-23"}, {"senior", "seniors"}),
    ({"upper", "senate"}, {"lower", "house", "assembly"}),
)


def _contrasted(ca: Claim, cb: Claim) -> bool:
    """The two sentences speak of parallel parts of one occasion (men's / women's race)."""
    wa = set(re.findall(r"[a-z'0-9-]+", ca.sentence.text.lower()))
    wb = set(re.findall(r"[a-z'0-9-]+", cb.sentence.text.lower()))
    return any((wa & x and wb & y and not wa & y) or (wa & y and wb & x and not wa & x) for x, y in CONTRASTS)


# "another round", "a fresh round" and "the next round" all speak of a further occasion (not "next week").
_SEPARATE = re.compile(
    r"\b(?:separate|another|a second|a different|a fresh|(?:the|its|their) next(?! (?:week|month|year|weekend|\w+day)\b))\b",
    re.I,
)


_ALSO = re.compile(r"\b(?:also|as well|alongside|joined by|among them)\b|,\s*too\b", re.I)


def _past_year(x: Claim, y: Claim) -> bool:
    """``x`` is dated to a year well before ``y``'s publication, and ``y`` names no year at all."""
    if y.published is None or _years(y):
        return False
    return any(
        d.year < y.published.year - 1
        for d in x.dates
        if d.year and not re.search(r"\b(?:since|from|after)\s*$", x.sentence.text[: d.start])
    )  # "the first test there since 2011" dates another occasion, not this one


_RANKS = re.compile(
    r"^(?:(?:lieutenant|major|brigadier|rear|vice|lt|maj|gen)\.? )*(?:general|colonel|admiral|commander|captain|"
    r"major|brigadier|lieutenant)$",
    re.I,
)


def _rank(role: str) -> bool:
    """A military rank ("major general"), which says nothing of the post its holder is named to."""
    return bool(_RANKS.match(role))


def _cmp_slots(ca: Claim, cb: Claim, sim: float, ctx: _Context) -> list[Candidate]:
    """A different person, place or organisation in the same slot of two accounts of one event."""
    out: list[Candidate] = []
    if _contrasted(ca, cb):
        return out
    if bool(_SEPARATE.search(ca.sentence.text)) != bool(_SEPARATE.search(cb.sentence.text)):
        return out  # "also plans a separate plant in Saltillo": another thing, in another place
    if _past_year(ca, cb) or _past_year(cb, ca):
        return out  # "first admitted a woman judge in 1992" / "was sworn in on Monday": two occasions
    for kind in ("person", "where", "norp", "org", "country", "nation"):
        ua, ub = _unmatched(ca, cb, kind, ctx), _unmatched(cb, ca, kind, ctx)
        if not ua or not ub or (kind != "where" and (len(ua) != 1 or len(ub) != 1)):
            continue
        a, b = ua[0], ub[0]
        if kind in ("org", "country") and sim < ORG_SLOT_SIMILARITY:
            continue
        if (
            kind == "person"
            and a.role
            and b.role
            and a.role != b.role
            and not (_rank(a.role) and _rank(b.role))
        ):
            continue  # two people in two different offices: both can be involved (but ranks are no offices)
        if kind == "person" and gazetteer.related(_as_place(ca, a), _as_place(cb, b)) is True:
            continue  # "launched from French Guiana" / "from Kourou", both tagged as people: one place in another
        if kind in ("person", "org") and (_ALSO.search(ca.sentence.text) or _ALSO.search(cb.sentence.text)):
            continue  # "Former president Jorge Salas also attended": one more, not another one instead
        if kind == "norp" and _attribute(ca, a) != _attribute(cb, b):
            continue  # "Liberian-flagged" / "Greek-owned": a flag and an owner, two facts
        if kind == "norp" and any(_RIVALS.match(c.sentence.text[m.end :]) for c, m in ((ca, a), (cb, b))):
            continue  # "Kenyan runner" / "pulling clear of the Ethiopian pack": the rivals, not the winner
        if kind == "nation" and (
            sim < 0.6
            or not _overlap(_owned_words(ca.sentence.text, a), _owned_words(cb.sentence.text, b))
            or (
                _attribute(ca, a) != _attribute(cb, b)
                and not {_attribute(ca, a), _attribute(cb, b)} <= _FLAGS
            )
            or {_attribute(ca, a), _attribute(cb, b)} <= {"flagged"}  # two flags: _cmp_traits tells it
        ):
            continue  # "the Senegalese navy" / "Guinea-Bissau's navy": whose the same thing is
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        severity: Severity = "medium"
        what = ENTITY_KINDS[kind]
        why = (
            f"{na} names {a.text} where {nb} names {b.text} ({what}) in an otherwise matching account; "
            "unless both are involved, one of them is wrong."
        )
        out.append(
            Candidate(
                "entity",
                f"{'place' if kind == 'where' else kind}:{a.key}",
                what,
                severity,
                _score(severity, sim),
                why,
                Statement.of(ca.sentence, a.text, {what: a.text}),
                Statement.of(cb.sentence, b.text, {what: b.text}),
            )
        )
    return out[:1]


def _as_place(c: Claim, m: Mention) -> str:
    """A name with the capitalised word before it, when that makes a known place ("French" + "Guiana")."""
    before = re.search(r"\b([A-Z][\w'-]+)\s+$", c.sentence.text[: m.start])
    if before and not gazetteer.lookup(m.text) and gazetteer.lookup(f"{before.group(1)} {m.text}"):
        return f"{before.group(1)} {m.text}"
    return m.text


_ATTRIBUTE = re.compile(r"-(\w+)")
# Groups a nationality can describe besides the one the sentence is about: "the Ethiopian pack".
_RIVALS = re.compile(
    r"\s+(?:pack|rivals?|opponents?|challengers?|field|chasers?|contingent|duo|trio)\b(?!,?\s+[A-Z])"
)  # (not "French rival Moreau will buy it": the one named is the doer)


def _attribute(c: Claim, m: Mention) -> str:
    """What a nationality qualifies when written as a compound: "Liberian-flagged" -> "flagged"."""
    found = _ATTRIBUTE.match(c.sentence.text[m.end : m.end + 20])
    return found.group(1).lower() if found else ""


def _stated_within(ctx: _Context, a: Mention, b: Mention) -> bool:
    """The articles say one place lies in the other ("Antakya, in Hatay province")."""
    return (a.key, b.key) in ctx.containment or (b.key, a.key) in ctx.containment


def _contains(ctx: _Context, a: Mention, b: Mention, loose: bool = False) -> bool:
    """One place lies in the other, as the articles say ("Antakya, in Hatay province") or as the
    gazetteer knows ("Manhattan" / "New York", "Lyon" / "France"); ``loose`` also takes a country
    against a place too small for the gazetteer (see :func:`compare.gazetteer.related`)."""
    if _stated_within(ctx, a, b) or _seat_of(a.text, b.text):
        return True
    places = ("place", "region", "org")
    return a.kind in places and b.kind in places and bool(gazetteer.related(a.text, b.text, loose))


def _holds(ctx: _Context, kind: str, m: Mention, y: Claim, o: Mention, loose: bool) -> bool:
    """``o`` in ``y`` may be where ``m`` is: one lies in the other. For where something happened, the
    other place must say where too: "US and Iranian negotiators will meet in Geneva" puts nothing in the
    US, so it does not answer "in Rome" (there is a Geneva in Illinois)."""
    if kind == "where" and not _locative(y.sentence.text, o):
        return _stated_within(ctx, m, o)
    return _contains(ctx, m, o, loose)


def _wider(x: Claim, m: Mention, y: Claim, o: Mention) -> bool:
    """Two places, both saying where ("off Kaikoura" / "off the coast of New Zealand's South Island"):
    one may only be the wider area of the other."""
    return (
        m.kind in ("place", "region")
        and o.kind in ("place", "region")
        and _locative(x.sentence.text, m)
        and _locative(y.sentence.text, o)
        # not when ``y`` names a small place of its own beside the wide one ("in Cusipata, Peru")
        and not any(p is not o and _small_place(p) for p in _pool(y, "where"))
    )


def _small_place(m: Mention) -> bool:
    """A place below country or state level: a listed city or a name the gazetteer does not know."""
    places = gazetteer.lookup(m.text)
    return m.kind == "place" and (not places or any(p.kind == "city" for p in places))


# ---------------------------------------------------------------------------------------- attribution


_QUOTE = QUOTE


def _quoted_words(text: str) -> set[str]:
    quotes = [m.group(1) or m.group(2) for m in _QUOTE.finditer(text)]
    return {w for q in quotes for w in re.findall(r"[a-z]+", q.lower()) if len(w) > 2}


def _same_quote(ca: Claim, cb: Claim) -> bool:
    """Both sentences quote, and most of the shorter quotation's words are in the other's."""
    qa, qb = _quoted_words(ca.sentence.text), _quoted_words(cb.sentence.text)
    return bool(qa and qb) and len(qa & qb) / min(len(qa), len(qb)) >= 0.7


GENERIC_SOURCES = {
    "official", "officials", "source", "sources", "diplomat", "diplomats", "witness", "witnesses",
    "resident", "residents", "analyst", "analysts", "people", "expert", "experts", "report", "reports",
    "statement", "media", "person", "spokesman", "spokeswoman", "spokesperson", "he", "she", "they",
}  # fmt: skip


# Common nouns that stand capitalised at the head of a sentence as speakers ("Police said ...").
COMMON_SPEAKERS = GENERIC_SOURCES | {
    "police", "authorities", "investigators", "prosecutors", "officers", "rescuers", "doctors", "scientists",
    "researchers", "organisers", "organizers", "lawyers", "activists", "protesters", "campaigners", "economists",
    "traders", "observers", "monitors", "firefighters", "paramedics", "medics", "villagers", "survivors",
    "relatives", "neighbours", "neighbors", "locals", "students", "teachers", "workers", "unions", "critics",
    "opponents", "supporters", "lawmakers", "legislators", "senators", "ministers", "negotiators",
    "mediators", "pollsters", "forecasters", "meteorologists", "engineers", "regulators", "inspectors", "auditors",
    "shareholders", "investors", "executives", "managers", "staff", "employees", "airlines", "hospitals",
    "insiders", "aides", "allies", "rebels", "militants", "troops", "soldiers", "medical", "government",
}  # fmt: skip


def _speaker_words(m: Mention) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", m.text.lower()) if w not in _NAME_FILLER and len(w) > 2}


_OWNER = re.compile(r"\b([A-Z][\w-]+)(?:'s|’s)")


# The United Nations and its agencies: "the UN said" may report what one of them said.
UN_NAMES = {"united nations", "un", "u n", "the un", "the united nations"}
UN_AGENCIES = {
    "unicef", "unhcr", "world food programme", "wfp", "who", "world health organization", "ocha", "undp", "unesco",
    "fao", "food and agriculture organization", "unrwa", "international atomic energy agency", "iaea", "unfpa",
    "unep", "ilo", "international labour organization", "international organization for migration", "iom",
    "unaids", "ohchr", "office for the coordination of humanitarian affairs",
}  # fmt: skip


def _un_family(x: Mention, y: Mention) -> bool:
    """One is the United Nations, the other one of its agencies or offices ("the UN humanitarian office")."""
    kx, ky = (_alias(m.key).replace(".", " ").strip() for m in (x, y))
    for a, b in ((kx, ky), (ky, kx)):
        if a in UN_NAMES and (
            b in UN_AGENCIES or b.startswith("un ") or set(b.split()) & UN_AGENCIES - {"who"}
        ):
            return True
    return False


def _same_speaker(x: Mention, y: Mention) -> bool:
    if _un_family(x, y):
        return True
    if x.kind != "role" and y.kind != "role":
        return _same_entity(x, y)
    ox, oy = set(_OWNER.findall(x.text)), set(_OWNER.findall(y.text))
    if (
        ox
        and oy
        and not any(_same_entity(_named(a), _named(b)) or gazetteer.related(a, b) for a in ox for b in oy)
    ):
        return False  # "Oman's foreign ministry" / "Qatar's foreign ministry"
    for r, o in ((x, y), (y, x)):
        owners = _OWNER.findall(r.text) if r.kind == "role" and o.kind != "role" else []
        if any(_same_entity(_named(a), o) or _same_entity(o, _named(a)) for a in owners):
            return True  # "the IMF's mission chief" / "the International Monetary Fund": its official speaks for it
    if (
        x.kind == y.kind == "role"
        and set(x.key.split()) & set(y.key.split())
        and _role_conflict(x.key, y.key)
    ):
        return False  # "the prime minister" / "the foreign minister"
    wx, wy = _speaker_words(x), _speaker_words(y)
    head_x, head_y = (x.text.lower().split() or [""])[-1], (y.text.lower().split() or [""])[-1]
    return head_x == head_y or bool(wx and wy and (wx <= wy or wy <= wx)) or _same_entity(x, y)


def _named(name: str) -> Mention:
    return Mention(name, 0, 0, "place", name.lower())


def _named_source(m: Mention, text: str = "") -> bool:
    """A speaker named as a person or organisation. Roles ("the operator", "the operating company",
    "the lender", "the Washington-based fund") were tried too: one source described two ways is far
    more common in news than two sources, and they doubled the false alarms on the labelled pairs."""
    generic_in = re.match(r"(?:the |a )?(\w+) (?:in|from|at) ", m.text, re.I)
    if generic_in and generic_in.group(1).lower() in GENERIC_SOURCES | UNNAMED_GROUPS:
        return False  # "Officials in British Columbia": unnamed people of a place, not a named body
    if m.kind == "role" and len(re.findall(r"\b[A-Z][\w'-]+", re.sub(r"^(?:The|A|An)\s+", "", m.text))) >= 2:
        return True  # "The Islamic State group", "the Interior Ministry": a name the tagger did not type
    if (
        m.kind == "role"
        and re.fullmatch(r"[A-Z][a-z]+[A-Z]?\w*", m.text)
        and m.text.lower() not in COMMON_SPEAKERS
        and _SAID_AFTER.match(text, m.end)
    ):
        return True  # "Adidas said": one capitalised word that is no common noun, saying it
    return m.kind in ("person", "org") and not (_speaker_words(m) <= GENERIC_SOURCES)


# People spoken of as a group ("traders at the market", "residents in Kherson"): no named source.
UNNAMED_GROUPS = {
    "authorities", "police", "traders", "workers", "villagers", "locals", "survivors", "protesters", "families",
    "relatives", "neighbours", "neighbors", "passengers", "students", "farmers", "fans", "doctors", "nurses",
    "rescuers", "staff", "employees", "members", "shopkeepers", "parents", "teachers", "fishermen",
}  # fmt: skip
_STUDY = re.compile(r"\b(?:study|studies|research|paper|trial|survey|report)\b", re.I)
_SAID_AFTER = re.compile(r"\s+(?:has |have |had )?(?:said|says|announced|confirmed|stated|reported|denied)\b")
# (a figure one body "cited" is another's: "the governor cited December's 34.2% inflation rate")
_ECHO = re.compile(r"\b(?:echo(?:ed|es|ing)?|repeat(?:ed|ing)|also said|likewise|as did|cited)\b", re.I)


def _only_person(c: Claim) -> list[Mention]:
    """The one person a sentence names, unless it says someone echoed or cited another."""
    people = [m for m in c.people if m.kind == "person"]
    return people if len(people) == 1 and not _ECHO.search(c.sentence.text) else []


def _cmp_attribution(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """The same statement or quotation credited to different people or bodies."""
    sa = [m for m in ca.speakers if _named_source(m, ca.sentence.text)]
    sb = [m for m in cb.speakers if _named_source(m, cb.sentence.text)]
    if not internal and (sides := _opposing_sides(ca, cb, sim, ctx)):
        x, y = sides
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        return [
            Candidate(
                "attribution", f"who:{x.text.lower()}", "who said it", "medium", _score("medium", sim),
                f"{na} attributes this to {x.text}; {nb} to {y.text}, the other side.",
                Statement.of(ca.sentence, x.text, {"speaker": x.text}),
                Statement.of(cb.sentence, y.text, {"speaker": y.text}),
            )
        ]  # fmt: skip
    if internal or not (sa or sb):
        return []
    same_quote = _same_quote(ca, cb)
    if same_quote and not (sa and sb):
        # "Finance Minister David Osei drew applause when he told delegates: '...'": the tagger found no
        # speaker, but the one person the sentence names is who says the quotation
        sa, sb = sa or _only_person(ca), sb or _only_person(cb)
    if not sa or not sb:
        return []
    if (
        not same_quote
        and sim < 0.8
        and not (sim >= 0.6 and (_anchors(ca, cb, ctx) or _shared_words(ca, cb) >= 4))
    ):
        return []
    if any(m.kind == "person" for m in sa) and any(m.kind == "person" for m in sb):
        # Named people decide: two authors of one institute are still two people.
        sa, sb = [m for m in sa if m.kind == "person"], [m for m in sb if m.kind == "person"]
    if any(_same_speaker(x, y) for x in sa for y in sb):
        return []
    text_a, text_b = ca.sentence.text.lower(), cb.sentence.text.lower()
    # a journal both name ("a Lancet study" / "published in The Lancet") is no side of who did the study
    shared = [m for m in sa if m.key in text_b or m.text.lower() in text_b]
    shared += [m for m in sb if m.key in text_a or m.text.lower() in text_a]
    studies = all(_STUDY.search(c.sentence.text) for c in (ca, cb))
    if shared and studies and len(sa) + len(sb) > len(shared) + 1:
        sa, sb = [m for m in sa if m not in shared] or sa, [m for m in sb if m not in shared] or sb
    x = next((m for m in sa if m.kind != "role"), sa[0])
    y = next((m for m in sb if m.kind == x.kind), sb[0])
    if any(m.key in text_b or m.text.lower() in text_b for m in sa) or any(
        m.key in text_a or m.text.lower() in text_a for m in sb
    ):
        return []  # both sentences name both: a chain of sources, not a disagreement
    if any(_ECHO.search(c.sentence.text) for c in (ca, cb)):
        return []  # "echoing comments made by the coach": both said it
    if _state_voice(ca, cb) or _state_voice(cb, ca):
        return []  # "North Korea said" / "the state news agency KCNA reported": the state's own voice
    if not same_quote and _reports(ca, x) and _reports(cb, y):
        return []  # "TASS reported" / "Interfax reported": two outlets, each with its own sources
    if _described_and_abbreviated(x, y) or _described_and_abbreviated(y, x):
        return []  # "the national statistics institute" / "INE": the Spanish abbreviation of that body
    nations = _speaker_nations(ca, x), _speaker_nations(cb, y)
    if not same_quote and nations[0] and nations[1] and not nations[0] & nations[1]:
        return []  # "South Korea's military said" / "Japan's defence ministry said": each country's own watch
    na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
    what = "the same quotation" if same_quote else "this"
    severity: Severity = "high" if same_quote and x.kind == y.kind == "person" else "medium"
    why = f"{na} attributes {what} to {x.text}; {nb} to {y.text}."
    if not same_quote and _on_other_days(ca, cb):
        severity = "low"  # "declared on Wednesday" / "declared on Tuesday": two statements, each on its day
        why += " But they date it to different days, so these may be two statements."
    return [
        Candidate(
            "attribution",
            f"who:{x.key}",
            "who said it",
            severity,
            _score(severity, sim),
            why,
            Statement.of(ca.sentence, x.text, {"speaker": x.text}),
            Statement.of(cb.sentence, y.text, {"speaker": y.text}),
        )
    ]


# The two sides of a dispute, as speakers described by their part in it ("his defence lawyer" / "prosecutors").
_SIDES = (
    (re.compile(r"\bprosecut", re.I), re.compile(r"\bdefen[cs]e\b", re.I)),
    (re.compile(r"\bunions?\b", re.I), re.compile(r"\b(?:management|employers?)\b", re.I)),
    (re.compile(r"\bplaintiffs?\b|\bclaimants?\b", re.I), re.compile(r"\bdefendants?\b", re.I)),
)


def _opposing_sides(ca: Claim, cb: Claim, sim: float, ctx: _Context) -> tuple[Mention, Mention] | None:
    """One statement credited to the two sides of a dispute (the defence / the prosecution), the other side
    not named in either sentence as a speaker beside it."""
    if sim < 0.6 or not (_anchors(ca, cb, ctx) or _shared_words(ca, cb) >= 4):
        return None
    for one, other in _SIDES:
        for x in ca.speakers:
            for y in cb.speakers:
                for p, q in ((one, other), (other, one)):
                    if (
                        p.search(x.text)
                        and q.search(y.text)
                        and not q.search(x.text)
                        and not p.search(y.text)
                        and not any(q.search(m.text) for m in ca.speakers)
                        and not any(p.search(m.text) for m in cb.speakers)
                    ):
                        return x, y
    return None


# The kinds of body a description names: "the national statistics institute", "the country's weather office".
_BODY_TYPES = {"institute", "office", "agency", "ministry", "bureau", "authority", "service", "bank", "council",
               "commission", "board", "court", "regulator", "department", "directorate", "inspectorate"}  # fmt: skip


def _on_other_days(ca: Claim, cb: Claim, deeds: tuple[str, str] | None = None) -> bool:
    """Both sentences date what they tell to a day, and to no day in common; with ``deeds``, only the
    dates of those deeds count ("will lead the delegation, the government said on Monday" dates no lead)."""
    days = [
        {
            d.resolved
            for d in c.dates
            if d.resolved and (deeds is None or any(_same_deed(d.anchor, v) for v in deeds))
        }
        for c in (ca, cb)
    ]
    return bool(days[0] and days[1] and not days[0] & days[1])


def _described_and_abbreviated(x: Mention, y: Mention) -> bool:
    """``x`` is a body described in common words ("the national statistics institute") and ``y`` an
    abbreviation ("INE") that may be its name in its own language: no sign they differ."""
    words = x.text.split()
    return (
        bool(words)
        and x.text == x.text.lower()
        and words[-1] in _BODY_TYPES
        and bool(re.fullmatch(r"[A-Z]{2,6}", y.text))
    )


_COUNTRY_WORDS = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
_OWNER_BEFORE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:'s|’s|'|’)\s+(?:[a-z]+\s+){0,2}$")


def _speaker_nations(c: Claim, m: Mention) -> frozenset[str]:
    """The countries a speaker is said to belong to ("South Korea's military", "the Japanese defence
    ministry")."""
    words = _COUNTRY_WORDS.findall(m.text)
    if owner := _OWNER_BEFORE.search(c.sentence.text[max(0, m.start - 30) : m.start]):
        words.append(owner.group(1))
    found: set[str] = set()
    for w in words:
        found |= gazetteer.nations(w) or gazetteer.nations(w.split()[-1])
    return frozenset(found)


_STATE_MEDIA = re.compile(
    r"\b(?:state|state-run|state-owned|state-controlled|government-run|official)\s+(?:news\s+agency|media|"
    r"television|tv|broadcaster|radio|news|newspaper|outlet)\b",
    re.I,
)


def _state_voice(x: Claim, y: Claim) -> bool:
    """One credits a country or its government, the other the state's own media, which speak for it."""
    country = any(
        _speaker_words(m) & {"government", "regime"}
        or any(p.kind == "country" for p in gazetteer.lookup(m.text))
        for m in x.speakers
    )
    return country and bool(_STATE_MEDIA.search(y.sentence.text))


def _title_of(m: Mention) -> str:
    """The title a speaker is given: a role's own words ("Kenya's interior minister"), a person's role."""
    words = (m.key if m.kind == "role" else m.role).split()
    return " ".join(w for w in words if w in ROLE_CHANGERS)


def _cmp_quoted_titles(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """One quotation credited to holders of two titles, one of them named only by title ("Kenya's interior
    minister told reporters" / "government spokesman Peter Kamau told a news conference"): two people."""
    if internal or not _same_quote(ca, cb) or any(_ECHO.search(c.sentence.text) for c in (ca, cb)):
        return []  # (a spokeswoman "repeating the president's words": both said it)
    ta = [(m, _title_of(m)) for m in ca.speakers if _title_of(m)]
    tb = [(m, _title_of(m)) for m in cb.speakers if _title_of(m)]
    if len(ta) != 1 or len(tb) != 1:
        return []
    (x, tx), (y, ty) = ta[0], tb[0]
    if "role" not in (x.kind, y.kind) or tx == ty:
        return []  # (two named people are compared by name)
    if tx.split()[-1] == ty.split()[-1] and not _role_conflict(tx, ty):
        return []
    na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
    why = f"{na} attributes the same quotation to {x.text} ({tx}); {nb} to {y.text} ({ty}), another post."
    return [
        Candidate(
            "attribution",
            f"who:{x.key}",
            "who said it",
            "medium",
            _score("medium", sim),
            why,
            Statement.of(ca.sentence, x.text, {"speaker": x.text, "title": tx}),
            Statement.of(cb.sentence, y.text, {"speaker": y.text, "title": ty}),
        )
    ]


def _reports(c: Claim, m: Mention) -> bool:
    """The speaker is the subject of "reported": an outlet relaying news, not its source."""
    return any(a.verb == "report" and _same_entity(a.who, m) for a in c.agents)


_EXCLUSIVE = re.compile(r"\b(?:exclusive|exclusively|only (?:\w+ )?interview|sole|first interview)\b")


def _outlets(c: Claim) -> list[Mention]:
    """Who a statement was made to, when named: "told the BBC", "in an interview with CNN", "an interview
    published by Le Monde"."""
    told = [m for m in (*c.orgs, *c.people, *c.places) if m.key and _addressee(c.sentence.text, m)]
    if "interview" in c.lemmas:
        told += [g.who for g in c.agents if g.verb in _CARRYING and g.who.key and g.who not in told]
    return told


_CARRYING = {"publish", "carry", "air", "broadcast", "run", "print"}  # what an outlet does with an interview


def _cmp_outlets(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """One statement said to have been made to two different outlets ("told the BBC in an interview" /
    "in an interview with CNN"): only one can have carried it first, or one account is wrong."""
    exclusive = all(_EXCLUSIVE.search(c.sentence.text.lower()) for c in (ca, cb))
    if internal or sim < (0.5 if exclusive else 0.75):
        return []  # (two "exclusive" interviews with one person are one too many even in looser wording)
    oa, ob = _outlets(ca), _outlets(cb)
    if not oa or not ob or any(_same_entity(x, y) for x in oa for y in ob):
        return []
    text_a, text_b = ca.sentence.text.lower(), cb.sentence.text.lower()
    if any(m.key in text_b for m in oa) or any(m.key in text_a for m in ob):
        return []  # both name both outlets
    x, y = oa[0], ob[0]
    na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
    why = f"{na} says this was said to {x.text}; {nb} says to {y.text}."
    same_quote = _same_quote(ca, cb)
    severity: Severity = "medium"
    if same_quote or _EXCLUSIVE.search(text_a + " " + text_b):
        why += " The same words cannot have been said first to both, so one account is wrong."
    else:
        severity = "low"  # people in the news give several interviews a day, saying much the same
        why += " Both may be right: the same point is often made in several interviews."
    return [
        Candidate(
            "attribution",
            f"to:{x.key}",
            "who it was said to",
            severity,
            _score(severity, sim),
            why,
            Statement.of(ca.sentence, x.text, {"outlet": x.text}),
            Statement.of(cb.sentence, y.text, {"outlet": y.text}),
        )
    ]


def _credited(c: Claim) -> list[Mention]:
    """Who a sentence credits with its claim: its speakers and the doers of authorship deeds ("issued by",
    "tabled by"), less any it says did not give the claim out."""
    who = [*c.speakers, *(g.who for g in c.agents if g.verb in AUTHORSHIP)]
    return [m for m in who if not any(_same_speaker(m, d) for d in c.disowned)]


# Common nouns that stand for the organisation a story is about ("the company", "the carrier", "the lender").
_ORG_TYPES = {"company", "firm", "group", "carrier", "airline", "bank", "lender", "insurer", "carmaker", "retailer",
              "operator", "club", "broadcaster", "network", "maker", "manufacturer", "utility", "conglomerate",
              "chain", "automaker", "miner", "producer"}  # fmt: skip


def _described_as(x: Claim, m: Mention, d: Mention) -> bool:
    """A source named by description in the other sentence is the one ``x`` names with a title or a name
    that holds the description's word ("Police spokesman Ahmad Ramadhan" / "police"; "Nordbank" / "the
    bank")."""
    if d.kind != "role":
        return False
    title = x.sentence.text[max(0, m.start - 30) : m.start].split()[-3:]  # "Police spokesman" before the name
    described = _speaker_words(d) - GENERIC_SOURCES
    # "Nordlink announced" / "the company has declined to comment" (or "shipping group Baltline", a name the
    # tagger took for a person's)
    if described and described <= _ORG_TYPES and (m.kind == "org" or {w.lower() for w in title} & _ORG_TYPES):
        return True
    words = {w for w in re.findall(r"[a-z]+", " ".join([*title, m.text]).lower()) if len(w) > 2}
    words -= GENERIC_SOURCES | _NAME_FILLER
    return bool(described) and all(
        any(v == w or (len(w) >= 4 and v.endswith(w)) for v in words) for w in described
    )


def _cmp_disowned(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """One source credits a claim to someone the other says did not give it out: "the health ministry said
    1,400 nurses had left" / "the figure came from the nurses' union; the health ministry declined to
    comment"."""
    if internal or (sim < 0.65 and not (sim >= 0.5 and _shared_words(ca, cb) >= 3)):
        return []
    for x, y in ((ca, cb), (cb, ca)):
        if not y.disowned:
            continue
        credited_y = _credited(y)
        for m in _credited(x):
            if m.kind != "role" and _speaker_words(m) <= GENERIC_SOURCES:
                continue
            d = next((d for d in y.disowned if _same_speaker(m, d) or _described_as(x, m, d)), None)
            if d is None or any(_same_speaker(m, o) for o in credited_y):
                continue
            nx, ny = ctx.name(x.sentence.source), ctx.name(y.sentence.source)
            also = f" and credits {credited_y[0].text}" if credited_y else ""  # never a disowned one
            severity: Severity = "medium"
            later = ""
            if x.published and y.published and y.published < x.published:
                severity = "low"  # "did not respond to requests for comment", then a statement days later
                later = f" {ny} was published earlier ({y.published}); {d.text} may have spoken since."
            sa = Statement.of(x.sentence, m.text, {"speaker": m.text})
            sb = Statement.of(y.sentence, d.text, {"speaker": d.text, "disowned": True})
            return [
                Candidate(
                    "attribution",
                    f"who:{m.key}",
                    "who said it",
                    severity,
                    _score(severity, sim),
                    f"{nx} attributes this to {m.text}; {ny} says {d.text} did not give it out{also}.{later}",
                    *((sa, sb) if x is ca else (sb, sa)),
                )
            ]
    return []


def _cmp_denied_report(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """One source denies a report that the other says the same party confirmed or made: "Serbia's foreign
    ministry confirmed that officials had held talks in Vienna" / "Belgrade's foreign ministry rejected
    reports that its diplomats had sat down with Kosovo negotiators in Vienna". The denial covers the whole
    report, so the two need not share the verb (held talks / sat down with) as a plain negation must."""
    if internal or sim < 0.45 or _shared_words(ca, cb) < 2:
        return []
    for x, y in ((ca, cb), (cb, ca)):
        if not y.deniers or x.deniers or x.negations or x.negative:
            continue
        if y.published and x.published and y.published < x.published:
            continue  # a denial, then days later the thing denied: news, not a contradiction
        source = [*x.speakers, *(g.who for g in x.agents)]
        denier = next((d for d in y.deniers if any(_same_speaker(m, d) for m in source)), None)
        if denier is None:
            continue
        nx, ny = ctx.name(x.sentence.source), ctx.name(y.sentence.source)
        severity: Severity = "medium"
        sx = Statement.of(x.sentence, None, {"polarity": "positive"})
        sy = Statement.of(y.sentence, None, {"polarity": "negative", "denied_by": denier.text})
        return [
            Candidate(
                "polarity",
                f"deny:{denier.key}",
                "confirmed or denied",
                severity,
                _score(severity, sim),
                f"{ny} reports that {denier.text} denied it; {nx} reports the same party saying it is so.",
                *((sx, sy) if x is ca else (sy, sx)),
            )
        ]
    return []


# ------------------------------------------------------------------------------------------ polarity


# Phrasal verbs that reject or undo ("voted down the plan", "threw out the case", "struck down the law").
_NEGATIVE_PHRASAL = re.compile(
    r"\b(vot|turn|shot|shoot|knock|threw|throw|struck|strik|ruled?|rules|ruling)\w* (?:\w+ ){0,3}?(down|out)\b",
    re.I,
)

# Words that mean "not X" ("not guilty" = "acquitted"), keyed by X.
NEGATED_FORMS = {
    "guilty": {"acquit", "acquittal", "innocent", "clear"},
    "injure": {"unhurt", "unharmed", "uninjured"},
    "hurt": {"unhurt", "unharmed", "uninjured"},
    "harm": {"unhurt", "unharmed"},
    "attend": {"absent", "absence", "skip", "miss", "boycott"},
    "present": {"absent", "absence"},
    "legal": {"illegal", "unlawful"},
    "change": {"unchanged", "steady", "hold"},
    "available": {"unavailable"},
    "survive": {"die", "dead", "death", "kill"},  # "did not survive" / "died"
    "dissent": {"unanimous", "unanimously"},  # "without a single dissenting vote" / "unanimously"
    "majority": {"short"},  # "fell a seat short of a majority" / "one short of an outright majority"
}

_STAYED_AWAY = re.compile(r"\b(?:stay|stays|stayed|staying|keep|keeps|kept|keeping) away from\b", re.I)


def _absent(c: Claim) -> set[str]:
    """ "Stayed away from the meeting": absent, which denies attending as "did not attend" does."""
    return {"absent"} if _STAYED_AWAY.search(c.sentence.text) else set()


_EARLIER_VIEW = re.compile(
    r"\b(?:initially|originally|at first|first thought|had believed|had thought)\b", re.I
)

DENIAL_ACTS = {"deny", "reject", "dismiss", "refute"}


def _word_stems(text: str) -> set[str]:
    """Five-letter stems of the words of four letters or more: who a body is, loosely ("ministry" /
    "minister")."""
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())}


def _party_countries(c: Claim) -> set[str]:
    """The countries a sentence's speakers speak for: named as theirs ("Pakistan's foreign minister") or by
    the capital that stands for the government ("Islamabad denied")."""
    out: set[str] = set()
    for m in c.speakers:
        out |= _speaker_nations(c, m)
        if gazetteer.is_capital(m.text):
            out |= {p.country for p in gazetteer.lookup(m.text) if p.kind == "city"}
    return out


def _two_parties(x: Claim, y: Claim, neg: Negation) -> str | None:
    """A denial by one party of what another party asserts ("the ministry denied ..." / "army commanders
    said ..."): both articles may report the dispute accurately."""
    if neg.head not in DENIAL_ACTS or not x.speakers or not y.speakers:
        return None
    if any(_same_speaker(p, q) for p in x.speakers for q in y.speakers):
        return None

    def words(c: Claim) -> set[str]:  # the speakers with what stands before them ("the defence minister, X")
        text = " ".join(c.sentence.text[max(0, m.start - 40) : m.end] for m in c.speakers)
        return _word_stems(text) - {"said", "told", "offic", "accor"}

    if words(x) & words(y):
        return None
    if _party_countries(x) & _party_countries(y):
        return None  # "Islamabad denied" / "Pakistan's foreign minister confirmed": one government
    return (
        f"The denial comes from {x.speakers[0].text} and the assertion from {y.speakers[0].text}: "
        "two parties' competing claims, which both articles may report accurately."
    )


# Verbs of predicting: a forecast that something will not happen and another that it will can both be
# honest readings of the same uncertainty.
FORECASTING = {"expect", "forecast", "predict", "bet", "anticipate", "project", "fear", "hope", "price"}


# Verbs of having or getting: "will not receive compensation" is denied by "would be entitled to
# compensation", "operating without a licence" by "held a valid licence".
POSSESSING = {"have", "hold", "receive", "get", "obtain", "entitle", "carry", "include", "contain", "own",
              "possess", "grant", "award", "give", "offer", "secure", "win"}  # fmt: skip


# Nouns that cover several outcomes: "no casualties" is denied by a death or by an injury.
BROADER = {
    k: {"kill", "die", "dead", "death", "injure", "injured", "wound", "wounded", "hurt", "fatality"}
    for k in ("casualty", "victim")
}


# What makes a denied thing more than the other affirms: "without a final agreement" / "agreed a framework".
_STRENGTH = {"final", "formal", "full", "comprehensive", "permanent", "binding", "lasting", "definitive",
             "complete", "official", "firm", "total", "outright"}  # fmt: skip
# Verbs whose object names what was done: "underwent an inspection" is "was inspected".
_UNDERGOING = {"undergo", "receive", "get", "conduct", "carry", "perform", "pass"}


def _predicate_met(neg: Negation, y: Claim) -> bool:
    """Whether ``y`` affirms the negated predicate: the verb itself or a word of its stem ("had not been
    vaccinated" / "had received a dose of the vaccine"), or, for having something ("not receive
    compensation", "without a licence"), another verb of having with the denied noun."""
    words = y.lemmas | y.verbs
    if _overlap({neg.predicate}, words):
        return True
    if len(neg.predicate) >= 7 and any(w[:6] == neg.predicate[:6] for w in words if len(w) >= 6):
        return True
    if neg.cue.lower() == "without" and neg.noun and neg.noun in y.verbs:
        return True  # "released without charge" / "have charged a man"
    if neg.predicate in _UNDERGOING and neg.noun and _derived(neg.noun, y.verbs):
        return True  # "had not undergone an inspection" / "had been inspected"
    if neg.predicate in _SIGNALLING and y.verbs & _SIGNALLING:
        return True  # "did not send a distress call" / "radioed a mayday": giving a signal, in any verb
    if neg.noun in _SETTLED and neg.predicate in _REACHING and y.verbs & _REACHING:
        return True  # "without reaching a verdict" / "the jury returned its verdict"
    having = neg.predicate in POSSESSING or neg.cue.lower() == "without"
    return having and bool(y.verbs & POSSESSING) and bool(neg.noun and neg.noun in y.lemmas)


# Verbs of giving out a signal or warning, each as good as another ("sent a distress call", "radioed a
# mayday", "declared an emergency", "sounded the alarm").
_SIGNALLING = {"send", "issue", "make", "give", "declare", "radio", "sound", "raise", "broadcast", "transmit"}
# Verbs of arriving at a decision or a deal, each as good as another with one of these nouns ("reached a
# verdict" / "returned its verdict", "failed to reach a deal" / "struck a deal").
_REACHING = {"reach", "return", "deliver", "strike", "seal", "clinch", "hammer", "agree", "hand", "conclude"}
_SETTLED = {"verdict", "decision", "ruling", "deal", "agreement", "accord", "settlement", "compromise"}


def _other_complement(x: Claim, y: Claim, neg: Negation) -> tuple[str, str] | None:
    """The denied verb's object or prepositional noun in ``x`` and a different one in ``y`` for the same
    verb ("will not host the final" / "to host games", "not approved for children" / "approved for
    adults"): what one denies may not be what the other affirms."""
    # "failed to agree on a price cap": the verb under a negative verb is what is denied
    predicate = neg.predicate or (
        next(iter(neg.focus)) if len(neg.focus) == 1 and neg.focus <= x.verbs else ""
    )
    if not predicate:
        return None
    mine = [(rel, noun) for verb, rel, noun in x.complements if verb == predicate]
    theirs = [(rel, noun) for verb, rel, noun in y.complements if _overlap({verb}, {predicate})]
    for rel in {r for r, _ in mine} & {r for r, _ in theirs}:
        a = {n for r, n in mine if r == rel}
        b = {n for r, n in theirs if r == rel}
        if not _overlap(a, b) and not _overlap(a, y.lemmas) and not _overlap(b, x.lemmas):
            return sorted(a)[0], sorted(b)[0]
    return None


def _different_days(x: Claim, y: Claim, neg: Negation) -> str:
    """The denied deed is dated to one day ("found no trace of the hiker on Saturday") and the other
    sentence dates the same deed to another ("was found alive on Monday")."""
    dx = [d for d in x.dates if d.resolved and d.anchor.startswith("not ")]
    dy = [d for d in y.dates if d.resolved and dx and _overlap({d.anchor}, {dx[0].anchor[4:]})]
    if len(dx) != 1 or not dy or any(d.resolved == dx[0].resolved for d in dy):
        return ""
    return f"{dx[0].resolved:%A %d %B} / {dy[0].resolved:%A %d %B}"


_IN_PERSON = re.compile(r"\bin person\b", re.I)
_GOING = {"travel", "go", "fly", "come", "visit", "journey"}  # being there is going there
_REMOTE = re.compile(
    r"\b(?:by|via) (?:video|videolink|video link|phone|telephone)|\bvirtually\b|\bremotely\b|\bonline\b", re.I
)


def _cmp_polarity(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """One source denies what the other affirms.

    Reported only when the other sentence is wholly affirmative (no negation cue and no negative word
    such as "lacks", "awaits", "lost"), has the same modality (a plan is not a denial of a fact), and
    contains the negated predicate: the verb for a verbal negation ("did not raise" / "raised"), or the
    denied noun phrase for a copular or "no X" negation ("is not a military alliance" / "an alliance").
    """
    out: list[Candidate] = []
    for x, y, flip in ((ca, cb, False), (cb, ca, True)):
        if y.main_verbs & NEGATIVE_WORDS or _NEGATIVE_PHRASAL.search(y.sentence.text):
            continue
        # What y affirms: its words outside its own negations. When both sentences deny something, they
        # are usually two wordings of one denial ("no one was killed" / "there were no fatalities").
        y_denied = {w for n in y.negations for w in (*n.scope, *n.focus, n.head, n.predicate)}
        y_affirmed = (y.lemmas | y.verbs) - y_denied
        for neg in x.negations:
            if neg.yet or not neg.focus:
                continue
            if not neg.predicate and neg.focus <= _names_of(x):
                continue  # only a name under the negation ("no longer ... Tromsø's harbour"): a misparse
            denied = {neg.predicate, *neg.focus} - {""}
            if y.negations and not _overlap(denied, y_affirmed):
                continue
            if _near_raw_negation(y.sentence.text, _overlap(y.lemmas | y.verbs, denied)):
                continue  # "No one was killed" (a negation the parse did not mark) vs "no fatalities"
            if any(_overlap({n.predicate, *n.focus} - {""}, denied) for n in y.negations):
                continue
            plan_vs_fact = (
                y.status in ("expected", "hedged")
                and x.status not in ("expected", "hedged")
                and not denied & PLAN_WORDS
            )
            if plan_vs_fact and y.status_verb and _overlap({y.status_verb}, denied):
                continue  # a plan is not a denial of a fact; "will not attend" vs "will travel" is two plans
            if plan_vs_fact and _words_after(y.sentence.text, y.status_cue, denied):
                continue  # "did not raise rates" / "likely to raise rates at its next meeting"
            if neg.predicate in DOUBLE_NEGATIVE or any(
                n.predicate and neg.cue.lower().startswith(n.predicate[:4])
                for n in x.negations
                if n is not neg
            ):
                continue  # "did not rule out sanctions" affirms nothing and denies nothing
            if NEGATIVE_NOUNS.get(neg.head, "") in y.lemmas:
                continue  # "its brakes failed" / "brake failure": the other words the same negative as a noun
            if any(NEGATED_FORMS.get(w, set()) & (y.lemmas | y.verbs | _absent(y)) for w in denied):
                continue  # "found not guilty" / "acquitted": the other says the same without a negation
            if _quantified(x.sentence.text, neg):
                continue  # "not all of the hostages have been released" / "fourteen were freed"
            if neg.cue.lower() in SUBJECT_NEGATIONS & (
                {n.cue.lower() for n in y.negations} | _raw_cues(y.sentence.text)
            ):
                continue  # "neither side managed" / "neither team testing": one denial, two wordings
            if neg.predicate and not _predicate_met(neg, y):
                continue
            if any(e.state in ("pending", "cancelled") and _same_event(e.verb, neg.head) for e in y.events):
                continue  # "had not received the proposal" / "had yet to receive it": both say not done
            # (a denied noun is met by its verb or adjective: "received no warning" / "were warned")
            hit = _overlap(neg.focus, y.lemmas) | {w for w in neg.focus if _derived(w, y.lemmas | y.verbs)}
            broad = {w for w in neg.focus if BROADER.get(w, set()) & (y.lemmas | y.verbs)}
            if broad and (hit | broad) >= neg.focus:
                hit |= broad  # (but "no civilian casualties" is not denied by three soldiers killed)
            # "no party won a majority": what the denied subject did, and to what
            doing = {v for v, subj in x.subjects if subj == neg.noun} - LIGHT_VERBS
            done_to = {n for v, _, n in x.complements if v in doing}
            # "no one claimed responsibility" / "the group claimed responsibility": the deed is affirmed
            acted = not neg.predicate and bool(doing & y.verbs) and bool(done_to & y.lemmas)
            if acted:
                hit |= (doing & y.verbs) | (done_to & y.lemmas)
            if not hit and not neg.predicate:
                continue
            if hit and not neg.predicate and all(_deprived(y.sentence.text, w) for w in hit):
                continue  # "still without drinking water" / "cutting off water supplies": both tell the want
            if not neg.predicate and doing and not (doing | done_to) & (y.lemmas | y.verbs):
                continue  # "no party won a majority" / "emerged as the largest party": nothing won is affirmed
            coverage = 1.0 if acted else len(hit) / max(len(neg.focus), 1)
            # "found no trace of salmonella": the denied thing is salmonella, not a trace
            head_hit = (
                acted
                or not neg.noun
                or bool(_overlap({neg.noun}, hit))
                or (neg.noun in EMPTY_HEADS and bool(hit))
            )
            severity: Severity
            if not head_hit and not neg.predicate:
                # Only a modifier is shared ("military cooperation" vs "not a military alliance").
                if internal or sim < 0.5:
                    continue
                severity = "low"
            elif (coverage >= 0.99 or neg.predicate) and sim >= 0.6:
                severity = "high" if sim >= 0.7 and coverage >= 0.99 else "medium"
            elif (
                coverage >= 0.5
                and sim >= 0.5
                and not ((neg.focus - hit) & _STRENGTH and not y.lemmas & _STRENGTH)
            ):
                severity = "medium"  # (but "without a final agreement" is not denied by "agreed a framework")
            elif sim >= 0.45:
                severity = "low"
            else:
                continue
            nx, ny = ctx.name(x.sentence.source), ctx.name(y.sentence.source)
            denied_text = " ".join(sorted(neg.focus))
            said = ", ".join(sorted(hit)) or neg.head
            if coverage >= 0.99 or (neg.predicate and severity != "low"):
                why = f"{nx} says it is not so ({neg.cue!r}: ‘{denied_text}’); {ny} affirms it."
            else:
                why = (
                    f"{nx} denies ‘{denied_text}’ ({neg.cue!r}); {ny} speaks of ‘{said}’ without negation but not of "
                    f"‘{denied_text}’ as such. What it affirms may be broader or weaker (cooperation is not an alliance), "
                    "so check whether they really contradict."
                )
            apart = None if internal or not _earlier(x, y) else _published_apart(x, y, ctx)
            if severity != "low" and (other := _other_complement(x, y, neg)):
                severity = "low"  # "will not host the final" / "will host the opening match"
                why += f" But one speaks of ‘{other[0]}’, the other of ‘{other[1]}’, which may be different things."
            elif apart:  # "no cases so far" then "three cases confirmed": the later report may be news
                severity, why = "low", f"{why} {apart}"
            elif days := _different_days(x, y, neg):  # "found no trace on Saturday" / "was found on Monday"
                severity, why = (
                    "low",
                    f"{why} But they speak of different days ({days}), so both may be true.",
                )
            elif (parties := _two_parties(x, y, neg)) and not internal:
                severity, why = "low", f"{why} {parties}"
            elif doers := _different_doers(x, neg.head, y, ""):
                severity, why = (
                    "low",
                    f"{why} But the doers differ ({doers[0]} / {doers[1]}), so both may be right.",
                )
            elif {x.status, y.status} <= {"expected", "hedged"} and (x.lemmas | y.lemmas) & FORECASTING:
                severity = "low"  # "economists expect the bank not to cut" / "traders bet it will cut"
                why += " Both are forecasts, which may differ without either being wrong."
            elif bool(_EARLIER_VIEW.search(x.sentence.text)) != bool(_EARLIER_VIEW.search(y.sentence.text)):
                severity = "low"  # "investigators initially believed ..." / "the final report ruled it out"
                why += " One of them reports an earlier view, which may since have changed."
            elif (
                _IN_PERSON.search(x.sentence.text[neg.start :]) or (neg.predicate or neg.head) in _GOING
            ) and _REMOTE.search(y.sentence.text):
                # "did not attend in person", "will not travel" / "addressed it by video link"
                severity = "low"
                why += " But the denial is only of being there in person, and the other has it done remotely."
            clause = x.sentence.text[neg.start : neg.end + 60].split(".")[0].strip()
            st_x = Statement.of(x.sentence, clause, {"polarity": "negative", "about": sorted(neg.focus)})
            st_y = Statement.of(
                y.sentence, ", ".join(sorted(hit)) or None, {"polarity": "positive", "about": sorted(hit)}
            )
            a, b = (st_y, st_x) if flip else (st_x, st_y)
            out.append(
                Candidate(
                    "polarity",
                    f"p:{'+'.join(sorted(neg.focus))}",
                    f"whether it is {denied_text}"[:60],
                    severity,
                    _score(severity, sim, 0.05 * coverage),
                    why,
                    a,
                    b,
                    internal,
                )
            )
    if out and out[0].severity != "low":
        return out[:1]
    weak, out = out[:1], []
    if sim >= 0.4:
        out.extend(_cmp_outcomes(ca, cb, sim, ctx, internal))
    if out:
        return out[:1]
    verbs_a, verbs_b = ca.main_verbs | (ca.verbs & FRAMING), cb.main_verbs | (cb.verbs & FRAMING)
    for pos_words, neg_words, kind in ANTONYMS:
        hit_a, hit_b = verbs_a & pos_words, verbs_b & neg_words
        if not (hit_a and hit_b):
            hit_a, hit_b = verbs_a & neg_words, verbs_b & pos_words
        if not (hit_a and hit_b) or hit_a & hit_b or sim < 0.5:
            continue
        if _different_basis(ca.sentence.text, cb.sentence.text):
            continue  # "rose 0.8% from August" / "fell 1.5% from a year earlier"
        ma, mb = ({k for q in c.quantities for k in _measures(q)} for c in (ca, cb))
        if kind == "other" and ma and mb and not ma & mb:
            continue  # "exports fell 7 percent in volume" / "their value rose 12 percent": two measures
        if verbs_a & verbs_b & (pos_words | neg_words):
            continue
        if any(_both_ways(c, pos_words, neg_words) for c in (ca, cb)):
            continue  # "rejected the fuel duty rise but approved the wage cuts": both, of different things
        positive_side = cb if verbs_a & neg_words else ca
        # (a negative verb in what is confirmed is the news confirmed, not a denial of the confirming:
        # "confirmed that it will drop the route" / "denied reports that it planned to scrap it")
        framed = (hit_a if positive_side is ca else hit_b) <= FRAMING
        if any(not framed or _raw_cues(n.cue) for n in positive_side.negations) or _raw_cues(
            positive_side.sentence.text
        ):
            # "lacks a clause" / "contains no clause": the positive verb is itself negated (but "refused
            # to accept" against "conceded" is still an opposite: the negation is on the negative side)
            continue
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        va, vb = sorted(hit_a)[0], sorted(hit_b)[0]
        if _defeated_other(ca, va, cb, vb, pos_words) or _two_sides(ca, va, cb, vb):
            continue  # "the yen weakened past 150 per dollar" / "the dollar rose above 150 yen"
        negative_side = ca if verbs_a & neg_words else cb
        other_side = cb if negative_side is ca else ca
        apart = None if internal or not _earlier(negative_side, other_side) else _published_apart(ca, cb, ctx)
        severity = "low" if apart else "medium"
        if caveat := _opposites_apart(ca, va, cb, vb):
            severity, apart = "low", (apart or "") + caveat
        out.append(
            Candidate(
                kind,
                f"ant:{va}/{vb}",
                f"{va} or {vb}",
                severity,
                _score(severity, sim),
                f"{na} says ‘{va}’ where {nb} says ‘{vb}’ about the same event."
                + (f" {apart.strip()}" if apart else ""),
                Statement.of(ca.sentence, va),
                Statement.of(cb.sentence, vb),
                internal,
            )
        )
    return out or weak


# "defeated Colombia": the doer won (not "were defeated by", "suffered a defeat")
_ACTIVE_DEFEAT = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
    r"\b(?:defeat(?:ed|ing)|(?:to|will|would|could|did) defeat) (?:[A-Z]|the |their |his |her |its |a |an )"
)


def _defeated_other(ca: Claim, va: str, cb: Claim, vb: str, wins: set[str]) -> bool:
    """ "Argentina defeated Colombia" / "Argentina beat Colombia to win": a win told with "defeat" as a
    verb in the active voice, against a word for winning, is the same result."""
    return "win" in wins and any(
        v == "defeat" and _ACTIVE_DEFEAT.search(c.sentence.text) for c, v in ((ca, va), (cb, vb))
    )


def _both_ways(c: Claim, pos: set[str], neg: set[str]) -> bool:
    """The sentence does both opposites, each of something ("rejected the duty rise but approved the wage
    cuts"), not one as the other's infinitive ("refused to accept", "failed to achieve")."""
    hits = c.verbs & (pos | neg)
    return (
        bool(hits & pos)
        and bool(hits & neg)
        and not any(re.search(rf"\bto\s+(?:\w+\s+)?{re.escape(w[:4])}", c.sentence.text, re.I) for w in hits)
    )


def _deprived(text: str, word: str) -> bool:
    """The sentence tells of ``word`` as taken away or wanting ("cutting off water supplies", "lost power")."""
    return bool(re.search(rf"{_DEPRIVING}\s+(?:[\w'-]+\s+){{0,3}}?{re.escape(word[:5])}", text, re.I))


_DEPRIVING = (
    r"\b(?:cut(?:s|ting)? off|shut(?:s|ting)? off|knock(?:s|ed|ing)? out|lost|los(?:e|es|ing)|depriv\w*|"
    r"disrupt\w*|ran out of|run(?:s|ning)? out of|short of|shortages? of)"
)


# Negative verbs and the nouns that say the same ("its brakes failed" / "brake failure").
NEGATIVE_NOUNS = {"fail": "failure", "refuse": "refusal", "deny": "denial", "reject": "rejection",
                  "omit": "omission", "exclude": "exclusion", "lack": "lack"}  # fmt: skip
# Nouns that only quantify what is denied ("no trace of", "no sign of", "no evidence of").
EMPTY_HEADS = {"trace", "sign", "evidence", "indication", "hint", "record", "mention", "proof", "suggestion",
               "call", "signal"}  # ("no distress call": the distress is what is denied)  # fmt: skip
_DERIVING = ("ance", "ence", "ment", "ent", "ing", "ion", "ure", "al", "ed")


def _root(word: str) -> str:
    """A word without its derivational ending: insurance / insured / insure -> insur, warning -> warn."""
    for suffix in _DERIVING:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _derived(word: str, others: Iterable[str]) -> bool:
    """Whether one of ``others`` is the same word in another part of speech."""
    root = _root(word)
    return len(root) >= 4 and any(o != word and _root(o) == root for o in others)


SUBJECT_NEGATIONS = {"neither", "nor", "none", "nobody", "no one"}
DOUBLE_NEGATIVE = {"rule", "deny", "exclude", "dismiss", "refute", "reject", "doubt"}


def _words_after(text: str, cue: str, words: set[str], window: int = 4) -> bool:
    """One of ``words`` (lemmas, matched on their first four letters) follows ``cue`` closely."""
    pos = text.lower().find(cue.lower()) if cue else -1
    if pos < 0:
        return False
    after = re.findall(r"[a-z]+", text[pos + len(cue) :].lower())[:window]
    return any(a[:4] == w[:4] for a in after for w in words if len(w) >= 4)


def _quantified(text: str, neg: Negation) -> bool:
    """A negated quantifier ("not all", "not every", "not always"): a partial claim, not a denial."""
    after = text[neg.end : neg.end + 12].lower().split()
    return bool(after) and after[0] in (
        "all",
        "every",
        "everyone",
        "everything",
        "always",
        "entirely",
        "fully",
    )


def _raw_cues(text: str) -> set[str]:
    return {m.group(0).lower() for m in _RAW_NEGATION.finditer(text)}


_RAW_NEGATION = re.compile(r"\b(no|not|never|none|nobody|neither|nor|without)\b(?!-)|n't\b", re.I)


def _near_raw_negation(text: str, words: set[str]) -> bool:
    """One of ``words`` (lemmas) is written within five words after a negation cue."""
    for m in _RAW_NEGATION.finditer(text):
        after = re.findall(r"[a-z]+", text[m.end() :].lower())[:5]
        if any(a[:4] == w[:4] for a in after for w in words if len(w) >= 4):
            return True
    return False


_PROVISIONAL = re.compile(
    r"\b(so far|yet|as of|currently|at the moment|for now|still|remains?|remained|at present|until now)\b",
    re.I,
)


def _earlier(x: Claim, y: Claim) -> bool:
    """``x`` describes a provisional state ("no cases so far", "remains closed") and was published on an
    earlier day than ``y``: the later report may be news rather than a contradiction."""
    return bool(
        x.published and y.published and x.published < y.published and _PROVISIONAL.search(x.sentence.text)
    )


def _published_apart(ca: Claim, cb: Claim, ctx: _Context) -> str | None:
    """Why a change of state may explain a difference: the two were published on different days."""
    if not (ca.published and cb.published) or ca.published == cb.published:
        return None
    later = ca if ca.published > cb.published else cb
    return (
        f"{ctx.name(later.sentence.source)} was published later ({later.published}), so the situation may have "
        "changed in between."
    )


_SEQUENCE = re.compile(r"\b(before|after)\s+((?:[\w'-]+\W+){0,6})", re.I)


def _sequence(text: str) -> dict[str, set[str]]:
    """What a sentence places something before or after: {"before": {"explo", ...}, "after": {...}}."""
    out: dict[str, set[str]] = {"before": set(), "after": set()}
    for m in _SEQUENCE.finditer(text):
        words = re.findall(r"[a-z]+", m.group(2).lower())
        if m.group(1).lower() == "before" and _NOT_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "would not raise taxes before the election": the order is not told
        out[m.group(1).lower()] |= {w[:5] for w in words if len(w) > 3 and w not in STOP_ORDER}
    return out


_NOT_BEFORE = re.compile(r"\b(?:not|n't|never|no)\s+(?!\w*(?:possible|likely)\b)[^,;.]*$", re.I)
# The first "after" or "following" of a sentence and the clause it opens, up to a comma.
_TOLD_AFTER = re.compile(r"\b(?:after|following)\s+([^,;.]*)", re.I)


def _told_order(text: str) -> tuple[set[str], set[str]]:
    """What a sentence tells as its event and what it tells as coming first ("The train derailed | after an
    explosion damaged the track"): the stems of the lower-case words of each (names say no order)."""
    m = _TOLD_AFTER.search(text)
    if m is None or re.search(r"\bbefore\b", text[: m.start()], re.I):
        return set(), set()

    def stems(part: str, limit: int) -> set[str]:
        words = [w for w in re.findall(r"\b[a-z][a-z'-]+", part) if len(w) > 3 and w not in STOP_ORDER]
        return {w[:5] for w in words[:limit]}

    return stems(text[: m.start()], 12), stems(m.group(1), 4)


STOP_ORDER = {"the", "their", "they", "them", "that", "this", "were", "been", "being", "have", "had", "already",
              "shortly", "just", "only", "long", "minutes", "hours", "days", "several", "some"}  # fmt: skip


_STEM_GROUPS = [frozenset(w[:5] for w in group) for group in SYNONYMS]


def _stem_syn(stems: set[str]) -> set[str]:
    """Five-letter stems with those of their synonyms ("passe" -> "appro", "adopt" ...)."""
    out = set(stems)
    for group in _STEM_GROUPS if stems else ():
        if group & stems:
            out |= group
    return out


def _cmp_sequence(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """One source puts something before an event, the other after it ("the alarms sounded before the
    explosion" / "the alarms only went off after the explosion", "hours before parliament approved the
    budget" / "shortly after lawmakers had passed his budget")."""
    sa, sb = ctx.sequence(ca), ctx.sequence(cb)
    # the order told the other way round: "derailed after an explosion" / "exploded after it derailed"
    (main_a, after_a), (main_b, after_b) = _told_order(ca.sentence.text), _told_order(cb.sentence.text)
    # (what is told first must be an event the other tells as its own: one of its verbs, not "the city")
    deeds_a, deeds_b = (_stem_syn({v[:5] for v in c.verbs}) for c in (ca, cb))
    first_a = after_a & _stem_syn(main_b) & deeds_b - main_a
    first_b = after_b & _stem_syn(main_a) & deeds_a - main_b
    if first_a and first_b and not first_a & _stem_syn(first_b):
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        severity: Severity = "low" if internal else "medium"
        return [
            Candidate(
                "other", "order", "what came first", severity, _score(severity, sim),
                f"{na} tells one event as coming after the other where {nb} tells them the other way round; "
                "the order of events cannot be both.",
                Statement.of(ca.sentence, "after"), Statement.of(cb.sentence, "after"), internal,
            )
        ]  # fmt: skip
    for x, y in ((sa, sb), (sb, sa)):
        shared = x["before"] & _stem_syn(y["after"])
        if shared and not (_stem_syn(x["after"]) & shared or _stem_syn(y["before"]) & shared):
            na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
            order_a = "before" if x is sa else "after"
            order_b = "after" if x is sa else "before"
            severity = "low" if internal else "medium"
            return [
                Candidate(
                    "other",
                    "order",
                    "what came first",
                    severity,
                    _score(severity, sim),
                    f"{na} places it ‘{order_a}’ the event where {nb} places it ‘{order_b}’; "
                    "the order of events cannot be both.",
                    Statement.of(ca.sentence, order_a),
                    Statement.of(cb.sentence, order_b),
                    internal,
                )
            ]
    return []


# A part of a whole at the head of a sentence ("Most schools ...", "Some flights ...", "In parts of ...").
_PART = re.compile(
    r"^\W*(?:most|some|several|many|half|parts?) (?:of )?\w+|\bin (?:parts|some parts) of\b", re.I
)


_RESULT_VERBS = {"win", "lose", "beat", "defeat", "victory", "loss", "triumph"}


def _two_sides(ca: Claim, va: str, cb: Claim, vb: str) -> bool:
    """Opposite verbs said of the two sides of one relation: "the yen weakened against the dollar" /
    "the dollar rose against the yen", "Leeds beat Hull" / "Hull lost to Leeds". Each sentence's subject
    is a different thing that the other sentence also names."""
    sa = {s for v, s in ca.subjects if v == va}
    sb = {s for v, s in cb.subjects if v == vb}
    if {va, vb} <= _RESULT_VERBS:  # "beat England to win the title": who won is the main verb's subject
        sa = sa or {s for v, s in ca.subjects if v in ca.main_verbs}
        sb = sb or {s for v, s in cb.subjects if v in cb.main_verbs}
    # a result told from the loser's side names the winner's opponent: "Canada's team beat Sweden" / "Sweden
    # lost to Canada" (the team is not named again, but Sweden is the other side in the first sentence)
    one_way = {va, vb} <= _RESULT_VERBS
    in_a, in_b = ca.lemmas | _names_of(ca), cb.lemmas | _names_of(cb)
    return any(
        x != y
        and y not in _syn(x)
        and ((x in in_b and y in in_a) or (one_way and (_opponent(ca, y) or _opponent(cb, x))))
        for x in sa
        for y in sb
    )


def _opponent(c: Claim, name: str) -> bool:
    """``name`` is told as the one beaten or played against ("beat Sweden", "lost to Canada")."""
    return bool(
        re.search(rf"\b(?:beat|beats|beating|defeat\w*|against|over|(?:lost|lose|loses|losing) to)\s+(?:the\s+)?"
                  rf"{re.escape(name)}\b", c.sentence.text, re.I)
    )  # fmt: skip


def _outcome_complements(ca: Claim, va: str, cb: Claim, vb: str, rel: str = "of") -> tuple[str, str] | None:
    """The opposite verbs' "of" nouns (or complements of ``rel``), when they differ and neither sentence
    names the other's ("acquitted of murder" / "convicted of manslaughter"). Objects only for what was won
    and lost ("lost their key ally" / "is winning territory"): elsewhere they are often two words for one
    thing ("includes a clause" / "omits any provision")."""
    a = {n for v, r, n in ca.complements if v == va and r == rel}
    b = {n for v, r, n in cb.complements if v == vb and r == rel}
    if a and b and not _overlap(a, b | cb.lemmas) and not _overlap(b, ca.lemmas):
        return sorted(a)[0], sorted(b)[0]
    return None


# Bodies that act as one: "the Senate rejected" / "the National Assembly approved" are two votes.
_BODIES = {"senate", "house", "assembly", "chamber", "parliament", "congress", "committee", "council", "court",
           "board", "cabinet", "commission", "jury", "panel", "tribunal", "legislature"}  # fmt: skip


def _doers(c: Claim, verb: str) -> set[str]:
    """The named, body or office-holder subjects of ``verb`` (of the main verbs when ``verb`` has none)."""

    def doer(s: str) -> bool:
        return s in _names_of(c) or s in _BODIES or s in ROLE_WORDS

    found = {s for v, s in c.subjects if v == verb and doer(s)}
    return found or {s for v, s in c.subjects if v in c.main_verbs and doer(s)}


def _different_doers(ca: Claim, va: str, cb: Claim, vb: str) -> tuple[str, str] | None:
    """The opposite verbs' subjects are two different names, bodies or office-holders neither sentence
    shares ("the Senate rejected" / "the National Assembly approved", "the president skipped the summit" /
    "the foreign minister took part")."""
    sa, sb = _doers(ca, va), _doers(cb, vb)
    names_a, names_b = _names_of(ca), _names_of(cb)

    def apart(x: str, y: str) -> bool:
        if x in _BODIES and y in _BODIES:
            return x != y
        if x in ROLE_WORDS and y in ROLE_WORDS:
            return _role_conflict(x, y)  # "president" / "minister", not "head" / "chief"
        return x in names_a and y in names_b and gazetteer.related(x, y) is not True  # not Finland / Helsinki

    if (
        sa
        and sb
        and all(apart(x, y) for x in sa for y in sb)
        and not sa & (names_b | cb.lemmas)
        and not sb & (names_a | ca.lemmas)
    ):
        return sorted(sa)[0], sorted(sb)[0]
    return None


# States that an event ends, as OUTCOMES names them: being at large ends with an arrest.
PERSISTING = {"at large", "on the run", "still burning", "out of control", "rage", "stuck", "aground", "in custody",
              "behind bars", "still missing", "search continues", "still running", "remain open", "remain closed",
              "remain in force", "still at sea", "strike goes on"}  # fmt: skip


_MAY = re.compile(r"\b(?:could|may|might)\s+(?:\w+\s+){0,2}$")  # (lower case: not the month)


def _possible(c: Claim, word: str) -> bool:
    """``word`` is only said to be possible: "could begin cutting rates", "may soon reopen"."""
    text = c.sentence.text
    return any(
        _MAY.search(text[max(0, m.start() - 30) : m.start()])
        for m in re.finditer(rf"\b{re.escape(word[:4])}\w*", text, re.I)
    )


def _opposites_apart(ca: Claim, va: str, cb: Claim, vb: str) -> str:
    """Why two opposite verbs may both be right: said of different things ("acquitted of murder" /
    "convicted of manslaughter") or by different doers ("the Senate approved" / "the House rejected")."""
    if things := _outcome_complements(ca, va, cb, vb):
        return f" But one speaks of ‘{things[0]}’, the other of ‘{things[1]}’, which may be different things."
    if _possible(ca, va) or _possible(cb, vb):  # "left rates unchanged" / "could begin cutting rates"
        return " But one of them only says it may happen, which does not deny the other."
    if doers := _different_doers(ca, va, cb, vb):
        return f" But the doers differ ({doers[0]} / {doers[1]}), so both may be right."
    days = [{d.resolved for d in c.dates if d.resolved and not _statement_date(d)} for c in (ca, cb)]
    # "arrested on Tuesday night" / "remained at large on Wednesday": a state said to last after the
    # event that ended it is no other day's news, it is a contradiction
    ended = any(
        word in PERSISTING and state and event and max(event) < min(state)
        for word, state, event in ((va, days[0], days[1]), (vb, days[1], days[0]))
    )
    if days[0] and days[1] and not days[0] & days[1] and not ended:
        told = " / ".join(min(x).strftime("%A %d %B") for x in days)
        return f" But they speak of different days ({told}), so both may hold, each on its day."
    if {va, vb} <= {"win", "lose"} and (won := _outcome_complements(ca, va, cb, vb, "obj")):
        return f" But one speaks of ‘{won[0]}’, the other of ‘{won[1]}’, which may be different things."
    if "draw" in (va, vb) and any(_SHOOTOUT.search(c.sentence.text) for c in (ca, cb)):
        return " But a match drawn after extra time is won on penalties, so both may be right."
    if {va, vb} == {"set a record", "short of the record"}:
        scopes = [set(_RECORD_SCOPE.findall(c.sentence.text.lower())) for c in (ca, cb)]
        if scopes[0] and scopes[1] and not scopes[0] & scopes[1]:
            return f" But they speak of different records ({' / '.join(sorted(scopes[0] | scopes[1]))}), so both may be right."
    if {va, vb} == {"open", "close"} and all(_SESSION.search(c.sentence.text) for c in (ca, cb)):
        return " But these are the open and the close of a trading session, which can move apart."
    if va in MOVES and vb in MOVES:
        against = [
            {w.lower() for m in _MEASURED_AGAINST.findall(c.sentence.text) for w in m.split()}
            for c in (ca, cb)
        ]
        if against[0] and against[1] and not against[0] & against[1]:
            return " But they are measured against different things, so both may be right."
    if va in MOVES and vb in MOVES and (movers := _different_movers(ca, va, cb, vb)):
        return f" But what moved differs (‘{movers[0]}’ / ‘{movers[1]}’), so both may be right."
    spans = _time_spans(ca.sentence.text), _time_spans(cb.sentence.text)
    if va in MOVES and vb in MOVES and spans[0] != spans[1] and spans[0] | spans[1]:
        told = " / ".join(sorted(spans[0] | spans[1]))
        return (
            f" But they may cover different spans of time ({told}): a move over one can reverse over another."
        )
    return ""


_RECORD_SCOPE = re.compile(
    r"\b(world|national|olympic|continental|european|african|asian|american|oceanian|commonwealth|championship|"
    r"meeting|meet|course|track|personal|season's|club|area|british|[a-z]+ian|[a-z]+ese|[a-z]+ish)\s+record\b"
)
_SHOOTOUT = re.compile(r"\b(?:on penalties|(?:penalty )?shoot-?out|on spot[- ]kicks|on pens)\b", re.I)
_THE = {"that", "this", "these", "those", "their", "with", "from"}


def _different_movers(ca: Claim, va: str, cb: Claim, vb: str) -> tuple[str, str] | None:
    """The subjects of two opposite moves share no word and neither is named in the other sentence ("the
    population of Latvia fell" / "the number of households in Latvia rose")."""

    def words(c: Claim, verb: str) -> set[str]:
        names = {w[:5] for w in _names_of(c)}
        return next((_word_stems(a.who.text) - names - _THE for a in c.agents if a.verb == verb), set())

    def said(c: Claim) -> set[str]:
        return {w[:5] for w in c.lemmas | c.verbs}

    wa, wb = words(ca, va), words(cb, vb)
    if not wa or not wb or _stem_syn(wa) & _stem_syn(wb) or wa & said(cb) or wb & said(ca):
        return None
    who = [next(a.who.text for a in c.agents if a.verb == v) for c, v in ((ca, va), (cb, vb))]
    return who[0], who[1]


# Verbs of a figure's movement, and the spans of time a move is told over ("opened higher" / "closed lower",
# "fell on Monday" / "rose over the week").
MOVES = {"rise", "fall", "climb", "drop", "gain", "lose", "slide", "slip", "jump", "surge", "plunge", "tumble",
         "rally", "decline", "increase", "decrease", "strengthen", "weaken", "grow", "shrink", "up", "down",
         "higher", "lower", "advance", "retreat", "soar", "sink", "lift"}  # fmt: skip
# What a move is measured against: "fell against the dollar" / "rose against the Swiss franc".
_MEASURED_AGAINST = re.compile(
    r"\bagainst (?:the |a |an )?([\w ]{2,30}?)(?= and\b|,|\.| on\b| in\b| after\b| despite\b| as\b|$)"
)
_TIME_SPANS = (
    (
        "the open",
        re.compile(r"\b(?:early trading|at the open|opened (?:higher|lower|up|down)|in early deals)\b", re.I),
    ),
    (
        "the close",
        re.compile(r"\b(?:closed|at the close|by the close|ended the (?:day|session)|closing)\b", re.I),
    ),
    ("the week", re.compile(r"\b(?:over|for|on|during) the (?:week|past week)\b", re.I)),
    ("the month", re.compile(r"\b(?:over|for|in|during) the month\b", re.I)),
    ("the quarter", re.compile(r"\b(?:over|for|in|during) the (?:quarter|three months)\b", re.I)),
    ("the year", re.compile(r"\b(?:over|for|in|during) the year\b", re.I)),
)


# "opened higher", "closed down 2 percent": a market's session, not a venue opening or closing.
_SESSION = re.compile(
    r"\b(?:open|opens|opened|close|closes|closed) (?:sharply |slightly |marginally )?"
    r"(?:higher|lower|up|down|flat|unchanged|firmer|weaker|stronger|at \d)",
    re.I,
)


def _time_spans(text: str) -> set[str]:
    return {name for name, pattern in _TIME_SPANS if pattern.search(text)}


def _in_question(c: Claim, word: str) -> bool:
    """The word stands only in an open question ("will decide later this week when services can resume",
    "it is unclear whether the talks will go ahead"): it is asked about, not asserted."""
    stem = re.escape(word[:5] if len(word) > 5 else word)
    text = c.sentence.text
    asked = re.search(
        rf"\b(?:decid|determin|consider|assess|review|weigh|unclear|not clear|unknown|ask|wonder)\w*(?:\W+\w+){{0,5}}?"
        rf"\W+(?:when|whether|if)\b(?:\W+\w+){{0,6}}?\W+{stem}",
        text,
        re.I,
    )
    return bool(asked) and len(re.findall(rf"\b{stem}", text, re.I)) == 1


def _ends_later(ca: Claim, va: str, cb: Claim, vb: str, flip: bool) -> bool:
    """The event that ends a state is still to come in one sentence ("is due to reopen"), and the other
    reports the state's start as done ("shut its doors in March"): the state holds until then."""
    (ending, end_word), (state, state_word) = ((cb, vb), (ca, va)) if flip else ((ca, va), (cb, vb))
    to_come = any(e.state != "done" and _same_event(e.verb, end_word) for e in ending.events)
    begun = any(e.state == "done" and _same_event(e.verb, state_word) for e in state.events)
    return to_come and begun


def _companion(x: Claim, y: Claim) -> str:
    """``y`` speaks of someone close to the one ``x`` is about ("the singer escaped unhurt" / "the singer's
    driver was taken to hospital"): the two outcomes may be two people's. Returned as a caveat, else ''."""
    for _, subject in x.subjects:
        m = re.search(
            rf"\b{re.escape(subject)}(?:'s|’s)\s+(?:[a-z-]+\s+)?({_KIN}|{_ENTOURAGE})\b", y.sentence.text
        )
        if subject and m:
            return f" One of them speaks of the {subject}'s {m.group(1)}, who may be someone else."
    return ""


_ENTOURAGE = r"driver|bodyguards?|guards?|aides?|assistant|pilot|passengers?|staff|secretary|chauffeur|escort"


def _before_then(text: str, word: str) -> bool:
    """``word`` is told as what came first, in an "after" or "since" clause ("six days after it ran aground"):
    for a state, one that may since have ended."""
    return bool(re.search(rf"\b(?:after|since)\b[^,.;]{{0,40}}\b{re.escape(word[:5])}", text, re.I))


def _cmp_outcomes(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """Opposite outcomes in two closely aligned sentences ("tested positive" / "a negative result")."""
    sequence = _cmp_sequence(ca, cb, sim, ctx, internal)
    if sequence:
        return sequence
    wa, wb = ctx.outcome_words(ca), ctx.outcome_words(cb)
    for pos_words, neg_words, kind in OUTCOMES:
        for x, y, flip in ((wa, wb, False), (wb, wa, True)):
            (xp, xn), (yp, yn) = _sides(x, pos_words, neg_words), _sides(y, pos_words, neg_words)
            hx, hy = xp - yp, yn - xn
            if not hx or not hy or xn or yp:
                continue
            va, vb = sorted(hx)[0], sorted(hy)[0]
            # a denied phrase is told as such: "would not stand again" is "not run again"
            ta = f"not {va}" if "¬" + va in x and va not in x else va
            tb = f"not {vb}" if "¬" + vb in y and vb not in y else vb
            if flip:
                va, vb, ta, tb = vb, va, tb, ta
            if _two_sides(ca, va, cb, vb) or _in_question(ca, va) or _in_question(cb, vb):
                continue
            if _defeated_other(ca, va, cb, vb, pos_words):
                continue
            if kind == "status" and _ends_later(ca, va, cb, vb, flip):
                continue  # "is due to reopen in 2027" / "shut its doors in March": shut until then
            if any(w in PERSISTING and _before_then(c.sentence.text, w) for c, w in ((ca, va), (cb, vb))):
                continue  # "was dislodged six days after it ran aground" / "was refloated": aground before
            negative_side, other_side = (cb, ca) if not flip else (ca, cb)
            apart = (
                None if internal or not _earlier(negative_side, other_side) else _published_apart(ca, cb, ctx)
            )
            severity: Severity = "medium" if not internal and not apart else "low"
            forecast = ""
            if {ca.status, cb.status} <= {"expected", "hedged"} and (
                "hedged" in (ca.status, cb.status) or (ca.lemmas | cb.lemmas) & FORECASTING
            ):
                severity = "low"  # "expects it to reopen by May" / "fear it could remain shut": two forecasts
                forecast = " Both are forecasts, which may differ without either being wrong."
            part = next(
                (p for p in (_PART.search(ca.sentence.text), _PART.search(cb.sentence.text)) if p), None
            )
            scopes = _scopes_apart(ca, cb)
            others = _another_person(ca.sentence.text) ^ _another_person(cb.sentence.text)
            caveat = _opposites_apart(ca, va, cb, vb) or _companion(ca, cb) or _companion(cb, ca)
            if caveat:
                severity = "low"
                forecast += caveat
            elif scopes:
                severity = "low"  # "domestic flights resumed" / "international flights remain suspended"
                forecast += f" One speaks of ‘{scopes[0]}’, the other of ‘{scopes[1]}’, so both may hold."
            elif part:
                severity = "low"  # "most schools were closed" / "schools in the centre remained open"
                forecast += f" One of them speaks only of ‘{part.group(0).strip()}’, so both may hold for different parts."
            elif others:
                severity = "low"  # "one suspect arrested" / "a second man remains at large"
                forecast += f" One of them speaks of ‘{sorted(others)[0]}’ one, so they may be about different things."
            na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
            return [
                Candidate(
                    kind,
                    f"ant:{'/'.join(sorted((ta, tb)))}",
                    f"{ta} or {tb}",
                    severity,
                    _score(severity, sim),
                    f"{na} says ‘{ta}’ where {nb} says ‘{tb}’ about what reads as the same event; the two "
                    "are opposites, so check which is right." + (f" {apart}" if apart else "") + forecast,
                    Statement.of(ca.sentence, ta),
                    Statement.of(cb.sentence, tb),
                    internal,
                )
            ]
    return []


# -------------------------------------------------------------------------------------------- status


def _names_of(claim: Claim) -> set[str]:
    """Lemmas of the names a sentence mentions (shared by every sentence of a one-topic corpus)."""
    return {w for m in (*claim.people, *claim.places, *claim.orgs) for w in m.text.lower().split()}


def _stems(claim: Claim) -> set[str]:
    return {w[:6] for w in claim.lemmas | claim.verbs if len(w) >= 4}


def _name_stems(claim: Claim) -> set[str]:
    """Stems of the words of the names a sentence holds ("Qatar Investment Authority": no investing)."""
    return {w[:6] for w in _names_of(claim) if len(w) >= 4}


# "still needs the Senate's approval" leaves only a completed whole in doubt, not an earlier step.
REQUIRES = set(STILL_REQUIRED)
COMPLETING = {"complete", "finalise", "finalize", "close", "conclude", "seal", "finish", "wrap"}
# Pending cues of an effort under way ("salvage teams were working to prevent a spill"): not the open state
# of what the other sentence reports done.
EFFORTS = {"working to", "fighting", "contesting", "challenging"}  # not "still trying to free": not yet done
# A projected measure is no event ("estimated that rebuilding would cost $40 billion").
MEASURING = {"cost", "total", "amount", "number", "weigh", "measure", "exceed", "last"}
# Open states of an inquiry into the event or of reporting on it ("the cause is still under investigation",
# "the ministry had yet to give a figure"): they leave the event itself done.
INQUIRY = (
    "investigat",
    "determin",
    "establish",
    "give",
    "publish",
    "lead",
    "proceed",
    "cause",
    "inquir",
    "probe",
)
# Pending or called-off states that are themselves deeds: a sentence that reports one of these done says the
# same as the cue ("was postponed" / "put off the referendum", "awaiting clearance" / "waited three days",
# "refused to sign" / "declining to sign", "flights were halted" / "forced the suspension of flights").
_RESTATED = (
    re.compile(r"\b(?:delay|postpone|defer|shelv|reschedul|put (?:off|back)|push(?:ed|es|ing)? back|held up|hold up|"
               r"holding up|put it (?:off|back)|pushed it back)\w*", re.I),
    re.compile(r"\b(?:await|wait)\w*", re.I),
    re.compile(r"\b(?:refus|declin)\w*", re.I),
    re.compile(r"\b(?:halt|suspen[ds]|stopp|stops?\b|stopped)\w*", re.I),
    re.compile(r"\b(?:cancel|scrap|shelv|call(?:ed|s|ing)? off|scrub)\w*", re.I),
    re.compile(r"\b(?:quash|overturn|overrul|annul|set(?:s|ting)? aside|revers|str(?:uck|ike|ikes|iking) down)\w*",
               re.I),  # "quashed her conviction" / "acquitted her, overturning a 2021 conviction"
)  # fmt: skip


def _restated(done: Claim, cue: str) -> bool:
    """The sentence reported done says, in other words, what the other's pending or called-off cue says."""
    return any(p.search(cue) and p.search(done.sentence.text) for p in _RESTATED)


def _done_there_too(stem: str, form: str, other: Claim) -> bool:
    """The other sentence reports the done verb done as well: a past form of its stem ("Kuwait will allow
    ... under new rules approved by the cabinet") or the very form ("the fire that gutted the warehouse")."""
    text, form = other.sentence.text.lower(), form.lower()
    return bool(
        (len(stem) >= 4 and re.search(rf"\b{re.escape(stem)}\w*ed\b", text))
        or (form.endswith(("ed", "en")) and re.search(rf"\b{re.escape(form)}\b", text))
    )


def _apart(done: Claim, ed: Event, other: Claim, eo: Event) -> bool:
    """The done event and the other's open state are not one event's two states, or say the same."""
    return (
        _restated(done, eo.cue)
        or _intended(done, eo.verb)
        or _awaits_another(done, ed, other, eo)
        or _partial(done) != _partial(other)
        or _stage_ended(done, ed, eo)
        or _other_deed(ed, eo, other)
    )


# A part of the whole done ("the first section of the tram line opened") leaves the rest to come.
_PARTIAL = re.compile(
    r"\b(?:first|second|third|one|initial|opening)\s+(?:section|phase|stage|part|leg|stretch|segment|tranche|"
    r"portion|batch)\b",
    re.I,
)


def _partial(c: Claim) -> bool:
    """The sentence's event is a part of a whole ("the first section opened"); a part a thing is in or on
    ("an anomaly in a sensor on the first stage") is no part of the event."""
    text = c.sentence.text
    return any(
        not re.search(r"\b(?:in|on|at|of) the\s+$", text[: m.start()], re.I) for m in _PARTIAL.finditer(text)
    )


ENDING = {"end", "conclude", "finish", "close", "wrap"}


def _stage_ended(done: Claim, ed: Event, eo: Event) -> bool:
    """ "The trial has ended" / "awaiting sentencing": an earlier step of a process ended, a later one open."""
    return ed.verb in ENDING and any(_later_stage(w, eo.verb) for w in _stems(done))


def _awaits_another(done: Claim, ed: Event, other: Claim, eo: Event) -> bool:
    """ "Passed the lower house" / "now awaits a vote in the Senate": what is awaited is the act of a body
    the done sentence does not name, so it is the next step, not the same event (unless the done event
    completes the whole: "completed its merger" / "still awaits approval from EU regulators")."""
    if "await" not in eo.cue or ed.verb in COMPLETING | {"become"}:
        return False
    at = other.sentence.text.lower().find(eo.cue.lower())
    named = (*done.orgs, *done.places, *done.people)
    return at >= 0 and any(m.start > at and not any(_same_entity(m, n) for n in named) for m in other.orgs)


def _intended(done: Claim, verb: str) -> bool:
    """The done event is an intention of the other's pending one ("agreed to lift the restrictions" /
    "restrictions would be lifted"): the pending event is still to come in both."""
    return len(verb) >= 4 and bool(
        re.search(rf"\bto (?:\w+ )?{re.escape(verb[:4])}", done.sentence.text.lower())
    )


NOT_DONE = {"expected", "pending", "cancelled", "hedged"}
STATE_WORDS = {"expected": "expected or planned", "pending": "still pending", "cancelled": "called off or blocked",
               "hedged": "speculative"}  # fmt: skip


LIGHT_VERBS = {"be", "have", "take", "make", "come", "go", "get", "set", "put", "give", "do", "keep"}
DECIDE = {"vote", "decide", "rule", "consider", "deliberate", "weigh"}
DECIDED = {"approve", "reject", "pass", "adopt", "ratify", "endorse", "veto", "sack", "dismiss", "fire", "acquit",
           "convict"}  # fmt: skip
SEEK = {"search", "hunt", "look", "seek", "comb", "scour"}
FOUND = {
    "find",
    "locate",
    "arrest",
    "detain",
    "capture",
    "apprehend",
    "recover",
    "rescue",
    "catch",
    "identify",
}


# Verbs that report something not done: "declined to suspend the law" did not suspend it.
REFUSING = {"decline", "refuse"}


def _same_event(a: str, b: str) -> bool:
    """Two event lemmas that name one event: one stem ("extradite" / "extradition"), synonyms, a
    search and what ends it ("still searching for the suspect" / "arrested the suspect"), or a decision
    and its outcome ("due to vote on the plan" / "approved the plan")."""
    if not a or not b or a in LIGHT_VERBS or b in LIGHT_VERBS:
        return False
    return (
        a[:6] == b[:6]
        or b in _syn(a)
        or any((a in x and b in y) or (a in y and b in x) for x, y in ((SEEK, FOUND), (DECIDE, DECIDED)))
    )


def _same_agent(a: Event, b: Event) -> bool:
    """Unless two named subjects differ ("the Senate has passed" / "the House is expected to vote")."""
    return not (a.agent and b.agent and a.agent != b.agent)


def _main_event(c: Claim) -> Event:
    """The sentence's main event (its ``status``) as listed in its events, where it carries its subject."""
    main = Event(c.status, c.status_cue, c.status_verb)
    return next((e for e in c.events if (e.state, e.verb) == (main.state, main.verb)), main)


def _said_only(ed: Event, done: Claim) -> bool:
    """The done event is only a statement ("echoed his foreign minister" / "sanctions would remain in place"),
    or what a document or its figures show ("a Reuters poll showed" / "economists expect a cut")."""
    if ed.verb in SPEECH_VERBS | {"echo"}:
        return True
    return ed.verb in _SHOWING and any(v == ed.verb and s in _EVIDENCE for v, s in done.subjects)


_SHOWING = {"show", "suggest", "indicate", "reveal"}
_EVIDENCE = DOCUMENT_NOUNS | {
    "data",
    "figure",
    "statistic",
    "number",
    "result",
    "research",
    "analysis",
    "record",
}


# What a source takes back when it withdraws "the claim": a statement, not the event it was about.
_RETRACTABLE = {
    "claim",
    "allegation",
    "accusation",
    "statement",
    "remark",
    "comment",
    "assertion",
    "report",
}


def _status_pair(
    ca: Claim, cb: Claim, sim: float, internal: bool
) -> tuple[Claim, Event, Claim, Event] | None:
    """The done event of one sentence and the not-done state of the same event in the other.

    The main events are compared first, with looser evidence of sameness in closely aligned sentences;
    then every other event either sentence reports, which must name the same event."""
    main_a, main_b = _main_event(ca), _main_event(cb)
    if {ca.status, cb.status} & {"done"} == {"done"} and {ca.status, cb.status} & NOT_DONE:
        done, other = (ca, cb) if ca.status == "done" else (cb, ca)
        ed, eo = (main_a, main_b) if done is ca else (main_b, main_a)
        stem_d, stem_o = ed.verb[:6], eo.verb[:6]
        words_d, words_o = _stems(done) - _name_stems(done), _stems(other) - _name_stems(other)
        # An open inquiry into the event or report on it leaves it done ("still under investigation"); a
        # projected measure is no event ("estimated that rebuilding would cost $40 billion").
        inquiry = eo.verb.startswith(INQUIRY) or eo.verb in MEASURING
        same = (_same_event(ed.verb, eo.verb) and _same_agent(ed, eo)) or (
            not internal
            and not inquiry
            and sim >= 0.55
            and ((bool(stem_d) and stem_d in words_o) or (bool(stem_o) and stem_o in words_d))
        )
        if (
            not same
            and not internal
            and sim >= 0.6
            and eo.state == "pending"
            and eo.cue not in EFFORTS
            and not inquiry
        ):
            # "The two airlines completed their merger" / "The merger ... remains subject to approval":
            # an explicit still-open or called-off state in a closely aligned sentence about the same things
            # (but a refusal done is no event done: "declined to suspend the reform" / "not yet decided").
            same = (
                ed.verb not in REFUSING
                and len(_overlap(done.lemmas, other.lemmas) - _names_of(done) - _names_of(other)) >= 2
            )
        if (
            not same
            and not internal
            and sim >= 0.45
            and eo.state == "pending"
            and _awaited_object(done, ed, other)
        ):
            same = True  # "completed their merger" / "the planned merger still awaits clearance"
        if eo.cue.lower() in REQUIRES and ed.verb not in COMPLETING:
            same = False  # "approved by the lower house" / "still needs the Senate's approval": a next step
        if _said_only(ed, done):
            same = False  # a statement made is no deed done against the state it reports
        if any(e.state == eo.state and _same_event(e.verb, eo.verb) for e in done.events):
            same = False  # "... will miss the final, the federation said; the coach declined to discuss it"
        if _done_there_too(stem_d, ed.cue, other) or any(
            e.state == "done" and _same_event(ed.verb, e.verb) for e in other.events
        ):
            same = False  # "released on bail" / "freed her on bail, ending weeks in custody awaiting trial"
        if _apart(done, ed, other, eo) or _denied(other, eo):
            same = False
        if eo.state == "cancelled" and eo.verb in _RETRACTABLE:
            same = False  # "has since withdrawn the claim": a statement taken back, not the event called off
        if same:
            return done, ed, other, eo
    if internal or sim < 0.5:
        return None
    for x, y in ((ca, cb), (cb, ca)):
        for ed in x.events:
            if ed.state != "done" or ed.verb in LIGHT_VERBS or _earlier_step(x, ed):
                continue
            pending = [e for e in y.events if e.state in NOT_DONE and _same_event(ed.verb, e.verb)]
            pending = [
                e for e in pending if _same_agent(ed, e) and not _apart(x, ed, y, e) and not _denied(y, e)
            ]
            if pending and not any(e.state == "done" and _same_event(ed.verb, e.verb) for e in y.events):
                return x, ed, y, pending[0]
    return None


def _other_deed(ed: Event, eo: Event, other: Claim) -> bool:
    """A start done leaves open a later deed the other sentence names as a verb ("work has started on the
    bridge" / "the bridge is due to open in 2029"): a shared topic does not make them one event."""
    verb = eo.verb
    return ed.verb in ONSET and bool(verb) and verb in other.verbs and verb not in LIGHT_VERBS | ONSET


def _awaited_object(done: Claim, ed: Event, other: Claim) -> bool:
    """What the done verb was done to is the subject of the other's "still awaits" ("completed their merger"
    / "the planned merger still awaits clearance")."""
    objects = {n for v, r, n in done.complements if v == ed.verb and r == "obj"} - {"it", "deal"}
    waiting = {s for v, s in other.subjects if v in ("await", "remain", "need", "require")}
    return bool(objects and _overlap(objects, waiting))


def _denied(c: Claim, e: Event) -> bool:
    """The open event is itself negated ("will not resume operation until next year"): it is not planned,
    and a denial is polarity's business."""
    return e.state == "expected" and any(n.predicate == e.verb and not n.yet for n in c.negations)


def _earlier_step(c: Claim, e: Event) -> bool:
    """A done event told as what came before the sentence's own ("will hold its final vote on Thursday
    ... after committees approved a revised text"): a step already behind, not the other's open event."""
    pattern = rf"\b(?:after|since|once)\s+(?:[\w'-]+\s+){{0,4}}{re.escape(e.cue)}\b"
    return e is not c.events[0] and bool(re.search(pattern, c.sentence.text, re.I))


STOPPING = {"halt", "stop", "suspend", "cancel", "ground", "close", "shut", "scrap", "postpone", "abandon", "axe",
            "drop", "end", "terminate", "call", "pause", "freeze", "block", "ban", "bar", "annul", "quash",
            "overturn", "revoke", "repeal", "invalidate", "void", "rescind", "nullify"}  # fmt: skip
ONGOING = {"under way", "underway", "ongoing", "in progress", "continuing", "continue"}
# Steps that follow one another: a treaty signed and still awaiting ratification is no contradiction.
STAGE_SEQUENCES = (
    ("negotiate", "agree", "sign", "ratify", "implement"),
    ("arrest", "charge", "indict", "trial", "try", "convict", "sentence"),
    ("nominate", "confirm", "swear"),
    ("announce", "open", "complete"),
    ("close", "shut", "renovate", "reopen"),  # "closed in January" / "is due to reopen in 2026"
    ("announce", "agree", "clear", "complete"),  # a takeover: agreed, cleared by regulators, completed
    # a law passed and not yet in force: "has not yet taken effect", "awaits royal assent"
    (
        "propose",
        "introduce",
        "debate",
        "pass",
        "approve",
        "adopt",
        "sign",
        "enact",
        "take",
        "enter",
        "implement",
        "enforce",
    ),
)
_FURTHER = "second|another|other|remaining|third|fourth|further|additional|fellow"
# (not a rank: "the country's second-largest retailer" is no second one of anything)
# (nor "further damage", "further details": more of something, not another one of the event's things)
_ANOTHER = re.compile(
    rf"\b({_FURTHER})\b(?![-\s]+(?:\w+est|most|damage|details?|information|notice|delays?|action|comment|"
    r"questions?|evidence|support|help|clarity|guidance|measures|steps|escalation|violence|disruption|data|"
    r"documents?|documentation|tests?|testing|stud(?:y|ies)|analysis|safety|time|checks?|scrutiny|funding)\b)"
    # (nor one word before such a noun: "additional trial data")
    r"(?![-\s]+[\w-]+\s+(?:data|documents?|documentation|tests?|testing|stud(?:y|ies)|analysis|checks?|information|"
    r"details?|evidence|funding)\b)",
    re.I,
)


def _called_off_or_pending(ca: Claim, cb: Claim, sim: float, ctx: _Context) -> list[Candidate]:
    """One account has the event called off or blocked ("called off altogether", "vetoed"), the other still
    open ("postponed to September", "awaits the governor's signature")."""
    shared = _common_words(ca, cb) - set(WEEKDAYS)
    if len(shared) + min(len(_names_of(ca) & _names_of(cb)), 1) < (3 if sim < 0.75 else 2):
        return []  # (a shared name counts once: "at the Philippine Arena"; two close accounts need less)
    off, open_ = (ca, cb) if ca.status == "cancelled" else (cb, ca)
    eo, ep = _main_event(off), _main_event(open_)
    if ep.cue.lower() in ONGOING or ep.cue.lower().startswith("continu"):
        return []  # "suspended" / "would continue operating": opposite outcomes, which polarity compares
    if _overlap({ep.verb}, {"resume", "reopen"}):
        return []  # "remains halted" / "has yet to restart": a restart still to come is the halt going on
    no, np_ = ctx.name(off.sentence.source), ctx.name(open_.sentence.source)
    severity: Severity = "medium"
    if off.published and open_.published and off.published > open_.published:
        severity = "low"  # called off after the other was written
    so = Statement.of(off.sentence, eo.cue, {"status": "cancelled"})
    sp = Statement.of(open_.sentence, ep.cue, {"status": "pending"})
    a, b = (so, sp) if off is ca else (sp, so)
    why = (
        f"{no} says it was called off or blocked (‘{eo.cue}’); {np_} that it is still open (‘{ep.cue}’)."
        + (
            " The first was published later, so it may report what happened since."
            if severity == "low"
            else ""
        )
    )
    return [
        Candidate(
            "status", f"s:{eo.verb}", "called off or still open", severity, _score(severity, sim), why, a, b
        )
    ]


def _stages_apart(a: str, b: str) -> bool:
    """Two different steps of one process ("charged" / "convicted", "cleared" / "completed")."""
    return any(
        a[:5] in stems and b[:5] in stems and a[:5] != b[:5]
        for stems in ([w[:5] for w in seq] for seq in STAGE_SEQUENCES)
    )


def _later_stage(done: str, pending: str) -> bool:
    """Whether the pending event is a later step than the done one ("signed" / "awaiting ratification")."""
    for seq in STAGE_SEQUENCES:
        stems = [w[:5] for w in seq]
        if done[:5] in stems and pending[:5] in stems:
            return stems.index(pending[:5]) > stems.index(done[:5])
    return False


_ANOTHER_PERSON = re.compile(
    rf"\b({_FURTHER})\s+(?:\w+\s+)?"
    r"(?:man|woman|men|women|suspects?|person|people|victims?|hostages?|prisoners?|workers?|climbers?|"
    r"members?|child|children|boy|girl|drivers?|passengers?|patients?|soldiers?|sailors?|miners?)\b",
    re.I,
)


def _another_person(text: str) -> set[str]:
    """ "A second man", "two other hostages": someone besides the one the other sentence speaks of."""
    return {m.lower() for m in _ANOTHER_PERSON.findall(text)}


# "each side blaming the other", "accused each other", "on the other hand": no further one of anything
_RECIPROCAL = re.compile(
    r"\b(?:each|one)\s+(?:\w+\s+)?(?:other|another)\b|\beach\b[^.;]{0,40}?\bthe other\b|\bon the other hand\b",
    re.I,
)


def _another(text: str) -> set[str]:
    """Words that point at a further one of something ("a second suspect", "the remaining hostages")."""
    return {m.lower() for m in _ANOTHER.findall(_RECIPROCAL.sub(" ", text))}


# Verbs that make something else happen: "a failure forced the airline to ground flights" grounded them.
CAUSING = {"force", "cause", "lead", "prompt", "compel", "oblige", "make"}


def _cmp_status(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """Done vs not done: one source reports an event as having happened, the other as planned,
    still pending, called off, or only speculated."""
    found = _status_pair(ca, cb, sim, internal)
    if found is None and {ca.status, cb.status} == {"cancelled", "pending"} and not internal and sim >= 0.6:
        return _called_off_or_pending(ca, cb, sim, ctx)
    if found is None or _later_stage(found[1].verb, found[3].verb):
        return []
    done, ed, other, eo = found
    if eo.cue in ONGOING and ed.verb in _syn("begin"):
        return []  # "the harvest began" / "the harvest is under way": started and ongoing agree
    if eo.state == "cancelled" and (ed.verb in STOPPING or (ed.verb in CAUSING and done.verbs & STOPPING)):
        return []  # "halted departures" / "flights were suspended": a stop, reported done, agrees with a stop
    nd, no = ctx.name(done.sentence.source), ctx.name(other.sentence.source)
    others = _another(done.sentence.text) ^ _another(other.sentence.text)
    verb = ed.verb or eo.verb
    state = STATE_WORDS[eo.state]
    severity: Severity
    if internal:
        severity = "low"
        why = (
            f"{nd} reports ‘{verb}’ as done in one place and as {state} (‘{eo.cue}’) in another; "
            "the text was probably written at different times."
        )
    elif others:
        severity = "low"
        why = (
            f"{nd} reports ‘{verb}’ as done; {no} calls it {state} (‘{eo.cue}’), but one of them speaks of "
            f"‘{sorted(others)[0]}’ one, so they may be about different people or things."
        )
    elif scopes := _scopes_apart(done, other):
        severity = "low"
        why = (
            f"{nd} reports ‘{verb}’ as done; {no} calls it {state} (‘{eo.cue}’), but one speaks of ‘{scopes[0]}’, "
            f"the other of ‘{scopes[1]}’, so both may hold."
        )
    elif eo.state == "hedged":
        severity = "low"
        why = f"{no} is speculative (‘{eo.cue}’) where {nd} reports it as done: speculation vs report."
    elif done.published and other.published and other.published < done.published and eo.state != "cancelled":
        severity = "low"
        why = (
            f"{no} (published {other.published}) calls ‘{verb}’ {state} (‘{eo.cue}’); {nd} "
            f"(published {done.published}) reports it done. The difference is one of publication time."
        )
    elif done.published and other.published:
        severity = "high" if sim >= 0.6 and other.published == done.published else "medium"
        why = (
            f"{nd} (published {done.published}) reports ‘{verb}’ as done, but {no} (published {other.published}), "
            f"written the same day or later, calls it {state} (‘{eo.cue}’)."
        )
    elif eo.state == "cancelled":
        severity = "medium"
        why = f"{nd} reports ‘{verb}’ as done; {no} calls it {state} (‘{eo.cue}’)."
    else:
        severity = "low"
        why = (
            f"{nd} reports ‘{verb}’ as done; {no} as {state} (‘{eo.cue}’). Without publication dates "
            "this may only mean they were written at different times."
        )
    sd = Statement.of(done.sentence, ed.cue, {"status": "done"})
    so = Statement.of(other.sentence, eo.cue, {"status": eo.state})
    a, b = (sd, so) if done is ca else (so, sd)
    return [
        Candidate(
            "status",
            f"s:{verb}",
            f"{verb}: done or not",
            severity,
            _score(severity, sim),
            why,
            a,
            b,
            internal,
        )
    ]


# ---------------------------------------------------------------------------------------------- other


# Traits written in set phrases: a ship's flag state, a person's birthplace.
_TRAITS = {
    "flag": (
        re.compile(r"\b([A-Z][a-z]+)-flagged\b"),
        re.compile(r"\bflagged (?:in|to) ([A-Z][a-z]+)"),
        re.compile(r"\bunder (?:the |a )?([A-Z][a-z]+) flag\b"),
        re.compile(
            r"\b(?:vessel|ship|tanker|carrier|freighter|trawler|ferry|boat)\b[^.;]{0,60}\bregistered in ([A-Z][a-z]+)"
        ),
    ),
    "birthplace": (
        re.compile(r"\b[Bb]orn in ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"),
        re.compile(r"\b([A-Z][\w'-]+)-born\b"),
        re.compile(r"\bnative of ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"),
    ),
}


def _two_values(
    kind: Kind,
    slot: str,
    topic: str,
    sim: float,
    why: str,
    a: tuple[Claim, str],
    b: tuple[Claim, str],
    internal: bool,
) -> Candidate:
    """A medium finding over one attribute ``topic`` that two sentences give different values."""
    (ca, va), (cb, vb) = a, b
    return Candidate(
        kind,
        slot,
        topic,
        "medium",
        _score("medium", sim),
        why,
        Statement.of(ca.sentence, va, {topic: va}),
        Statement.of(cb.sentence, vb, {topic: vb}),
        internal,
    )


def _trait(text: str, trait: str) -> str | None:
    return next((m.group(1) for p in _TRAITS[trait] for m in p.finditer(text)), None)


def _cmp_traits(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """ "the Liberian-flagged tanker" / "the Panama-flagged tanker", "born in Marseille" / "Lyon-born"."""
    if sim < 0.55:
        return []
    for trait in _TRAITS:
        ta, tb = _trait(ca.sentence.text, trait), _trait(cb.sentence.text, trait)
        if not ta or not tb:
            continue
        ka, kb = ta.lower(), tb.lower()
        if ka == kb or _demonym(ka, kb) or gazetteer.related(ta, tb):
            continue
        if trait == "birthplace" and not (
            sim >= 0.7 or any(same_name(x.key, y.key) for x in ca.people for y in cb.people)
        ):
            continue
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        why = f"{na} gives the {trait} as {ta}; {nb} as {tb}."
        return [_two_values("entity", f"{trait}:{ka}", trait, sim, why, (ca, ta), (cb, tb), internal)]
    return []


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_RANKED = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth)\s+((?:[a-z'-]+\s+){0,2}?[a-z'-]+)\s+(?:to|ever)\b", re.I
)


def _cmp_ranks(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """ "the first woman to command the army" / "the second woman to hold the post"."""
    if sim < 0.6:
        return []
    ra = {m.group(2).lower().split()[-1]: m for m in _RANKED.finditer(ca.sentence.text)}
    rb = {m.group(2).lower().split()[-1]: m for m in _RANKED.finditer(cb.sentence.text)}
    for noun in ra.keys() & rb.keys():
        a, b = ra[noun], rb[noun]
        if _ORDINALS[a.group(1).lower()] == _ORDINALS[b.group(1).lower()]:
            continue
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        severity: Severity = "medium"
        va, vb = a.group(0).rsplit(" ", 1)[0], b.group(0).rsplit(" ", 1)[0]
        return [
            Candidate(
                "other",
                f"rank:{noun}",
                f"which {noun} it was",
                severity,
                _score(severity, sim),
                f"{na} says {va!r} where {nb} says {vb!r}; only one can be right.",
                Statement.of(ca.sentence, va),
                Statement.of(cb.sentence, vb),
                internal,
            )
        ]
    return []


_MEDALS = {"gold": 1, "silver": 2, "bronze": 3}
_PLACING = re.compile(
    r"\b(?:finish(?:ed|es|ing)?|came|placed|ended|crossed the line)\s+(?:in\s+)?"
    r"(first|second|third|fourth|fifth|sixth|\d(?:st|nd|rd|th))\b"
    r"|\b(?:took|won|claimed|earned|clinched|grabbed|collected|settled for)\s+(?:the\s+|a\s+)?(gold|silver|bronze)\b"
    r"|\b(gold|silver|bronze)[- ]medal(?:l?ist)?\b|\b(runner-up|runners-up)\b",
    re.I,
)
_SUPERLATIVE = re.compile(
    r"\b(?:(second|third|fourth|fifth)[- ])?(largest|biggest|highest|tallest|longest|deepest|hottest|coldest|"
    r"wettest|driest|oldest|busiest|richest|heaviest|deadliest|worst|best|fastest|strongest)\b",
    re.I,
)
_WIDER_SCOPE = re.compile(
    r"\b(?:global\w*|worldwide|world'?s?|internationally|nationwide|nationally|europe'?s?)\b", re.I
)


def _ranked(text: str, m: re.Match[str]) -> list[str]:
    """The words of what a superlative ranks, up to the first word that is no part of it ("the longest
    immersed road and rail tunnel in the world": immersed, road, rail, tunnel)."""
    words = []
    for w in re.findall(r"[\w'-]+|[^\w\s]", text[m.end() :])[:6]:
        if not re.fullmatch(r"[\w-]+", w) or w.lower() in _RANK_STOPS:
            break
        if w.lower() not in ("and", "or", "-ever", "ever"):
            words.append(w.lower())
    return words


_RANK_STOPS = {"in", "on", "of", "since", "for", "ever", "recorded", "to", "by", "at", "after", "this", "that",
               "which", "who", "as", "than", "with", "behind", "yet", "so", "the", "a", "an"}  # fmt: skip


def _placings(text: str) -> list[int]:
    out = []
    for m in _PLACING.finditer(text):
        word = (m.group(1) or m.group(2) or m.group(3) or m.group(4)).lower()
        out.append(
            _MEDALS.get(word) or _ORDINALS.get(word) or (2 if word.startswith("runner") else int(word[0]))
        )
    return out


def _superlatives(text: str) -> list[tuple[re.Match[str], int]]:
    """Each superlative with its rank ("third-largest": 3, "largest": 1)."""
    return [(m, _ORDINALS.get((m.group(1) or "first").lower(), 1)) for m in _SUPERLATIVE.finditer(text)]


def _cmp_placings(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """ "finished second" / "took bronze"; "the second-largest diamond" / "its largest-ever diamond"."""
    if sim < 0.7:
        return []
    na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
    pa, pb = _placings(ca.sentence.text), _placings(cb.sentence.text)
    if len(pa) == 1 and len(pb) == 1 and pa != pb:
        va, vb = (_PLACING.search(c.sentence.text).group(0) for c in (ca, cb))  # type: ignore[union-attr]
        why = (
            f"{na} says {va!r} where {nb} says {vb!r}: places {pa[0]} and {pb[0]}, so only one can be right."
        )
        return [_two_values("other", "placing", "placing", sim, why, (ca, va), (cb, vb), internal)]
    sa, sb = _superlatives(ca.sentence.text), _superlatives(cb.sentence.text)
    if len(sa) != 1 or len(sb) != 1:
        return []
    (ma, ra), (mb, rb) = sa[0], sb[0]
    if ma.group(2).lower() != mb.group(2).lower() or ra == rb:
        return []
    ranked_a, ranked_b = _ranked(ca.sentence.text, ma), _ranked(cb.sentence.text, mb)
    if ranked_a and ranked_b and not _overlap({ranked_a[-1]}, {ranked_b[-1]}):
        return []  # "its hottest June" / "the second-hottest month": two different things ranked
    wide_a, wide_b = (
        {w.lower().removesuffix("'s") for w in _WIDER_SCOPE.findall(c.sentence.text)} for c in (ca, cb)
    )
    scope = bool(wide_a) != bool(wide_b) or bool(wide_a and wide_b and not wide_a & wide_b)
    if ranked_a[:-1] and ranked_b[:-1] and not set(ranked_a[:-1]) & set(ranked_b[:-1]):
        scope = True  # "the longest immersed road tunnel" / "the second-longest undersea tunnel": two classes
    severity: Severity = "low" if scope else "medium"
    why = f"{na} calls it {ma.group(0)!r} where {nb} calls it {mb.group(0)!r}; only one can be right."
    if scope:
        why += " One ranks it over a wider area than the other, so both may hold."
    return [
        Candidate(
            "other", f"rank:{ma.group(2).lower()}", f"how it ranks ({ma.group(2).lower()})", severity,
            _score(severity, sim), why, Statement.of(ca.sentence, ma.group(0)), Statement.of(cb.sentence, mb.group(0)),
            internal,
        )
    ]  # fmt: skip


def _cmp_other(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """Claims outside the typed slots: details said to be secret against specifics given elsewhere, and
    "the first of its kind" against an earlier one of the same kind."""
    out: list[Candidate] = []
    if internal:
        return out
    for x, y in ((ca, cb), (cb, ca)):
        secret = x.lemmas & SECRECY
        specifics = [q for q in y.quantities if q.value.dimension == "count" and q.value.point > 2]
        if secret and x.lemmas & CONTENTS and not (y.lemmas & SECRECY) and specifics and sim >= 0.35:
            nx, ny = ctx.name(x.sentence.source), ctx.name(y.sentence.source)
            detail = f"{specifics[0].text} {specifics[0].head}".strip()
            sx = Statement.of(x.sentence, sorted(secret)[0])
            sy = Statement.of(y.sentence, specifics[0].text, specifics[0].value.as_json())
            out.append(
                Candidate(
                    "other",
                    "o:details",
                    "what is known of the details",
                    "low",
                    _score("low", sim),
                    f"{nx} says the details are not public (‘{sorted(secret)[0]}’); {ny} gives specifics "
                    f"(‘{detail}’). Either {ny} had more information or one of them is wrong.",
                    sx if x is ca else sy,
                    sy if x is ca else sx,
                )
            )
    for x, y in ((ca, cb), (cb, ca)):
        dated_y = {m for m in y.markers if m.isdigit()}
        dated_x = {m for m in x.markers if m.isdigit()}
        if "first" in x.lemmas and EARLIER & y.lemmas and sim >= 0.45 and dated_y and not dated_x:
            nx, ny = ctx.name(x.sentence.source), ctx.name(y.sentence.source)
            sx, sy = Statement.of(x.sentence, "first"), Statement.of(y.sentence, "earlier")
            out.append(
                Candidate(
                    "other",
                    "o:first",
                    "first of its kind?",
                    "medium",
                    _score("medium", sim),
                    f"{nx} presents it as a first; {ny} mentions an earlier one of the same kind.",
                    sx if x is ca else sy,
                    sy if x is ca else sx,
                )
            )
    return out


def _in_order(words: Iterable[str], text: str) -> str:
    """Lemmas in the order the sentence writes them ("heart attack", not "attack heart")."""
    low = text.lower()
    return " ".join(sorted(words, key=lambda w: (low.find(w[:4]) if w[:4] in low else len(low), w)))


def _compound_match(x: frozenset[str], y: frozenset[str]) -> bool:
    """ "heat" / "heatwave", "storm" / "rainstorm": one word is part of a compound of the other."""
    return any(
        min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a))
        for a in x
        for b in y
    )


def _explainers(c: Claim) -> set[str]:
    """Word stems of who offers the explanation: the words before "blames" / "attributes" (or the
    speakers when the sentence has neither verb)."""
    m = re.search(r"\b(?:blam|attribut)\w*", c.sentence.text, re.I)
    text = c.sentence.text[: m.start()] if m else " ".join(s.text for s in c.speakers)
    return _word_stems(text) - {"this", "that", "with", "said"}


def _cmp_causes(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """Two accounts of one event that give it unrelated causes ("a gas leak" / "an explosive device")."""
    if internal or not ca.causes or not cb.causes or sim < 0.45:
        return []
    if any(_overlap(x, y) or _compound_match(x, y) for x in ca.causes for y in cb.causes):
        return []
    if any(x & _MISCONDUCT and y & _MISCONDUCT for x in ca.causes for y in cb.causes):
        return []  # "over a procurement scandal" / "over irregularities in a rail tender": one affair, two words
    x, y = ca.causes[0], cb.causes[0]
    na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
    severity: Severity = "medium"
    wx, wy = _in_order(x, ca.sentence.text), _in_order(y, cb.sentence.text)
    why = f"{na} gives the cause as ‘{wx}’, {nb} as ‘{wy}’; the two accounts of what caused it share nothing."
    hedged = {ca.status, cb.status} & {"hedged"} or (ca.lemmas | cb.lemmas) & _GUESSING
    earlier = [c for c in (ca, cb) if _EARLIER_VIEW.search(c.sentence.text)]
    if hedged or len(earlier) == 1:
        severity = "low"  # "police initially suspected a gas leak" / "caused by a homemade bomb, investigators concluded"
        why += (
            " One of them is speculative or an earlier view, so an early hypothesis may have been replaced."
        )
    elif (ca.lemmas | cb.lemmas) & {"blame", "attribute"} and not _explainers(ca) & _explainers(cb):
        severity = "low"  # "analysts attributed the drop to ..." / "the trading house blamed it on ..."
        why += " These are explanations offered by different parties, which may each be reported accurately."
    return [
        Candidate(
            "other",
            "cause",
            "cause",
            severity,
            _score(severity, sim),
            why,
            Statement.of(ca.sentence, wx, {"cause": sorted(x)}),
            Statement.of(cb.sentence, wy, {"cause": sorted(y)}),
        )
    ]


# Words for an affair of wrongdoing, too vague to tell one from another ("a scandal", "irregularities").
_MISCONDUCT = {"scandal", "irregularity", "affair", "allegation", "revelation", "wrongdoing", "misconduct",
               "impropriety", "controversy", "row"}  # fmt: skip
# Verbs of guessing at a cause ("analysts speculated that the departure was linked to ...").
_GUESSING = {"speculate", "speculation", "guess", "theorise", "theorize", "conjecture"}

_YEAR_RE = r"((?:1[89]|20)\d\d)\b"
_LAST_TIME = (
    # "the first nationwide strike since 1987", "the highest level since 2008"
    re.compile(r"\b(?:first|highest|lowest|biggest|largest|worst|best|strongest|weakest|deadliest|most|fewest)\b"
               r"[^.;]{0,80}?\bsince " + _YEAR_RE, re.I),
    # "had not frozen over since 1987", "has never ... since 1987"
    re.compile(r"\b(?:not|never|n't)\b[^.;]{0,60}?\bsince " + _YEAR_RE, re.I),
    # "last staged a nationwide stoppage in 1997", "the last time ... was in 1997"
    re.compile(r"\blast\b[^.;]{0,60}?\bin " + _YEAR_RE, re.I),
)  # fmt: skip


def _last_time(text: str) -> int | None:
    """The year something last happened before now, as the sentence implies it ("the first strike since
    1987", "had not frozen since 1987", "last staged one in 1997")."""
    for pattern in _LAST_TIME:
        m = pattern.search(text)
        if m:
            return int(m.group(1))
    return None


def _cmp_last_time(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """Two sources disagree on when it last happened ("first since 1987" / "last staged one in 1997")."""
    if sim < 0.5:
        return []
    ya, yb = ctx.last_time(ca), ctx.last_time(cb)
    if ya is None or yb is None or ya == yb:
        return []
    na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
    severity: Severity = "low" if internal else "medium"
    return [
        Candidate(
            "date",
            "d:last-time",
            "when it last happened",
            severity,
            _score(severity, sim),
            f"{na} implies it last happened in {ya}; {nb} in {yb}.",
            Statement.of(ca.sentence, str(ya), {"year": ya}),
            Statement.of(cb.sentence, str(yb), {"year": yb}),
            internal,
        )
    ]


# Verbs that name one deed in different words, for comparing who did it.
DEED_SYNONYMS = [
    {"report", "reveal", "disclose", "break", "uncover", "expose"},
    {"lead", "head", "coordinate", "spearhead"},
    {"issue", "order", "decree", "declare"},
    {"file", "lodge", "bring", "submit"},
    {"develop", "design", "create", "invent", "make"},
    {"conduct", "carry", "run", "commission"},
    {"table", "propose", "introduce", "sponsor", "draft"},
    {"win", "beat", "defeat", "edge", "outclass", "outrun", "outpace", WIN_CONTRACT},
    {"publish", "release", "issue"},
    {"write", "author", "pen", "draft"},
    {"claim"},
    {"acquire", "buy", "purchase"},
    {"poll", "survey"},  # (documents named as nouns: see claims.DOCUMENT_NOUNS)
    {"study", "research"},
    {"report", "investigation"},
    {"audit"},
    {"memo", "letter"},
    {"footage"},
    {"publish", "report", "reveal", "break"},  # "first published by" / "first reported by": one scoop
]
# Deeds whose doer is the source of a statement or document: a different doer is an attribution question.
AUTHORSHIP = DEED_SYNONYMS[0] | DEED_SYNONYMS[2] | DEED_SYNONYMS[3] | DEED_SYNONYMS[6] | DEED_SYNONYMS[8] | {
    "sign", "write", "author", "post", "announce", "claim", "conduct", "commission", *DOCUMENT_NOUNS,
}  # fmt: skip


WINNING = DEED_SYNONYMS[7]  # the loser is named beside the winner as a matter of course


def _years(c: Claim) -> set[int]:
    return {d.year for d in c.dates if d.year}


def _mentions(c: Claim, m: Mention) -> bool:
    """The sentence names ``m`` itself (not merely a place its name contains)."""
    name = m.text[4:] if m.text.lower().startswith("the ") else m.text
    return any(m.key == o.key for o in (*c.people, *c.orgs, *c.places)) or name in c.sentence.text


def _same_deed(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in (*DEED_SYNONYMS, *SYNONYMS))


_JOINT = re.compile(r"\bco-?(?:sponsor|author|writ|wrote|found|host|chair|lead|led|organi[sz]|sign)\w*", re.I)


def _cmp_agents(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """One deed credited to different named doers: "tabled by the Green Left group" / "Social Democrat
    lawmakers tabled the motion", "first reported by the Financial Times" / "Bloomberg, which first
    revealed the talks"."""
    if internal or sim < 0.5 or _contrasted(ca, cb):
        return []
    if any(_JOINT.search(c.sentence.text) for c in (ca, cb)):
        return []  # "co-sponsored by Senator Medina": one of several doers
    # below 0.6, only who wrote or put forward a document both sentences describe in several same words
    authored = sim >= 0.6 or _shared_words(ca, cb) >= 3
    if bool(ca.markers & HISTORICAL) != bool(cb.markers & HISTORICAL) or _years(ca) != _years(cb):
        return []  # "the initial agreement, signed by Rafsanjani" / "the new pact, signed by Putin"
    # (or, a little below, the one main deed of both on a day or figure both give: "Kirsten Dahl apologised on
    # Monday" / "Erik Hovland apologised on Monday")
    dated = sim >= 0.55 and bool(_anchors(ca, cb, ctx))
    for x in ca.agents:
        main_deed = dated and x.verb in ca.main_verbs and x.verb in cb.main_verbs
        if sim < 0.6 and not (authored and x.verb in AUTHORSHIP | DEED_SYNONYMS[9]) and not main_deed:
            continue
        same = [y for y in cb.agents if _same_deed(x.verb, y.verb)]
        if x.who.kind == "role" or any(y.who.kind == "role" for y in same):
            # a body named by description ("the Green Left group"): only for who wrote or issued it, and only
            # against another description, since one body is often named in two ways
            same = [
                y
                for y in same
                if x.verb in AUTHORSHIP
                and x.who.kind == y.who.kind == "role"
                and min(len(_speaker_words(x.who)), len(_speaker_words(y.who))) >= 2  # not "broadcasters"
            ]
            if any(_same_speaker(x.who, y.who) for y in same):
                continue
        # two outlets may report one story; one was first ("first published by" / "first reported by")
        same = [y for y in same if (x.first and y.first) or not {x.verb, y.verb} & DEED_SYNONYMS[0]]
        if not same or any(
            x.who.kind != "role" and (_same_entity(x.who, y.who) or _same_entity(y.who, x.who)) for y in same
        ):
            continue  # (two descriptions were told apart above: "Oman's" / "Qatar's foreign ministry")
        y = same[0]
        if x.verb not in WINNING and (
            _mentions(cb, x.who) or _mentions(ca, y.who)
        ):  # "Sunvale, a brand owned by Meridian Foods": the other's doer is there, in some relation
            continue
        places = {"place", "region", "norp"}
        if (
            x.who.kind in places
            and y.who.kind in places
            and gazetteer.related(x.who.text, y.who.text) is not False
        ):
            continue  # "Germany will host" / "Berlin would host": a capital standing for its country
        if gazetteer.nations(x.who.text) & gazetteer.nations(y.who.text):
            continue  # "Cote d'Ivoire's" (tagged a person) / "Ivory Coast": one country
        kind: Kind = (
            "attribution"
            if x.verb in AUTHORSHIP or y.verb in AUTHORSHIP
            else "other"
            if x.verb in WINNING and x.verb != WIN_CONTRACT
            else "entity"
        )  # who won is the outcome of the event (but who won a contract is who was chosen)
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        deed = x.verb if x.verb == y.verb else f"{x.verb} / {y.verb}"
        # ("recommended approval on Thursday" / "on Monday": two acts, each on its day)
        severity: Severity = "low" if _on_other_days(ca, cb, (x.verb, y.verb)) else "medium"
        return [
            Candidate(
                kind,
                f"agent:{x.verb}",
                f"who did it ({deed})",
                severity,
                _score(severity, sim),
                f"{na} credits {x.who.text} with it ({deed}); {nb} credits {y.who.text}. "
                + (
                    "But they date it to different days, so these may be two acts."
                    if severity == "low"
                    else "Unless they did it together, one of them is wrong."
                ),
                Statement.of(ca.sentence, x.who.text, {"doer": x.who.text, "deed": x.verb}),
                Statement.of(cb.sentence, y.who.text, {"doer": y.who.text, "deed": y.verb}),
                internal,
            )
        ]
    return []


_MAJORITY = re.compile(
    r"\b(?:outright|absolute|overall|clear|working|governing|parliamentary) majority\b", re.I
)
_NO_MAJORITY = re.compile(
    r"\b(?:no|short of|without|failed to (?:win|secure|get)|fell short of|falls short of|lacks?|lacking|lost (?:its|their)"
    r"|denied (?:it )?(?:an? )?)\s+(?:an? )?(?:outright |absolute |overall |clear |working |governing |parliamentary )?"
    r"majority\b",
    re.I,
)


def _seats(c: Claim) -> tuple[list[Quantity], list[Quantity]]:
    """A sentence's counts of seats, split into the size of the chamber ("the 450-seat parliament", "of the
    450 seats") and the seats someone holds or won."""
    seats = [q for q in c.quantities if q.head == "seat" and q.value.dimension == "count"]
    whole = [q for q in seats if "-seat" in q.text.lower() or "-seat" in c.sentence.text[q.end : q.end + 6]
             or _out_of(c.sentence.text, q)]  # fmt: skip
    return whole, [q for q in seats if q not in whole]


def _cmp_majority(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """An outright majority against a seat count below half the chamber, or no majority against one above."""
    if sim < 0.5:
        return []
    for x, y in ((ca, cb), (cb, ca)):
        denied = bool(_NO_MAJORITY.search(x.sentence.text))
        if not denied and not _MAJORITY.search(x.sentence.text):
            continue
        whole_x, _ = _seats(x)
        whole_y, won = _seats(y)
        sizes = {round(q.value.point) for q in whole_x + whole_y}
        if len(sizes) != 1 or len(won) != 1:
            continue
        size, count = sizes.pop(), won[0].value
        needed = size // 2 + 1
        if (not denied and count.high < needed) or (denied and count.low >= needed):
            nx, ny = ctx.name(x.sentence.source), ctx.name(y.sentence.source)
            said = "no majority" if denied else "a majority"
            why = (
                f"{nx} says it has {said} of the {size} seats; {ny} gives {won[0].text} seats, "
                f"{'more' if denied else 'fewer'} than the {needed} a majority needs."
            )
            sx = Statement.of(x.sentence, said, {"majority": not denied, "seats": size})
            sy = Statement.of(y.sentence, won[0].text, won[0].value.as_json())
            return [
                Candidate(
                    "quantity",
                    "majority",
                    "majority of seats",
                    "medium",
                    _score("medium", sim),
                    why,
                    sx if x is ca else sy,
                    sy if x is ca else sx,
                    internal,
                )
            ]
    return []


# A vote's tally ("by 312 votes to 289", "passed 61-39") and its margin ("by a margin of 41 votes", "by 23
# votes", "a majority of 23 votes").
_VOTE_TALLY = re.compile(
    r"\b(\d{1,4})\s+(?:votes?\s+)?(?:to|-|–)\s+(\d{1,4})\b(?!\s*(?:%|percent|per cent|years?))"
)
_VOTE_MARGIN = re.compile(
    r"\bmargin of (\d{1,4}|[a-z]+(?:-[a-z]+)?)(?: votes?)?\b|\b(?:majority of|by) (\d{1,4}|[a-z]+(?:-[a-z]+)?) votes?\b"
    r"(?!\s+to\b)"
)
_VOTING = re.compile(
    r"\b(?:vot\w+|ballot|lawmakers|deputies|senators|parliament|chamber|assembly|house)\b", re.I
)


def _margin(text: str) -> tuple[int, str] | None:
    m = _VOTE_MARGIN.search(text)
    if m is None:
        return None
    value = parse_value(m.group(1) or m.group(2))
    return (round(value.point), m.group(0)) if value is not None and value.dimension == "count" else None


def _cmp_vote_margin(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """A vote's tally against a margin it does not give: "by 312 votes to 289" is a margin of 23, not 41."""
    if sim < 0.6 or not all(_VOTING.search(c.sentence.text) for c in (ca, cb)):
        return []
    for x, y in ((ca, cb), (cb, ca)):
        tally, margin = _VOTE_TALLY.search(x.sentence.text), _margin(y.sentence.text)
        if tally is None or margin is None or _VOTE_TALLY.search(y.sentence.text) or _margin(x.sentence.text):
            continue
        votes_for, against = int(tally.group(1)), int(tally.group(2))
        if votes_for <= against or votes_for - against == margin[0]:
            continue
        nx, ny = ctx.name(x.sentence.source), ctx.name(y.sentence.source)
        why = (
            f"{nx} gives the vote as {tally.group(0)!r}, a margin of {votes_for - against}; {ny} gives "
            f"{margin[1]!r}. The figures cannot both be right."
        )
        sx = Statement.of(x.sentence, tally.group(0), {"for": votes_for, "against": against})
        sy = Statement.of(y.sentence, margin[1], {"margin": margin[0]})
        severity: Severity = "low" if internal else "medium"
        return [
            Candidate(
                "quantity", "vote margin", "margin of the vote", severity, _score(severity, sim), why,
                sx if x is ca else sy, sy if x is ca else sx, internal,
            )
        ]  # fmt: skip
    return []


def _same_side(a: str, b: str) -> bool:
    """One contestant: one name, or a first name alone against the full name ("Tarjei" / "Tarjei Bø")."""
    ka, kb = name_key(a), name_key(b)
    if same_name(ka, kb):
        return True
    short, full = sorted((ka.split(), kb.split()), key=len)
    return len(short) == 1 < len(full) and short[0] == full[0]


def _cmp_contests(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """One says A beat B, the other that B beat A."""
    for wa, la in ca.contests:
        for wb, lb in cb.contests:
            # (a winner alone, "X won re-election", against "Y unseated X")
            if _same_side(wa, lb) and (not la or _same_side(la, wb)) and not _same_side(wa, wb):
                severity: Severity = "high" if sim >= 0.6 and not internal else "medium"
                na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
                why = (
                    f"{na} says {wa} {f'beat {la}' if la else 'won'}; {nb} says {wb} {f'beat {lb}' if lb else 'won'}. "
                    "Unless they met twice, one of them has the result the wrong way round."
                )
                return [
                    Candidate(
                        "other",
                        f"won:{'/'.join(sorted((name_key(wa), name_key(la))))}",
                        "who won",
                        severity,
                        _score(severity, sim),
                        why,
                        Statement.of(ca.sentence, wa, {"winner": wa, "loser": la}),
                        Statement.of(cb.sentence, wb, {"winner": wb, "loser": lb}),
                        internal,
                    )
                ]
    return []


# Ways of doing one thing that exclude each other: a sentence naming exactly one alternative of a group
# against another naming exactly one other. Each alternative: (label, pattern).
# "dark" as a colour, not the shade of the colour named after it ("a dark blue van" is blue).
_SHADED = r"(?![\s-]+(?:red|white|blue|black|silver|grey|gray|green|yellow|orange|brown)\b)"
MANNERS: dict[str, tuple[tuple[str, str], ...]] = {
    "direction of travel": tuple(
        (
            d.replace("-?", "-"),  # the label as written ("north-east"); the pattern also takes "northeast"
            rf"\b(?:{d}bound|(?:travell?ing|heading|headed|moving|moved|going|sailing|flying|driving|drove|steaming|"
            rf"bound|pushed|pushing|spreading|spread|drifting|drifted|turned|turning|turns|veered|veering|swung|"
            rf"swinging|tracking|tracked|curved|curving)\s+(?:(?:it|the \w+)\s+)?"
            rf"(?:(?:sharply|slightly|gradually|further|abruptly|more)\s+)?{d}(?:wards?)?)\b"
            r"(?!-)",  # "north" is not "north-east"
        )
        for d in (
            "north",
            "south",
            "east",
            "west",
            "north-?east",
            "north-?west",
            "south-?east",
            "south-?west",
        )
    ),
    "how they escaped": (
        (
            "through a tunnel",
            r"\b(?:dug|digging|dig|crawled|crawling|through|via|using|by)\s+(?:[\w-]+\s+){0,3}?tunnels?\b",
        ),
        (
            "over the wall",
            r"\b(?:climb\w*|scal\w*|jump\w*|vault\w*|clamber\w*)\s+(?:over\s+)?(?:the\s+)?(?:[\w-]+\s+)?"
            r"(?:wall|fence)s?\b",
        ),
        ("by helicopter", r"\b(?:by|aboard|in|on) (?:a )?helicopter\b"),
        ("in disguise", r"\b(?:disguised|in disguise|dressed as)\b"),
    ),
    "how the vote was held": (
        ("secret ballot", r"\bsecret (?:ballot|vote)\b"),
        ("show of hands", r"\bshow of hands\b"),
        ("acclamation", r"\bby acclamation\b"),
        ("roll-call vote", r"\broll[- ]call vote\b"),
    ),
    "how the victim was killed": (
        (
            "shot",
            r"\b(?:shot (?:dead|and killed|to death|several times|multiple times|\w+ times|in the (?:head|chest|back|"
            r"neck|stomach|abdomen))|gunned down|fatally shot|gunshot wounds?|(?:being|was|were|been) shot(?! down))\b",
        ),
        ("stabbed", r"\b(?:stabbed|stabbing|knifed|stab wounds?)\b"),
        ("strangled", r"\b(?:strangled|strangulation)\b"),
        ("beaten", r"\bbeaten to death\b"),
    ),
    "what the death was from": (
        ("drowning", r"\b(?:drowned|drowning)\b"),
        ("hypothermia", r"\bhypothermia\b"),
        ("heart attack", r"\b(?:heart attack|cardiac arrest)\b"),
        ("carbon monoxide poisoning", r"\bcarbon monoxide\b"),
        ("overdose", r"\boverdose\b"),
        ("natural causes", r"\b(?:natural causes|(?:long|short|brief|lengthy) illness)\b"),
        ("poisoning", r"\b(?:poisoned|poisoning)\b"),
    ),
    "the motive": (
        ("robbery", r"\b(?:robbery|robberies|mugging|robbed|theft)\b"),  # (not "nothing was stolen")
        (
            "a dispute",
            r"\b(?:dispute|feud|quarrel|row over|domestic (?:argument|dispute|row)|targeted (?:hit|killing|attack))\b",
        ),
    ),
    "how they got in": (
        ("a window", r"\b(?:through|via|smashed|broke|forced|prised) (?:a|an|the) (?:[\w-]+ ){0,2}?window\b"),
        (
            "a door",
            r"\b(?:through|via|opened|open|forced|used a key) (?:a|an|the|its|the museum's) (?:[\w-]+ ){0,2}?(?:door|gate|entrance)\b",
        ),
        ("the roof", r"\b(?:through|via) (?:a|an|the) (?:[\w-]+ ){0,2}?(?:roof|skylight)\b"),
    ),
    "the vehicle's colour": tuple(
        (
            colour,
            rf"\b{colour}{_SHADED if colour == 'dark' else ''}\s+(?:[\w-]+\s+)?(?:car|van|saloon|hatchback|estate|"
            r"station wagon|suv|lorry|truck|motorbike|motorcycle|scooter|vehicle|sedan|pick-?up|4x4|minibus)\b",
        )
        for colour in (
            "red",
            "white",
            "blue",
            "black",
            "silver",
            "grey",
            "gray",
            "green",
            "yellow",
            "dark",
            "orange",
        )
    ),
    "how it landed": (
        ("safely", r"\b(?:landed safely|safe landing|landed normally|normal landing|touched down safely)\b"),
        ("a crash landing", r"\b(?:crash[- ]land\w*|crashed on landing|skidded off the runway)\b"),
    ),
    "how it travelled": (
        (
            "by air",
            r"\b(?:by air|by plane|by helicopter|airlifted|flown in|flown into|was flown|were flown|"
            r"on an? (?:[\w-]+ )?(?:plane|aircraft|cargo flight|flight))\b",
        ),
        (
            "by road",
            r"\b(?:by road|motorcade|by car|by lorry|by truck|by bus|by coach|by minibus|overland)\b",
        ),
        ("by sea", r"\b(?:by sea|by boat|by ship|by ferry)\b"),
        ("by rail", r"\b(?:by rail|by train)\b"),
    ),
    "how it is given": (
        ("by mouth", r"\b(?:orally|oral (?:vaccine|dose|drops)|by mouth|drops)\b"),
        ("by injection", r"\b(?:injection|injected|injectable|jab)\b"),
    ),
    "phase of flight": (
        (
            "landing",
            r"\b(?:while landing|on landing|as it landed|during landing|on approach|attempting to land)\b",
        ),
        ("take-off", r"\b(?:take-?off|taking off|took off|after departing)\b"),
    ),
    "how the execution was carried out": (
        ("nitrogen gas", r"\bnitrogen (?:gas|hypoxia)\b"),
        ("lethal injection", r"\blethal injection\b"),
        ("firing squad", r"\bfiring squad\b"),
        ("the electric chair", r"\b(?:electric chair|electrocution|electrocuted)\b"),
        ("hanging", r"\b(?:by hanging|(?:was|were|been) hanged)\b"),
    ),
    "how the captives were freed": (
        (
            "by negotiation",
            r"\b(?:freed|released|set free|let go)\b[^.;]{0,90}?\b(?:after|following|through|in|under) "
            r"(?:\w+ ){0,2}?(?:negotiations?|talks|mediation|a deal|an agreement|a ransom|ransom)\b",
        ),
        (
            "in a raid",
            r"\b(?:(?:freed|rescued|released)\b[^.;]{0,90}?\b(?:in|during|by) (?:a|an|the) (?:[\w-]+ ){0,3}?"
            r"(?:raid|rescue (?:operation|mission)|military operation|assault|commando operation)|"
            r"(?:raid|operation|assault) (?:that|which) freed)\b",
        ),
    ),
    "sentence": (
        ("life imprisonment", r"\blife (?:imprisonment|sentence|in prison|term)\b"),
        ("death", r"\b(?:sentenced to death|death sentence|death penalty|to be executed)\b"),
    ),
}
_MANNERS = {
    topic: tuple((label, re.compile(pattern, re.I)) for label, pattern in alternatives)
    for topic, alternatives in MANNERS.items()
}


_BOUND_FOR = re.compile(
    r"\b(?:bound for|en route to|heading for|headed for|destined for|sailing (?:for|to)|flying to|will travel to)"
    r"\s+(?:the (?:[a-z]+ )?)?((?:[A-Z][\w'’-]+\s?){1,3})"  # "bound for the asteroid Bennu"
)


def _cmp_destinations(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """ "bound for Rotterdam" / "had left Rotterdam, bound for Gdańsk": two destinations of one journey."""
    if sim < 0.55:
        return []
    da = {m.group(1).strip() for m in _BOUND_FOR.finditer(ca.sentence.text)}
    db = {m.group(1).strip() for m in _BOUND_FOR.finditer(cb.sentence.text)}
    if len(da) != 1 or len(db) != 1 or da == db:
        return []
    (a,), (b,) = da, db
    if gazetteer.related(a, b) or (
        a.lower() in cb.sentence.text.lower() and b.lower() in ca.sentence.text.lower()
    ):
        return []
    na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
    why = f"{na} has it bound for {a} where {nb} has it bound for {b}; one journey has one destination."
    return [_two_values("other", "destination", "where it was going", sim, why, (ca, a), (cb, b), internal)]


# "flying from Doha to Dublin": where a journey began and where it was going.
_ROUTE = re.compile(r"\bfrom ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) to ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)")


def _routes(c: Claim) -> dict[tuple[str, str], str]:
    """Journeys written as "from X to Y" between two names that are not days or months: the keys of where
    each began and ended, and the words as written."""
    out: dict[tuple[str, str], str] = {}
    for m in _ROUTE.finditer(c.sentence.text):
        ends = (m.group(1), m.group(2))
        if not any(e.lower() in WEEKDAYS or e.lower() in MONTHS for e in ends):
            out.setdefault((name_key(ends[0]), name_key(ends[1])), m.group(0))
    return out


def _cmp_routes(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """ "the plane, flying from Doha to Dublin" / "the flight from Dublin to Doha": one journey, two ways."""
    if sim < 0.55:
        return []
    ra, rb = _routes(ca), _routes(cb)
    for (start, end), ta in ra.items():
        if (end, start) in rb and (start, end) not in rb:
            na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
            tb = rb[(end, start)]
            why = f"{na} has the journey {ta}; {nb} has it {tb}. One of them has it the wrong way round."
            return [
                _two_values("other", "route", "which way it went", sim, why, (ca, ta), (cb, tb), internal)
            ]
    return []


def _manner(text: str, topic: str) -> set[str]:
    return {label for label, pattern in _MANNERS[topic] if pattern.search(text)}


def _cmp_manners(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """One way against another that excludes it: heading north / southbound, a secret ballot / a show of
    hands, shot / stabbed, by air / by road, life imprisonment / death."""
    if sim < 0.5:
        return []
    for topic in _MANNERS:
        ma, mb = _manner(ca.sentence.text, topic), _manner(cb.sentence.text, topic)
        if len(ma) != 1 or len(mb) != 1 or ma == mb:
            continue
        va, vb = next(iter(ma)), next(iter(mb))
        if topic == "direction of travel" and (va in vb or vb in va):
            continue  # "north" / "north-east": near enough for a storm's heading
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        why = f"{na} says {va}; {nb} says {vb}. The two exclude each other ({topic})."
        return [_two_values("other", f"how:{topic}", topic, sim, why, (ca, va), (cb, vb), internal)]
    return []


_NUMBER = r"\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?"
_SHARE_OF = re.compile(
    r"\b(?P<part>(?:(?:nearly|almost|about|around|roughly|some|over|more than|less than|fewer than|at least)\s+)?"
    r"(?:half|(?:a|one|two)[- ](?:third|quarter|fifth)s?|three[- ]quarters|two[- ]thirds|"
    rf"\d+(?:\.\d+)?\s*(?:%|percent|per cent)|{_NUMBER}))"
    rf"\s+of\s+(?:the|its|their|his|her|our|all)\s+(?:(?:\w+)\s+)?(?P<whole>\d[\d,]*)\b",
    re.I,
)


def _shares(c: Claim) -> list[tuple[float, float, float, str]]:
    """Parts of a stated whole as shares in percent ("nearly two-thirds of the 48 schools": 57-67 of 48,
    "180 of its 600 positions": 30 of 600), with the whole and the words."""
    out = []
    for m in _SHARE_OF.finditer(c.sentence.text):
        part, whole = parse_value(m.group("part")), parse_value(m.group("whole"))
        if part is None or whole is None or whole.dimension != "count" or whole.point < 3:
            continue
        if part.dimension == "percent":
            out.append((part.low, part.high, whole.point, m.group(0)))
        elif part.dimension == "count" and part.high <= whole.point:
            out.append((100 * part.low / whole.point, 100 * part.high / whole.point, whole.point, m.group(0)))
    return out


def _cmp_share_of_whole(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """Two parts of one stated whole that cannot match: "nearly two-thirds of the 48 schools" (about 30) /
    "eighteen of the 48 schools", "half of the 600 workers" / "180 of its 600 positions"."""
    if internal or sim < 0.5:
        return []
    shares_a, shares_b = _shares(ca), _shares(cb)
    if any(
        wa == wb and not (la > hb + 5 or lb > ha + 5)
        for la, ha, wa, _ in shares_a
        for lb, hb, wb, _ in shares_b
    ):
        return []  # the same share of the same whole (five points of slack: "half" is said of 47 percent)
    for lo_a, hi_a, whole_a, text_a in shares_a:
        for lo_b, hi_b, whole_b, text_b in shares_b:
            if whole_a != whole_b or not (lo_a > hi_b + 5 or lo_b > hi_a + 5):
                continue
            if not (_FRACTION_WORD.search(text_a) or _FRACTION_WORD.search(text_b)):
                continue  # two counts: compared as figures
            na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
            n = f"{whole_a:,.0f}"
            why = (
                f"{na} says ‘{text_a}’ (about {_share_count(lo_a, hi_a, whole_a)} of {n}) where {nb} says "
                f"‘{text_b}’ (about {_share_count(lo_b, hi_b, whole_b)} of {n}): the same whole, parts that cannot match."
            )
            return [
                Candidate(
                    "quantity",
                    f"share:{n}",
                    f"how many of the {n}",
                    "medium",
                    _score("medium", sim),
                    why,
                    Statement.of(ca.sentence, text_a, {"share_percent": [round(lo_a, 1), round(hi_a, 1)]}),
                    Statement.of(cb.sentence, text_b, {"share_percent": [round(lo_b, 1), round(hi_b, 1)]}),
                    internal,
                )
            ]
    return []


_FRACTION_WORD = re.compile(r"half|third|quarter|fifth|%|percent|per cent", re.I)


def _share_count(lo: float, hi: float, whole: float) -> str:
    a, b = round(lo * whole / 100), round(hi * whole / 100)
    return f"{a}" if a == b else f"{a}-{b}"


def _cmp_currencies(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """One sum in two currencies: "a fee of £38m" / "a guaranteed €38 million". Two currencies are rarely
    at par, so the same figure in both is a slip in one of them (a conversion, "£38m ($48m)", names both)."""
    if sim < 0.55:
        return []
    money_a = [q for q in ca.quantities if q.value.dimension == "money" and q.value.unit]
    money_b = [q for q in cb.quantities if q.value.dimension == "money" and q.value.unit]
    units_a, units_b = {q.value.unit for q in money_a}, {q.value.unit for q in money_b}
    if len(units_a) != 1 or len(units_b) != 1 or units_a == units_b:
        return []
    for qa in money_a:
        for qb in money_b:
            if qa.value.hedge != "exact" or qb.value.hedge != "exact" or qa.value.point is None:
                continue
            if qb.value.point is None or abs(qa.value.point - qb.value.point) > 0.005 * qa.value.point:
                continue
            na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
            why = (
                f"{na} gives {qa.text!r} where {nb} gives {qb.text!r}: the same figure in two currencies "
                f"({qa.value.unit} / {qb.value.unit}), which are not at par, so one currency is probably wrong."
            )
            return [_two_values("quantity", "currency", "currency of the sum", sim, why, (ca, qa.text),
                                (cb, qb.text), internal)]  # fmt: skip
    return []


_AGE_NOW = re.compile(r"\b(?:then|at the time|when (?:he|she|they) (?:was|were))\b", re.I)


def _cmp_birth_year(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """An age against a year of birth: "the 47-year-old Kowalczyk" / "born in 1971", published in 2024.
    One person in both (the same surname, or the only one named), the age a present one."""
    for x, y in ((ca, cb), (cb, ca)):
        published = x.published or y.published
        ages = [q for q in x.quantities if q.value.dimension == "age" and q.value.hedge == "exact"]
        births = [d for d in y.dates if d.anchor in ("bear", "born") and d.year and not d.resolved]
        if not published or len(ages) != 1 or len(births) != 1 or _AGE_NOW.search(x.sentence.text):
            continue
        if not any(same_name(p.key, o.key) for p in x.people for o in y.people) and (
            x.people or y.people or sim < 0.7
        ):
            continue
        age, born, point = ages[0], births[0].year or 0, ages[0].value.point
        if point is None or point in (published.year - born, published.year - born - 1):
            continue
        nx, ny = ctx.name(x.sentence.source), ctx.name(y.sentence.source)
        why = (
            f"{nx} says {age.text!r}; {ny} says born in {born}, which makes "
            f"{published.year - born - 1} or {published.year - born} in {published.year}."
        )
        cx = Statement.of(x.sentence, age.text, age.value.as_json())
        cy = Statement.of(y.sentence, births[0].text, {"year": born})
        a, b = (cx, cy) if x is ca else (cy, cx)
        return [
            Candidate("date", "born", "year of birth", "medium", _score("medium", sim), why, a, b, internal)
        ]
    return []


COMPARATORS = (
    _cmp_majority,
    _cmp_vote_margin,
    _cmp_currencies,
    _cmp_share_of_whole,
    _cmp_birth_year,
    _cmp_contests,
    _cmp_manners,
    _cmp_causes,
    _cmp_agents,
    _cmp_quantities,
    _cmp_dates,
    _cmp_last_time,
    _cmp_entities,
    _cmp_kin,
    _cmp_titles,
    _cmp_occupations,
    _cmp_positions,
    _cmp_attribution,
    _cmp_quoted_titles,
    _cmp_outlets,
    _cmp_disowned,
    _cmp_denied_report,
    _cmp_polarity,
    _cmp_status,
    _cmp_other,
    _cmp_ranks,
    _cmp_placings,
    _cmp_destinations,
    _cmp_routes,
    _cmp_traits,
)


def compare_claims(
    ca: Claim, cb: Claim, similarity: float, ctx: _Context | None = None, internal: bool = False
) -> list[Candidate]:
    """Every candidate disagreement between two claims.

    Args:
        ca: Claim of the first sentence.
        cb: Claim of the second sentence.
        similarity: Cosine similarity of the two sentences' embeddings.
        ctx: Names and publication dates of sources; defaults to using source ids.
        internal: True when both sentences come from one source.
    """
    ctx = ctx or _Context({}, {}, {})
    out: list[Candidate] = []
    for fn in COMPARATORS:
        out.extend(fn(ca, cb, similarity, ctx, internal))
    last = ctx.last_time(ca) if any(c.kind == "polarity" for c in out) else None
    if last is not None and last == ctx.last_time(cb):
        # "the first time since 1987" / "had not frozen over since 1987": one fact, no denial
        out = [c for c in out if c.kind != "polarity"]
    doers = {(c.a.value, c.b.value) for c in out if c.slot.startswith("agent:")}
    if doers:
        # "filed by Consumo Justo" / "Entrega Já filed": one dispute over who did it, not also two names
        out = [c for c in out if c.slot.startswith("agent:") or (c.a.value, c.b.value) not in doers]
    if any(c.kind == "polarity" and c.severity != "low" and not c.slot.startswith("deny:") for c in out):
        out = [c for c in out if not c.slot.startswith("deny:")]  # the plain denial says it more exactly
    elif any(c.slot.startswith("deny:") for c in out):
        out = [
            c for c in out if c.kind != "polarity" or c.slot.startswith("deny:")
        ]  # one denial, one finding
    if any(c.kind == "status" for c in out):
        # "refused to concede" / "conceded" is one disagreement: done vs refused says it more exactly
        # than a bare denial, so the pair is not reported twice.
        out = [c for c in out if c.kind != "polarity"]
    if any(c.slot.startswith("ant:") and c.kind != "status" for c in out):
        # "upheld" / "overturned": opposite outcomes, not one event done and the other called off
        out = [c for c in out if c.kind != "status" or c.slot.startswith("ant:")]
    status = [c for c in out if c.kind == "status"]
    if len(status) > 1:  # "convicted" / "the trial is expected to continue": one dispute, told once
        best = min(status, key=lambda c: (SEVERITY_RANK[c.severity], -c.score))
        out = [c for c in out if c.kind != "status" or c is best]
    occasions = _occasions_apart(ca, cb)
    if occasions:
        out = [_lowered(c, f" But {occasions}, so they may be two occasions.", similarity) for c in out]
    return [replace(c, score=calibrated(c.score)) for c in out]


# Numbered occasions of one contest or process: "the first leg" / "the second leg", "the opening round".
_OCCASION = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|final|last|opening|return|reverse|1st|2nd|3rd)[- ]"
    r"(?:(?:powerful|strong|major|big|deadly|massive|smaller|large|huge|separate|fresh) )?(leg|round|half|game|match|set|stage|day|test|race|heat|quarter|period|innings|ballot|reading|explosion|blast|"
    r"bomb|attack|strike|quake|earthquake|tremor|shock|wave|session|debate|vote|fire|phase|tranche)\b",
    re.I,
)
_AGGREGATE = re.compile(r"\baggregate\b", re.I)
_LEG = re.compile(r"\b(?:first|second|opening|return|1st|2nd)[- ]leg\b", re.I)
_RUNOFF = re.compile(r"\brun-?offs?\b", re.I)
# Nouns of one kind of occasion ("the first explosion" / "a second blast").
# "the opening innings" is the first; "the return leg" the second.
_OCCASION_ORDER = {"opening": "first", "1st": "first", "2nd": "second", "3rd": "third", "return": "second",
                   "reverse": "second", "final": "last"}  # fmt: skip
# "in a separate deal", "the other semi-final": the sentence itself says it speaks of another one.
_ANOTHER_ONE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|in a)\s+separate\s+(?!from\b)([\w$£€-]+(?: [a-z-]+)?)"
    r"|\bthe other (?!side\b|sides\b|way\b|hand\b|one\b|ones\b|two\b)([A-Z][\w-]+(?: [A-Z][\w-]+)*(?: [a-z-]+)?"
    r"|[a-z-]+(?= (?:on|in|at|with|was|were|is|are|will)\b|,))"
)
_OCCASION_NOUNS = {"blast": "explosion", "bomb": "explosion", "earthquake": "quake", "tremor": "quake", "shock": "quake",
                   "ballot": "vote"}  # fmt: skip


def _occasions_apart(ca: Claim, cb: Claim) -> str | None:
    """The two sentences speak of differently numbered occasions of one thing ("lost 2-1 in the first leg" /
    "a 3-0 win in the second leg"), named by the same noun."""
    seen: list[dict[str, set[str]]] = []
    for c in (ca, cb):
        found: dict[str, set[str]] = {}
        if _AGGREGATE.search(c.sentence.text):
            found.setdefault("tie", set()).add("aggregate")  # "a 4-3 aggregate win" / "lost the second leg"
        elif _LEG.search(c.sentence.text):
            found.setdefault("tie", set()).add("leg")
        if _RUNOFF.search(c.sentence.text):
            found.setdefault("round", set()).add("second")  # "the runoff" / "the first round"
        for m in _OCCASION.finditer(c.sentence.text):
            which = m.group(1).lower()
            noun = m.group(2).lower()
            found.setdefault(_OCCASION_NOUNS.get(noun, noun), set()).add(_OCCASION_ORDER.get(which, which))
        seen.append(found)
    separate = [_ANOTHER_ONE.search(c.sentence.text) for c in (ca, cb)]
    if bool(separate[0]) != bool(separate[1]):
        said = next(m.group(0) for m in separate if m is not None)
        return f"one of them says it speaks of another one (‘{said}’)"
    for noun in seen[0].keys() & seen[1].keys():
        if noun == "tie" and seen[0][noun] != seen[1][noun]:
            return "one speaks of a single leg, the other of the aggregate over both"
        if not seen[0][noun] & seen[1][noun]:
            return f"one speaks of the {sorted(seen[0][noun])[0]} {noun}, the other of the {sorted(seen[1][noun])[0]}"
    return None


def _lowered(c: Candidate, note: str, similarity: float) -> Candidate:
    """The candidate at low severity, its explanation saying why."""
    if c.severity == "low":
        return c
    return replace(c, severity="low", score=_score("low", similarity), explanation=c.explanation + note)


# ------------------------------------------------------------------------------------------- merging


def _merge(cands: Sequence[Candidate]) -> list[Finding]:
    """One finding per disputed slot: candidates sharing a slot and a sentence are merged."""
    groups: list[list[Candidate]] = []
    keyed: dict[tuple[str, str, tuple[str, int]], int] = {}
    for c in sorted(cands, key=lambda c: (SEVERITY_RANK[c.severity], -c.score)):
        keys = [(c.kind, c.slot, (s.source, s.sentence)) for s in (c.a, c.b)]
        idx = next((keyed[k] for k in keys if k in keyed), None)
        if idx is None:
            idx = len(groups)
            groups.append([])
        groups[idx].append(c)
        for k in keys:
            keyed.setdefault(k, idx)
    findings = []
    for members in groups:
        top = members[0]
        statements: dict[tuple[str, int], Statement] = {}
        for c in members:
            for s in (c.a, c.b):
                statements.setdefault((s.source, s.sentence), s)
        explanation = top.explanation
        if len(members) > 1:
            others = sorted(
                {s.source for c in members[1:] for s in (c.a, c.b)} - {top.a.source, top.b.source}
            )
            if others:
                explanation += f" Also involved: {', '.join(others)}."
        findings.append(
            Finding(
                id="",
                kind=top.kind,
                topic=top.topic,
                severity=top.severity,
                score=round(max(c.score for c in members), 3),
                explanation=explanation,
                statements=tuple(sorted(statements.values(), key=lambda s: (s.source, s.sentence))),
                internal=top.internal,
            )
        )
    findings.sort(
        key=lambda f: (SEVERITY_RANK[f.severity], -f.score, f.statements[0].source, f.statements[0].sentence)
    )
    return [Finding(**{**f.__dict__, "id": f"f{n}"}) for n, f in enumerate(findings, start=1)]


# --------------------------------------------------------------------------------------------- driver


def _containment(claims: Iterable[Claim]) -> set[tuple[str, str]]:
    """Place containment stated anywhere in the corpus: "Dushanbe, the capital of Tajikistan",
    "the Kremlin in Moscow", "Moscow, Russia"."""
    out: set[tuple[str, str]] = set()
    for c in claims:
        places = sorted(
            c.places + tuple(o for o in c.orgs if o.text.lower().startswith("the ")), key=lambda m: m.start
        )
        text = c.sentence.text
        for p, q in itertools.pairwise(places):
            between = text[p.end : q.start].lower().strip()
            if between in (",", "in", "of", "near", ", the capital of", "in the", ", capital of") or (
                len(between) <= 30 and "capital of" in between
            ):
                out.add((p.key, q.key))
    return out


def _pairs_to_compare(prepared: Prepared, settings: Settings) -> list[tuple[Sentence, Sentence, float, bool]]:
    """Aligned links, plus looser cross-source and in-source pairs for polarity, status and numbers."""
    seen: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    out: list[tuple[Sentence, Sentence, float, bool]] = []
    for lk in prepared.links:
        key = ((lk.a.source, lk.a.index), (lk.b.source, lk.b.index))
        seen.add(key)
        out.append((lk.a, lk.b, lk.similarity, False))
    docs = prepared.documents
    emb = prepared.embeddings
    from compare.stories import story_pairs

    for a, b in story_pairs(list(emb), settings.story_threshold):
        if not len(emb[a]) or not len(emb[b]):
            continue
        sim = emb[a] @ emb[b].T
        for i, j in zip(*np.nonzero(sim >= settings.related_threshold), strict=False):
            key = ((docs[a].source.id, int(i)), (docs[b].source.id, int(j)))
            if key not in seen:
                seen.add(key)
                out.append((docs[a].sentences[i], docs[b].sentences[j], float(sim[i, j]), False))
    for d, e in zip(docs, emb, strict=False):
        if len(e) < 2:
            continue
        sim = e @ e.T
        for i, j in zip(*np.nonzero(np.triu(sim >= settings.related_threshold + 0.1, k=1)), strict=False):
            out.append((d.sentences[i], d.sentences[j], float(sim[i, j]), True))
    return out


def detect(
    prepared: Prepared,
    settings: Settings,
    extract: Extract | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> tuple[tuple[Finding, ...], tuple[Statement, ...]]:
    """Find disagreements and single-source claims.

    Args:
        prepared: Sources split, embedded and aligned.
        settings: Thresholds.
        extract: Sentences to claims. Defaults to :func:`~compare.claims.extract_claims` (no cache).
        progress: Called with a stage name, work done and work total.

    Returns:
        ``(findings, unique)``: findings most important first, unique statements in source order.
    """
    docs = prepared.documents
    published = {d.source.id: _parse_date(d.source.published) for d in docs}
    names = {d.source.id: d.source.id for d in docs}
    pairs = _pairs_to_compare(prepared, settings)
    needed = {(s.source, s.index): s for a, b, _, _ in pairs for s in (a, b)}
    linked = {(s.source, s.index) for lk in prepared.links for s in (lk.a, lk.b)}
    for d in docs:
        for s in d.sentences:
            if (s.source, s.index) not in linked:
                needed[(s.source, s.index)] = s
    order = sorted(needed.values(), key=lambda s: (s.source, s.index))
    if progress is not None:
        progress("reading claims", 0, len(order))
    found = (extract or extract_claims)(order, published)
    claims = {(s.source, s.index): c for s, c in zip(order, found, strict=False)}
    ctx = _Context(claims, names, published, _containment(claims.values()))
    cands: list[Candidate] = []
    for n, (a, b, sim, internal) in enumerate(pairs):
        if progress is not None and n % 2000 == 0:
            progress("comparing sentence pairs", n, len(pairs))
        aligned = sim >= settings.align_threshold
        for c in compare_claims(claims[(a.source, a.index)], claims[(b.source, b.index)], sim, ctx, internal):
            if internal and c.kind not in ("polarity", "status") and not (a.heading or b.heading):
                continue  # within one article, only headline-vs-body and done-vs-planned tensions count
            # Looser pairs may speak of the same thing in other words; numbers and dates need alignment.
            if aligned or internal or c.kind not in ("quantity", "date") or sim >= 0.45:
                cands.append(c)
    compared = {frozenset((a.source, b.source)) for a, b, _, _ in pairs if a.source != b.source}
    cands.extend(_role_candidates(claims, ctx, compared))
    cands.extend(_office_candidates(claims, ctx, compared))
    cands.extend(_first_candidates(claims, ctx, compared))
    cands.extend(_person_action_candidates(claims, ctx, compared))
    findings = _merge(cands)
    disputed = {(s.source, s.sentence) for f in findings for s in f.statements}
    return tuple(findings), tuple(_unique(docs, claims, linked, disputed, compared))


def _month_apart(c1: Claim, c2: Claim) -> bool:
    """Published over a month apart: a title or a post may have changed hands in between."""
    return bool(c1.published and c2.published and abs((c1.published - c2.published).days) > 30)


def _role_candidates(
    claims: dict[tuple[str, int], Claim], ctx: _Context, compared: set[frozenset[str]] | None = None
) -> list[Candidate]:
    """One person given conflicting titles by two sources anywhere in their text ("Sheriff Dana
    Whitlock" / "Undersheriff Dana Whitlock"): a person's title is a fact of the whole story, so it is
    checked across all sentences, not only aligned ones. People are bucketed by the start of their
    surname, so the cost stays near-linear."""
    buckets: dict[str, list[tuple[Claim, Mention]]] = {}
    for c in claims.values():
        for m in c.people:
            if m.role and m.key:
                buckets.setdefault(m.key.split()[-1][:3], []).append((c, m))
    out: list[Candidate] = []
    seen: set[tuple[frozenset[str], str, frozenset[str]]] = set()
    for group in buckets.values():
        for (c1, m1), (c2, m2) in itertools.combinations(group, 2):
            if c1.sentence.source == c2.sentence.source or not same_name(m1.key, m2.key):
                continue
            if compared is not None and frozenset((c1.sentence.source, c2.sentence.source)) not in compared:
                continue  # sources about different stories: one surname, possibly two people
            if not _titles_clash((c1, m1), (c2, m2)):
                continue
            key = (
                frozenset((c1.sentence.source, c2.sentence.source)),
                m1.key.split()[-1],
                frozenset((m1.role, m2.role)),
            )
            if key in seen:
                continue
            seen.add(key)
            n1, n2 = ctx.name(c1.sentence.source), ctx.name(c2.sentence.source)
            why = f"{n1} calls {m1.text} {m1.role!r}; {n2} calls {m2.text} {m2.role!r}."
            severity: Severity = "medium"
            if note := _title_note((c1, m1), (c2, m2)):
                severity = "low"
                why += note
            elif _month_apart(c1, c2):
                severity = "low"
                why += " They were published over a month apart, so the title may have changed in between."
            out.append(
                Candidate(
                    "entity",
                    f"role:{m1.key.split()[-1]}",
                    f"role of {m2.text if len(m2.text) > len(m1.text) else m1.text}",
                    severity,
                    calibrated(_score(severity, 0.5)),
                    why,
                    Statement.of(c1.sentence, m1.role, {"person": m1.text, "role": m1.role}),
                    Statement.of(c2.sentence, m2.role, {"person": m2.text, "role": m2.role}),
                )
            )
    return out


# Posts one person holds at a time: two names for one of them is a disagreement.
SINGLE_OFFICES = {
    "ceo", "cfo", "coo", "cto", "cio", "cmo", "president", "prime minister", "chancellor", "mayor", "governor",
    "leader", "chairman", "chairwoman", "chair", "chairperson", "head coach", "coach", "manager", "king", "queen",
    "pope", "director general", "secretary general", "speaker", "premier", "emir", "sultan",
}  # fmt: skip


def _single_office(role: str) -> bool:
    words = role.split()
    return role in SINGLE_OFFICES or (
        len(words) == 2 and words[1] == "minister" and words[0] in PORTFOLIO_WORDS
    )


PORTFOLIO_WORDS = PORTFOLIOS | {"justice"}


def _role_text(role: str) -> str:
    """A normalised title as a reader writes it ("ceo" -> "CEO")."""
    return role.upper() if role in ("ceo", "cfo", "coo", "cto", "cio", "cmo") else role


def _office_candidates(
    claims: dict[tuple[str, int], Claim], ctx: _Context, compared: set[frozenset[str]]
) -> list[Candidate]:
    """Two people named as the present holder of one post of one body by two sources of a story
    ("Corvex's chief executive, Sandra Lim" / "Paul Deveraux, who remains its chief executive")."""
    holders: dict[str, list[tuple[Claim, Mention]]] = {}
    for c in claims.values():
        for m in c.people:
            if m.owner and m.key and _single_office(m.role):
                holders.setdefault(m.role, []).append((c, m))
    out: list[Candidate] = []
    seen: set[tuple[frozenset[str], str]] = set()
    for role, group in holders.items():
        for (c1, m1), (c2, m2) in itertools.combinations(group, 2):
            pair = frozenset((c1.sentence.source, c2.sentence.source))
            if len(pair) < 2 or pair not in compared or same_name(m1.key, m2.key):
                continue
            k1, k2 = m1.owner.lower(), m2.owner.lower()
            o1, o2 = Mention(m1.owner, 0, 0, "org", k1), Mention(m2.owner, 0, 0, "org", k2)
            if not (_same_entity(o1, o2) or _demonym(k1, k2) or _demonym(k2, k1)):
                continue
            if any(same_name(m1.key, p.key) for p in c2.people) or any(
                same_name(m2.key, p.key) for p in c1.people
            ):
                continue  # both named in one sentence: two people, both there
            key = (pair, f"{k1}:{role}")
            if key in seen:
                continue
            seen.add(key)
            n1, n2 = ctx.name(c1.sentence.source), ctx.name(c2.sentence.source)
            post = f"{m1.owner} {_role_text(role)}"  # "Corvex CEO", "French president"
            why = f"{n1} names {m1.text} as {post}; {n2} names {m2.text}. One post, one holder."
            severity: Severity = "medium"
            if _month_apart(c1, c2):
                severity = "low"
                why += (
                    " They were published over a month apart, so the post may have changed hands in between."
                )
            out.append(
                Candidate(
                    "entity",
                    f"office:{k1}:{role}",
                    post,
                    severity,
                    calibrated(_score(severity, 0.5)),
                    why,
                    Statement.of(c1.sentence, m1.text, {"person": m1.text, "role": role, "of": m1.owner}),
                    Statement.of(c2.sentence, m2.text, {"person": m2.text, "role": role, "of": m2.owner}),
                )
            )
    return out


def _person_action_candidates(
    claims: dict[tuple[str, int], Claim], ctx: _Context, compared: set[frozenset[str]]
) -> list[Candidate]:
    """One named person did something in one source and refused, has yet, or is still to do it in another
    ("Quill conceded shortly before midnight" / "Quill, who has refused to concede, says ..."), anywhere in
    two articles of one story: the two sentences are often about different things otherwise."""
    done: dict[tuple[str, str], list[tuple[Claim, Mention]]] = {}
    for c in claims.values():
        if c.status == "done" and c.status_verb:
            for m in c.people:
                if m.key:
                    done.setdefault((m.key.split()[-1][:3], c.status_verb[:5]), []).append((c, m))
    out: list[Candidate] = []
    seen: set[tuple[frozenset[str], str]] = set()
    for c in claims.values():
        if c.status not in ("cancelled", "pending") or not c.status_verb:
            continue
        for m in c.people:
            if not m.key:
                continue
            for d, dm in done.get((m.key.split()[-1][:3], c.status_verb[:5]), []):
                pair = frozenset((c.sentence.source, d.sentence.source))
                if (
                    d.sentence.source == c.sentence.source
                    or pair not in compared
                    or not same_name(m.key, dm.key)
                ):
                    continue
                key = (pair, f"{m.key.split()[-1]}:{c.status_verb}")
                if key in seen:
                    continue
                seen.add(key)
                severity: Severity = "medium"
                state = STATE_WORDS[c.status]
                why = (
                    f"{ctx.name(d.sentence.source)} reports that {dm.text} did it (‘{d.status_cue}’); "
                    f"{ctx.name(c.sentence.source)} calls it {state} (‘{c.status_cue}’)."
                )
                if d.published and c.published and c.published < d.published:
                    severity = "low"
                    why += " The second was published earlier, so it may have happened in between."
                out.append(
                    Candidate(
                        "status",
                        f"s:{c.status_verb}",
                        f"{c.status_verb}: done or not",
                        severity,
                        calibrated(_score(severity, 0.5)),
                        why,
                        Statement.of(d.sentence, d.status_cue, {"status": "done"}),
                        Statement.of(c.sentence, c.status_cue, {"status": c.status}),
                    )
                )
    return out


def _partners(compared: set[frozenset[str]]) -> dict[str, set[str]]:
    """The sources each source is compared with, from the set of compared source pairs."""
    out: dict[str, set[str]] = {}
    for pair in compared:
        if len(pair) == 2:
            x, y = sorted(pair)
            out.setdefault(x, set()).add(y)
            out.setdefault(y, set()).add(x)
    return out


# Kinds of things a story may call "the first": a first agreement, a first visit.
FIRST_KINDS = (
    {"agreement", "treaty", "pact", "accord", "deal", "framework", "partnership", "alliance"},
    {"visit", "trip", "summit"},
)
_FIRST = re.compile(r"\bfirst\b((?:\W+\w+){0,12})", re.I)
_YEAR_WORD = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NOT_A_FIRST = {"time", "quarter", "half", "round", "day", "week", "month", "year", "leg", "stage", "phase"}


def _first_kind(text: str) -> set[str] | None:
    """The kind of thing a sentence calls "the first" ("the first step toward signing a strategic
    agreement", "the first accord of its kind"), or None."""
    for m in _FIRST.finditer(text):
        after = re.findall(r"[a-z]+", m.group(1).lower())
        if after[:1] and after[0] in _NOT_A_FIRST:
            continue
        # "the first (strategic) agreement", or "the first step (in ...) toward (signing) an agreement"
        window = after[:3] if not after or after[0] not in ("step", "steps", "move") else after
        for kind in FIRST_KINDS:
            if any(w.rstrip("s") in kind for w in window):
                return kind
    return None


def _first_candidates(
    claims: dict[tuple[str, int], Claim], ctx: _Context, compared: set[frozenset[str]]
) -> list[Candidate]:
    """One source presents something as a first; another source of the same story speaks of an earlier
    one of the same kind, with a year ("the first step toward a strategic agreement" / "replaces a 2001
    treaty"). Checked across whole articles: the two sentences rarely look alike."""
    years = [int(y) for c in claims.values() for y in _YEAR_WORD.findall(c.sentence.text)]
    if not years:
        return []
    # A first with its own date ("first formalized ... in 2001") is history, not a claim about the news.
    firsts = [
        (c, k)
        for c in claims.values()
        if (k := _first_kind(c.sentence.text)) is not None and not _YEAR_WORD.search(c.sentence.text)
    ]
    # Only sentences with a year can speak of an earlier one; index them by source.
    dated: dict[str, list[Claim]] = {}
    for o in claims.values():
        if _YEAR_WORD.search(o.sentence.text):
            dated.setdefault(o.sentence.source, []).append(o)
    partners = _partners(compared)
    out: list[Candidate] = []
    done: set[frozenset[str]] = set()
    for c, kind in firsts:
        now = c.published.year if c.published else max(years)
        for o in (o for src in sorted(partners.get(c.sentence.source, ())) for o in dated.get(src, ())):
            pair = frozenset((c.sentence.source, o.sentence.source))
            if pair in done:
                continue
            earlier = [int(y) for y in _YEAR_WORD.findall(o.sentence.text) if int(y) < now - 1]
            words = {w.rstrip("s") for w in re.findall(r"[a-z]+", o.sentence.text.lower())}
            if not earlier or not words & kind or _first_kind(o.sentence.text) is not None:
                continue
            if not (o.status == "done" or words & EARLIER or "new" in words):
                continue
            done.add(pair)
            noun = sorted(words & kind)[0]
            nc, no = ctx.name(c.sentence.source), ctx.name(o.sentence.source)
            out.append(
                Candidate(
                    "other",
                    "o:first",
                    "first of its kind?",
                    "medium",
                    calibrated(_score("medium", 0.5)),
                    f"{nc} presents it as a first; {no} speaks of an earlier {noun} ({min(earlier)}). Either it is "
                    "not the first of its kind, or they mean different things.",
                    Statement.of(c.sentence, "first"),
                    Statement.of(o.sentence, str(min(earlier))),
                )
            )
    return out


UNIQUE_PER_SOURCE = 12


def _unique(
    docs: Sequence[Document],
    claims: dict[tuple[str, int], Claim],
    linked: set[tuple[str, int]],
    disputed: set[tuple[str, int]],
    compared: set[frozenset[str]] | None = None,
) -> list[Statement]:
    """Check-worthy claims no other source of the story makes.

    A sentence is listed when it names something no other source compared with it names: a figure of
    a kind nobody else gives for the same counted thing ("47 articles" when nobody else counts
    articles), a person, place or organisation the others never mention ("Dushanbe", "Shahed"), or a
    full date they never give. A sentence that aligns with nothing is also listed when it denies
    something, or names a person or organisation with a date. Sentences already quoted by a finding are
    left out; each source lists at most :data:`UNIQUE_PER_SOURCE`, those with the most new specifics
    first (then in reading order). Sources compared with no other source list nothing: every claim of
    theirs is trivially single-source.
    """
    if compared is None:
        compared = {frozenset((a.source.id, b.source.id)) for a in docs for b in docs}
    partners = _partners(compared)
    heads: dict[str, set[tuple[str, str]]] = {}
    names: dict[str, set[str]] = {}
    dates: dict[str, set[tuple[int, int]]] = {}
    for (source, _), cl in claims.items():
        for q in cl.quantities:
            heads.setdefault(source, set()).add((q.value.dimension, q.head))
        names.setdefault(source, set()).update(m.key for m in (*cl.people, *cl.places, *cl.orgs) if m.key)
        dates.setdefault(source, set()).update((w.month, w.day) for w in cl.dates if w.month and w.day)
    texts = {d.source.id: " ".join(s.text.lower() for s in d.sentences) for d in docs}
    out: list[Statement] = []
    for d in docs:
        mates = partners.get(d.source.id, set())
        if not mates:
            continue
        other_heads = {h for sid in mates for h in heads.get(sid, ())}
        other_names = {n for sid in mates for n in names.get(sid, ())}
        other_dates = {x for sid in mates for x in dates.get(sid, ())}
        other_text = " ".join(texts.get(sid, "") for sid in mates)
        ranked: list[tuple[int, int, Statement]] = []
        for s in d.sentences:
            key = (s.source, s.index)
            found = claims.get(key)
            if found is None or s.heading:
                continue
            c = found
            fresh = [
                q.text
                for q in c.quantities
                if (q.value.point > 2 or q.value.dimension not in ("count", "percent"))
                and not any(
                    dim == q.value.dimension and _overlap({q.head}, {head}) for dim, head in other_heads
                )
            ]
            new_names = [
                m.text
                for m in (*c.people, *c.places, *c.orgs)
                if m.key
                and m.kind != "norp"  # "Russian-Iranian", "Western": a description, not a claim
                and m.key not in other_names
                and m.text.lower() not in other_text
                and m.text.lower().replace(".", "") not in other_text
                and not (m.kind == "person" and any(same_name(m.key, n) for n in other_names))
                and not any(same_place(m.key, n) for n in other_names)
            ]
            new_dates = [x.text for x in c.dates if x.month and x.day and (x.month, x.day) not in other_dates]
            if key in disputed:  # already quoted by a finding: only a figure nobody else gives stays listed
                new_names, new_dates = [], []
            reasons = [
                r for r, hit in (("quantity", fresh), ("entity", new_names), ("date", new_dates)) if hit
            ]
            if not reasons and key not in linked and key not in disputed:
                base = [r for r in c.checkworthy if r != "quantity"]
                if (base and base != ["entity"]) or (base == ["entity"] and (c.people or c.orgs) and c.dates):
                    reasons = base
            if not reasons:
                continue
            picks: list[str] = fresh or new_dates or new_names or [d.text for d in c.dates]
            value = picks[0] if picks else None
            ranked.append(
                (
                    -(len(fresh) + len(new_names) + len(new_dates)),
                    s.index,
                    Statement.of(s, value, {"reasons": reasons}),
                )
            )
        ranked.sort(key=lambda r: (r[0], r[1]))
        out.extend(st for _, _, st in sorted(ranked[:UNIQUE_PER_SOURCE], key=lambda r: r[1]))
    return out


def relation(link: Link, disputed: bool) -> Relation:
    """``conflicts`` when a finding quotes both sentences of a link, else ``same``."""
    return "conflicts" if disputed else "same"


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
