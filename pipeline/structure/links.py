"""Resource links: a title line followed by one or more URLs (a URL may carry two addresses)."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlsplit

from pipeline.layout.patterns import URL, ends_sentence
from pipeline.model import Block
from pipeline.structure.formats import conforms

MAX_TITLE_WORDS = 16
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


def titled_url(block: Block, kinds: tuple[str, ...] = ("text",)) -> tuple[str, str] | None:
    """(title, URL) of a resource written on one line: "COOP Africa: https://www.ilo.org/coopafrica";
    only a block of one of ``kinds`` (a paragraph, or a list's item) is one."""
    match = _TITLED_URL.match(block.text) if block.kind in kinds else None
    if match is None or len(match["title"].split()) > MAX_TITLE_WORDS:
        return None
    urls = link_urls(match["url"])
    return (match["title"].strip(), urls[0]) if urls else None
