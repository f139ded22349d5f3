"""The pipeline: load → layout → structure → entities → relations → record."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pipeline.build import build_record
from pipeline.defaults import DEFAULT_LABELLER_BY_INPUT
from pipeline.entities import find_entities
from pipeline.layout import describe_layout, layout
from pipeline.load import DEFAULT_MAX_PAGES, DEFAULT_OCR_LANGUAGE, DEFAULT_OCR_MODE, load
from pipeline.record import BrochureRecord
from pipeline.relations import find_partnerships
from pipeline.structure import structure


def extract(path: str | Path, *, display_path: str | None = None, password: str | None = None,
            stage_seconds: dict[str, float] | None = None, max_pages: int | None = DEFAULT_MAX_PAGES,
            layout_dump: str | Path | None = None, reader: str | None = None, labeller: str | None = None,
            ocr: str = DEFAULT_OCR_MODE, ocr_language: str = DEFAULT_OCR_LANGUAGE,
            stage_clock: Callable[[], float] = time.perf_counter) -> BrochureRecord:
    """Extract one brochure (PDF or text) into a validated record.

    ``display_path`` is the path written into the record (default: ``path`` as given). Pass a dict as
    ``stage_seconds`` to receive the time each stage took (by ``stage_clock``: wall time, or
    ``time.process_time`` for the CPU time of this process). At most ``max_pages`` pages are read (None:
    all); the record's warnings say when pages were left out. With ``layout_dump``, the blocks the
    layout stage made are written there as text, to see why a brochure came out as it did.
    ``reader`` chooses the PDF reader (``pdfplumber`` or ``pdfium``; None: the default); ``labeller``
    who decides the headings (``rules`` or ``model``; None: ``DEFAULT_LABELLER_BY_INPUT`` for the kind of input). ``ocr``
    (``auto``, ``always``, ``never``) says which pages are read by OCR, in ``ocr_language``
    (pipeline.load.ocr). Raises BrochureError when the file cannot be read as a brochure."""
    clock = _StageClock(stage_seconds, stage_clock)
    loaded = clock.run("load", load, path, display_path=display_path, password=password, max_pages=max_pages, reader=reader,
                       ocr=ocr, ocr_language=ocr_language)
    laid_out = clock.run("layout", layout, loaded)
    if layout_dump is not None:
        Path(layout_dump).write_text(describe_layout(laid_out), encoding="utf-8")
    input_kind = "text" if laid_out.source.media_type == "text/plain" else "pdf"
    document = clock.run("structure", structure, laid_out, labeller or DEFAULT_LABELLER_BY_INPUT[input_kind])
    annotated = clock.run("entities", find_entities, document)
    related = clock.run("relations", find_partnerships, annotated)
    return clock.run("record", build_record, related)


def warm_up() -> None:
    """Build now what the first document would otherwise build: the spaCy pipeline and the data
    files it reads, the relation patterns, the record validator, the PDF readers'
    compiled helpers. A batch calls it in the parent
    before forking its workers, so that every worker (and one that replaces a killed worker)
    starts ready."""
    import pipeline.load.pdf  # noqa: F401  (the PDF readers' imports, a third of a second)
    import pipeline.load.pdfium  # noqa: F401
    from pipeline.entities.nlp import brochure_nlp
    from pipeline.languages import SUPPORTED_LANGUAGES
    from pipeline.load import native
    from pipeline.relations import prepare_patterns
    from pipeline.schema import prepare_validator

    for language in SUPPORTED_LANGUAGES:  # a worker reads a page in any of them
        brochure_nlp(language)
    prepare_patterns()
    prepare_validator()
    native.prepare()  # a build failed here is not tried again by every worker


class _StageClock:
    """Runs a stage and, when asked, adds its time by ``clock`` to a dict keyed by stage name."""

    def __init__(self, seconds: dict[str, float] | None, clock: Callable[[], float] = time.perf_counter):
        self.seconds = seconds
        self.clock = clock

    def run(self, name, stage, *args, **kwargs):
        if self.seconds is None:
            return stage(*args, **kwargs)
        started = self.clock()
        try:
            return stage(*args, **kwargs)
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + self.clock() - started
