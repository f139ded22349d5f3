"""layout: a LoadedDocument in, a Layout out (Blocks in reading order, page furniture set apart).

Text input is already in reading order (a PDF-to-text tool made it so); PDF input is first cut into
columns and ordered by ``pipeline.layout.pdf``. Both then share the same line joining.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from pipeline.layout.accounting import account, accounting_warnings
from pipeline.layout.blocks import HyphenResolver, WouldFit, join_lines
from pipeline.layout.patterns import is_credit, is_page_number, is_part_counter
from pipeline.layout.plain_text import (
    find_text_tables,
    footnote_numbers,
    is_foot_masthead,
    local_wrap_fit,
    mark_colon_list_items,
    mark_lost_nested_items,
    mark_lost_parent_items,
    mark_unmarked_items,
    reattach_markers,
    running_key,
    strip_footnote_marks,
)
from pipeline.layout.run_in import split_run_in_headings
from pipeline.layout.tables import join_continued_tables
from pipeline.layout.tags import TagVerdict, tag_lines, tag_warnings
from pipeline.model import Block, Layout, Line, LoadedDocument

EDGE_LINES = 2
"""How many lines at the top and bottom of a page may be running headers or footers."""
_LETTER = re.compile(r"[^\W\d_]")
RUNNING_LINE_MAX = 100
"""Running headers and footers are short; a long line repeated is content."""


def layout(loaded: LoadedDocument) -> Layout:
    """Order the lines into reading flows, set page furniture and credits apart, join into Blocks
    (a table the reader found is one Block of kind "table"), and account for every character."""
    tag_verdicts: dict[int, TagVerdict] = {}
    if loaded.source.media_type != "text/plain":  # PDF pages and scanned images: lines with boxes
        from pipeline.layout.pdf import pdf_flows

        tag_verdicts = tag_lines(loaded.pages)
        flows, furniture_lines, would_fit = pdf_flows(loaded)
    else:
        flows, furniture_lines = plain_text_flows(loaded)
        would_fit = local_wrap_fit(loaded.lines)
        flows = [_marked_items(flow, would_fit) if isinstance(flow, list) else flow for flow in flows]
    text_flows = [flow for flow in flows if isinstance(flow, list)]
    all_lines = [line for flow in text_flows for line in flow]
    credit_lines = [line for line in all_lines if is_credit(line.text)]
    credit_ids = {id(line) for line in credit_lines}  # each line tested once
    hyphens = HyphenResolver(all_lines)
    blocks: list[Block] = []
    heading_level: int | None = None
    for flow in flows:
        if isinstance(flow, Block):  # a table, read where it stands
            blocks.append(flow)
            continue
        content = [line for line in flow if id(line) not in credit_ids]
        joined, heading_level = split_run_in_headings(join_lines(content, would_fit, hyphens), heading_level)
        for block, following in zip(joined, joined[1:], strict=False):
            block.gap_after = following.gap_before
        blocks.extend(joined)
    blocks = join_continued_tables(blocks)
    if loaded.source.media_type == "text/plain":
        # footnote marks glued to words ("wages1,"): a PDF sets them apart by type, text only by its notes
        notes = footnote_numbers(loaded.lines)
        for block in blocks:
            if block.kind != "table":
                block.text = strip_footnote_marks(block.text, notes)
    if loaded.source.media_type != "text/plain":  # PDF pages and scanned images: lines with boxes
        from pipeline.layout.pdf import annotate_pdf_blocks

        annotate_pdf_blocks(blocks, loaded)  # Block.emphasis from type; link URIs over URL blocks
    furniture = [Block(text=line.text, lines=[line], kind="furniture") for line in furniture_lines]
    credits = [Block(text=line.text, lines=[line], kind="credit") for line in credit_lines]
    tagged_pages = frozenset(number for number, verdict in tag_verdicts.items() if verdict.use)
    accounting = account(loaded.pages, blocks, furniture, credits, tagged_pages)
    return Layout(
        source=loaded.source,
        blocks=blocks,
        furniture=furniture,
        credits=[block.text for block in credits],
        links=loaded.links,
        accounting=accounting,
        warnings=[*loaded.all_warnings, *tag_warnings(tag_verdicts), *accounting_warnings(accounting)],
    )


def plain_text_flows(loaded: LoadedDocument) -> tuple[list[list[Line] | Block], list[Line]]:
    """The reading flow of plain text: its one-cell-a-line tables made table Blocks (found before the
    furniture, so that a cell repeated down a column is not taken for a running line), the page
    furniture set apart, and bullet markers given back to their items (pipeline.layout.plain_text).
    Returns the flows (runs of lines, and table Blocks where they stand) and the furniture lines."""
    per_page = [find_text_tables(page.lines) for page in loaded.pages]
    furniture_lines = find_furniture([[item for item in items if isinstance(item, Line)] for items in per_page])
    furniture_ids = {id(line) for line in furniture_lines}
    flows: list[list[Line] | Block] = []
    run: list[Line] = []
    for items in per_page:
        for item in items:
            if isinstance(item, Block):
                if run:
                    flows.append(reattach_markers(run))
                run = []
                flows.append(item)
            elif id(item) not in furniture_ids:
                run.append(item)
    if run:
        flows.append(reattach_markers(run))
    return flows, furniture_lines


def _marked_items(flow: list[Line], would_fit: WouldFit) -> list[Line]:
    """A plain-text flow with the list items whose bullets pdftotext lost marked, pass after pass:
    unmarked runs, items after a colon, lost top items of a nested list, lost nested items."""
    flow = mark_colon_list_items(mark_unmarked_items(flow, would_fit), would_fit)
    return mark_lost_nested_items(mark_lost_parent_items(flow), would_fit)


def _is_running_line(text: str) -> bool:
    """Short, with some words: a running header or footer rather than a repeated bullet glyph."""
    return len(text) <= RUNNING_LINE_MAX and len(_LETTER.findall(text)) >= 3


def find_furniture(pages: Sequence[Sequence[Line]]) -> list[Line]:
    """Running headers, footers and page numbers of text, in reading order.

    A line is furniture when it is a page number ("3", "Page 2 of 4") at the top or bottom of a
    page, or anywhere when it counts the parts ("Slide 2 of 3", ``is_part_counter``), when the same
    short line stands at the top or bottom of more than one page, or when the
    same short line recurs three times or more anywhere (a running header without page breaks)."""
    # at the edges a running line may carry the page's number ("Issue 3 · Page 2"): its figures count alike
    edge_keys = {id(line): running_key(line.text) for page in pages for line in [*page[:EDGE_LINES], *page[-EDGE_LINES:]]}
    foot_ids = {id(line) for page in pages for line in page[-EDGE_LINES:]}
    at_edges = Counter(edge_keys.values())
    anywhere = Counter(line.text for page in pages for line in page)
    furniture: list[Line] = []
    for page in pages:
        for line in page:
            on_edge = id(line) in edge_keys
            repeated = (on_edge and at_edges[edge_keys[id(line)]] > 1) or anywhere[line.text] >= 3
            footer = id(line) in foot_ids and is_foot_masthead(line.text)  # a footer by its shape, once or more
            counted = (on_edge and is_page_number(line.text)) or is_part_counter(line.text)
            if counted or ((repeated or footer) and _is_running_line(line.text)):
                furniture.append(line)
    return furniture


def describe_layout(laid_out: Layout) -> str:
    """The blocks as the layout stage left them, one a line (page, kind, marker, type emphasis, white
    space above, text), then the furniture and credits set apart: for ``--debug-dir``."""
    rows = [f"# {laid_out.source.path}: {len(laid_out.blocks)} blocks"]
    for block in laid_out.blocks:
        marker = f" {block.marker}" if block.marker else ""
        rows.append(f"p{block.page or '-'} {block.kind}{marker} e={block.emphasis:g} gap={block.gap_before:g} | {block.text}")
    rows += [f"furniture p{b.page or '-'} | {b.text}" for b in laid_out.furniture]
    rows += [f"credit | {credit}" for credit in laid_out.credits]
    rows += [f"warning | {warning}" for warning in laid_out.warnings]
    return "\n".join(rows) + "\n"
