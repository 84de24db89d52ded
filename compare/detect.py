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

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from compare.claims import NEGATIVE_WORDS, SPEECH_VERBS, Claim, Mention, Quantity, When, extract_claims
from compare.config import Settings
from compare.names import same_name
from compare.records import Document, Finding, Kind, Link, Relation, Sentence, Severity, Statement

if TYPE_CHECKING:
    from compare.claimcache import Extract
    from compare.pipeline import Prepared

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
BASE_SCORE = {"high": 0.85, "medium": 0.6, "low": 0.3}

# Words that name the same counted thing.
SYNONYMS = [
    {"people", "person", "individual", "civilian", "resident", "passenger", "victim"},
    {"dead", "death", "die", "kill", "fatality", "life", "toll", "body"},
    {"injure", "injured", "injury", "wound", "wounded", "hurt", "casualty"},
    {"home", "house", "building", "dwelling"},
    {"vote", "ballot"},
    {"seat", "mandate"},
    {"visit", "trip", "meeting", "meet", "summit", "talk", "travel"},
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
    {"resign", "quit", "step", "leave", "depart"},
    {"seize", "fall", "capture", "take", "overrun"},
    {"end", "close", "finish", "conclude", "expire", "run"},
    {"found", "establish", "form", "create", "set", "launch"},
    {"bear", "born", "birth"},
    {"elect", "win", "vote"},
    {"announce", "say", "tell", "state", "declare", "confirm"},
    {"hold", "take", "place", "happen", "occur"},
    {"ratify", "approve", "adopt", "pass"},
    {"die", "kill", "death"},
]
# Synonym groups that name distinct outcomes: a count of the dead is never a count of the injured.
EVENT_GROUPS = {1, 2, 8, 9, 10, 11}
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
}
# Verbs that only place an event in time; two one-date sentences anchored on them speak of the same date.
SCHEDULING = {"be", "hold", "set", "schedule", "take", "place", "happen", "occur", "fall", "come", "slate", "plan",
              "fix", "date", "expect", "due"}  # fmt: skip
RESCHEDULED = {"postpone", "postponed", "reschedule", "rescheduled", "delay", "delayed", "move", "moved",
               "push", "bring", "now", "instead", "revise", "revised"}  # fmt: skip
RATES = {"annual", "annually", "yearly", "monthly", "weekly", "daily", "per", "each", "every", "a-year"}
# Words that place a figure at a stage of reporting: a preliminary and a final count can both be right.
STAGES = {"preliminary", "provisional", "partial", "initial", "initially", "originally", "revised", "updated"}  # fmt: skip
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
ANTONYMS: list[tuple[set[str], set[str], Kind]] = [
    ({"confirm", "admit", "acknowledge"}, {"deny", "dismiss", "refute"}, "polarity"),
    ({"include", "contain", "cover"}, {"exclude", "omit", "lack"}, "polarity"),
    (
        {"pass", "approve", "adopt", "accept", "ratify", "back", "endorse"},
        {"fail", "reject", "defeat", "veto", "block", "vote"},
        "other",
    ),
    ({"win", "victory", "retain", "hold", "keep"}, {"lose", "defeat", "draw"}, "other"),
    ({"convict", "guilty", "sentence"}, {"acquit", "clear", "dismiss"}, "other"),
    (
        {"rise", "increase", "grow", "climb", "gain", "jump", "surge"},
        {"fall", "decrease", "drop", "decline", "shrink", "slump"},
        "other",
    ),
    (
        {"complete", "finalize", "finalise", "close", "conclude"},
        {"abandon", "collapse", "scrap", "cancel", "terminate"},
        "other",
    ),
    ({"open", "reopen"}, {"close", "shut"}, "other"),
    ({"survive", "rescue"}, {"die", "kill", "perish"}, "other"),
    ({"concede", "accept"}, {"refuse", "reject", "contest", "challenge"}, "polarity"),
    ({"before"}, {"after"}, "other"),
]


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

    def name(self, source: str) -> str:
        return self.names.get(source, source)


# ------------------------------------------------------------------------------------------- helpers


def _syn(word: str) -> frozenset[str]:
    for group in SYNONYMS:
        if word in group:
            return frozenset(group)
    return frozenset({word})


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
    for n, group in enumerate(SYNONYMS):
        if word in group and n in EVENT_GROUPS:
            return n
    return None


