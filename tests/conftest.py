"""Shared fixtures: the samples, extracted once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pipeline
from pipeline.record import BrochureRecord, all_sections  # noqa: F401  (all_sections: re-exported for the tests)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TRUTH = Path(__file__).resolve().parent / "truth"
GOLDEN = Path(__file__).resolve().parent / "golden"

_cache: dict[str, BrochureRecord] = {}


def sample_record(name: str) -> BrochureRecord:
    """The record of ``samples/<name>``, extracted once per session (as `make run` would record its path)."""
    if name not in _cache:
        _cache[name] = pipeline.extract(SAMPLES / name, display_path=f"samples/{name}")
    return _cache[name]


@pytest.fixture(autouse=True)
def no_ghostscript(monkeypatch):
    """Every test runs as if Ghostscript were not installed: whether a damaged PDF is repaired, and
    into what, would otherwise depend on the machine (a fresh clone with ``gs`` installed read
    garbage as a blank page). A test of the repair puts in a fake ``gs``, or the real one on
    purpose. (Forked batch workers inherit the patch; a ``python -m pipeline`` run in a subprocess
    inherits the environment variable, which turns the repair off.)"""
    from pipeline.load import pdf as pdf_reader

    monkeypatch.setattr(pdf_reader, "_ghostscript", lambda: None)
    monkeypatch.setenv(pdf_reader.GHOSTSCRIPT_VARIABLE, "")


@pytest.fixture(scope="session")
def reference() -> BrochureRecord:
    return sample_record("partnerships-for-decent-work.txt")


def block_texts(record: BrochureRecord):
    """(block id, text) of every block a mention may point at: the title and subtitle, headings,
    paragraphs and bullets, quotes and their attributions (``q1.a``), contacts, link titles and table
    cells."""
    yield "title", record.title
    if record.subtitle:
        yield "subtitle", record.subtitle
    for section in all_sections(record.sections):
        if section.heading:
            yield section.id, section.heading
        for item in [*section.paragraphs, *section.bullets]:
            yield item.id, item.text
    for quote in record.quotes:
        yield quote.id, quote.text
        yield f"{quote.id}.a", quote.attribution
    for contact in record.contacts:
        yield contact.id, contact.text
    for link in record.links:
        yield link.id, link.title
    for table in record.tables:  # each cell a block: <table id>.r<row>.c<column>, header rows counted first
        for r, row in enumerate([*table.header_rows, *table.rows], start=1):
            for c, cell in enumerate(row, start=1):
                if cell:
                    yield f"{table.id}.r{r}.c{c}", cell


def extract_text(tmp_path: Path, text: str, name: str = "brochure.txt") -> BrochureRecord:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return pipeline.extract(path)


def load_truth(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
