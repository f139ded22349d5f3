"""The benchmark: `make bench`. Prints the figures and writes them to bench/results.json.

It builds a corpus of about 200 documents by repeating the samples (text and PDF; each text copy
gets a line of its own so no two inputs are the same bytes), then measures:
- documents/s and pages/s of a whole batch with 1 and with 2 workers, and the speed-up;
- time per page of each stage (load, layout, structure, entities, relations, record);
- the floors: pdfplumber's ``page.chars`` and pypdfium2's character reading of the same PDF pages,
  and the whole pipeline with each reader, pages with and without tables apart; the text path
  against spaCy's ``make_doc`` of the same texts;
- peak memory of one worker after 10 and after 200 documents;
- hostile inputs (tests/hostile.py), each alone in a batch with --timeout 5 and one worker: the
  outcome, seconds, and the peak resident memory of the batch's process tree.
It is a benchmark, not a test: it never fails.
"""

from __future__ import annotations

import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline  # noqa: E402
from pipeline.batch import BatchOptions, run_batch  # noqa: E402
from pipeline.entities.nlp import brochure_nlp  # noqa: E402

SCANNED = [ROOT / "samples" / "green-jobs-leaflet-scan.pdf"]
"""Samples without a text layer, read by OCR: timed apart (``ocr_per_page``), not in the corpus,
so that the PDF figures stay those of text-layer pages."""
SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in (".txt", ".pdf") and p not in SCANNED)
CORPUS_SIZE = 200
REPEATS = 5
FLOOR_REPEATS = 3
"""Runs of each floor (the median is kept): the floors read the samples, the layout fixtures and the
zoo's 158 brochures, a minute a run for the pdfplumber reader."""


def build_corpus(folder: Path, size: int = CORPUS_SIZE) -> list[Path]:
    paths = []
    for index in range(size):
        sample = SAMPLES[index % len(SAMPLES)]
        target = folder / f"{index:03d}-{sample.name}"
        if sample.suffix == ".txt":
            target.write_text(sample.read_text(encoding="utf-8") + f"\nCopy {index} of the benchmark corpus.\n", encoding="utf-8")
        else:
            shutil.copy(sample, target)
        paths.append(target)
    return paths


def pages_of(paths: list[Path]) -> int:
    """Pages of the corpus: a PDF's page count, one page for a text file."""
    total = 0
    for path in paths:
        if path.suffix == ".pdf":
            import pdfplumber

            with pdfplumber.open(path) as pdf:
                total += len(pdf.pages)
        else:
            total += 1
    return total


def throughput(paths: list[Path], workers: int) -> dict:
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        result = run_batch(paths, Path(out), BatchOptions(workers=workers, timeout=0))
        seconds = time.perf_counter() - started
    failed = len(result.failed)
    pages = pages_of(paths)
    return {"workers": workers, "documents": len(paths), "failed": failed, "seconds": round(seconds, 2),
            "documents_per_second": round(len(paths) / seconds, 1), "pages_per_second": round(pages / seconds, 1)}


def stage_times() -> dict:
    """Median CPU milliseconds per page of each stage (process_time around the stage itself), per sample."""
    figures = {}
    for sample in SAMPLES:
        runs = []
        for _ in range(REPEATS):
            seconds: dict[str, float] = {}
            record = pipeline.extract(sample, stage_seconds=seconds, stage_clock=time.process_time)
            runs.append(seconds)
        pages = record.source.page_count or 1
        figures[sample.name] = {
            "pages": pages,
            **{stage: round(statistics.median(r[stage] for r in runs) * 1000 / pages, 2) for stage in runs[0]},
            "total_ms_per_page": round(statistics.median(sum(r.values()) for r in runs) * 1000 / pages, 2),
        }
    return figures


