from __future__ import annotations

import pytest

from compare.byline import find_byline, with_byline
from compare.records import Source


@pytest.mark.parametrize(
    ("text", "published", "outlet"),
    [
        ("Fire grows\nAlder Flats Record, 25 July 2025\n\nBody text.", "2025-07-25", "Alder Flats Record"),
        ("Headline\nHalvik Courier, Saturday 15 March 2025\n", "2025-03-15", "Halvik Courier"),
        ("By Jane Doe | Reuters | 2025-03-15\nText.", "2025-03-15", "Reuters"),
        ("Headline\nMarch 15, 2025\nBody.", "2025-03-15", None),
    ],
)
def test_byline_found(text: str, published: str, outlet: str | None) -> None:
    assert find_byline(text) == (published, outlet)


def test_body_dates_are_not_bylines() -> None:
    text = "The vote on 15 March 2025 was held amid protests across the country, officials said in a long statement."
    assert find_byline(text) == (None, None)


def test_metadata_wins_over_byline() -> None:
    src = Source("a", "a.md", "Title\nOutlet X, 1 May 2025\nBody.", outlet="Given", published="2025-05-02")
    assert with_byline(src) is src
    filled = with_byline(Source("b", "b.txt", "Title\nOutlet X, 1 May 2025\nBody."))
    assert (filled.published, filled.outlet) == ("2025-05-01", "Outlet X")
