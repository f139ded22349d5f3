"""Resource links: a title line followed by one or more URLs (a URL may carry two addresses)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple
from urllib.parse import quote, unquote, urlsplit

from pipeline.layout.patterns import URL, ends_sentence, is_contact_field
from pipeline.model import Block
from pipeline.record import Link, Section
from pipeline.structure.formats import conforms

MAX_TITLE_WORDS = 16


class PrintedText(NamedTuple):
    """Text the brochure prints outside its sections' paragraphs and bullets (a contact panel, a
    table cell, a quote, a furniture line), with where it stands: a place a web address may be."""

    text: str
    section: str | None
    page: int | None

_TITLED_URL = re.compile(r"^(?P<title>.+?\S)\s*:\s+(?P<url>(?:https?://|www\.)\S+)$", re.IGNORECASE)
_URI_SAFE = ":/?#[]@!$&'()*+,;=-._~%"
"""Characters a URI holds as they are (RFC 3986 reserved and unreserved, and the "%" of an escape)."""
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def link_urls(text: str) -> list[str]:
    """Every URL printed in ``text``, with trailing punctuation removed and a scheme added to
    "www." addresses, as a valid URI: what a URI may not hold (a "%" that starts no escape, a
    brace, a non-ASCII letter) is percent-encoded, and a URL with no host name left ("http://%")
    is not one."""
    urls = []
    for match in URL.finditer(text):
        url = match.group(0).rstrip(".,;:)]}'’”")
        url = quote(_LONE_PERCENT.sub("%25", url if "://" in url else f"http://{url}"), safe=_URI_SAFE)
        host = urlsplit(url).hostname if conforms(url, "uri") else None
        if host and any(c.isalnum() for c in unquote(host)):
            urls.append(url)
    return urls


def is_link_title(block: Block, next_block: Block | None) -> bool:
    """A short line directly followed by a URL line names that URL."""
    return (
        next_block is not None
        and next_block.kind == "url"
        and block.kind == "text"
        and len(block.text.split()) <= MAX_TITLE_WORDS
        and not ends_sentence(block.text.rstrip(":"))
    )


def titled_url(block: Block) -> tuple[str, str] | None:
    """(title, URL) of a resource written on one line: "COOP Africa: https://www.ilo.org/coopafrica"."""
    match = _TITLED_URL.match(block.text) if block.kind == "text" else None
    if match is None or len(match["title"].split()) > MAX_TITLE_WORDS:
        return None
    urls = link_urls(match["url"])
    return (match["title"].strip(), urls[0]) if urls else None


_TITLED_TEXT = re.compile(r"^(?:(?P<title>.+?\S)\s*:\s+)?(?P<url>(?:https?://|www\.)\S+)[.;,]?$", re.IGNORECASE)


def url_key(url: str) -> str:
    """What tells two printed forms of one address apart from another address: case, scheme, "www."
    and a trailing slash aside."""
    url = url.strip().rstrip("/").lower()
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url)


def printed_links(sections: list[Section], links: list[Link], elsewhere: Sequence[PrintedText] = ()) -> list[Link]:
    """``links`` and after them every other URL printed in a paragraph or a bullet (a resource list
    set as bullets, "More: www…" closing a paragraph), then every URL printed ``elsewhere`` (a
    contact panel's web line, a table cell, a quote, a running footer), in the order given: the
    record's contract is that ``links`` lists every web address the brochure prints, each once
    (a contact's web line stays the contact's ``url`` too); an e-mail address is a contact's, never
    a link. Titled where the text is "Title: URL"."""
    seen = {url_key(link.url) for link in links}
    out = list(links)

    def add(text: str, section: str | None, page: int | None) -> None:
        urls = link_urls(text)
        titled = _TITLED_TEXT.match(text.strip()) if len(urls) == 1 else None
        title = titled["title"] if titled and titled["title"] and len(titled["title"].split()) <= MAX_TITLE_WORDS else None
        if title is not None and is_contact_field(text.strip()):
            title = None  # "Website: www…" in a contact panel: a field's label, not the resource's name
        for url in urls:
            if url_key(url) not in seen:
                seen.add(url_key(url))
                out.append(Link(id=f"l{len(out) + 1}", title=title, url=url, section=section, page=page))

    def walk(items: list[Section]) -> None:
        for section in items:
            items_by_id = {item.id: item for item in [*section.paragraphs, *section.bullets]}
            for item_id in section.order or list(items_by_id):
                if item_id in items_by_id:
                    add(items_by_id[item_id].text, section.id, items_by_id[item_id].page)
            walk(section.subsections)

    walk(sections)
    for printed in elsewhere:
        for line in printed.text.splitlines():
            add(line, printed.section, printed.page)
    return out