def pdf_floor() -> dict:
    """Three floors and the pipeline, side by side in one run, on the same PDFs (the samples, the
    layout fixtures and the zoo): pdfplumber's ``page.chars`` for every page; pypdfium2 opening the
    document and, for every page, loading its text page and reading every character's box, font
    size and font name (through pypdfium2.raw, and the same without ctypes' argument checks, as
    the PDFium reader calls PDFium); and the whole pipeline with each reader. Pages of a document
    with a found table (where the table finder runs) are reported apart."""
    import ctypes

    import pdfplumber
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    fixtures = sorted((ROOT / "tests" / "fixtures" / "layout").glob("*.pdf"))
    zoo = sorted((ROOT / "tests" / "zoo" / "corpus").glob("*.pdf"))
    pdfs = [p for p in SAMPLES if p.suffix == ".pdf"] + fixtures + zoo
    if not pdfs:
        return {}

    def plumber_chars(paths) -> None:
        for path in paths:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    len(page.chars)

    def pdfium_chars(paths) -> None:
        buffer = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        for path in paths:
            document = pdfium.PdfDocument(str(path))
            for page in document:
                textpage = page.get_textpage()
                for index in range(textpage.count_chars()):
                    raw.FPDFText_GetCharBox(textpage, index, left, right, bottom, top)
                    raw.FPDFText_GetFontSize(textpage, index)
                    raw.FPDFText_GetFontInfo(textpage, index, buffer, 256, flags)
                textpage.close()
                page.close()
            document.close()

    def pdfium_chars_unchecked(paths) -> None:
        """The same reading, each function called as the PDFium reader calls its per-character
        functions: without ctypes' argument checks (pipeline.load.pdfium._Calls)."""
        def unchecked(function, result):
            return ctypes.CFUNCTYPE(result)(ctypes.cast(function, ctypes.c_void_p).value)

        char_box, font_size = unchecked(raw.FPDFText_GetCharBox, ctypes.c_int), unchecked(raw.FPDFText_GetFontSize, ctypes.c_double)
        font_info = unchecked(raw.FPDFText_GetFontInfo, ctypes.c_ulong)
        buffer = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        refs = [ctypes.byref(v) for v in (left, right, bottom, top)]
        flags_ref = ctypes.byref(flags)
        for path in paths:
            document = pdfium.PdfDocument(str(path))
            for page in document:
                textpage = page.get_textpage()
                address = ctypes.cast(textpage.raw, ctypes.c_void_p)
                for index in range(textpage.count_chars()):
                    char_box(address, index, *refs)
                    font_size(address, index)
                    font_info(address, index, buffer, 256, flags_ref)
                textpage.close()
                page.close()
            document.close()

    def pipeline_with(reader, turns: list[dict[str, float]] | None = None):
        """The whole pipeline with ``reader`` over the paths; with ``turns``, each call appends the CPU
        seconds of each stage (process_time around that stage itself) to it."""
        def run(paths):
            stages: dict[str, float] | None = None if turns is None else {}
            for path in paths:
                pipeline.extract(path, reader=reader, stage_seconds=stages, stage_clock=time.process_time)
            if turns is not None:
                turns.append(stages)
        return run

    with_tables = [p for p in pdfs if pipeline.extract(p).tables]
    groups = {"without_tables": [p for p in pdfs if p not in with_tables], "with_tables": with_tables}
    figures = {}
    for name, paths in groups.items():
        if not paths:
            continue
        pages = pages_of(paths)
        stage_turns: list[dict[str, float]] = []  # each timed turn of the pipeline with PDFium, stage by stage
        timers = {"pdfplumber_chars": plumber_chars, "pdfium_chars": pdfium_chars,
                  "pdfium_chars_unchecked": pdfium_chars_unchecked,
                  "pipeline_pdfium": pipeline_with("pdfium", stage_turns), "pipeline_pdfplumber": pipeline_with("pdfplumber")}
        for run in timers.values():
            run(paths)  # warm
        stage_turns.clear()
        # CPU time of this process (PDFium runs in it), the five taken in turn, FLOOR_REPEATS turns:
        # a loaded machine stretches wall time, and CPU time a little; the turns put the floors and
        # the pipeline under the same load, and each ratio is taken within a turn
        turns = interleaved_cpu({label: (lambda run=run, paths=paths: run(paths)) for label, run in timers.items()},
                                FLOOR_REPEATS)
        figures[name] = {"documents": len(paths), **floor_figures(turns, stage_turns, pages)}
    return figures


