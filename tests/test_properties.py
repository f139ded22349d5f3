"""Properties that hold for any input, checked on generated ones (hypothesis), and determinism.

- Any text (bullets, URLs, quotes, headings, contact lines, random Unicode) gives a record that
  validates against the schema, whose mentions slice their block's text exactly, and whose
  partnership evidence is text of its block; or a clean BrochureError.
- Any byte corruption of a sample PDF gives a valid record or a clean BrochureError, never an
  uncaught exception.
- Two runs over the same inputs give the same bytes, whatever PYTHONHASHSEED and worker count.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.errors import BrochureError
from pipeline.load import pdf as pdf_reader
from pipeline.record import BrochureRecord
from pipeline.schema import validate_record
from tests.conftest import ROOT, SAMPLES, block_texts

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def assert_sound(record: BrochureRecord) -> None:
    """The record validates; every mention slices its block's text; every piece of evidence is text
    of the block it names."""
    validate_record(record.model_dump(mode="json"))
    texts = dict(block_texts(record))
    groups = record.entities
    for entity in [*groups.organizations, *groups.countries, *groups.regions, *groups.years, *groups.themes]:
        for mention in entity.mentions:
            assert mention.block in texts, mention
            assert texts[mention.block][mention.start:mention.end] == mention.text, mention
    for partnership in record.partnerships:
        for evidence in partnership.evidence:
            assert evidence.text in texts[evidence.block], evidence


# --------------------------------------------------------------------------------------------
# any text

_WORDS = ["the", "ILO", "International Labour Organization", "and", "with", "in", "of", "workers", "decent work",
          "Viet Nam", "Korea", "Lao PDR", "Georgia", "Papua New Guinea", "Asian Development Bank", "(ADB)", "ADB", "UNDP",
          "Ministry of Labour", "Government of Australia", "signed", "a memorandum of understanding", "partnership with",
          "funded by", "between", "green jobs", "social protection", "child labour", "2010", "2015-2017", "2019/20",
          "since", "Tel: +66 2 288 1234", "Email: bangkok@ilo.org", "–", "—", "/", ",", ";", ":", "Asia-", "Pacific",
          "employ-", "ment", "ILO/Japan", "Programme", "Federation", "Council", "Trade Union Congress", "’s", "%", "USD 2010"]
_words = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(min_size=1, max_size=12)), min_size=1, max_size=18).map(" ".join)
_sentence = st.builds(lambda words, end: words[:1].upper() + words[1:] + end, _words, st.sampled_from([".", ".", "!", "?", "", ":"]))
_heading = st.lists(st.sampled_from(["Partnerships", "Decent", "Work", "Some", "examples", "of", "Resources", "Contact",
                                     "Green", "Jobs", "2.1", "1.", "What", "are", "partnerships?"]), min_size=1, max_size=6).map(" ".join)
_bullet = st.builds(lambda mark, text: f"{mark} {text}", st.sampled_from(["•", "-", "*", "▪", "■", "–", "o", "➢", "1.", "2)", "a)", "iv."]),
                    _sentence)
_host = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=12)
_url = st.builds(lambda scheme, host, path: f"{scheme}{host}.org/{path}", st.sampled_from(["http://", "https://", "www.", ""]),
                 _host, st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789/_-.?=&%~", max_size=40))
_quote = st.builds(lambda text, opening, closing: f"{opening}{text}{closing}", _sentence, st.sampled_from(["“", '"', "‘", "«"]),
                   st.sampled_from(["”", '"', "’", "»", ""]))
_speaker = st.builds(lambda name, role: f"{name}, {role}", st.sampled_from(["Juan Somavia", "Georgia Thompson", "A. B."]),
                     st.sampled_from(["ILO Director-General", "Minister of Labour", "Head, Regional Unit"]))
_line = st.one_of(_sentence, _sentence, _heading, _bullet, _bullet, _url, _quote, _speaker,
                  st.text(max_size=60), st.text(alphabet=st.characters(min_codepoint=0x2000, max_codepoint=0x2BFF), max_size=20))
_layout = st.tuples(st.sampled_from(["", "", "  ", "    ", "\t"]), _line,
                    st.sampled_from(["\n", "\n", "\n\n", "\n\n\n", "\f", "\r\n", "-\n"]))
_documents = st.lists(_layout, min_size=1, max_size=30).map(lambda parts: "".join(indent + line + end for indent, line, end in parts))


@FAST
@given(_documents)
def test_any_text_gives_a_sound_record_or_a_clean_error(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "brochure.txt"
        path.write_text(text, encoding="utf-8", newline="")
        try:
            record = pipeline.extract(path)
        except BrochureError as error:
            # white space only, or a NUL among random characters; nothing else is wrong with UTF-8 text
            assert error.code in ("empty", "not_text"), error
            return
    assert_sound(record)


# --------------------------------------------------------------------------------------------
# any corruption of a sample PDF

_PDF = SAMPLES / "migrant-workers-factsheet.pdf"  # the smallest sample: each example reads it whole
_PDF_BYTES = _PDF.read_bytes()


def _corrupt(data: bytes, edits: list[tuple[str, float, bytes]]) -> bytes:
    """Apply the edits in turn: (kind, where as a share of the length, bytes)."""
    out = bytearray(data)
    for kind, where, chunk in edits:
        at = min(int(where * len(out)), max(len(out) - 1, 0))
        if kind == "overwrite":
            out[at:at + len(chunk)] = chunk
        elif kind == "insert":
            out[at:at] = chunk
        elif kind == "delete":
            del out[at:at + len(chunk) * 8 + 1]
        elif kind == "truncate":
            del out[at:]
    return bytes(out)


# Where damage hurts most: the cross-reference table and trailer at the end, the header and first
# objects at the start; and anywhere.
_where = st.one_of(st.floats(0, 1), st.floats(0.9, 1), st.floats(0, 0.1))
_edit = st.tuples(st.sampled_from(["overwrite", "overwrite", "overwrite", "insert", "delete", "truncate"]), _where,
                  st.one_of(st.binary(min_size=1, max_size=8),
                            st.sampled_from([b"0", b"9", b" ", b"\n", b"<<", b">>", b"[", b"]", b"(", b")", b"/", b"obj", b"endstream",
                                             b"99999999", b"-1", b"R", b"%", b"\x00"])))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(_edit, min_size=1, max_size=6))
def test_any_corruption_of_a_sample_pdf_gives_a_record_or_a_clean_error(monkeypatch, edits):
    monkeypatch.setattr(pdf_reader, "_ghostscript", lambda: None)  # the same outcome with or without gs installed
    data = _corrupt(_PDF_BYTES, edits)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corrupted.pdf"
        path.write_bytes(data)
        try:
            record = pipeline.extract(path)
        except BrochureError as error:
            assert error.code and error.message and error.path == path.as_posix()
            return
    assert_sound(record)


# --------------------------------------------------------------------------------------------
# determinism


def _run_cli(inputs: list[Path], out: Path, seed: str, workers: int) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", *map(str, inputs), "-o", str(out), "--workers", str(workers),
                           "--quiet"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr


def test_the_same_bytes_whatever_the_hash_seed_and_the_workers(tmp_path):
    """Sets and dicts iterate in an order PYTHONHASHSEED decides: nothing in the output may follow it."""
    odd = tmp_path / "in"
    odd.mkdir()
    # inputs whose records carry warnings and odd text too
    (odd / "cp1252.txt").write_bytes("Travail décent – « œuvre » du BIT en Côte d’Ivoire depuis 2010.\n".encode("cp1252"))
    data = _PDF_BYTES
    at = data.rindex(b"startxref")
    (odd / "broken-xref.pdf").write_bytes(data[:at] + b"startxref\n%d\n%%%%EOF\n" % (len(data) // 2))
    inputs = sorted([*SAMPLES.glob("*.pdf"), *SAMPLES.glob("*.txt")]) + sorted(odd.iterdir())
    first, second = tmp_path / "first", tmp_path / "second"
    _run_cli(inputs, first, "0", 1)
    _run_cli(inputs, second, "12345", 2)
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    assert len(names) == len(inputs) + 2
    for name in names:
        if name != "manifest.json":
            assert (first / name).read_bytes() == (second / name).read_bytes(), name

    def without_times(folder: Path) -> list[dict]:
        documents = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["documents"]
        return [{k: v for k, v in entry.items() if k != "seconds"} for entry in documents]

    assert without_times(first) == without_times(second)
