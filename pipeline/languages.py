"""The languages the pipeline reads a brochure in, and each language's resources.

English is the default and its resources are the data files themselves (``pipeline/data/<name>``).
Another language's resources are ``pipeline/data/<code>/<name>``: a file holding only the keys that
language adds, laid over the English file by ``language_data`` (a list gets the language's items
after the English ones, a mapping is merged key by key, anything else is replaced). English stays in
because brochures in French and Spanish quote English names and labels ("Email:", "ILO").

Where a stage reads text without knowing its language yet (the structure stage's cue words), it asks
``cue_words`` for the words of every language: a cue of one language is no ordinary word of another
("Courriel", "Pour plus d'informations"), so the union costs nothing and reads a French contact panel
in an English brochure too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from pipeline.resources import data_file

DEFAULT_LANGUAGE = "en"
SUPPORTED_LANGUAGES = ("en", "fr", "es")
"""The languages with resources (and a spaCy tokenizer); a page in another language is read with
the default language's."""


def supported(language: str | None) -> str:
    """``language`` when the pipeline has its resources, else the default language."""
    return language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def _overlay(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _overlay(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [item for item in extra if item not in base]
    return extra


@cache
def own_data(name: str, language: str) -> Any:
    """The keys ``pipeline/data/<language>/<name>`` adds (an empty mapping when it has none, and for English)."""
    if language == DEFAULT_LANGUAGE:
        return {}
    resource = resources.files("pipeline.data").joinpath(language, name)
    if not resource.is_file():
        return {}
    import json

    return json.loads(resource.read_text(encoding="utf-8"))


@cache
def language_data(name: str, language: str) -> Any:
    """The data file ``name`` as ``language`` reads it: the English file with the language's own keys
    laid over it (see the module's docstring). Unsupported languages get the English file."""
    return laid_over(data_file(name), name, language)


def laid_over(english: Any, name: str, language: str) -> Any:
    """``english`` (the parsed English file ``name``, read by the caller) with ``language``'s own keys
    laid over it."""
    return _overlay(english, own_data(name, supported(language)))


@cache
def cue_words(name: str, key: str) -> tuple[str, ...]:
    """The items of list ``key`` of data file ``name`` in every supported language, English first."""
    words: list[str] = []
    for language in SUPPORTED_LANGUAGES:
        words.extend(w for w in language_data(name, language).get(key, []) if w not in words)
    return tuple(words)


def alternation(words: Iterable[str], spaced: bool = False) -> str:
    """A regex alternative of ``words`` (escaped, the longest first), for a pattern's word slot;
    ``spaced``: a phrase's words match across any run of white space ("au sein de" over a line break)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if spaced:
        return "|".join(r"\s+".join(re.escape(part) for part in w.split(" ")) for w in ordered)
    return "|".join(re.escape(w) for w in ordered)


# French typography puts a (narrow) no-break space before ":" ";" "!" "?" and inside « guillemets »;
# read as cue text, "Tél. :" is "Tél.:" and « accord » is "accord".
_SPACE_BEFORE_PUNCTUATION = re.compile(r"[ \u00a0\u202f\u2009]+(?=[:;!?»])")
_SPACE_AFTER_GUILLEMET = re.compile(r"(?<=«)[ \u00a0\u202f\u2009]+")
_NO_BREAK_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


def cue_text(text: str) -> str:
    """``text`` as the cue-word tests read it: no-break and thin spaces as plain spaces, no space
    before a colon, semicolon, "!" or "?" (French typography), « guillemets » as straight quotes.
    Only for deciding what a line is: the record keeps the text as printed."""
    if not any(c in text for c in "\u00a0\u202f\u2009«»") and not _SPACE_BEFORE_PUNCTUATION.search(text):
        return text
    text = _SPACE_AFTER_GUILLEMET.sub("", _SPACE_BEFORE_PUNCTUATION.sub("", text))
    return text.translate(_NO_BREAK_SPACES).replace("«", '"').replace("»", '"')
