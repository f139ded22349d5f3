"""review: which organizations and partnerships of a record an editor should check, and why.

A `BrochureRecord` in, the same record out with each organization's and partnership's ``review``
(the reasons that hold, in the order the checks are registered) and ``needs_review`` (true when any
reason holds). The checks are small named functions in two registries, `ORGANIZATION_CHECKS` and
`PARTNERSHIP_CHECKS`, each testable and switchable alone (``checks=`` of `with_review`). They read
only the record, so a record read back from disk gets the same reasons.

An editor's correction that touches an organization or a partnership clears its ``needs_review``
(pipeline/corrections.py): the editor has looked; the reasons stay, so the record still says why
it was asked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from pipeline.ids import host_block
from pipeline.record import BrochureRecord, Organization, Partnership, ReviewReason, all_sections


@dataclass(frozen=True)
class ReviewContext:
    """What the checks need from the whole record: the page each block stands on, the pages read
    by OCR, the organizations by id, and the blocks that name a year."""

    block_pages: Mapping[str, int | None]
    ocr_pages: frozenset[int]
    organizations: Mapping[str, Organization]
    year_blocks: frozenset[str]

    def on_ocr_page(self, block: str) -> bool:
        return self.block_pages.get(host_block(block)) in self.ocr_pages


OrganizationCheck = Callable[[Organization, ReviewContext], bool]
PartnershipCheck = Callable[[Partnership, ReviewContext], bool]


# -- the checks -----------------------------------------------------------------------------------

def found_by_pattern(organization: Organization, context: ReviewContext) -> bool:
    """The organization is not in the shipped data or the registry's list: its name was found by
    its shape ("Ministry of ...", "... Federation"), and its extent may be wrong."""
    return not organization.known


def organization_read_by_ocr(organization: Organization, context: ReviewContext) -> bool:
    """A mention stands on a page read by OCR: the name may be misread."""
    return any(context.on_ocr_page(mention.block) for mention in organization.mentions)


def party_not_in_data(partnership: Partnership, context: ReviewContext) -> bool:
    """A party is an organization found only by its shape."""
    return any(party.ref in context.organizations and not context.organizations[party.ref].known
               for party in partnership.parties)


def year_not_attached(partnership: Partnership, context: ReviewContext) -> bool:
    """It has no year, yet a year is printed in a block of its evidence: the year may be its own
    and missed (a brochure that gives no year at all is not a doubt about the extraction)."""
    return partnership.year is None and any(block in context.year_blocks for block in
                                            (evidence.block for evidence in partnership.evidence))


def partnership_read_by_ocr(partnership: Partnership, context: ReviewContext) -> bool:
    """Its evidence stands on a page read by OCR: names and years may be misread."""
    return any(context.on_ocr_page(evidence.block) for evidence in partnership.evidence)


ORGANIZATION_CHECKS: dict[ReviewReason, OrganizationCheck] = {
    "found_by_pattern": found_by_pattern,
    "read_by_ocr": organization_read_by_ocr,
}
PARTNERSHIP_CHECKS: dict[ReviewReason, PartnershipCheck] = {
    "party_not_in_data": party_not_in_data,
    "year_not_attached": year_not_attached,
    "read_by_ocr": partnership_read_by_ocr,
}


# -- the stage --------------------------------------------------------------------------------------

def review_context(record: BrochureRecord) -> ReviewContext:
    """The page of every block of ``record`` (sections, paragraphs, bullets, quotes, contacts,
    links, tables), its OCR pages, its organizations by id and the blocks its years are named in."""
    pages: dict[str, int | None] = {}
    for section in all_sections(record.sections):
        pages[section.id] = section.page
        pages.update((paragraph.id, paragraph.page) for paragraph in section.paragraphs)
        pages.update((bullet.id, bullet.page) for bullet in section.bullets)
    for blocks in (record.quotes, record.contacts, record.links, record.tables):
        pages.update((block.id, block.page) for block in blocks)
    return ReviewContext(
        block_pages=pages,
        ocr_pages=frozenset(page.page for page in record.pages if page.reader == "ocr"),
        organizations={organization.id: organization for organization in record.entities.organizations},
        year_blocks=frozenset(mention.block for year in record.entities.years for mention in year.mentions),
    )


def with_review(record: BrochureRecord, *, checks: frozenset[str] | None = None) -> BrochureRecord:
    """``record`` with the review reasons of its organizations and partnerships set, in place, and
    returned. ``checks``: the names of the checks to run (default: every registered one)."""
    context = review_context(record)
    for organization in record.entities.organizations:
        organization.review = [name for name, check in ORGANIZATION_CHECKS.items()
                               if (checks is None or name in checks) and check(organization, context)]
        organization.needs_review = bool(organization.review)
    for partnership in record.partnerships:
        partnership.review = [name for name, check in PARTNERSHIP_CHECKS.items()
                              if (checks is None or name in checks) and check(partnership, context)]
        partnership.needs_review = bool(partnership.review)
    return record
