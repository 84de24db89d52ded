"""Reproducible synthetic news corpora for the benchmarks.

Method
------
The corpus is a set of invented *events*, each covered by several *articles*, written as Markdown files
with YAML front matter (title, outlet, published date), the way crosscheck reads real articles.

1. **Events.** ``n_articles`` is split into events of 3 to 12 articles each (7.5 on average, so N
   articles make roughly N/5 to N/10 events). Each event draws one of 18 event types (earthquake,
   flood, wildfire, election, trial, merger, strike, product launch, rocket launch, cup final, train
   derailment, outbreak, rate decision, summit, protest, cyberattack, plant explosion, heatwave) and its
   own invented world: a city, district, region and country built from syllables, people (first name +
   surname from mixed-origin lists), organisations, numbers (deaths, seats, prices, percentages ...),
   a date and a weekday. No two events share their names, so events of one type differ in entities
   and figures but share phrasing, as real coverage of two earthquakes does.
2. **Sentences.** Each event type has a headline, a lede with a wire-style dateline, and 10 to 12 fact
   slots, each written in two or three real-style variants (numbers with hedges such as "at least" and
   "about", dates, names, direct quotes, attributions, denials). Twenty generic slots (officials'
   statements, residents' quotes, experts, background, calls for an inquiry, unverified reports) are
   shared by all types and filled with the event's entities, so that almost every sentence of the
   corpus is unique text.
3. **Articles.** An article of an event takes the headline, the lede, and 8 to 28 further slots (10 to
   30 sentences in all), each in a randomly chosen variant, grouped into paragraphs of one to three
   sentences. Its outlet is one of 40 invented outlets; it is published on the event day or up to
   three days later.
4. **Planted differences.** About 60 % of articles change one fact of their event before rendering:
   a number scaled by 0.5 to 2 (most often), the weekday moved by one day, the spokesperson's surname
   replaced, or a confirmation turned into a denial. Each is recorded in ``manifest.json`` with the
   article id, the slot and both values.

Everything is drawn from one ``random.Random(seed)``, so a given ``(n_articles, seed)`` always gives
byte-identical files. The generator needs only the standard library.

Usage::

    python benchmarks/corpus.py 1000 /tmp/corpus-1000 --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

Facts = dict[str, object]

# ------------------------------------------------------------------------------------------- word lists

_SYL_A = [
    "Kar",
    "Vel",
    "Osk",
    "Bren",
    "Tal",
    "Mor",
    "Hal",
    "Dun",
    "Ser",
    "Lin",
    "Ash",
    "Cor",
    "Fen",
    "Gar",
    "Ril",
    "Sol",
    "Tor",
    "Ved",
    "Wyn",
    "Zel",
    "Bar",
    "Cal",
    "Dre",
    "Elm",
    "Far",
    "Gol",
    "Hes",
    "Isk",
    "Jor",
    "Kel",
    "Lom",
    "Nar",
    "Orv",
    "Pel",
    "Quin",
    "Ros",
    "Sav",
    "Tem",
    "Ulm",
    "Var",
]
_SYL_B = ["a", "e", "o", "i", "u", "an", "en", "ar", "el", "or", "is"] + [""] * 4
_SYL_C = [
    "mouth",
    "ford",
    "vik",
    "grad",
    "ston",
    "haven",
    "mere",
    "dal",
    "burg",
    "field",
    "port",
    "wick",
    "ton",
    "ra",
    "ria",
    "nes",
    "stad",
    "holm",
    "bury",
    "gate",
    "brook",
    "cliff",
    "moor",
    "ley",
]
_COUNTRY_END = ["ia", "land", "ova", "istan", "ar", "ence", "avia", "onia"]
_FIRST = [
    "Amara",
    "Tomas",
    "Helena",
    "Rafael",
    "Ingrid",
    "Kofi",
    "Mei",
    "Arjun",
    "Sofia",
    "Dmitri",
    "Leila",
    "Jonas",
    "Priya",
    "Mateo",
    "Ayesha",
    "Oskar",
    "Yuki",
    "Farid",
    "Elena",
    "Samuel",
    "Nadia",
    "Pieter",
    "Chidi",
    "Lucia",
    "Emil",
    "Hana",
    "Omar",
    "Greta",
    "Tariq",
    "Ines",
    "Viktor",
    "Zainab",
    "Bruno",
    "Anya",
    "Kwame",
    "Lotte",
    "Ravi",
    "Marta",
    "Idris",
    "Clara",
    "Felix",
    "Noor",
    "Anders",
    "Beatriz",
    "Hassan",
    "Maren",
    "Julien",
    "Sena",
    "Tobias",
    "Rosa",
    "Malik",
    "Ewa",
    "Daniel",
    "Yara",
    "Stefan",
    "Imani",
    "Paulo",
    "Kira",
    "Aziz",
    "Freya",
]
_LAST = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Haddad",
    "Nakamura",
    "Petrov",
    "Alvarez",
    "Mensah",
    "Kowalski",
    "Brennan",
    "Sato",
    "Rahimi",
    "Varga",
    "Oyelaran",
    "Castellano",
    "Holm",
    "Drummond",
    "Quill",
    "Sarkis",
    "Ybarra",
    "Eide",
    "Ramaswamy",
    "Lim",
    "Novak",
    "Costa",
    "Fischer",
    "Adeyemi",
    "Tanaka",
    "Baptiste",
    "Wojcik",
    "Lindgren",
    "Achebe",
    "Marchetti",
    "Kaur",
    "Bergstrom",
    "Delacroix",
    "Osei",
    "Vasquez",
    "Horvat",
    "Suzuki",
    "Mwangi",
    "Larsen",
    "Rossi",
    "Ibrahim",
    "Kovacs",
    "Nilsson",
    "Mendez",
    "Abara",
    "Falk",
    "Duarte",
    "Hughes",
    "Karimi",
    "Strand",
    "Obi",
    "Romero",
    "Jansen",
    "Tavares",
    "Ekstrom",
    "Nair",
    "Kruger",
    "Mbeki",
    "Sorensen",
    "Albescu",
    "Farrow",
    "Pryce",
    "Lund",
    "Castro",
    "Benali",
    "Rowe",
    "Yilmaz",
    "Amundsen",
    "Coelho",
    "Harker",
]
_OUTLET_A = [
    "Northern",
    "Meridian",
    "Capital",
    "Coastal",
    "Evening",
    "Daily",
    "Continental",
    "Harbour",
    "Valley",
    "Global",
]
_OUTLET_B = ["Ledger", "Wire", "Courier", "Gazette", "Herald", "Observer", "Post", "Dispatch"]
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_HEDGES = ("", "", "at least ", "about ", "more than ", "nearly ")


def _place(rng: random.Random) -> str:
    return rng.choice(_SYL_A) + rng.choice(_SYL_B) + rng.choice(_SYL_C)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _int(value: object) -> int:
    return value if isinstance(value, int) else int(str(value).split(".")[0])


def _num(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


# ------------------------------------------------------------------------------------------ event types


@dataclass(frozen=True)
class EventType:
    """One kind of news event: how its facts are drawn and how its sentences are written.

    Attributes:
        name: Short type name, used in event slugs.
        facts: Draws the type-specific facts of one event.
        headlines: Headline variants.
        ledes: Lede variants (a dateline is prepended).
        slots: Fact slots; each is a tuple of variants saying the same thing.
        numeric: Names of integer facts that planted differences may change.
        denial: A ``(fact, yes, no)`` triple: a fact whose value flips between a confirmation and a
            denial, or ``None``.
    """

    name: str
    facts: Callable[[random.Random], Facts]
    headlines: tuple[str, ...]
    ledes: tuple[str, ...]
    slots: tuple[tuple[str, ...], ...]
    numeric: tuple[str, ...]
    denial: tuple[str, str, str] | None = None


def _r(lo: int, hi: int) -> Callable[[random.Random], int]:
    return lambda rng: rng.randint(lo, hi)


def _facts(**draws: Callable[[random.Random], object]) -> Callable[[random.Random], Facts]:
    def draw(rng: random.Random) -> Facts:
        return {k: fn(rng) for k, fn in draws.items()}

    return draw


def _pick(*options: str) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(options)


def _flt(lo: float, hi: float) -> Callable[[random.Random], float]:
    return lambda rng: round(rng.uniform(lo, hi), 1)


TYPES: tuple[EventType, ...] = (
    EventType(
        "earthquake",
        _facts(
            magnitude=_flt(5.2, 7.8),
            depth=_r(8, 70),
            deaths=_r(3, 400),
            injured=_r(20, 3000),
            buildings=_r(15, 2500),
            aftershocks=_r(5, 90),
            epi_km=_r(6, 60),
            hour=_r(1, 11),
        ),
        (
            "Magnitude {magnitude} earthquake kills {deaths_h} in {region}",
            "Deadly quake strikes near {city}, flattening homes in {district}",
        ),
        (
            "A magnitude {magnitude} earthquake struck {region} early on {weekday}, killing {deaths_h} "
            "people and injuring {injured_h}, officials said.",
            "At least {deaths} people were killed when a powerful earthquake shook {city} and the "
            "surrounding villages before dawn on {weekday}.",
        ),
        (
            (
                "The quake hit at {hour}:{minute} a.m. local time at a depth of {depth} kilometres, "
                "according to the {country} Seismological Institute.",
                "Seismologists put its depth at {depth} kilometres, shallow enough to cause severe "
                "shaking across {district}.",
            ),
            (
                "Its epicentre was about {epi_km} kilometres north-east of {city}.",
                "The epicentre lay {epi_km} km from {city}, in a sparsely populated valley.",
            ),
            (
                "{buildings_h} buildings collapsed or were badly damaged, the civil defence agency said.",
                "Civil defence officials counted {buildings} damaged buildings, many of them older "
                "homes made of mud brick.",
            ),
            (
                "Rescuers were still pulling survivors from the rubble in {district} on {weekday} night.",
                '"We can hear people under the concrete," rescue worker {witness} said in {district}.',
            ),
            (
                "The institute recorded {aftershocks} aftershocks in the first twelve hours.",
                "More than {aftershocks} aftershocks rattled the region, sending residents back into "
                "the streets.",
            ),
            (
                "Hospitals in {city} said they were treating {injured_h} injured people.",
                "The health ministry said {injured} people had been admitted to hospital, {serious} of "
                "them in serious condition.",
            ),
            (
                "Power and water supplies were cut in large parts of {district}.",
                "Electricity was restored to most of {city} by the evening, the grid operator said.",
            ),
            (
                "Officials said a tsunami warning was {tsunami} after the quake.",
                "A tsunami alert was {tsunami}, the coastal authority said.",
            ),
            (
                "The last earthquake of similar strength in {region} struck in {since_year}.",
                "{region} sits on an active fault line and was hit by a deadly quake in {since_year}.",
            ),
            (
                "Tents were set up in a football stadium in {city} for people afraid to return home.",
                "Some {evacuated_h} residents spent the night outdoors or in emergency shelters.",
            ),
        ),
        ("deaths", "injured", "buildings", "aftershocks", "depth", "epi_km"),
        ("tsunami", "issued", "not issued"),
    ),
    EventType(
        "flood",
        _facts(
            rain_mm=_r(80, 420),
            deaths=_r(1, 60),
            evacuated=_r(300, 40000),
            homes=_r(50, 9000),
            level=_flt(3.0, 9.5),
            bridges=_r(1, 14),
            hours=_r(12, 72),
        ),
        (
            "Floods force {evacuated_h} from their homes in {region}",
            "{river} bursts its banks as record rain hits {city}",
        ),
        (
            "Flooding along the {river} has forced {evacuated_h} people from their homes in {region} "
            "and killed {deaths}, authorities said on {weekday}.",
            "Torrential rain sent the {river} over its banks in {city} on {weekday}, flooding "
            "{homes_h} homes and killing {deaths_h} people.",
        ),
        (
            (
                "{rain_mm} millimetres of rain fell in {hours} hours, the national weather service said.",
                "Forecasters said {rain_mm} mm of rain had fallen on the region in {hours} hours, more "
                "than in a normal month.",
            ),
            (
                "The river peaked at {level} metres, its highest level since records began.",
                "Water levels on the {river} reached {level} m at the {district} gauge on {weekday} evening.",
            ),
            (
                "{homes_h} homes were flooded, many of them in low-lying {district}.",
                "Officials estimate that {homes} houses were under water by nightfall.",
            ),
            (
                "{bridges} bridges were closed and several roads into {city} were impassable.",
                "Police closed {bridges} bridges over the {river} as a precaution.",
            ),
            (
                "Soldiers used boats to rescue residents trapped on rooftops in {district}.",
                '"The water came up to the second floor in less than an hour," said {witness}, a '
                "shop owner in {district}.",
            ),
            (
                "Among the dead was an elderly man swept away while trying to cross a flooded road.",
                "Most of the {deaths} victims drowned in their homes or cars, police said.",
            ),
            (
                "More rain is forecast until {next_weekday}, and the weather service kept its red "
                "warning in place.",
                "The weather service said the rain would ease by {next_weekday}.",
            ),
            (
                "Emergency shelters in schools and sports halls were housing {evacuated_h} people.",
                "About {evacuated} people were evacuated, the civil protection agency said.",
            ),
            (
                "The {river} dam upstream of {city} was {damage}, the water authority said.",
                "Engineers said the dam above {city} was {damage}.",
            ),
            (
                "Farmers in {region} said crops had been destroyed just weeks before the harvest.",
                "Insurers said it was too early to estimate the cost of the damage.",
            ),
        ),
        ("deaths", "evacuated", "homes", "rain_mm", "bridges", "hours"),
        ("damage", "not damaged", "damaged"),
    ),
    EventType(
        "wildfire",
        _facts(
            hectares=_r(400, 60000),
            contained=_r(0, 70),
            firefighters=_r(80, 3000),
            homes=_r(3, 900),
            evacuated=_r(500, 30000),
            aircraft=_r(2, 30),
            temp=_r(34, 46),
        ),
        (
            "Wildfire near {city} forces {evacuated_h} to flee",
            "{district} fire burns {hectares_h} hectares as heat grips {region}",
        ),
        (
            "A wildfire near {city} has burned {hectares_h} hectares and destroyed {homes} homes, "
            "officials said on {weekday}.",
            "Firefighters battled a fast-moving blaze in {region} on {weekday} that has forced "
            "{evacuated_h} residents to leave their homes.",
        ),
        (
            (
                "The fire was {contained} per cent contained by {weekday} evening.",
                "Crews had contained {contained}% of the fire, the fire service said.",
            ),
            (
                "{firefighters_h} firefighters were on the fire lines, backed by {aircraft} aircraft.",
                "{aircraft} water-bombing aircraft and {firefighters} firefighters were deployed.",
            ),
            (
                "{homes_h} homes and farm buildings were destroyed in {district}.",
                "The blaze destroyed {homes} houses, the regional fire chief said.",
            ),
            (
                "Temperatures reached {temp} degrees Celsius, and strong winds fanned the flames.",
                "Forecasters expect temperatures of up to {temp}C through {next_weekday}.",
            ),
            (
                "Authorities said the fire was {cause}.",
                "Investigators said the fire was {cause}, though the exact cause was still unknown.",
            ),
            (
                '"If you are told to go, go," fire chief {witness} said at a briefing in {city}.',
                '"The wind is our biggest enemy," said {witness}, who leads the crews in {district}.',
            ),
            (
                "Smoke from the fire could be seen from {capital}, {distance} kilometres away.",
                "Air quality warnings were issued across {region} as smoke drifted over {city}.",
            ),
            (
                "Evacuation centres in {city} were housing {evacuated_h} people.",
                "About {evacuated} people were ordered to leave, officials said.",
            ),
            (
                "It is the largest wildfire in {country} so far this year.",
                "The fire is the worst to hit {region} since {since_year}.",
            ),
            (
                "Two firefighters were treated for smoke inhalation.",
                "No deaths have been reported, the fire service said.",
            ),
        ),
        ("hectares", "contained", "firefighters", "homes", "evacuated", "aircraft"),
        ("cause", "not caused by lightning", "caused by lightning"),
    ),
    EventType(
        "election",
        _facts(
            share=_flt(28.0, 55.0),
            seats=_r(20, 180),
            rival_seats=_r(10, 150),
            turnout=_r(38, 82),
            total=_r(120, 400),
            margin=_r(2, 40),
        ),
        (
            "{winner_party} wins {country} election as {rival_party} slumps",
            "{winner} claims victory in {country} vote",
        ),
        (
            "{winner}'s {winner_party} won {country}'s general election on {weekday} with {share} per "
            "cent of the vote, official results showed.",
            "Voters in {country} handed {winner} and the {winner_party} a clear victory on {weekday}, "
            "ending years of rule by the {rival_party}.",
        ),
        (
            (
                "The party won {seats} of the {total} seats in parliament.",
                "{winner_party} secured {seats} seats, the electoral commission said.",
            ),
            (
                "The {rival_party} took {rival_seats} seats, down sharply from the last election.",
                "{rival} conceded after the {rival_party} fell to {rival_seats} seats.",
            ),
            (
                "Turnout was {turnout} per cent, according to the commission.",
                "The electoral commission put turnout at {turnout}%.",
            ),
            (
                '"Tonight {country} chose change," {winner} told supporters in {capital}.',
                "{winner}, a former {profession}, thanked volunteers in a speech in {capital}.",
            ),
            (
                "{winner_last} will need coalition partners to reach a majority of {majority} seats.",
                "With {seats} seats, {winner_last} can govern without a coalition partner.",
            ),
            (
                "International observers said the vote was {fair}.",
                "Observers from the regional security body called the election {fair}.",
            ),
            (
                "Queues formed outside polling stations in {city} well before they opened.",
                "A polling station in {district} opened {delay} minutes late because of a power cut.",
            ),
            (
                "The result is expected to be certified on {next_weekday}.",
                "Official results will be published on {next_weekday}, the commission said.",
            ),
            (
                "Opinion polls before the vote had put the two parties within {margin} points.",
                "The final poll had given the {winner_party} a lead of {margin} points.",
            ),
            (
                "The economy and housing costs dominated the campaign.",
                "Voters told reporters that rising prices had decided their vote.",
            ),
        ),
        ("seats", "rival_seats", "turnout", "total", "margin"),
        ("fair", "free and fair", "not free and fair"),
    ),
    EventType(
        "trial",
        _facts(
            years=_r(2, 25),
            jury_days=_r(1, 9),
            counts=_r(2, 14),
            fine=_r(20, 900),
            victims=_r(2, 60),
            weeks=_r(3, 20),
        ),
        (
            "{defendant} jailed for {years} years over {charge}",
            "Court convicts {defendant_role} {defendant} of {charge}",
        ),
        (
            "A court in {city} on {weekday} sentenced {defendant}, a former {defendant_role}, to "
            "{years} years in prison for {charge}.",
            "{defendant} was found guilty of {charge} on {weekday} after a {weeks}-week trial in {city}.",
        ),
        (
            (
                "The jury deliberated for {jury_days} days before reaching its verdict.",
                "Jurors returned the verdict after {jury_days} days of deliberations.",
            ),
            (
                "{defendant_last} was convicted on {counts} counts.",
                "Prosecutors had brought {counts} charges against {defendant_last}.",
            ),
            (
                "Judge {judge} also ordered {defendant_last} to pay a fine of {fine},000 {currency}.",
                "The court imposed a fine of {fine},000 {currency}, Judge {judge} said.",
            ),
            (
                "Prosecutor {prosecutor} said {victims} people had lost their savings.",
                '"This was a betrayal of {victims} families," prosecutor {prosecutor} told the court.',
            ),
            (
                "{defendant_last} {plea} the charges throughout the trial.",
                "Throughout the {weeks}-week trial, {defendant_last} {plea} wrongdoing.",
            ),
            (
                "{defendant_last}'s lawyer said they would appeal the verdict.",
                "The defence said it would study the judgment before deciding on an appeal.",
            ),
            (
                "Relatives of the victims wept in the public gallery as the sentence was read.",
                '"Nothing gives us back what we lost," said {witness}, whose parents were among the victims.',
            ),
            (
                "The case began in {since_year} after an investigation by the {country} anti-fraud office.",
                "Investigators first raided {defendant_last}'s offices in {since_year}.",
            ),
            (
                "Sentencing guidelines allow up to {max_years} years for the most serious count.",
                "The maximum sentence for the charge is {max_years} years.",
            ),
            (
                "{defendant_last} will be eligible for parole after serving half the sentence.",
                "The court ordered that {defendant_last} be taken into custody immediately.",
            ),
        ),
        ("years", "jury_days", "counts", "fine", "victims", "weeks"),
        ("plea", "denied", "admitted"),
    ),
    EventType(
        "merger",
        _facts(
            price=_flt(1.2, 48.0),
            premium=_r(12, 70),
            jobs=_r(200, 9000),
            rise=_r(4, 40),
            fall=_r(1, 12),
            employees=_r(2000, 90000),
            revenue=_flt(0.3, 20.0),
        ),
        (
            "{acquirer} to buy {target} for ${price} billion",
            "{acquirer} agrees takeover of rival {target}",
        ),
        (
            "{acquirer} agreed on {weekday} to buy {target} for ${price} billion in cash, creating one "
            "of the largest {industry} groups in {country}.",
            "{target} shareholders will receive ${price} billion under a takeover by {acquirer} "
            "announced on {weekday}.",
        ),
        (
            (
                "The offer represents a premium of {premium} per cent over {target}'s closing price on "
                "{prev_weekday}.",
                "{acquirer} is paying {premium}% more than {target}'s last share price.",
            ),
            (
                "{target}'s shares rose {rise} per cent in early trading.",
                "Shares in {target} jumped {rise}% after the announcement.",
            ),
            (
                "{acquirer}'s shares fell {fall} per cent.",
                "Investors sent {acquirer} stock down {fall}%.",
            ),
            (
                "The combined company will employ about {employees} people.",
                "Together the two groups have {employees_h} employees.",
            ),
            (
                "{acquirer} expects to cut {jobs_h} jobs as it merges the two businesses.",
                "Unions said {jobs} jobs could be lost, mostly in {city}.",
            ),
            (
                '"This is a once-in-a-generation opportunity," {acquirer} chief executive {ceo} said.',
                "{ceo}, {acquirer}'s chief executive, said the deal would make the group more "
                "competitive abroad.",
            ),
            (
                "The deal is expected to close in the {quarter} quarter of next year.",
                "The companies expect to complete the transaction by the {quarter} quarter.",
            ),
            (
                "The deal {approved} by competition regulators.",
                "Analysts said the takeover {approved} by the competition authority.",
            ),
            (
                "{target} reported revenue of ${revenue} billion last year.",
                "Last year {target} had sales of about ${revenue} billion.",
            ),
            (
                "{target}'s board unanimously recommended the offer.",
                "Analyst {witness} said {acquirer} was paying a full price.",
            ),
        ),
        ("premium", "jobs", "rise", "fall", "employees"),
        ("approved", "has already been cleared", "still has to be cleared"),
    ),
    EventType(
        "strike",
        _facts(
            workers=_r(2000, 120000),
            demand=_r(6, 25),
            offer=_r(2, 9),
            days=_r(1, 10),
            cancelled=_r(30, 95),
            loss=_r(5, 400),
            ballot=_r(60, 97),
        ),
        (
            "{workers_h} {sector} workers strike in {country} over pay",
            "{union} walkout halts {sector} services across {country}",
        ),
        (
            "{workers_h} {sector} workers walked off the job across {country} on {weekday} in a dispute "
            "over pay, the {union} said.",
            "A {days}-day strike by the {union} brought {sector} services in {country} to a standstill "
            "on {weekday}.",
        ),
        (
            (
                "The union is demanding a pay rise of {demand} per cent.",
                "Workers want a {demand}% increase to keep up with inflation.",
            ),
            (
                "Employers have offered {offer} per cent.",
                "The latest offer of {offer}% was rejected as an insult, the union said.",
            ),
            (
                "The strike is due to last {days} days.",
                "Union leaders said the walkout would run for {days} days unless talks resumed.",
            ),
            (
                "About {cancelled} per cent of services were cancelled.",
                "Operators cancelled {cancelled}% of scheduled services.",
            ),
            (
                "Business groups estimated the cost at {loss} million {currency} a day.",
                "The chamber of commerce said the strike was costing {loss}m {currency} daily.",
            ),
            (
                "{ballot} per cent of members voted for the action.",
                "The strike was backed by {ballot}% of union members in a ballot.",
            ),
            (
                '"We have been pushed to the limit," {union} leader {union_leader} said.',
                "{union_leader}, who leads the {union}, said members had no choice.",
            ),
            (
                "Labour minister {minister} said the government {talks}.",
                "The government {talks}, the labour ministry said.",
            ),
            (
                "Picket lines formed outside depots in {city} before dawn.",
                "In {city}, commuters queued for hours for the few services still running.",
            ),
            (
                "It is the biggest strike in the sector since {since_year}.",
                "Further walkouts have been announced for next month.",
            ),
        ),
        ("workers", "demand", "offer", "days", "cancelled", "ballot"),
        ("talks", "would not reopen talks", "would reopen talks on {next_weekday}"),
    ),
    EventType(
        "launch",
        _facts(
            price=_r(199, 2499),
            preorders=_r(20, 900),
            battery=_r(8, 40),
            weight=_r(140, 1900),
            countries=_r(5, 60),
            storage=_pick("128", "256", "512"),
            factory_jobs=_r(100, 4000),
        ),
        (
            "{company} unveils {product} priced at ${price}",
            "{company} launches {product} in bid to win back market share",
        ),
        (
            "{company} unveiled the {product} at an event in {city} on {weekday}, with a starting price "
            "of ${price}.",
            "{company}'s new {product} will go on sale on {release_day}, the company said on {weekday}.",
        ),
        (
            (
                "The company said it had taken {preorders},000 pre-orders in the first day.",
                "Pre-orders reached {preorders},000 within 24 hours, according to {company}.",
            ),
            (
                "The battery lasts up to {battery} hours, {company} said.",
                "{company} claims {battery} hours of battery life.",
            ),
            (
                "The device weighs {weight} grams.",
                "At {weight} g, it is lighter than the previous model.",
            ),
            (
                "It will be available in {countries} countries at launch.",
                "{company} plans to sell the {product} in {countries} markets.",
            ),
            (
                "The base model comes with {storage} gigabytes of storage.",
                "Storage starts at {storage} GB.",
            ),
            (
                '"This is the best product we have ever made," chief executive {ceo} told the audience.',
                "{ceo}, {company}'s chief executive, called the {product} a new beginning for the company.",
            ),
            (
                "The {product} is assembled at a plant in {city} that employs {factory_jobs} people.",
                "{company} said production in {city} would add {factory_jobs} jobs.",
            ),
            (
                "Analyst {witness} said the price was aggressive for the segment.",
                "Reviewers who tried the device praised its screen but criticised the camera.",
            ),
            (
                "{company}'s shares {move} after the presentation.",
                "Investors reacted coolly; the shares {move}.",
            ),
            (
                "The company {ai} that the device would include its own AI assistant.",
                "{company} {ai} plans for an AI assistant on the device.",
            ),
        ),
        ("price", "preorders", "battery", "weight", "countries", "factory_jobs"),
        ("ai", "confirmed", "declined to confirm"),
    ),
    EventType(
        "rocket",
        _facts(
            satellites=_r(1, 60),
            orbit=_r(300, 1200),
            cost=_r(40, 900),
            minutes=_r(8, 70),
            delays=_r(1, 6),
            crew=_r(0, 4),
            height=_r(40, 120),
        ),
        (
            "{agency_space} launches {rocket} carrying {satellites} satellites",
            "{rocket} lifts off from {spaceport} after {delays} delays",
        ),
        (
            "{agency_space}'s {rocket} rocket lifted off from {spaceport} on {weekday}, carrying "
            "{satellites} satellites into orbit.",
            "A {rocket} rocket blasted off from the {spaceport} launch site on {weekday} after "
            "{delays} earlier attempts were called off.",
        ),
        (
            (
                "The satellites were placed in an orbit about {orbit} kilometres above Earth.",
                "The payload reached a {orbit}-km orbit, the agency said.",
            ),
            (
                "The mission cost {cost} million {currency}.",
                "The agency put the cost of the mission at {cost}m {currency}.",
            ),
            (
                "Separation came {minutes} minutes after launch.",
                "The satellites separated from the upper stage after {minutes} minutes.",
            ),
            (
                "The launch had been delayed {delays} times because of weather and a valve problem.",
                "Earlier attempts were scrubbed {delays} times.",
            ),
            (
                "The {height}-metre rocket is the largest ever built in {country}.",
                "At {height} metres tall, the {rocket} dwarfs its predecessor.",
            ),
            (
                'Mission director {witness} said the flight went "exactly to plan".',
                '"Today {country} joined a very small club," said {ceo}, head of {agency_space}.',
            ),
            (
                "The first stage {landing}.",
                "Officials said the booster {landing}.",
            ),
            (
                "Crowds gathered on beaches near {spaceport} to watch the launch.",
                "The launch was broadcast live and watched by hundreds of thousands online.",
            ),
            (
                "The satellites will provide internet access to remote parts of {region}.",
                "The satellites will monitor crops and forests across {region}.",
            ),
            (
                "A crewed flight is planned for {since_year_future}.",
                "The agency plans {crew} more launches before the end of the year.",
            ),
        ),
        ("satellites", "orbit", "cost", "minutes", "delays", "height"),
        ("landing", "landed safely on a barge", "was not recovered"),
    ),
    EventType(
        "final",
        _facts(
            goals_a=_r(1, 5),
            goals_b=_r(0, 3),
            attendance=_r(12000, 90000),
            minute=_r(3, 90),
            trophies=_r(1, 14),
            fans=_r(200, 40000),
            arrests=_r(0, 40),
        ),
        (
            "{team_a} beat {team_b} {goals_a}-{goals_b} to win the {cup}",
            "{scorer} scores as {team_a} lift the {cup}",
        ),
        (
            "{team_a} won the {cup} on {weekday}, beating {team_b} {goals_a}-{goals_b} in front of "
            "{attendance_h} fans at the {stadium} in {city}.",
            "{scorer} scored the decisive goal as {team_a} beat {team_b} in the {cup} final in {city} "
            "on {weekday}.",
        ),
        (
            (
                "{scorer} scored in the {minute}th minute.",
                "The goal came in the {minute}th minute, when {scorer} headed in a corner.",
            ),
            (
                "The crowd of {attendance} was a record for the final.",
                "{attendance_h} spectators filled the {stadium}.",
            ),
            (
                "It is the club's {trophies}th major trophy.",
                "{team_a} have now won the competition {trophies} times.",
            ),
            (
                '"This is for the people of {city}," {team_a} coach {coach} said.',
                '{coach}, the {team_a} coach, said his players had "never stopped believing".',
            ),
            (
                "{team_b}'s {loser} was sent off shortly before half-time.",
                "{team_b} finished with ten men after {loser} was shown a red card.",
            ),
            (
                "Police said {arrests} people were arrested after scuffles outside the ground.",
                "There were {arrests} arrests, police said, most for public disorder.",
            ),
            (
                "About {fans} {team_b} supporters travelled to {city} for the match.",
                "{team_b} brought {fans_h} supporters.",
            ),
            (
                "The referee {var} a second {team_b} goal after a video review.",
                "A late {team_b} goal was {var} after a video review.",
            ),
            (
                "The winners will receive the trophy from the federation president on {next_weekday}.",
                "Thousands lined the streets of {city} for a victory parade on {next_weekday}.",
            ),
            (
                "{team_a} last won the cup in {since_year}.",
                "Their previous final, in {since_year}, ended in defeat.",
            ),
        ),
        ("attendance", "minute", "trophies", "fans", "arrests"),
        ("var", "disallowed", "allowed"),
    ),
    EventType(
        "derailment",
        _facts(
            deaths=_r(0, 40),
            injured=_r(5, 200),
            passengers=_r(80, 900),
            carriages=_r(2, 12),
            speed=_r(40, 180),
            limit=_r(40, 120),
            hour=_r(1, 11),
        ),
        (
            "Train derails near {city}, killing {deaths_h}",
            "{operator} passenger train leaves tracks in {district}",
        ),
        (
            "A passenger train operated by {operator} derailed near {city} on {weekday}, killing "
            "{deaths_h} people and injuring {injured_h}, police said.",
            "{carriages} carriages of a {operator} train came off the tracks in {district} on "
            "{weekday}, the transport ministry said.",
        ),
        (
            (
                "The train was carrying {passengers_h} passengers.",
                "About {passengers} people were on board, according to the operator.",
            ),
            (
                "{carriages} of its carriages left the track and two overturned.",
                "Photos showed {carriages} carriages lying on their side in a field.",
            ),
            (
                "Investigators said the train was travelling at {speed} km/h on a section with a limit "
                "of {limit} km/h.",
                "Data from the train showed a speed of {speed} kilometres an hour, well above the "
                "{limit} km/h limit.",
            ),
            (
                "{injured_h} people were taken to hospital.",
                "Hospitals treated {injured} injured passengers, {serious} of them critically.",
            ),
            (
                "The accident happened at about {hour}:{minute} p.m.",
                "The train left {capital} at {hour}:{minute} p.m. and derailed forty minutes later.",
            ),
            (
                "The operator said the track had been inspected {inspected}.",
                "{operator} said its last inspection of the line was {inspected}.",
            ),
            (
                '"The carriage just tipped over," passenger {witness} told local television.',
                'Passenger {witness} said: "There was a loud bang and then everything went dark."',
            ),
            (
                "The driver {driver_status}.",
                "Police said the driver {driver_status}.",
            ),
            (
                "The line between {city} and {capital} will stay closed until {next_weekday}.",
                "Replacement buses are running between {city} and {capital}.",
            ),
            (
                "It is the deadliest rail accident in {country} since {since_year}.",
                "Unions have warned for years about underinvestment in the network.",
            ),
        ),
        ("deaths", "injured", "passengers", "carriages", "speed", "limit"),
        ("driver_status", "survived and was being questioned", "was among the dead"),
    ),
    EventType(
        "outbreak",
        _facts(
            cases=_r(20, 5000),
            hospital=_r(5, 600),
            deaths=_r(0, 90),
            doses=_r(10, 900),
            days=_r(7, 60),
            schools=_r(2, 120),
            age=_r(2, 80),
        ),
        (
            "{disease} outbreak in {region} rises to {cases_h} cases",
            "{country} races to contain {disease} as cases climb",
        ),
        (
            "Health officials in {region} have recorded {cases_h} cases of {disease} in {days} days, the "
            "health ministry said on {weekday}.",
            "An outbreak of {disease} centred on {city} has put {hospital} people in hospital, "
            "officials said on {weekday}.",
        ),
        (
            (
                "{hospital_h} patients have been admitted to hospital.",
                "Hospitals in {city} are treating {hospital} people with the disease.",
            ),
            (
                "The ministry reported {deaths} deaths linked to the outbreak.",
                "{deaths} people have died, most of them elderly.",
            ),
            (
                "{doses},000 vaccine doses were being sent to the region.",
                "Officials said {doses},000 doses would arrive by {next_weekday}.",
            ),
            (
                "{schools} schools in {district} were closed as a precaution.",
                "Authorities shut {schools} schools in and around {city}.",
            ),
            (
                "The median age of patients is {age}, according to the health institute.",
                "Most patients are around {age} years old.",
            ),
            (
                "Chief medical officer {official} said the source {source_known}.",
                "Officials said the source of the outbreak {source_known}.",
            ),
            (
                "The World Health Organization said it was sending experts to {city}.",
                "Neighbouring countries have stepped up checks at border crossings.",
            ),
            (
                '"We are seeing new cases every day," said {witness}, a doctor in {district}.',
                "Doctors in {district} said wards were full and staff exhausted.",
            ),
            (
                "Residents were urged to boil drinking water and wash their hands often.",
                "Authorities advised people in {district} to avoid large gatherings.",
            ),
            (
                "The last major outbreak in {country} was in {since_year}.",
                "Health experts said cases could peak within {days} days.",
            ),
        ),
        ("cases", "hospital", "deaths", "doses", "schools", "days"),
        ("source_known", "had been identified as a water plant", "had not yet been identified"),
    ),
    EventType(
        "rates",
        _facts(
            moved=_pick("raised", "cut"),
            rate=_flt(0.5, 9.5),
            change=_pick("0.25", "0.5", "0.75"),
            inflation=_flt(1.2, 11.0),
            votes_for=_r(4, 9),
            growth=_flt(-1.5, 4.0),
            unemployment=_flt(3.0, 12.0),
        ),
        (
            "{bank} {moved} interest rates to {rate}%",
            "{bank} {moved} rates as inflation hits {inflation}%",
        ),
        (
            "The {bank} {moved} its main interest rate by {change} percentage points to {rate} per cent "
            "on {weekday}.",
            "{country}'s central bank {moved} borrowing costs on {weekday}, taking its benchmark rate "
            "to {rate}%.",
        ),
        (
            (
                "Inflation stood at {inflation} per cent last month.",
                "Consumer prices rose {inflation}% from a year earlier.",
            ),
            (
                "{votes_for} members of the rate-setting committee voted for the move.",
                "The decision was backed by {votes_for} of the {members} board members.",
            ),
            (
                "Governor {governor} said further moves would depend on the data.",
                '"We will do what is needed to bring inflation back to target," governor {governor} said.',
            ),
            (
                "The bank now expects growth of {growth} per cent this year.",
                "It forecast economic growth of {growth}%.",
            ),
            (
                "Unemployment is {unemployment} per cent.",
                "The jobless rate has risen to {unemployment}%.",
            ),
            (
                "The {currency} {fx} against the dollar after the announcement.",
                "Markets reacted calmly; the {currency} {fx}.",
            ),
            (
                "Economist {witness} said the decision had been widely expected.",
                "The move surprised some economists, who had expected no change.",
            ),
            (
                "The bank's next meeting is in {month}.",
                "The committee will meet again in {month}.",
            ),
            (
                "Mortgage holders in {country} face higher repayments as a result.",
                "Business groups said the decision would hurt small firms.",
            ),
            (
                "Finance minister {minister} said the government {support} the decision.",
                "The government {support} the bank's move, minister {minister} said.",
            ),
        ),
        ("votes_for",),
        ("support", "supported", "did not support"),
    ),
    EventType(
        "summit",
        _facts(
            countries=_r(3, 40),
            fund=_r(1, 90),
            years=_r(5, 30),
            hours=_r(6, 48),
            points=_r(5, 40),
            delegates=_r(200, 5000),
        ),
        (
            "Leaders of {countries} nations sign {pact} in {capital}",
            "{pact} agreed after {hours} hours of talks",
        ),
        (
            "Leaders from {countries} countries signed the {pact} in {capital} on {weekday}, after "
            "{hours} hours of negotiations.",
            "The {pact}, agreed in {capital} on {weekday}, commits {countries} governments to closer "
            "cooperation on trade and energy.",
        ),
        (
            (
                "The agreement creates a {fund} billion {currency} fund for infrastructure.",
                "Signatories will pay into a fund worth {fund}bn {currency}.",
            ),
            (
                "The pact will remain in force for {years} years.",
                "It runs for {years} years and can be extended.",
            ),
            (
                "The final text contains {points} points.",
                "The {points}-point declaration was published after the signing.",
            ),
            (
                "About {delegates} delegates attended the summit.",
                "Organisers said {delegates_h} delegates and journalists were accredited.",
            ),
            (
                'Host {official} called it "a historic day for our region".',
                '"We have shown that dialogue works," said {official}, who chaired the talks.',
            ),
            (
                "The agreement {military}.",
                "Foreign minister {minister} said the pact {military}.",
            ),
            (
                "Talks nearly collapsed overnight over the wording on fishing rights.",
                "Diplomats said the final session ran until {hour} a.m.",
            ),
            (
                "Protesters gathered outside the conference centre in {capital}.",
                "Critics said the pact did too little on climate.",
            ),
            (
                "The pact must now be ratified by national parliaments.",
                "Ratification is expected to take until {since_year_future}.",
            ),
            (
                "The next summit will be held in {city}.",
                "{city} will host the follow-up meeting next year.",
            ),
        ),
        ("countries", "fund", "years", "hours", "points", "delegates"),
        ("military", "does not include a military alliance", "includes a mutual defence clause"),
    ),
    EventType(
        "protest",
        _facts(
            police_count=_r(2000, 60000),
            organisers=_r(8000, 250000),
            arrests=_r(3, 300),
            officers=_r(1, 60),
            km=_r(2, 12),
            hours=_r(2, 12),
        ),
        (
            "Tens of thousands march in {capital} against {grievance}",
            "Police arrest {arrests} as protest over {grievance} turns violent",
        ),
        (
            "Tens of thousands of people marched through {capital} on {weekday} to protest against "
            "{grievance}.",
            "Police arrested {arrests_h} people during a protest against {grievance} in {capital} on "
            "{weekday}.",
        ),
        (
            (
                "Police estimated the crowd at {police_count}.",
                "Police put the number of marchers at {police_count_h}.",
            ),
            (
                "Organisers said {organisers_h} people took part.",
                "The organisers claimed a turnout of {organisers}.",
            ),
            (
                "{arrests_h} people were arrested.",
                "Police said they had detained {arrests} people.",
            ),
            (
                "{officers} police officers were injured.",
                "The interior ministry said {officers} officers were hurt.",
            ),
            (
                "The march covered {km} kilometres from {district} to parliament.",
                "Marchers walked {km} km through the centre of {capital}.",
            ),
            (
                "Police {teargas} tear gas to disperse the crowd.",
                "Officers {teargas} tear gas near parliament, witnesses said.",
            ),
            (
                '"We will keep coming back until they listen," said {witness}, a teacher.',
                "{witness}, a student, said she had travelled from {city} to join the march.",
            ),
            (
                "Prime minister {official} said the government would not back down.",
                "The government said it was open to talks with the organisers.",
            ),
            (
                "Further protests are planned for {next_weekday}.",
                "Unions called a general strike for {next_weekday}.",
            ),
            (
                "It was the largest demonstration in {capital} since {since_year}.",
                "The protests began {hours} weeks ago in {city}.",
            ),
        ),
        ("police_count", "organisers", "arrests", "officers", "km"),
        ("teargas", "used", "did not use"),
    ),
    EventType(
        "cyberattack",
        _facts(
            customers=_r(10, 9000),
            ransom=_r(1, 80),
            days=_r(1, 20),
            systems=_r(5, 500),
            branches=_r(10, 900),
            hours=_r(2, 72),
        ),
        (
            "Cyberattack on {company} exposes data of {customers},000 customers",
            "{company} hit by ransomware, systems down for {days} days",
        ),
        (
            "{company} said on {weekday} that hackers had stolen the personal data of {customers_h},000 "
            "customers.",
            "A ransomware attack has shut down {company}'s systems for {days} days, the company "
            "confirmed on {weekday}.",
        ),
        (
            (
                "The hackers demanded a ransom of {ransom} million dollars.",
                "A ransom demand of ${ransom}m was made, people familiar with the matter said.",
            ),
            (
                "{company} said it {paid} the ransom.",
                "The company {paid} the ransom, a spokesperson said.",
            ),
            (
                "{systems} servers were affected.",
                "The attack encrypted {systems} servers across the group.",
            ),
            (
                "{branches} branches were forced to close.",
                "Customers found {branches} branches shut.",
            ),
            (
                "The attack was detected {hours} hours after it began.",
                "It took {hours} hours to spot the intrusion, the company admitted.",
            ),
            (
                "Chief executive {ceo} apologised to customers.",
                '"We let our customers down," chief executive {ceo} said.',
            ),
            (
                "The national cyber security centre said it was investigating.",
                "Security researcher {witness} said the attack bore the hallmarks of a known gang.",
            ),
            (
                "Customers were advised to change their passwords.",
                "{company} is offering affected customers free credit monitoring.",
            ),
            (
                "The data protection authority could fine the company.",
                "Regulators said they would examine whether {company} had met its obligations.",
            ),
            (
                "It is the largest data breach in {country} since {since_year}.",
                "Services are expected to be fully restored by {next_weekday}.",
            ),
        ),
        ("customers", "ransom", "days", "systems", "branches", "hours"),
        ("paid", "had not paid", "had paid"),
    ),
    EventType(
        "explosion",
        _facts(
            deaths=_r(1, 50),
            injured=_r(5, 300),
            radius=_r(1, 10),
            workers=_r(20, 800),
            hours=_r(2, 30),
            evacuated=_r(100, 20000),
        ),
        (
            "Explosion at {company} plant in {city} kills {deaths_h}",
            "Blast rips through chemical plant in {district}",
        ),
        (
            "An explosion at a {company} chemical plant in {city} killed {deaths_h} workers and injured "
            "{injured_h} on {weekday}, officials said.",
            "A huge blast tore through the {company} plant in {district} on {weekday}, sending a "
            "column of smoke over {city}.",
        ),
        (
            (
                "Residents within a {radius}-kilometre radius were told to stay indoors.",
                "Authorities ordered people within {radius} km to keep windows shut.",
            ),
            (
                "{workers_h} workers were on shift at the time.",
                "About {workers} people were working at the site.",
            ),
            (
                "Firefighters took {hours} hours to bring the blaze under control.",
                "The fire was extinguished after {hours} hours.",
            ),
            (
                "{evacuated_h} people were evacuated from nearby homes.",
                "Police evacuated about {evacuated} residents.",
            ),
            (
                "The company said the plant {permit}.",
                "Officials said the plant {permit}.",
            ),
            (
                '"The windows shook and then the sky turned orange," said {witness}, who lives nearby.',
                "Windows were shattered {radius} km away, residents said.",
            ),
            (
                "{company} chief executive {ceo} said the company was cooperating with investigators.",
                "{ceo}, the company's chief executive, visited the site on {weekday} evening.",
            ),
            (
                "The environment agency was testing the air for toxic substances.",
                "Officials said there was no danger to public health.",
            ),
            (
                "Prosecutors opened an investigation for involuntary manslaughter.",
                "The labour inspectorate had fined the plant in {since_year}.",
            ),
            (
                "{injured_h} people were treated in hospital.",
                "Hospitals in {city} treated {injured} injured, {serious} of them with severe burns.",
            ),
        ),
        ("deaths", "injured", "radius", "workers", "hours", "evacuated"),
        ("permit", "had all its safety permits", "was operating without a valid safety permit"),
    ),
    EventType(
        "heatwave",
        _facts(
            temp=_flt(38.0, 49.5),
            days=_r(4, 20),
            deaths=_r(0, 300),
            hospital=_r(20, 2000),
            reservoir=_r(8, 45),
            fines=_r(50, 3000),
        ),
        (
            "{country} swelters as temperature hits {temp}C in {city}",
            "Heatwave grips {region} for {days}th day",
        ),
        (
            "Temperatures reached {temp} degrees Celsius in {city} on {weekday}, a record for "
            "{region}, the weather service said.",
            "{region} entered the {days}th day of a heatwave on {weekday}, with temperatures above {temp}C.",
        ),
        (
            (
                "The previous record of {temp_old} degrees was set in {since_year}.",
                "The old record, set in {since_year}, was {temp_old}C.",
            ),
            (
                "The heat has lasted {days} days.",
                "Forecasters said the hot spell, now in its {days}th day, would continue.",
            ),
            (
                "Health officials linked {deaths} deaths to the heat.",
                "The heat has been blamed for {deaths} deaths.",
            ),
            (
                "{hospital_h} people were treated in hospital for heatstroke.",
                "Hospitals treated {hospital} people for heat-related illness.",
            ),
            (
                "Reservoirs in {region} are at {reservoir} per cent of capacity.",
                "Water reserves have fallen to {reservoir}%.",
            ),
            (
                "Authorities have handed out {fines} fines for watering gardens.",
                "More than {fines} households were fined for breaking a hosepipe ban.",
            ),
            (
                "Outdoor work was banned between noon and 4 p.m.",
                "Schools in {district} closed early.",
            ),
            (
                '"We have never had a summer like this," said {witness}, a farmer near {city}.',
                "Farmers said their crops were dying in the fields.",
            ),
            (
                "Officials said the power grid {grid}.",
                "The grid operator said the network {grid}.",
            ),
            (
                "Relief is not expected until {next_weekday}.",
                "Scientists say heatwaves in {region} are becoming more frequent.",
            ),
        ),
        ("days", "deaths", "hospital", "reservoir", "fines"),
        ("grid", "had coped with record demand", "had failed in parts of the region"),
    ),
)

#: Per type: what the event is called, and a few things people say about it.
FLAVOUR: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "earthquake": (
        ("the earthquake", "the quake", "the tremor"),
        ("The whole building moved like a boat", "We ran out in our pyjamas and slept in the car"),
        ("a reminder that building codes are not enforced", "typical of the fault system under the valley"),
    ),
    "flood": (
        ("the flooding", "the floods", "the flood"),
        ("The water rose faster than anyone expected", "We lost everything on the ground floor"),
        ("the result of building on the flood plain", "a sign of heavier rainfall in a warmer climate"),
    ),
    "wildfire": (
        ("the fire", "the wildfire", "the blaze"),
        ("The sky turned black in the middle of the afternoon", "We grabbed the dog and drove"),
        ("made worse by years of drought", "the kind of fire the forest service has warned about"),
    ),
    "election": (
        ("the election", "the vote", "the result"),
        ("People wanted change, simple as that", "I voted for the first time in twenty years"),
        ("a realignment of the party system", "a protest vote more than an endorsement"),
    ),
    "trial": (
        ("the verdict", "the trial", "the case"),
        ("Justice took too long, but it came", "We trusted him with our savings"),
        ("a landmark case for white-collar crime", "a test of the courts' independence"),
    ),
    "merger": (
        ("the takeover", "the deal", "the merger"),
        ("Nobody at the plant knows what this means for us", "The shareholders are the winners here"),
        ("a bet on consolidation in the sector", "likely to draw scrutiny from regulators"),
    ),
    "strike": (
        ("the strike", "the walkout", "the dispute"),
        ("I support the workers even if it costs me a day's pay", "I have been waiting here for two hours"),
        ("the biggest test of the labour reforms", "a dispute about inflation as much as pay"),
    ),
    "launch": (
        ("the launch", "the new device", "the product"),
        ("I will wait for the reviews before I buy one", "The old model still works fine for me"),
        ("a make-or-break product for the company", "an incremental update at a premium price"),
    ),
    "rocket": (
        ("the launch", "the mission", "the flight"),
        ("The whole sky lit up and the ground shook", "My children will remember this day"),
        ("a milestone for the national space programme", "proof that smaller agencies can compete"),
    ),
    "final": (
        ("the final", "the match", "the win"),
        ("I have waited thirty years for this night", "We were robbed by the referee"),
        ("a triumph of tactics over money", "the end of a remarkable season"),
    ),
    "derailment": (
        ("the derailment", "the crash", "the accident"),
        ("I take that train every morning", "The carriages were thrown across the field"),
        ("the consequence of years of underinvestment", "a failure of signalling and maintenance"),
    ),
    "outbreak": (
        ("the outbreak", "the epidemic", "the spread of the disease"),
        ("My whole family has been ill for a week", "The clinic ran out of beds on the first day"),
        ("a warning about the state of water infrastructure", "likely to spread before it slows"),
    ),
    "rates": (
        ("the decision", "the rate move", "the central bank's move"),
        ("Our mortgage payments will go up again", "Small businesses cannot borrow at these rates"),
        ("a sign the bank is worried about inflation", "a gamble on a soft landing"),
    ),
    "summit": (
        ("the summit", "the agreement", "the pact"),
        ("Agreements are easy, delivery is hard", "I hope it means cheaper energy for us"),
        ("a shift in the regional balance of power", "more symbolism than substance"),
    ),
    "protest": (
        ("the protest", "the march", "the demonstration"),
        ("They cannot ignore us forever", "I came with my grandchildren"),
        ("the largest mobilisation in a generation", "a sign of deep frustration with the government"),
    ),
    "cyberattack": (
        ("the attack", "the breach", "the hack"),
        ("I found out from the news, not from the company", "My card was blocked for three days"),
        ("a textbook ransomware operation", "a warning to every company that neglects security"),
    ),
    "explosion": (
        ("the explosion", "the blast", "the disaster at the plant"),
        ("The windows shook and the sky turned orange", "We have complained about the smell for years"),
        ("a failure of safety oversight", "the worst industrial accident in a decade"),
    ),
    "heatwave": (
        ("the heatwave", "the heat", "the hot spell"),
        ("We cannot sleep, even with the windows open", "The animals are suffering the most"),
        ("exactly what climate models predicted", "a strain on hospitals and the power grid"),
    ),
}

#: Sentences any event can carry, filled with its entities and its type's words.
GENERIC: tuple[tuple[str, ...], ...] = (
    (
        "{spokesperson}, a spokesperson for the {agency}, said more details about {event_noun} would "
        "be released on {next_weekday}.",
        'The {agency} said in a statement on {event_noun} that it would give an update "as soon as '
        'possible".',
    ),
    (
        '"{resident_quote}," said {resident}, who has lived in {district} for {years_lived} years.',
        'Resident {resident} said: "{resident_quote}."',
    ),
    (
        '{expert}, a professor at the University of {city}, called {event_noun} "{expert_quote}".',
        'According to {expert} of the {institute}, {event_noun} was "{expert_quote}".',
    ),
    (
        "{city} is home to about {population},000 people and lies {distance} kilometres from "
        "{capital}, the capital of {country}.",
        "{city}, a town of {population},000 people, is {distance} km from {capital}.",
    ),
    (
        "{opp_leader}, who leads the opposition {opp_party}, criticised the government's handling of "
        "{event_noun}.",
        "The opposition {opp_party} said {event_noun} showed the government had lost control.",
    ),
    (
        "Local media in {region} reported that {rumour}.",
        "It was not immediately clear whether {rumour}.",
    ),
    (
        "{official_role} {official} said on {weekday} that {event_noun} would be discussed by the cabinet.",
        "{official}, the {official_role_lc}, is expected to comment on {event_noun} on {next_weekday}.",
    ),
    (
        "Analysts said {event_noun} could weigh on {country}'s {sector_econ} for months.",
        "Economists warned that {event_noun} could have a lasting impact on {sector_econ} in {region}.",
    ),
    (
        "Images of {event_noun} shared on social media were viewed millions of times in {country}.",
        "Newspapers in {capital} devoted their front pages to {event_noun} on {next_weekday}.",
    ),
)

#: Further generic sentences that fit incidents (disasters, accidents, attacks), not elections or deals.
INCIDENT: tuple[tuple[str, ...], ...] = (
    (
        "{official_role} {official} told reporters in {city} that the situation after {event_noun} was "
        '"being monitored hour by hour".',
        "{official}, the {official_role_lc}, said the authorities were doing everything they could.",
    ),
    (
        "The {agency} said it would publish a full assessment of {event_noun} by the end of {month}.",
        "A full report on {event_noun} from the {agency} is due in {month}.",
    ),
    (
        "Residents of {district} said they had received no warning before {event_noun}.",
        "People in {district} complained that officials had been slow to inform them.",
    ),
    (
        "{country}'s {ministry} said it had sent {teams} teams to {city}.",
        "The {ministry} deployed {teams} teams to {region} after {event_noun}, a spokesperson said.",
    ),
    (
        "{neighbour}'s government offered assistance to {country} after {event_noun}.",
        "Messages of support arrived from {neighbour} and other neighbouring countries.",
    ),
    (
        "The figures released by the {agency} could not be independently verified.",
        "Casualty figures from the {agency} have not been independently confirmed.",
    ),
)

INCIDENTS = frozenset(
    {"earthquake", "flood", "wildfire", "derailment", "outbreak", "cyberattack", "explosion", "heatwave"}
)

#: Attributions an outlet may add to a plain statement, and openers it may put before one.
_SUFFIXES = (
    ", officials said.",
    ", according to local media.",
    ", the {agency} said.",
    ", reports said.",
    ", officials in {city} said.",
    ", the {country} news agency reported.",
    ", sources in {capital} said.",
)
_OPENERS = (
    "On {weekday}, ",
    "By {weekday} evening, ",
    "In {city}, ",
    "Meanwhile, ",
    "Separately, ",
    "In {region}, ",
    "Earlier, ",
    "According to officials, ",
)
#: Other ways to end "... X said." and to introduce who spoke after a quote.
_SAID = (" said on {weekday}.", " told reporters.", " said in a statement.", " told local media.", " added.")
_QUOTE_VERBS = ('," said ', '," said ', '," added ', '," according to ', '," insisted ')
#: First words that stay correct when lower-cased after an opener.
_PLAIN_STARTS = (
    "The ",
    "A ",
    "An ",
    "It ",
    "Police ",
    "Officials ",
    "Authorities ",
    "Hospitals ",
    "Investigators ",
    "Forecasters ",
    "Customers ",
    "Crews ",
    "Residents ",
    "Workers ",
    "Schools ",
    "Firefighters ",
    "Employers ",
    "Operators ",
    "Unions ",
    "Officers ",
    "Critics ",
    "Farmers ",
    "Markets ",
)

_RUMOURS = (
    "the toll could rise further",
    "officials had been warned in advance",
    "several senior managers had resigned",
    "the army would be called in",
    "an arrest had been made",
    "the figures would be revised",
)
_SECTORS = ("tourism", "agriculture", "the energy sector", "manufacturing", "the property market", "exports")
_MINISTRIES = ("interior ministry", "defence ministry", "health ministry", "ministry of emergencies")
_ROLES = ("Governor", "Mayor", "Prime Minister", "Regional President", "Interior Minister")
_GRIEVANCES = (
    "a new pension law",
    "rising fuel prices",
    "a planned mine",
    "cuts to public transport",
    "a proposed media law",
    "the closure of rural hospitals",
)
_DISEASES = ("cholera", "measles", "dengue fever", "hepatitis A", "meningitis", "typhoid")
_INDUSTRIES = ("banking", "telecoms", "shipping", "pharmaceutical", "steel", "retail", "energy")
_SECTOR_STRIKE = ("rail", "port", "hospital", "postal", "airport", "bus")
_PRODUCTS = ("phone", "tablet", "laptop", "watch", "headset", "e-reader")
_PROFESSIONS = ("teacher", "judge", "trade unionist", "surgeon", "central banker", "journalist")
_CHARGES = ("fraud", "bribery", "money laundering", "embezzlement", "tax evasion", "insider trading")
_DEF_ROLES = ("bank chairman", "mayor", "property developer", "football club owner", "minister")


def _world(rng: random.Random, used: set[str]) -> Facts:
    """Entities and common facts of one event; names in ``used`` are not reused."""

    def fresh(make: Callable[[random.Random], str]) -> str:
        for _ in range(200):
            value = make(rng)
            if value not in used:
                used.add(value)
                return value
        return make(rng) + " " + _place(rng)

    country_stem = rng.choice(_SYL_A) + rng.choice(_SYL_B)
    day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    official = fresh(_person)
    opp = fresh(_person)
    city = fresh(_place)
    region = fresh(_place)
    surname = rng.choice(_LAST)
    org_suffix = rng.choice(("Group", "Holdings", "Industries", "Corporation", "Systems"))
    facts: Facts = {
        "city": city,
        "district": fresh(_place) + rng.choice(("", " district", " quarter")),
        "region": region + rng.choice((" Province", " Valley", " region", "")),
        "country": country_stem + rng.choice(_COUNTRY_END),
        "capital": fresh(_place),
        "neighbour": rng.choice(_SYL_A) + rng.choice(_COUNTRY_END),
        "river": "River " + fresh(_place),
        "official": official,
        "official_last": official.split()[-1],
        "official_role": rng.choice(_ROLES),
        "opp_leader": opp,
        "opp_party": rng.choice(("Civic", "People's", "Green", "Liberal", "National"))
        + rng.choice((" Alliance", " Party", " Movement", " Union")),
        "spokesperson": fresh(_person),
        "resident": fresh(_person),
        "expert": fresh(_person),
        "witness": fresh(_person),
        "minister": fresh(_person),
        "agency": f"{region} {rng.choice(('Emergency Agency', 'Civil Protection Office', 'Authority'))}",
        "institute": f"{fresh(_place)} Institute",
        "org": f"{surname} {org_suffix}",
        "office": rng.choice(("the official's office", "a spokesperson", "aides")),
        "ministry": rng.choice(_MINISTRIES),
        "sector_econ": rng.choice(_SECTORS),
        "rumour": rng.choice(_RUMOURS),
        "ordinal": rng.choice(("second", "third", "fourth", "fifth")),
        "population": rng.randint(12, 900),
        "distance": rng.randint(15, 600),
        "years_lived": rng.randint(3, 60),
        "teams": rng.randint(2, 40),
        "since_year": str(rng.randint(1965, 2019)),
        "since_year_future": str(rng.randint(2026, 2032)),
        "date": day.isoformat(),
        "weekday": _WEEKDAYS[day.weekday()],
        "prev_weekday": _WEEKDAYS[(day.weekday() - 1) % 7],
        "next_weekday": _WEEKDAYS[(day.weekday() + 2) % 7],
        "month": _MONTHS[(day.month + rng.randint(0, 3)) % 12],
        "minute": f"{rng.randint(0, 59):02d}",
        "serious": rng.randint(2, 30),
        "evacuated": rng.randint(200, 20000),
        "currency": rng.choice(("crowns", "dinars", "marks", "francs", "pesos")),
        "ceo": fresh(_person),
        # type-specific names; unused ones cost nothing
        "winner": fresh(_person),
        "rival": fresh(_person),
        "winner_party": rng.choice(("Civic Renewal", "Labour Alliance", "Democratic Union", "Forward"))
        + f" {country_stem}",
        "rival_party": rng.choice(("National Front", "People's Party", "Social Democrats", "Centre Bloc"))
        + f" of {country_stem}",
        "profession": rng.choice(_PROFESSIONS),
        "defendant": fresh(_person),
        "defendant_role": rng.choice(_DEF_ROLES),
        "charge": rng.choice(_CHARGES),
        "judge": fresh(_person),
        "prosecutor": fresh(_person),
        "acquirer": f"{fresh(_place)} {rng.choice(('Group', 'Holdings', 'Bank', 'Industries'))}",
        "target": f"{fresh(_place)} {rng.choice(('Telecom', 'Pharma', 'Steel', 'Shipping', 'Retail'))}",
        "industry": rng.choice(_INDUSTRIES),
        "quarter": rng.choice(("first", "second", "third", "fourth")),
        "union": f"{fresh(_place)} {rng.choice(('Workers Union', 'Transport Union', 'Federation'))}",
        "union_leader": fresh(_person),
        "sector": rng.choice(_SECTOR_STRIKE),
        "company": f"{fresh(_place)} {rng.choice(('Technologies', 'Electronics', 'Chemicals', 'Bank'))}",
        "product": f"{fresh(_place)} {rng.choice(_PRODUCTS)} {rng.randint(2, 9)}",
        "release_day": _WEEKDAYS[(day.weekday() + 3) % 7],
        "move": rng.choice(("rose 3 per cent", "fell 2 per cent", "were little changed")),
        "agency_space": f"{fresh(_place)} Space Agency",
        "rocket": f"{fresh(_place)}-{rng.randint(1, 5)}",
        "spaceport": f"{fresh(_place)} Cosmodrome",
        "team_a": f"{fresh(_place)} {rng.choice(('United', 'City', 'Athletic', 'Rovers', 'FC'))}",
        "team_b": f"{fresh(_place)} {rng.choice(('Wanderers', 'Town', 'Sporting', 'Albion', 'Dynamo'))}",
        "cup": f"{country_stem} {rng.choice(('Cup', 'Champions Cup', 'Super Cup'))}",
        "stadium": f"{fresh(_place)} Stadium",
        "scorer": fresh(_person),
        "coach": fresh(_person),
        "loser": fresh(_person),
        "operator": f"{country_stem} {rng.choice(('Railways', 'Rail', 'Express'))}",
        "inspected": rng.choice(("last month", "two weeks ago", "in the spring")),
        "disease": rng.choice(_DISEASES),
        "bank": f"Bank of {country_stem}{rng.choice(_COUNTRY_END)}",
        "governor": fresh(_person),
        "members": 9,
        "fx": rng.choice(("strengthened", "weakened slightly", "was steady")),
        "pact": f"{fresh(_place)} {rng.choice(('Accord', 'Declaration', 'Partnership Treaty'))}",
        "grievance": rng.choice(_GRIEVANCES),
        "hour": rng.randint(1, 11),
        "temp_old": round(rng.uniform(36.0, 45.0), 1),
    }
    facts["official_role_lc"] = str(facts["official_role"]).lower()
    facts["winner_last"] = str(facts["winner"]).split()[-1]
    facts["defendant_last"] = str(facts["defendant"]).split()[-1]
    facts["delay"] = rng.randint(10, 90)
    return facts


# ---------------------------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class Planted:
    """A difference planted in one article: ``slot`` reads ``changed`` where the event says ``original``."""

    article: str
    slot: str
    original: str
    changed: str


@dataclass(frozen=True)
class Article:
    """One generated article.

    Attributes:
        id: File stem, unique in the corpus (``00042_e0007_flood``).
        event: Event id (``e0007``).
        kind: Event type name.
        title: Headline.
        outlet: Invented outlet name.
        published: ISO date.
        paragraphs: Body paragraphs, each one to three sentences.
        sentences: How many sentences were written (headline included).
    """

    id: str
    event: str
    kind: str
    title: str
    outlet: str
    published: str
    paragraphs: tuple[str, ...]
    sentences: int

    def markdown(self) -> str:
        """The article as a Markdown file with YAML front matter."""
        head = f'---\ntitle: "{self.title}"\noutlet: {self.outlet}\npublished: {self.published}\n---\n\n'
        return head + "\n\n".join(self.paragraphs) + "\n"


@dataclass(frozen=True)
class Corpus:
    """A generated corpus: articles, their events and the planted differences."""

    seed: int
    articles: tuple[Article, ...]
    events: dict[str, str] = field(default_factory=dict)
    planted: tuple[Planted, ...] = ()

    @property
    def sentences(self) -> int:
        """Sentences written (before crosscheck's own splitting)."""
        return sum(a.sentences for a in self.articles)


_SLOT = re.compile(r"\{(\w+)\}")


def _render(template: str, facts: Mapping[str, object], hedges: dict[str, str], rng: random.Random) -> str:
    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.endswith("_h") and name[:-2] in facts:
            base = name[:-2]
            if base not in hedges:
                hedges[base] = rng.choice(_HEDGES)
            text = hedges[base] + _num(facts[base])
            return text
        if name not in facts:
            raise KeyError(f"template slot {{{name}}} has no value in: {template}")
        return _num(facts[name])

    text = _SLOT.sub(sub, template)
    # Slot values may themselves hold slots ("would reopen talks on {next_weekday}").
    text = _SLOT.sub(sub, text) if "{" in text else text
    return text[0].upper() + text[1:]


def _plant(rng: random.Random, kind: EventType, facts: Facts, article: str) -> tuple[Facts, list[Planted]]:
    """A copy of ``facts`` with at most one planted difference (60 % of articles)."""
    out = dict(facts)
    roll = rng.random()
    if roll >= 0.6:
        return out, []
    if roll < 0.36 and kind.numeric:
        slot = rng.choice(kind.numeric)
        value = facts[slot]
        assert isinstance(value, int)
        factor = rng.choice((0.5, 0.75, 1.25, 1.5, 2.0))
        new = max(1, round(value * factor))
        if new == value:
            new = value + 1
        out[slot] = new
        return out, [Planted(article, slot, _num(value), _num(new))]
    if roll < 0.45:
        day = _WEEKDAYS.index(str(facts["weekday"]))
        out["weekday"] = _WEEKDAYS[(day + 1) % 7]
        return out, [Planted(article, "weekday", str(facts["weekday"]), str(out["weekday"]))]
    if roll < 0.52:
        first = str(facts["spokesperson"]).split()[0]
        out["spokesperson"] = f"{first} {rng.choice(_LAST)}"
        return out, [Planted(article, "spokesperson", str(facts["spokesperson"]), str(out["spokesperson"]))]
    if kind.denial is not None:
        slot, yes, no = kind.denial
        current = str(facts[slot])
        out[slot] = no if current == yes else yes
        return out, [Planted(article, slot, current, str(out[slot]))]
    return out, []


def _outlets() -> list[str]:
    return [f"The {a} {b}" for a in _OUTLET_A for b in _OUTLET_B][:40]


def generate(n_articles: int, seed: int = 7) -> Corpus:
    """Generate a corpus of ``n_articles`` articles.

    Args:
        n_articles: Number of articles; at least 2.
        seed: Random seed. Defaults to 7.

    Returns:
        The corpus, in article order. The same arguments always give the same corpus.

    Raises:
        ValueError: ``n_articles`` below 2.
    """
    if n_articles < 2:
        raise ValueError(f"a corpus needs at least 2 articles, got {n_articles}")
    rng = random.Random(seed)
    outlets = _outlets()
    used: set[str] = set()
    articles: list[Article] = []
    events: dict[str, str] = {}
    planted: list[Planted] = []
    event_no = 0
    while len(articles) < n_articles:
        kind = TYPES[rng.randrange(len(TYPES))]
        event = f"e{event_no:04d}"
        event_no += 1
        events[event] = kind.name
        facts = _world(rng, used)
        facts.update(kind.facts(rng))
        _, said, called = FLAVOUR[kind.name]
        facts["resident_quote"] = rng.choice(said)
        facts["expert_quote"] = rng.choice(called)
        if kind.denial is not None:
            slot, yes, no = kind.denial
            facts[slot] = yes if rng.random() < 0.5 else no
        facts["majority"] = _int(facts.get("total", 200)) // 2 + 1
        facts["max_years"] = _int(facts.get("years", 10)) + rng.randint(2, 10)
        count = min(rng.randint(3, 12), n_articles - len(articles))
        if n_articles - len(articles) - count == 1:
            count += 1
        for _ in range(count):
            aid = f"{len(articles):05d}_{event}_{kind.name}"
            article_facts, plants = _plant(rng, kind, facts, aid)
            planted.extend(plants)
            articles.append(_article(rng, kind, article_facts, aid, event, rng.choice(outlets)))
    return Corpus(seed, tuple(articles), events, tuple(planted))


def _restyle(rng: random.Random, sentence: str, facts: Facts, hedges: dict[str, str]) -> str:
    """Let an outlet add an opener or an attribution to a statement, or vary a speech verb."""
    if sentence.endswith(" said.") and rng.random() < 0.6:
        tail = rng.choice(_SAID)
        return sentence[: -len(" said.")] + _render(tail, facts, hedges, rng)
    if '," said ' in sentence or '," said ' in sentence:
        return sentence.replace('," said ', rng.choice(_QUOTE_VERBS), 1)
    if '"' in sentence or not sentence.endswith("."):
        return sentence
    if rng.random() < 0.4 and (sentence.startswith(_PLAIN_STARTS) or sentence[0].isdigit()):
        opener = _render(rng.choice(_OPENERS), facts, hedges, rng)
        sentence = opener + (sentence if sentence[0].isdigit() else sentence[0].lower() + sentence[1:])
    if rng.random() < 0.4 and " said" not in sentence and "reported" not in sentence:
        sentence = sentence[:-1] + _render(rng.choice(_SUFFIXES), facts, hedges, rng)
    return sentence


def _article(rng: random.Random, kind: EventType, facts: Facts, aid: str, event: str, outlet: str) -> Article:
    hedges: dict[str, str] = {}
    facts = {**facts, "event_noun": rng.choice(FLAVOUR[kind.name][0])}
    title = _render(rng.choice(kind.headlines), facts, hedges, rng)
    day = date.fromisoformat(str(facts["date"]))
    published = day + timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 3)))
    dateline = f"{str(facts['city']).upper()}, {_MONTHS[day.month - 1]} {day.day} ({outlet.split()[-1]}) - "
    lede = dateline + _render(rng.choice(kind.ledes), facts, hedges, rng)
    n_body = rng.randint(8, 28)
    specific = list(kind.slots)
    context = list(GENERIC) + (list(INCIDENT) if kind.name in INCIDENTS else [])
    rng.shuffle(specific)
    rng.shuffle(context)
    # Mostly the event's own facts, the first half of them up front, as wire copy is written.
    n_specific = min(len(specific), max(4, round(n_body * rng.uniform(0.5, 0.8))))
    chosen = specific[:n_specific] + context[: n_body - n_specific]
    head, tail = chosen[: n_specific // 2 + 1], chosen[n_specific // 2 + 1 :]
    # Long articles restate facts in their other wording ("the quake, which killed ...").
    tail += specific[: max(0, n_body - len(chosen))]
    rng.shuffle(tail)
    body = [
        _restyle(rng, _render(rng.choice(variants), facts, hedges, rng), facts, hedges)
        for variants in head + tail
    ]
    paragraphs = [lede]
    pos = 0
    while pos < len(body):
        size = rng.choice((1, 1, 2, 2, 3))
        paragraphs.append(" ".join(body[pos : pos + size]))
        pos += size
    return Article(
        aid, event, kind.name, title, outlet, published.isoformat(), tuple(paragraphs), 2 + len(body)
    )


def write_corpus(corpus: Corpus, folder: Path) -> list[Path]:
    """Write the articles as ``<id>.md`` files plus ``manifest.json`` into ``folder``.

    Args:
        corpus: From :func:`generate`.
        folder: Created if missing; must not already hold a different corpus.

    Returns:
        The article paths, in corpus order.
    """
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in corpus.articles:
        path = folder / f"{article.id}.md"
        path.write_text(article.markdown(), encoding="utf-8")
        paths.append(path)
    manifest = {
        "seed": corpus.seed,
        "articles": len(corpus.articles),
        "events": corpus.events,
        "sentences_written": corpus.sentences,
        "planted": [p.__dict__ for p in corpus.planted],
    }
    # The manifest is not an article: keep it out of the folder crosscheck reads.
    (folder.parent / f"{folder.name}.manifest.json").write_text(json.dumps(manifest, indent=1), "utf-8")
    return paths


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``corpus.py N FOLDER [--seed S]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("articles", type=int, help="number of articles")
    parser.add_argument("folder", type=Path, help="output folder (created)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = parser.parse_args(argv)
    corpus = generate(args.articles, args.seed)
    write_corpus(corpus, args.folder)
    print(
        f"{len(corpus.articles)} articles, {len(corpus.events)} events, {corpus.sentences} sentences, "
        f"{len(corpus.planted)} planted differences -> {args.folder}"
    )


if __name__ == "__main__":
    main()
