"""Resource links: a title line followed by one or more URLs (a URL may carry two addresses)."""

from __future__ import annotations

import re

from pipeline.layout.patterns import URL, ends_sentence
from pipeline.model import Block

MAX_TITLE_WORDS = 16
_TITLED_URL = re.compile(r"^(?P<title>.+?\S):\s+(?P<url>(?:https?://|www\.)\S+)$", re.IGNORECASE)


def link_urls(text: str) -> list[str]:
    """Every URL printed in ``text``, with trailing punctuation removed and a scheme added to
    "www." addresses so that each is a valid URI."""
    urls = []
    for match in URL.finditer(text):
        url = match.group(0).rstrip(".,;:)]}'’”")
        urls.append(url if "://" in url else f"http://{url}")
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
    return match["title"].strip(), link_urls(match["url"])[0]
