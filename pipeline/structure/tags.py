"""What a trusted structure tree says about the blocks (pipeline.layout.tags judged the tree and
set each line's ``tag``): which blocks are headings and at which level, which are list items and
how deeply nested, and which are surely not headings. Where the tree is silent (untagged pages,
text under generic tags such as a <div>'s NonStruct) the layout's rules decide.

What goes in: the blocks of the flow and the rules' heading levels. What comes out: the heading
levels with the tree's decisions applied, and a list item's level.
"""

from __future__ import annotations

from collections import Counter

from pipeline.model import Block, LineTag
from pipeline.record import MAX_LEVEL

NOT_HEADING_ROLES = frozenset({"P", "LI", "LBody", "Lbl", "Caption", "TD", "TH", "BlockQuote", "Quote", "Note", "Figure"})
"""Roles whose text is surely not a section heading."""


def block_tag(block: Block) -> LineTag | None:
    """The tag most of the block's characters carry, when the tree says something about them (not
    an artifact, not a generic role)."""
    weights: Counter = Counter()
    for line in block.lines:
        tag = line.tag
        if tag is not None and tag.element is not None and tag.role != "generic":
            weights[tag] += len(line.text)
    if not weights:
        return None
    return weights.most_common(1)[0][0]


def tagged_heading_levels(blocks: list[Block], flow: list[int], levels: dict[int, int]) -> dict[int, int]:
    """The rules' heading levels (block index → level) with the tree's word taken over them: a block
    tagged H1–H6 is a heading whose level is the rank of its H-level among those the flow's
    headings use (a brochure whose sections are H2 and H3 has levels 1 and 2); a block tagged "H"
    keeps the rules' level (1 if they had none); a block tagged as a paragraph, list item, caption,
    cell or quote is no heading."""
    tags = {index: block_tag(blocks[index]) for index in flow}
    ranks = sorted({tag.level for tag in tags.values() if tag is not None and tag.level is not None})
    result = dict(levels)
    for index, tag in tags.items():
        if tag is None:
            continue
        if tag.level is not None:
            result[index] = min(ranks.index(tag.level) + 1, MAX_LEVEL)
        elif tag.role == "H":
            result.setdefault(index, 1)
        elif tag.role in NOT_HEADING_ROLES:
            result.pop(index, None)
    return result


def is_tagged_list_item(block: Block) -> bool:
    """The tree says the block is a list item."""
    tag = block_tag(block)
    return tag is not None and tag.role in ("LI", "LBody", "Lbl")


def tagged_list_level(block: Block) -> int | None:
    """A list item's level from the tree's nesting of lists (1: a top list), or None when the tree
    says nothing about the block."""
    tag = block_tag(block)
    if tag is None or tag.role not in ("LI", "LBody", "Lbl") or tag.depth < 1:
        return None
    return min(tag.depth, MAX_LEVEL)
