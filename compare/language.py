"""A cheap guess whether an article is written in English.

The default embedding model (all-MiniLM-L6-v2) and the spaCy pipeline used for claims are English-only,
so an article in another language still runs but gives poor alignments and few claims. This module spots
such articles without a language-identification dependency, from two signals:

- **script**: most letters outside the Latin script (Cyrillic, Arabic, Persian, CJK, ...) mean not
  English;
- **function words**: in English prose the commonest short words ("the", "of", "and", "to", "that", ...)
  make up about a third of all words (0.29 to 0.36 on the five bundled articles, 0.25 to 0.36 on the
  eighteen invented-event articles in ``eval/articles``); in German, French and Spanish paragraphs about
  the same event they made up 0.00 to 0.02.

Texts too short to judge (fewer than :data:`MIN_WORDS` words and :data:`MIN_LETTERS` letters) are given
the benefit of the doubt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from compare.records import Source

#: Below this many words (in Latin script) a text is too short to judge.
MIN_WORDS = 40
#: Below this many letters a text in another script is too short to judge.
MIN_LETTERS = 80
#: English prose has at least this share of :data:`FUNCTION_WORDS` among its words.
MIN_FUNCTION_SHARE = 0.15
#: Texts in which fewer than this share of letters are Latin are not English.
MIN_LATIN_SHARE = 0.5
#: Only this many leading characters are looked at; enough to judge, and cheap on a 5 MB article.
SAMPLE_CHARS = 50_000

# Very common English words that are rarely words in other languages written in the Latin alphabet
# ("a", "in", "on", "was", "also", "die" are left out: they are common French, German or Spanish words).
_FUNCTION_WORDS_TEXT = """
    the of and to is that for with as by at it from said has have are were be been will his her their
    its this which who not but an or after had they he she would than more about over into there these
    those what when where while we our you your them him could should can may such other
"""
#: The English words counted by :func:`function_word_share`.
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())

_WORD = re.compile(r"[^\W\d_]+")


def _is_latin(ch: str) -> bool:
    # Basic Latin to Latin Extended-B, IPA, and Latin Extended Additional (Vietnamese and others).
    return ch < "\u0250" or "\u1e00" <= ch <= "\u1eff"


def function_word_share(text: str) -> float | None:
    """Share of English function words among the words of ``text``.

    Args:
        text: Any text; only its first :data:`SAMPLE_CHARS` characters are read.

    Returns:
        A share in [0, 1], 0.0 when most letters are not in the Latin script, or None when the text is
        too short to judge.
    """
    sample = text[:SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    latin = sum(1 for ch in letters if _is_latin(ch))
    if latin / len(letters) < MIN_LATIN_SHARE:
        return 0.0 if len(letters) >= MIN_LETTERS else None
    words = [w.lower() for w in _WORD.findall(sample) if _is_latin(w[0])]
    if len(words) < MIN_WORDS:
        return None
    return sum(1 for w in words if w in FUNCTION_WORDS) / len(words)


def looks_english(text: str) -> bool:
    """True unless ``text`` is long enough to judge and probably not in English.

    Args:
        text: Article text.
    """
    share = function_word_share(text)
    return share is None or share >= MIN_FUNCTION_SHARE


def non_english(sources: Iterable[Source]) -> list[str]:
    """Ids of the sources that probably are not in English, in input order.

    Args:
        sources: Loaded sources.

    Returns:
        The ids of sources for which :func:`looks_english` is false.
    """
    return [s.id for s in sources if not looks_english(s.text)]
