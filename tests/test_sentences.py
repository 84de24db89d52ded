from __future__ import annotations

from compare.records import Source
from compare.sentences import MAX_SENTENCE_CHARS, looks_like_heading, split_sentences

from .conftest import SOURCES


def _split(text: str) -> list[str]:
    return [s.text for s in split_sentences(Source("x", "x", text))]


def test_news_abbreviations_stay_whole() -> None:
    text = "Officials in the U.S. said on Jan. 17 that Dr. Smith met Mr. Putin in St. Louis. The vote came at 5 p.m. Monday."
    assert _split(text) == [
        "Officials in the U.S. said on Jan. 17 that Dr. Smith met Mr. Putin in St. Louis.",
        "The vote came at 5 p.m. Monday.",
    ]


def test_headings_list_items_and_quotes() -> None:
    text = "Quake Hits Coastal Town\nThe quake struck at dawn. “We ran,” he said.\n- First item here.\n- Second item\n"
    sents = split_sentences(Source("x", "x", text))
    assert [(s.text, s.heading) for s in sents] == [
        ("Quake Hits Coastal Town", True),
        ("The quake struck at dawn.", False),
        ("“We ran,” he said.", False),
        ("First item here.", False),
        ("Second item", False),
    ]


def test_hard_wrapped_paragraph_is_joined() -> None:
    text = (
        "The minister said the treaty, which was signed after years of\ntalks, would run for twenty years.\n"
    )
    assert _split(text) == [text.strip()]


def test_offsets_are_exact_on_bundled_articles() -> None:
    from compare.sources import load_sources

    for src in load_sources([SOURCES]):
        sents = split_sentences(src)
        assert len(sents) > 15
        for i, s in enumerate(sents):
            assert s.index == i and src.text[s.start : s.end] == s.text and s.text == s.text.strip()


def test_runaway_sentence_is_cut() -> None:
    text = "word " * 1000
    sents = split_sentences(Source("x", "x", text))
    assert len(sents) > 1 and all(len(s.text) <= MAX_SENTENCE_CHARS for s in sents)


def test_heading_rule() -> None:
    assert looks_like_heading("Trip to Dushanbe and the Beginning of Regional Cooperation")
    assert not looks_like_heading("The quake struck at dawn.")
    assert not looks_like_heading("lowercase start without punctuation")
