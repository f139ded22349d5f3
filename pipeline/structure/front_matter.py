"""Front matter: what on a cover is not the title. Word lists live in pipeline/data/front_matter.json
and, for each other language, in its overlay (pipeline/data/<language>/front_matter.json)."""

from __future__ import annotations

import re
from functools import cache

from pipeline.languages import SUPPORTED_LANGUAGES, language_data


def _kicker_pattern_of(data: dict) -> re.Pattern[str]:
    """The pattern of a series name in one language: up to ``max_qualifier_words`` words before the
    kind ("Decent Work Brief") and ``max_qualifier_words_after`` after it (French and Spanish put
    them there: "Note d'orientation 12", "Serie Notas técnicas"), then a series number."""
    kinds = "|".join(re.escape(kind).replace(r"\ ", r"\s+") for kind in sorted(set(data["publication_kinds"]), key=len, reverse=True))
    series = "|".join(re.escape(word).replace(r"\ ", r"\s*") for word in sorted(set(data["series_words"]), key=len, reverse=True))
    before, after = data["max_qualifier_words"], data.get("max_qualifier_words_after", 0)
    number = rf"(?:\s+(?:(?:{series})\s*)?[\dIVXivx]+(?:[./-]\d+)*)?"
    return re.compile(rf"^(?:[\w’'&-]+\s+){{0,{before}}}(?:{kinds})(?:\s+(?:{series}))?(?:\s+[\w’'&-]+){{0,{after}}}?{number}$",
                      re.IGNORECASE)


@cache
def _kicker_patterns() -> tuple[re.Pattern[str], ...]:
    """One pattern per supported language (its kinds laid over the English ones, its word order):
    a cover line is read before its language is known, and a series name of one language is no
    title in another."""
    return tuple(_kicker_pattern_of(language_data("front_matter.json", language)) for language in SUPPORTED_LANGUAGES)


def is_kicker(text: str) -> bool:
    """The line names the kind of publication or its series ("Policy Brief 12", "Decent Work
    Brief", "Fact Sheet Series", "Programme Update", "Note d'orientation 12", "Ficha de país núm. 4"):
    a kicker above the title, not the title."""
    text = text.strip()
    return any(pattern.match(text) is not None for pattern in _kicker_patterns())