def _referent(qa: Quantity, qb: Quantity, single: bool) -> tuple[str, str]:
    """What two quantities belong to: ``("same" | "weak" | "different" | "unrelated", reason)``.

    ``single`` says each sentence has only this one quantity of its dimension, so an aligned pair
    probably speaks of the same figure even when the counted nouns are worded differently.
    """
    a, b = qa.value, qb.value
    if a.dimension != b.dimension or (a.dimension == "money" and a.unit != b.unit):
        return "unrelated", ""
    if a.dimension == "points" and a.unit != b.unit:
        return "unrelated", ""
    ga = _event_group(qa.verb) or _event_group(qa.head)
    gb = _event_group(qb.verb) or _event_group(qb.head)
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
    rate_a, rate_b = ma & RATES, mb & RATES
    if rate_a != rate_b:
        return "different", "one is a rate per period, the other a total"
    head_same = bool(_overlap({qa.head}, {qb.head})) or a.dimension != "count"
    if qa.qualifiers and qb.qualifiers and head_same and not _overlap(qa.qualifiers, qb.qualifiers):
        qa_only, qb_only = sorted(qa.qualifiers)[:3], sorted(qb.qualifiers)[:3]
        return "different", f"they measure different things ({' '.join(qa_only)} vs {' '.join(qb_only)})"
    if a.dimension == "count" and not head_same:
        return ("weak", "") if single and qa.verb and _overlap({qa.verb}, {qb.verb}) else ("unrelated", "")
    if a.dimension != "count" and not single:
        shared = _overlap(
            {qa.subject, qa.verb, *qa.qualifiers} - {""}, {qb.subject, qb.verb, *qb.qualifiers} - {""}
        )
        return ("same", "") if shared else ("unrelated", "")
    return "same", ""


def _compatible(qa: Quantity, qb: Quantity) -> bool:
    a, b = qa.value, qb.value
    tol = 1e-6 * max(abs(a.point), abs(b.point), 1.0)
    if a.dimension == "length" or a.dimension == "speed" or a.dimension == "mass" or a.dimension == "area":
        tol = max(tol, 0.03 * max(abs(a.point), abs(b.point)))
    if a.dimension == "temperature":
        tol = max(tol, 0.6)
    return a.low - tol <= b.high and b.low - tol <= a.high


