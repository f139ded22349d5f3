"""What a trusted structure tree says about the blocks (pipeline.layout.tags judged the tree and
set each line's ``tag``): which blocks are headings and at which level, which are list items and
how deeply nested, and which are surely not headings. Where the tree is silent (untagged pages,
text under generic tags such as a <div>'s NonStruct) the layout's rules decide.

What goes in: the blocks of the flow and the rules' heading levels. What comes out: the heading
levels with the tree's decisions applied, and a list item's level.
"""

from __future__ import annotations

from collections import Counter

from pipeline.layout.patterns import LIST_LABEL, bullet_match
from pipeline.model import Block, LineTag
from pipeline.record import MAX_LEVEL

NOT_HEADING_ROLES = frozenset({"P", "LI", "LBody", "Lbl", "Caption", "TD", "TH", "BlockQuote", "Quote", "Note", "Figure"})
"""Roles whose text is surely not a section heading."""


def block_tag(block: Block) -> LineTag | None:
    """The tag most of the block's characters carry, when the tree says something about them (not
    an artifact, not a generic role)."""
    weights: Counter | None = None  # made at the first tag: text and untagged PDFs have none
    for line in block.lines:
        tag = line.tag
        if tag is not None and tag.element is not None and tag.role != "generic":
            if weights is None:
                weights = Counter()
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


def is_tagged_heading(block: Block) -> bool:
    """The tree says the block is a heading (H, H1–H6)."""
    tag = block_tag(block)
    return tag is not None and (tag.level is not None or tag.role == "H")


def is_tagged_list_item(block: Block) -> bool:
    """The tree says the block is a list item."""
    tag = block_tag(block)
    return tag is not None and tag.role in ("LI", "LBody")  # a Lbl outside an item is a footnote mark (Typst)


def tagged_list_level(block: Block) -> int | None:
    """A list item's level from the tree's nesting of lists (1: a top list), or None when the tree
    says nothing about the block."""
    tag = block_tag(block)
    if tag is None or tag.role not in ("LI", "LBody") or tag.depth < 1:
        return None
    return min(tag.depth, MAX_LEVEL)


def take_list_label(block: Block) -> None:
    """A tagged list item whose label the joiner did not take ("a. Strengthen …"): the label
    becomes the block's marker and leaves its text."""
    if block.marker is not None:
        return
    found = bullet_match(block.text)
    if found is None:
        match = LIST_LABEL.match(block.text)
        found = (match["marker"], match["rest"]) if match else None
    if found is not None:
        block.marker, block.text = found


def tagged_title(blocks: list[Block]) -> int | None:
    """The title as the tree states it: the first block tagged Title on the first page; else the
    one heading of the document's top heading level, when it stands on the first page (sections
    tagged H2 under a single H1). None when the tree says nothing of a title (a Typst brief tags its
    sections H1 and its title as a Span): the layout decides."""
    if not blocks:
        return None
    first_page = blocks[0].page
    tags = [block_tag(block) for block in blocks]
    for index, tag in enumerate(tags):
        if tag is not None and tag.role == "Title" and blocks[index].page == first_page:
            return index
    levels = [tag.level for tag in tags if tag is not None and tag.level is not None]
    if not levels:
        return None
    top = [index for index, tag in enumerate(tags) if tag is not None and tag.level == min(levels)]
    if len(top) == 1 and blocks[top[0]].page == first_page:
        return top[0]
    return None
