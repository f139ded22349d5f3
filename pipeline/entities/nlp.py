"""The spaCy pipeline of each language: spacy.blank("en"), "fr" or "es" and our components (the first marks the names of the
data files, as an entity ruler would). Built once per process (it takes a moment) and reused for
every brochure."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from pipeline.entities import components  # noqa: F401  (registers the component factories)
from pipeline.languages import DEFAULT_LANGUAGE, supported

AFFIX_WINDOW = 64
"""Characters at a token's start (end) in which spaCy's tokenizer looks for a prefix (suffix). It
searches the whole token, once per character it strips, so a run of punctuation took time quadratic
in its length (3,000 quotes in a row: 4 s); no prefix or suffix is this long."""
LONG_TOKEN = 1000
"""A run of this many characters without white space is one token, not split further: splitting
copies and hashes the rest of the run once per character split off (quadratic again), and no word,
URL or figure in a brochure is this long."""
MAX_TEXT_CHARS = 50_000_000
"""The longest document text the pipeline takes (spaCy's own default, 1,000,000, guards the memory
of a parser we do not run): a text file is at most 20 MB, a PDF at most --max-pages pages."""


@cache
def brochure_nlp(language: str = DEFAULT_LANGUAGE) -> Language:
    """The cached pipeline of ``language`` (one of pipeline.languages.SUPPORTED_LANGUAGES; the only
    process-wide state the package keeps): ``spacy.blank(language)``, whose tokenizer knows the
    language's elisions ("l'OIT", "d'accord"), and our components with that language's resources."""
    nlp = spacy.blank(supported(language))
    nlp.max_length = MAX_TEXT_CHARS
    _bound_affix_search(nlp.tokenizer)
    config = {"language": supported(language)}
    nlp.add_pipe("brochure_known_names")
    nlp.add_pipe("brochure_countries", config=config)
    nlp.add_pipe("brochure_organizations", config=config)
    nlp.add_pipe("brochure_years", config=config)
    nlp.add_pipe("brochure_themes", config=config)
    return nlp


def _bound_affix_search(tokenizer) -> None:
    """Make the tokenizer's work linear in the length of a token, with the same tokens for any text
    a brochure holds: prefixes and suffixes are looked for within AFFIX_WINDOW characters of the
    token's ends, and a token of LONG_TOKEN characters or more is kept whole."""
    prefix_search, suffix_search, token_match = tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.token_match
    # spaCy reads only a match's length (end - start), so a match in the window is as good as one in the whole token.
    tokenizer.prefix_search = lambda text: prefix_search(text[:AFFIX_WINDOW])
    tokenizer.suffix_search = lambda text: suffix_search(text[-AFFIX_WINDOW:])
    tokenizer.token_match = lambda text: len(text) >= LONG_TOKEN or (token_match is not None and token_match(text) is not None)
