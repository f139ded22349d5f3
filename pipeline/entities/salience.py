"""Theme salience: which of the themes a brochure mentions it is *about*.

A brochure names many themes in passing (the ILO's mandate in its standard opening, a partner's
name, the purpose of one agreement); it is about the one to three that its title, headings and
body return to. The salience of a theme is a weighted count of the distinct blocks that mention it
(a title counts more than a heading, a heading more than a paragraph or bullet; a link, table cell,
quote or contact block nothing), plus a bonus per further distinct wording ("green jobs", "green
economy"). A mention inside an organization's name ("Hope for Domestic Workers") counts nothing,
nor does an umbrella theme (themes.json ``"umbrella": true``, such as decent work, which every ILO
brochure names). The record gives each theme its salience relative to the most salient one (0 to
1), and ``primary`` for the brochure's own themes: the most salient, and each other one that
reaches ``primary_ratio`` of it and ``primary_minimum`` outright.

The weights and marks were chosen on the zoo held out by content family (bench/entity_eval.py):
the same values win on seven of the eight folds.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from pipeline.record import Mention


@dataclass(frozen=True, slots=True)
class SalienceSettings:
    """How much a mention counts, by the kind of block it stands in, and where primary starts."""

    block_weights: dict[str, float] = field(default_factory=lambda: {
        "title": 3.0, "subtitle": 2.0, "heading": 2.0, "paragraph": 1.0, "bullet": 1.0})
    """Weight of one block that mentions the theme, by block kind; a kind not listed weighs 0."""
    wording_bonus: float = 0.5
    """Added for each distinct wording of the theme beyond the first."""
    umbrella_factor: float = 0.0
    """An umbrella theme's salience is multiplied by this."""
    primary_ratio: float = 0.5
    """A theme is primary when its salience is at least this share of the most salient theme's ..."""
    primary_minimum: float = 3.0
    """... and at least this much outright (the most salient theme is primary whenever it is above 0)."""


DEFAULT_SALIENCE = SalienceSettings()


def theme_scores(mentions: dict[str, list[Mention]], block_kinds: dict[str, str], names: dict[str, list[tuple[int, int]]],
                 umbrella: set[str], settings: SalienceSettings = DEFAULT_SALIENCE) -> dict[str, float]:
    """Salience of each theme (by id) from its ``mentions``, the kind of each block (by block id),
    the spans of organization names in each block, and the umbrella theme ids. Raw scores, not
    relative."""
    # names sorted per block, each mention looked up by bisection (a long block holds thousands of both)
    sorted_names = {block: sorted(spans) for block, spans in names.items()}

    def inside_a_name(mention: Mention) -> bool:
        spans = sorted_names.get(mention.block)
        if not spans:
            return False
        index = bisect_right(spans, (mention.start, float("inf"))) - 1
        # names may nest; the one starting last at or before the mention is checked, and one before it
        return any(s <= mention.start and mention.end <= e for s, e in spans[max(index - 1, 0): index + 1])

    scores: dict[str, float] = {}
    for theme_id, found in mentions.items():
        counted = [m for m in found if not inside_a_name(m)]
        blocks = {m.block for m in counted}
        score = sum(settings.block_weights.get(block_kinds.get(block, ""), 0.0) for block in blocks)
        if score > 0:
            score += settings.wording_bonus * (len({m.text.lower() for m in counted}) - 1)
        scores[theme_id] = score * (settings.umbrella_factor if theme_id in umbrella else 1.0)
    return scores


def primary_themes(scores: dict[str, float], settings: SalienceSettings = DEFAULT_SALIENCE) -> set[str]:
    """The themes the brochure is about, from their raw scores (see the module's docstring)."""
    top = max(scores.values(), default=0.0)
    if top <= 0:
        return set()
    return {theme_id for theme_id, score in scores.items()
            if score == top or (score >= settings.primary_ratio * top and score >= settings.primary_minimum)}


def relative(scores: dict[str, float]) -> dict[str, float]:
    """Each score as a share of the highest (0 to 1, three decimals); all 0 when none is above 0."""
    top = max(scores.values(), default=0.0)
    return {theme_id: round(score / top, 3) if top > 0 else 0.0 for theme_id, score in scores.items()}
