"""Split a source into sentences with exact character offsets.

Paragraphs are split by nupunkt (an unsupervised Punkt model that knows news abbreviations such as
"U.S.", "Dr.", "Jan. 17", "St. Louis" and "p.m."; measured against blingfire on the bundled articles, it
kept "Mr. Putin" and "St. Louis" whole where blingfire split them). Around it, this module handles what
a sentence splitter does not see: headline and sub-heading lines, list items, hard-wrapped paragraphs,
and runaway "sentences" with no punctuation, which are cut at word boundaries so that every later stage
stays bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from compare.records import Document, Sentence, Source

#: Longest sentence kept whole, in characters; longer runs are cut at whitespace.
MAX_SENTENCE_CHARS = 600
#: A line of at most this many words with no final punctuation is a heading.
MAX_HEADING_WORDS = 16

_FINAL = re.compile(r"[.!?…:;][\"'“”‘’»)\]]*\s*$")
_LIST_MARKER = re.compile(r"^\s*(?:[-*•▪‣–]|\d{1,3}[.)])\s+")
_WORDISH = re.compile(r"\w")


def looks_like_heading(line: str) -> bool:
    """True for a headline or sub-heading: a short line that does not end like a sentence."""
    stripped = line.strip()
    if not stripped or _FINAL.search(stripped):
        return False
    if len(stripped.split()) > MAX_HEADING_WORDS:
        return False
    first = stripped[0]
    return first.isupper() or first.isdigit() or first in "\"'“‘«"


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import nupunkt

    return nupunkt


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each line, without the newline."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def _blocks(text: str) -> Iterator[tuple[int, int, bool]]:
    """Yield ``(start, end, heading)`` blocks: paragraphs, list items and heading lines."""
    para: list[tuple[int, int]] = []

    def flush() -> Iterator[tuple[int, int, bool]]:
        if para:
            yield para[0][0], para[-1][1], False
            para.clear()

    lines = list(_lines(text))
    # The next non-blank line after each line, found in one backward pass (a forward search per line
    # is quadratic on articles made of many short lines).
    following = [""] * len(lines)
    nxt_text = ""
    for k in range(len(lines) - 1, -1, -1):
        following[k] = nxt_text
        s, e = lines[k]
        if text[s:e].strip():
            nxt_text = text[s:e]
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            yield from flush()
            continue
        marker = _LIST_MARKER.match(line)
        if marker:
            yield from flush()
            yield start + marker.end(), end, False
            continue
        open_para = bool(para) and not _FINAL.search(text[para[-1][0] : para[-1][1]])
        if open_para and line.lstrip()[:1].islower():
            para.append((start, end))
            continue
        if not open_para:
            # A line that ends like a sentence closes its paragraph (one paragraph per line is common).
            yield from flush()
        nxt = following[i]
        wrapped = len(line) >= 55 and nxt.lstrip()[:1].islower()
        if looks_like_heading(line) and not wrapped:
            yield from flush()
            yield start, end, True
            continue
        para.append((start, end))
    yield from flush()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        piece = _trim(text, start, cut)
        if piece[1] > piece[0]:
            yield piece
        start, end = _trim(text, cut, end)
    if end > start:
        yield start, end


def split_sentences(source: Source) -> tuple[Sentence, ...]:
    """Split a source into sentences.

    Args:
        source: A normalised source.

    Returns:
        Sentences in text order, numbered from 0, each with ``text == source.text[start:end]``.
        Lines of punctuation or symbols only (no letter or digit) are dropped.
    """
    text = source.text
    nupunkt = _tokenizer()
    out: list[Sentence] = []
    for b_start, b_end, heading in _blocks(text):
        if heading:
            spans = [_trim(text, b_start, b_end)]
        else:
            spans = [(b_start + s, b_start + e) for s, e in nupunkt.sent_spans(text[b_start:b_end]) if e > s]
        for s, e in spans:
            s, e = _trim(text, s, e)
            for cs, ce in _cut_long(text, s, e):
                piece = text[cs:ce]
                if _WORDISH.search(piece):
                    out.append(Sentence(source.id, len(out), cs, ce, piece, heading))
    return tuple(out)


def split_document(source: Source) -> Document:
    """A :class:`Document`: the source with its sentences."""
    return Document(source, split_sentences(source))
