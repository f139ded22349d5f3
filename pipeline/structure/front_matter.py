"""Front matter: what on a cover is not the title. Word lists live in pipeline/data/front_matter.json."""

from __future__ import annotations

import re
from functools import cache

from pipeline.languages import cue_words
from pipeline.resources import data_file


@cache
def _kicker_pattern() -> re.Pattern[str]:
    data = data_file("front_matter.json")
    # every language's names: the cover is read before the brochure's language is known
    kinds = "|".join(re.escape(kind).replace(r"\ ", r"\s+")
                     for kind in sorted(cue_words("front_matter.json", "publication_kinds"), key=len, reverse=True))
    series = "|".join(re.escape(word) for word in sorted(cue_words("front_matter.json", "series_words"), key=len, reverse=True))
    qualifiers = data["max_qualifier_words"]
    number = rf"(?:\s+(?:(?:{series})\s*)?[\dIVXivx]+(?:[./-]\d+)*)?"
    return re.compile(rf"^(?:[\w’'&-]+\s+){{0,{qualifiers}}}(?:{kinds})(?:\s+(?:{series}))?{number}$", re.IGNORECASE)


def is_kicker(text: str) -> bool:
    """The line names the kind of publication or its series ("Policy Brief 12", "Decent Work
    Brief", "Fact Sheet Series", "Programme Update"): a kicker above the title, not the title."""
    return _kicker_pattern().match(text.strip()) is not None