def interleaved_cpu(timers: dict, repeats: int, clock=time.process_time) -> dict[str, list[float]]:
    """Run every timer of ``timers`` (label → function of no argument) once a turn, ``repeats``
    turns, the order rotated by one each turn (so that no timer always follows the same one); out:
    label → the ``clock`` seconds of each of its runs, in turn order."""
    labels = list(timers)
    seconds: dict[str, list[float]] = {label: [] for label in labels}
    for turn in range(repeats):
        for label in labels[turn % len(labels):] + labels[:turn % len(labels)]:
            started = clock()
            timers[label]()
            seconds[label].append(clock() - started)
    return seconds


def turn_ratio(numerators: list[float], denominators: list[float]) -> float:
    """The median over turns of ``numerator / denominator`` of the same turn (two measures taken
    minutes apart are never divided)."""
    return statistics.median(n / d for n, d in zip(numerators, denominators, strict=True))


RATIOS = {  # name in the figures → (numerator, denominator), labels of floor_figures' turns
    "pipeline_pdfium_over_pdfium_chars": ("pipeline_pdfium", "pdfium_chars"),
    "pipeline_pdfium_over_pdfium_chars_unchecked": ("pipeline_pdfium", "pdfium_chars_unchecked"),
    "pipeline_pdfium_over_pdfplumber_chars": ("pipeline_pdfium", "pdfplumber_chars"),
    "pipeline_pdfplumber_over_pdfplumber_chars": ("pipeline_pdfplumber", "pdfplumber_chars"),
}


def floor_figures(turns: dict[str, list[float]], stage_turns: list[dict[str, float]], pages: int) -> dict:
    """The PDF floors' figures. In: ``turns`` (label → CPU seconds of each turn, from
    interleaved_cpu), ``stage_turns`` (one dict a turn of the pipeline with PDFium: stage → CPU
    seconds of that stage itself), the pages read a turn. Out: each label's median ms per page, each
    stage's median ms per page (their sum is near the pipeline's figure, less what runs between
    stages), and the RATIOS, each the median of its turns' ratios."""
    return {
        "pages": pages, "clock": f"process CPU time, {len(next(iter(turns.values())))} interleaved turns, median",
        **{f"{label}_ms_per_page": round(statistics.median(runs) * 1000 / pages, 2) for label, runs in turns.items()},
        "pipeline_pdfium_stage_ms_per_page": stage_medians(stage_turns, pages),
        **{name: round(turn_ratio(turns[top], turns[bottom]), 2) for name, (top, bottom) in RATIOS.items()
           if top in turns and bottom in turns},
    }


def stage_medians(stage_turns: list[dict[str, float]], units: int) -> dict[str, float]:
    """Each stage's median over turns of its seconds, in milliseconds per unit (page, document)."""
    if not stage_turns:
        return {}
    return {stage: round(statistics.median(turn.get(stage, 0.0) for turn in stage_turns) * 1000 / units, 2)
            for stage in stage_turns[0]}