def _rounded(qa: Quantity, qb: Quantity) -> bool:
    """One figure looks like a rounding of the other (within 10 % and a round number)."""
    a, b = qa.value.point, qb.value.point
    if not a or not b:
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
    label = {"duration": "duration", "money": "amount", "percent": "share"}.get(
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


def _cmp_quantities(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    out: list[Candidate] = []
    ca = replace(ca, quantities=tuple(_inherit(q, ca, ctx) for q in ca.quantities)) if ctx.claims else ca
    cb = replace(cb, quantities=tuple(_inherit(q, cb, ctx) for q in cb.quantities)) if ctx.claims else cb
    used_b: set[int] = set()
    dims_a = [q.value.dimension for q in ca.quantities]
    dims_b = [q.value.dimension for q in cb.quantities]
    for qa in ca.quantities:
        rank = {"same": 2, "weak": 1, "different": 0}
        related = []
        for k, qb in enumerate(cb.quantities):
            single = dims_a.count(qa.value.dimension) == 1 and dims_b.count(qb.value.dimension) == 1
            rel, reason = _referent(qa, qb, single and sim >= 0.5)
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
        stage_a, stage_b = ca.markers & STAGES, cb.markers & STAGES
        speakers_differ = bool(ca.speakers and cb.speakers) and not any(
            _same_entity(x, y) for x in ca.speakers for y in cb.speakers
        )
        if rel == "different":
            severity, why = "low", f"{said}, but {reason}, so both may be right."
        elif stage_a != stage_b:
            stage = sorted(stage_a ^ stage_b)[0]
            severity = "low"
            why = f"{said}; one is described as {stage!r}, so they may be counts from different stages of reporting."
        elif speakers_differ and not internal and qa.value.hedge == qb.value.hedge == "approx":
            severity = "low"
            why = (
                f"{said}; these are estimates from different sources ({ca.speakers[0].text} vs "
                f"{cb.speakers[0].text}), so each may be reported accurately."
            )
        elif _rounded(qa, qb):
            severity = "low"
            why = f"{said}; the difference is within rounding or a hedge, so this is likely a matter of precision."
        elif (
            not internal
            and ca.published
            and cb.published
            and ca.published != cb.published
            and qa.value.dimension in ("count", "area", "percent", "money", "length")
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
        out.append(
            Candidate(
                "quantity",
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


def _date_pairs(da: When, db: When) -> tuple[bool, str] | None:
    """Compare two date mentions on the fields both give: ``(conflict, detail)``, or None if none."""
    fa, fb = _fields(da), _fields(db)
    common = [k for k in ("year", "month", "day", "weekday", "minutes") if k in fa and k in fb]
    if not common:
        return None
    for k in common:
        if k == "minutes":
            tolerance = 30 if da.approximate or db.approximate else 10
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


def _cmp_dates(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    out: list[Candidate] = []
    if "done" in (ca.status, cb.status) and {ca.status, cb.status} & NOT_DONE:
        return out  # a done event and a planned one have different dates by nature: a status question
    la = [d for d in ca.dates if not d.dateline]
    lb = [d for d in cb.dates if not d.dateline]
    single = len(la) == 1 and len(lb) == 1
    published_differ = bool(ca.published and cb.published and ca.published != cb.published)
    for da in la:
        verdicts = []
        for db in lb:
            speech_a, speech_b = da.anchor in SPEECH_VERBS, db.anchor in SPEECH_VERBS
            if speech_a != speech_b:
                continue
            if (speech_a or speech_b) and (published_differ or sim < 0.6):
                continue
            same_anchor = da.anchor == db.anchor or bool(_overlap({da.anchor}, {db.anchor}))
            generic = da.anchor in SCHEDULING or db.anchor in SCHEDULING
            if not same_anchor and not (single and generic and sim >= 0.55) and sim < 0.8:
                continue
            v = _date_pairs(_fill_year(da, cb), _fill_year(db, ca))
            if v is not None:
                verdicts.append((db, *v))
        if not verdicts or any(not conflict for _, conflict, _ in verdicts):
            continue
        db, _, detail = verdicts[0]
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        inferred = any(d.resolved and not d.day for d in (da, db))
        severity: Severity = "high" if not inferred and sim >= 0.6 else "medium"
        why = f"{na} says {da.text!r} where {nb} says {db.text!r} ({detail})."
        moved = (ca.lemmas | cb.lemmas) & RESCHEDULED
        if moved:
            severity = "low"
            why += f" One source says the date changed (‘{sorted(moved)[0]}’), so the other may predate the change."
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
    return data


# ------------------------------------------------------------------------------------------ entities


def _role_conflict(ra: str, rb: str) -> bool:
    if not ra or not rb or ra == rb:
        return False
    wa, wb = set(ra.split()), set(rb.split())
    diff = wa ^ wb
    return bool(diff & ROLE_CHANGERS)


def _same_entity(a: Mention, b: Mention) -> bool:
    if a.kind == "person" and b.kind == "person":
        return same_name(a.key, b.key)
    if a.key == b.key or a.key in b.key.split() or b.key in a.key.split():
        return True
    return _acronym(a.text, b.text) or _acronym(b.text, a.text)


def _acronym(short: str, long: str) -> bool:
    s = short.replace(".", "").strip()
    if not (2 <= len(s) <= 6 and s.isupper()):
        return False
    initials = "".join(w[0] for w in long.replace("-", " ").split() if w[:1].isupper())
    return initials == s or initials.replace("T", "", 1) == s


def _cmp_entities(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    out: list[Candidate] = []
    na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
    for pa in ca.people:
        for pb in cb.people:
            if same_name(pa.key, pb.key) and _role_conflict(pa.role, pb.role):
                severity: Severity = "medium" if sim >= 0.5 else "low"
                out.append(
                    Candidate(
                        "entity",
                        f"role:{pa.key.split()[-1]}",
                        f"role of {pb.text if len(pb.text) > len(pa.text) else pa.text}",
                        severity,
                        _score(severity, sim),
                        f"{na} calls {pa.text} {pa.role!r}; {nb} calls {pb.text} {pb.role!r}.",
                        Statement.of(ca.sentence, pa.role, {"person": pa.text, "role": pa.role}),
                        Statement.of(cb.sentence, pb.role, {"person": pb.text, "role": pb.role}),
                        internal,
                    )
                )
    if not internal and (sim >= 0.75 or (sim >= 0.6 and _main_stems(ca) & _main_stems(cb))):
        out.extend(_cmp_slots(ca, cb, sim, ctx))
    return out


ENTITY_KINDS = {"person": "person", "place": "place", "norp": "nationality or country", "org": "organisation"}


def _unmatched(x: Claim, y: Claim, kind: str, ctx: _Context) -> list[Mention]:
    """Entities of ``kind`` in ``x`` that ``y`` does not name, contain or spell differently."""
    pool = {"person": x.people, "place": x.places, "org": x.orgs, "norp": x.places}[kind]
    other = {"person": y.people, "place": y.places + y.orgs, "org": y.orgs + y.places, "norp": y.places}[kind]
    text = " ".join(y.sentence.text.lower().split())
    speakers = {m.key for m in x.speakers}
    out = []
    for m in pool:
        if m.kind != kind or m.key in speakers or not m.key or _dateline(x.sentence.text, m):
            continue
        if any(_same_entity(m, o) or _contains(ctx, m, o) for o in other):
            continue
        if (
            m.key in text
            or m.text.lower() in text
            or (kind == "person" and m.key.split()[-1] in name_keys(y))
        ):
            continue
        if kind == "place" and not _locative(x.sentence.text, m):
            continue
        out.append(m)
    return out


def _locative(text: str, m: Mention) -> bool:
    """A place that says where something happened or went: "in Geneva", "at the Kremlin", "to Oskarsby"."""
    before = text[: m.start].lower().split()[-2:]
    preps = ("in", "at", "near", "outside", "inside", "to", "from", "off", "into", "toward", "towards", "for")
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


def _cmp_slots(ca: Claim, cb: Claim, sim: float, ctx: _Context) -> list[Candidate]:
    """A different person, place or organisation in the same slot of two accounts of one event."""
    out: list[Candidate] = []
    for kind in ("person", "place", "norp", "org"):
        ua, ub = _unmatched(ca, cb, kind, ctx), _unmatched(cb, ca, kind, ctx)
        if len(ua) != 1 or len(ub) != 1:
            continue
        a, b = ua[0], ub[0]
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
                f"{kind}:{a.key}",
                what,
                severity,
                _score(severity, sim),
                why,
                Statement.of(ca.sentence, a.text, {kind: a.text}),
                Statement.of(cb.sentence, b.text, {kind: b.text}),
            )
        )
    return out[:1]


def _contains(ctx: _Context, a: Mention, b: Mention) -> bool:
    return (a.key, b.key) in ctx.containment or (b.key, a.key) in ctx.containment


# ---------------------------------------------------------------------------------------- attribution


_QUOTE = re.compile(r"[\"“”]([^\"“”]{12,})[\"“”]")


def _quoted_words(text: str) -> set[str]:
    return {w for q in _QUOTE.findall(text) for w in re.findall(r"[a-z]+", q.lower()) if len(w) > 2}


def _cmp_attribution(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """The same statement or quotation credited to different people or bodies."""
    if internal or not ca.speakers or not cb.speakers:
        return []
    qa, qb = _quoted_words(ca.sentence.text), _quoted_words(cb.sentence.text)
    same_quote = bool(qa and qb) and len(qa & qb) / min(len(qa), len(qb)) >= 0.7
    if not same_quote and sim < 0.8:
        return []
    for kind in ("person", "org"):
        sa = [m for m in ca.speakers if m.kind == kind]
        sb = [m for m in cb.speakers if m.kind == kind]
        if not sa or not sb or any(_same_entity(x, y) for x in sa for y in sb):
            continue
        x, y = sa[0], sb[0]
        if x.key in cb.sentence.text.lower() or y.key in ca.sentence.text.lower():
            continue
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        what = "the same quotation" if same_quote else "this"
        severity: Severity = "high" if same_quote and kind == "person" else "medium"
        return [
            Candidate(
                "attribution",
                f"who:{x.key}",
                "who said it",
                severity,
                _score(severity, sim),
                f"{na} attributes {what} to {x.text}; {nb} to {y.text}.",
                Statement.of(ca.sentence, x.text, {"speaker": x.text}),
                Statement.of(cb.sentence, y.text, {"speaker": y.text}),
            )
        ]
    return []


# ------------------------------------------------------------------------------------------ polarity


def _cmp_polarity(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """One source denies what the other affirms.

    Reported only when the other sentence is wholly affirmative (no negation cue and no negative word
    such as "lacks", "awaits", "lost"), has the same modality (a plan is not a denial of a fact), and
    contains the negated predicate: the verb for a verbal negation ("did not raise" / "raised"), or the
    denied noun phrase for a copular or "no X" negation ("is not a military alliance" / "an alliance").
    """
    out: list[Candidate] = []
    for x, y, flip in ((ca, cb, False), (cb, ca, True)):
        if y.main_verbs & NEGATIVE_WORDS:
            continue
        for neg in x.negations:
            if neg.yet or not neg.focus:
                continue
            denied = {neg.predicate, *neg.focus} - {""}
            if any(_overlap({n.predicate, *n.focus} - {""}, denied) for n in y.negations):
                continue
            if y.status in ("expected", "hedged") and y.status_verb and _overlap({y.status_verb}, denied):
                continue
            if neg.predicate and not _overlap({neg.predicate}, y.lemmas | y.verbs):
                continue
            hit = _overlap(neg.focus, y.lemmas)
            if not hit and not neg.predicate:
                continue
            coverage = len(hit) / max(len(neg.focus), 1)
            head_hit = not neg.noun or bool(_overlap({neg.noun}, hit))
            severity: Severity
            if not head_hit and not neg.predicate:
                # Only a modifier is shared ("military cooperation" vs "not a military alliance").
                if internal or sim < 0.5:
                    continue
                severity = "low"
            elif (coverage >= 0.99 or neg.predicate) and sim >= 0.6:
                severity = "high" if sim >= 0.7 and coverage >= 0.99 else "medium"
            elif coverage >= 0.5 and sim >= 0.5:
                severity = "medium"
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
    if out:
        return out[:1]
    for pos_words, neg_words, kind in ANTONYMS:
        hit_a, hit_b = ca.main_verbs & pos_words, cb.main_verbs & neg_words
        if not (hit_a and hit_b):
            hit_a, hit_b = ca.main_verbs & neg_words, cb.main_verbs & pos_words
        if not (hit_a and hit_b) or hit_a & hit_b or sim < 0.55:
            continue
        if ca.main_verbs & cb.main_verbs & (pos_words | neg_words):
            continue
        severity = "medium"
        na, nb = ctx.name(ca.sentence.source), ctx.name(cb.sentence.source)
        va, vb = sorted(hit_a)[0], sorted(hit_b)[0]
        out.append(
            Candidate(
                kind,
                f"ant:{va}/{vb}",
                f"{va} or {vb}",
                severity,
                _score(severity, sim),
                f"{na} says ‘{va}’ where {nb} says ‘{vb}’ about the same event.",
                Statement.of(ca.sentence, va),
                Statement.of(cb.sentence, vb),
                internal,
            )
        )
    return out


# -------------------------------------------------------------------------------------------- status


def _stems(claim: Claim) -> set[str]:
    return {w[:6] for w in claim.lemmas | claim.verbs if len(w) >= 4}


NOT_DONE = {"expected", "pending", "cancelled", "hedged"}
STATE_WORDS = {"expected": "expected or planned", "pending": "still pending", "cancelled": "called off or blocked",
               "hedged": "speculative"}  # fmt: skip


def _cmp_status(ca: Claim, cb: Claim, sim: float, ctx: _Context, internal: bool) -> list[Candidate]:
    """Done vs not done: one source reports an event as having happened, the other as planned,
    still pending, called off, or only speculated."""
    if {ca.status, cb.status} & {"done"} != {"done"} or not ({ca.status, cb.status} & NOT_DONE):
        return []
    done, other = (ca, cb) if ca.status == "done" else (cb, ca)
    stem_d, stem_o = done.status_verb[:6], other.status_verb[:6]
    same_event = bool(stem_d and stem_d == stem_o) or (
        not internal
        and sim >= 0.55
        and ((bool(stem_d) and stem_d in _stems(other)) or (bool(stem_o) and stem_o in _stems(done)))
    )
    if not same_event:
        return []
    nd, no = ctx.name(done.sentence.source), ctx.name(other.sentence.source)
    verb = done.status_verb or other.status_verb
    state = STATE_WORDS[other.status]
    severity: Severity
    if internal:
        severity = "low"
        why = (
            f"{nd} reports ‘{verb}’ as done in one place and as {state} (‘{other.status_cue}’) in another; "
            "the text was probably written at different times."
        )
    elif other.status == "hedged":
        severity = "low"
        why = f"{no} is speculative (‘{other.status_cue}’) where {nd} reports it as done: speculation vs report."
    elif (
        done.published
        and other.published
        and other.published < done.published
        and other.status != "cancelled"
    ):
        severity = "low"
        why = (
            f"{no} (published {other.published}) calls ‘{verb}’ {state} (‘{other.status_cue}’); {nd} "
            f"(published {done.published}) reports it done. The difference is one of publication time."
        )
    elif done.published and other.published:
        severity = "high" if sim >= 0.6 and other.published == done.published else "medium"
        why = (
            f"{nd} (published {done.published}) reports ‘{verb}’ as done, but {no} (published {other.published}), "
            f"written the same day or later, calls it {state} (‘{other.status_cue}’)."
        )
    elif other.status == "cancelled":
        severity = "medium"
        why = f"{nd} reports ‘{verb}’ as done; {no} calls it {state} (‘{other.status_cue}’)."
    else:
        severity = "low"
        why = (
            f"{nd} reports ‘{verb}’ as done; {no} as {state} (‘{other.status_cue}’). Without publication dates "
            "this may only mean they were written at different times."
        )
    sd = Statement.of(done.sentence, done.status_cue, {"status": "done"})
    so = Statement.of(other.sentence, other.status_cue, {"status": other.status})
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


COMPARATORS = (
    _cmp_quantities,
    _cmp_dates,
    _cmp_entities,
    _cmp_attribution,
    _cmp_polarity,
    _cmp_status,
    _cmp_other,
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
    return out


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
    prepared: Prepared, settings: Settings, extract: Extract | None = None
) -> tuple[tuple[Finding, ...], tuple[Statement, ...]]:
    """Find disagreements and single-source claims.

    Args:
        prepared: Sources split, embedded and aligned.
        settings: Thresholds.
        extract: Sentences to claims. Defaults to :func:`~compare.claims.extract_claims` (no cache).

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
    found = (extract or extract_claims)(order, published)
    claims = {(s.source, s.index): c for s, c in zip(order, found, strict=False)}
    ctx = _Context(claims, names, published, _containment(claims.values()))
    cands: list[Candidate] = []
    for a, b, sim, internal in pairs:
        aligned = sim >= settings.align_threshold
        for c in compare_claims(claims[(a.source, a.index)], claims[(b.source, b.index)], sim, ctx, internal):
            if internal and c.kind not in ("polarity", "status") and not (a.heading or b.heading):
                continue  # within one article, only headline-vs-body and done-vs-planned tensions count
            # Looser pairs may speak of the same thing in other words; numbers and dates need alignment.
            if aligned or internal or c.kind not in ("quantity", "date") or sim >= 0.5:
                cands.append(c)
    findings = _merge(cands)
    disputed = {(s.source, s.sentence) for f in findings for s in f.statements}
    return tuple(findings), tuple(_unique(docs, claims, linked, disputed))


def _unique(
    docs: Sequence[Document],
    claims: dict[tuple[str, int], Claim],
    linked: set[tuple[str, int]],
    disputed: set[tuple[str, int]],
) -> list[Statement]:
    """Check-worthy claims no other source makes.

    A figure is unique when no other source gives a figure of the same kind for the same counted thing
    ("47 articles" when nobody else counts articles), even inside a sentence that aligns with others; a
    sentence without figures is unique when it aligns with nothing and names a date, a person or
    organisation, or denies something.
    """
    heads: dict[str, set[tuple[str, str]]] = {}
    for (source, _), c in claims.items():
        for q in c.quantities:
            heads.setdefault(source, set()).add((q.value.dimension, q.head))
    out: list[Statement] = []
    for d in docs:
        others = {h for sid, hs in heads.items() if sid != d.source.id for h in hs}
        for s in d.sentences:
            key = (s.source, s.index)
            found = claims.get(key)
            if found is None:
                continue
            c = found
            fresh = [
                q
                for q in c.quantities
                if q.value.point > 2
                and not any(dim == q.value.dimension and _overlap({q.head}, {head}) for dim, head in others)
            ]
            if fresh:
                out.append(Statement.of(s, fresh[0].text, {"reasons": ["quantity"]}))
                continue
            if key in linked or key in disputed or s.heading:
                continue
            reasons = [r for r in c.checkworthy if r != "quantity"]
            if (reasons and reasons != ["entity"]) or (
                reasons == ["entity"] and (c.people or c.orgs) and c.dates
            ):
                value = c.dates[0].text if c.dates else None
                out.append(Statement.of(s, value, {"reasons": reasons}))
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
