"""The one spaCy pipeline: spacy.blank("en"), an entity ruler fed from the data files, and our
components. Built once per process (it takes a moment) and reused for every brochure."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from pipeline.entities import components  # noqa: F401  (registers the component factories)
from pipeline.entities.vocabulary import organizations, regions


def ruler_patterns() -> list[dict]:
    """Organizations (label ORG, id = org id) and regions (label LOC, id = region id), case-sensitive."""
    patterns = []
    for org_id, org in sorted(organizations().items()):
        for text in sorted({org["name"], *org["aliases"], *([org["acronym"]] if org["acronym"] else [])}):
            patterns.append({"label": "ORG", "pattern": text, "id": org_id})
    for region_id, region in sorted(regions().items()):
        for text in sorted({region["name"], *region["aliases"]}):
            patterns.append({"label": "LOC", "pattern": text, "id": region_id})
    return patterns


@cache
def brochure_nlp() -> Language:
    """The cached pipeline (the only process-wide state the package keeps)."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "validate": False})
    ruler.add_patterns(ruler_patterns())
    nlp.add_pipe("brochure_countries")
    nlp.add_pipe("brochure_organizations")
    nlp.add_pipe("brochure_years")
    nlp.add_pipe("brochure_themes")
    return nlp