def text_floor() -> dict:
    """The text path against ``spacy.blank("en").make_doc`` of the same texts (the text samples), and
    the CPU milliseconds of each stage of the text path a document. The turns read the same texts
    again, so a line's tests cached in the first turn (the bounded caches of ``line_caches``) are
    found in the next: ``first_read`` repeats the pipeline's turn with those caches emptied before
    each document, as a batch of new brochures reads them."""
    import spacy

    texts = [p for p in SAMPLES if p.suffix == ".txt"]
    contents = [p.read_text(encoding="utf-8") for p in texts]
    make_doc = spacy.blank("en").make_doc
    caches = line_caches()

    def tokenise() -> None:
        for text in contents:
            make_doc(text)

    def ours() -> None:
        for path in texts:
            pipeline.extract(path)

    def first_read() -> None:
        for path in texts:
            for cache in caches:
                cache.cache_clear()
            pipeline.extract(path)

    tokenise(), ours()
    # CPU time of this process, the three taken in turn, then the stages of a fourth pass (each
    # stage's own CPU time): a loaded machine stretches wall time (make_doc came out at anything
    # from 3 to 19 ms), and the ratios are taken within a turn
    stage_turns: list[dict[str, float]] = []

    def stage_pass() -> None:
        stages: dict[str, float] = {}
        for path in texts:
            pipeline.extract(path, stage_seconds=stages, stage_clock=time.process_time)
        stage_turns.append(stages)

    turns = interleaved_cpu({"make_doc": tokenise, "pipeline": ours, "first_read": first_read, "stages": stage_pass},
                            TEXT_REPEATS)
    documents = len(texts)

    def per_document(label: str) -> float:
        return round(statistics.median(turns[label]) * 1000 / documents, 2)

    return {"documents": documents, "make_doc_ms_per_document": per_document("make_doc"),
            "pipeline_ms_per_document": per_document("pipeline"),
            "ratio": round(turn_ratio(turns["pipeline"], turns["make_doc"]), 2),
            "first_read_ms_per_document": per_document("first_read"),
            "first_read_ratio": round(turn_ratio(turns["first_read"], turns["make_doc"]), 2),
            "stage_ms_per_document": stage_medians(stage_turns, documents),
            "clock": f"process CPU time, {TEXT_REPEATS} interleaved turns, median (ratios: median of the turns' ratios)"}

def line_caches() -> list:
    """The package's bounded caches (functools.lru_cache with a maxsize): what it remembers of the
    lines and texts it has read. Unbounded caches (``functools.cache``: data files, spaCy pipelines)
    and the compiled forms of patterns (``pipeline.anchors``) are the process's, built once."""
    import functools

    found = {}
    for name, module in list(sys.modules.items()):
        if name == "pipeline" or name.startswith("pipeline."):
            for value in vars(module).values():
                if isinstance(value, functools._lru_cache_wrapper) and value.cache_info().maxsize is not None \
                        and value.__name__ not in PATTERN_CACHES:
                    found[id(value)] = value
    return list(found.values())


PATTERN_CACHES = ("anchor_of", "leading_look_behind")


TEXT_REPEATS = 25


