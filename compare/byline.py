"""Publication date and outlet from a byline near the top of a plain-text article.

Pasted articles often keep a line such as "Halvik Courier, Saturday 15 March 2025", "By Jane Doe |
Reuters | 2025-03-15" or "March 15, 2025". Only short lines among the first few are considered, and only
a full date (day, month and year) counts, so body text is never mistaken for a byline.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date

from compare.records import Source

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})\s+{_MONTH}\s*,?\s+(\d{{4}})\b", re.I)
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,\s*(\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WEEKDAY = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b,?", re.I)
MAX_LINES = 5
MAX_WORDS = 14


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTHS["sep" if key == "sept" else key]


def _parse(line: str) -> tuple[date, int] | None:
    """A full date in ``line`` and where it starts."""
    for pattern, order in ((_ISO, "ymd"), (_DAY_FIRST, "dmy"), (_MONTH_FIRST, "mdy")):
        m = pattern.search(line)
        if not m:
            continue
        try:
            if order == "ymd":
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), m.start()
            if order == "dmy":
                return date(int(m.group(3)), _month(m.group(2)), int(m.group(1))), m.start()
            return date(int(m.group(3)), _month(m.group(1)), int(m.group(2))), m.start()
        except (ValueError, KeyError):
            return None
    return None


def find_byline(text: str) -> tuple[str | None, str | None]:
    """``(published ISO date, outlet)`` from a byline among the first lines, or ``(None, None)``."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:MAX_LINES]
    for line in lines:
        if len(line.split()) > MAX_WORDS:
            continue
        found = _parse(line)
        if found is None:
            continue
        when, pos = found
        head = _WEEKDAY.sub("", line[:pos]).strip(" ,|-–—·")
        head = re.sub(r"^(by|published|updated|posted)\b[:\s]*", "", head, flags=re.I).strip(" ,|-–—·")
        parts = [p.strip() for p in re.split(r"\s*[|,–—·]\s*", head) if p.strip()]
        outlet = parts[-1] if parts and len(parts[-1].split()) <= 6 else None
        return when.isoformat(), outlet
    return None, None


def with_byline(source: Source) -> Source:
    """The source with ``published`` (and ``outlet``) filled from its byline when metadata lacks them."""
    if source.published and source.outlet:
        return source
    published, outlet = find_byline(source.text)
    if published is None:
        return source
    return replace(source, published=source.published or published, outlet=source.outlet or outlet)