MEMORY_PROBE = """
import resource, sys
from pathlib import Path
import pipeline
paths = [Path(p) for p in sys.argv[1:]]
for path in paths:
    try:
        pipeline.extract(path)
    except Exception:
        pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_memory(paths: list[Path]) -> dict:
    """Peak resident memory (MB) of one process after 10 and after 200 documents."""
    figures = {}
    for count in (10, len(paths)):
        output = subprocess.run([sys.executable, "-c", MEMORY_PROBE, *map(str, paths[:count])], capture_output=True, text=True,
                                cwd=ROOT, check=True).stdout
        figures[str(count)] = round(int(output.split()[-1]) / 1024, 1)
    return figures


HOSTILE_TIMEOUT = 5.0
HOSTILE_PROBE = """
import json, resource, subprocess, sys
status = subprocess.call(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
[entry] = json.load(open(sys.argv[1], encoding="utf-8"))["documents"]
print(json.dumps({"status": entry["status"], "code": entry["code"], "seconds": entry["seconds"],
                  "peak_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}))
"""


def hostile_inputs() -> dict:
    """Each hostile input alone in a batch (one worker, --timeout 5): its outcome, its seconds, and
    the peak resident memory of the process tree that read it."""
    from tests.hostile import HOSTILE

    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        for case in HOSTILE:
            path = Path(folder) / case.name
            case.make(path)
            out = Path(folder) / "out"
            command = [sys.executable, "-m", "pipeline", "extract", str(path), "-o", str(out), "--workers", "1",
                       "--timeout", str(HOSTILE_TIMEOUT)]
            started = time.perf_counter()
            probe = subprocess.run([sys.executable, "-c", HOSTILE_PROBE, str(out / "manifest.json"), *command],
                                   capture_output=True, text=True, cwd=ROOT, check=False)
            figure = json.loads(probe.stdout) if probe.returncode == 0 else {"probe_failed": probe.stderr[-300:]}
            figure["batch_seconds"] = round(time.perf_counter() - started, 2)
            figure["expected"] = [case.status, case.code]
            figures[case.name.replace("\n", " ")] = figure
            shutil.rmtree(out, ignore_errors=True)
    return figures


def ocr_per_page(rounds: int = 2) -> dict:
    """CPU seconds per page of a scanned sample read by OCR, whole pipeline and its load stage
    (render + OCR), in this process (the engine's model loaded by a first, untimed run)."""
    figures = {}
    for sample in SCANNED:
        pipeline.extract(sample)
        stages: dict[str, float] = {}
        started = time.process_time()
        for _ in range(rounds):
            record = pipeline.extract(sample, stage_seconds=stages)
        pages = (record.source.page_count or 1) * rounds
        figures[sample.name] = {
            "pages": record.source.page_count,
            "cpu_seconds_per_page": round((time.process_time() - started) / pages, 2),
            "load_wall_seconds_per_page": round(stages.get("load", 0.0) / pages, 2),
            "mean_confidence": [page.ocr.mean_confidence for page in record.pages if page.ocr],
        }
    return figures


def as_a_worker() -> None:
    """Put this process in the state a batch's worker reads documents in (pipeline.workers): every
    pipeline built (``pipeline.extract.warm_up``), what exists then frozen out of the garbage
    collector's walks (the batch's parent freezes before it forks), and the worker's collector
    thresholds (``WORKER_GC_THRESHOLDS``). The in-process parts (stages, floors) then time the
    pipeline as a batch runs it, and its floors in the same state. At CPython's default thresholds
    a collection of the older generations walks every object of three languages' spaCy pipelines
    (some 200,000), 0.2 s a walk on this machine."""
    import gc

    from pipeline.extract import warm_up
    from pipeline.workers import WORKER_GC_THRESHOLDS

    warm_up()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="The benchmark: prints the figures and writes bench/results.json.")
    parser.add_argument("--only", choices=["text_floor", "pdf_floor", "stages", "ocr_per_page"],
                        help="measure only this part, print it and leave bench/results.json as it is")
    parser.add_argument("--gc", choices=["worker", "default"], default="worker",
                        help="the garbage collector's state the in-process parts run in: a batch worker's "
                             "(as_a_worker, the default) or CPython's default, as before session 16")
    arguments = parser.parse_args(argv)
    only = arguments.only
    if only:
        brochure_nlp()
        for sample in SAMPLES:  # warm, as below
            pipeline.extract(sample)
        if arguments.gc == "worker":
            as_a_worker()
        part = {"text_floor": text_floor, "pdf_floor": pdf_floor, "stages": stage_times, "ocr_per_page": ocr_per_page}[only]()
        print(json.dumps({only: part, "gc": arguments.gc}, indent=2))
        return 0
    started = time.perf_counter()
    brochure_nlp()
    nlp_build_seconds = round(time.perf_counter() - started, 2)
    for sample in SAMPLES:  # warm: imports, caches, the spaCy pipeline
        pipeline.extract(sample)
    with tempfile.TemporaryDirectory() as folder:
        corpus = build_corpus(Path(folder))
        one = throughput(corpus, 1)
        two = throughput(corpus, 2)
        text_only = [p for p in corpus if p.suffix == ".txt"]
        text_one = throughput(text_only, 1)
        memory = peak_memory(corpus)
    if arguments.gc == "worker":  # (after the batches: run_batch freezes and unfreezes this process itself)
        as_a_worker()
    results = {
        "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count(), "platform": platform.platform()},
        "pipeline_version": pipeline.__version__,
        "gc": arguments.gc,
        "spacy_pipeline_build_seconds": nlp_build_seconds,
        "corpus": {"documents": len(corpus), "samples": [s.name for s in SAMPLES]},
        "batch_1_worker": one,
        "batch_2_workers": two,
        "speed_up_2_workers": round(one["seconds"] / two["seconds"], 2),
        "text_only_1_worker": text_one,
        "stage_ms_per_page": stage_times(),
        "pdf_floor": pdf_floor(),
        "text_floor": text_floor(),
        "peak_memory_mb_per_worker": memory,
        "hostile_inputs": hostile_inputs(),
        "ocr_per_page": ocr_per_page(),
    }
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
