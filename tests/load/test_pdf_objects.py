"""The survey's fast object reading (pipeline.load.pdf_objects) gives what pdfminer's parser gives:
every object of every sample PDF, layout fixture, zoo brochure, hand-written file
(tests/pdf_bytes.py) and hostile file, value for value (types, names as the same interned
literals, references to the same object, streams with the same raw bytes); objects written any odd
way (generated from pieces) read the same or are left to pdfminer; and the survey's findings are the
same either way."""

from __future__ import annotations

import contextlib
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFObjRef, PDFStream
from pdfminer.psparser import PSLiteral

from pipeline.load import pdf_objects
from pipeline.load import pdfium as reader
from tests import hostile
from tests.load.test_native import MADE_PASSWORD, MADE_PDFS, PDFS, needs_compiler

FILES = {**{path.name: path.read_bytes for path in PDFS}, **MADE_PDFS,
         "hostile-garbage-after-magic": hostile.garbage_after_magic, "hostile-random-bytes": hostile.random_bytes,
         "hostile-deep-nesting-full": hostile.deep_content_nesting}


def _same(ours, theirs, seen: int = 0) -> bool:
    """Whether two pdfminer values are the same: the same types, numbers, bytes, the very literal,
    references to the same object, streams of the same dictionary, raw bytes and decipher."""
    if type(ours) is not type(theirs):
        return False
    if isinstance(theirs, PSLiteral):
        return ours is theirs
    if isinstance(theirs, PDFObjRef):
        return ours.objid == theirs.objid and ours.doc is theirs.doc
    if isinstance(theirs, PDFStream):
        return (ours.rawdata == theirs.rawdata and (ours.decipher is None) == (theirs.decipher is None)
                and _same(ours.attrs, theirs.attrs))
    if isinstance(theirs, dict):
        return list(ours) == list(theirs) and all(_same(ours[key], theirs[key]) for key in theirs)
    if isinstance(theirs, list):
        return len(ours) == len(theirs) and all(_same(a, b) for a, b in zip(ours, theirs, strict=True))
    return ours == theirs


def _documents(data: bytes, password: str):
    """The survey's document of ``data`` read with the fast reading and without (pdfminer's parser for
    every object), sharing nothing."""
    document_class = reader._survey_document_class()
    fast = document_class(PDFParser(io.BytesIO(data)), password=password, data=data)
    slow = document_class(PDFParser(io.BytesIO(data)), password=password, data=None)
    return fast, slow


def _outcome(read):
    try:
        return "value", read()
    except Exception as error:  # (pdfminer raises on objects it cannot read: so must the fast side)
        return "raises", type(error).__name__


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_object_reads_as_pdfminer_reads_it(name, monkeypatch):
    data = FILES[name]()
    password = MADE_PASSWORD if name == "made-encrypted" else ""
    try:
        fast, slow = _documents(data, password)
    except Exception:  # a file pdfminer cannot open: the survey hands it over before any object is read
        pytest.skip("pdfminer cannot open it")
    read_fast = []
    original = pdf_objects.file_object

    def counted(*args):
        found = original(*args)
        read_fast.append(found is not None)
        return found

    monkeypatch.setattr(pdf_objects, "file_object", counted)
    objids = reader._object_ids(slow)
    for objid in objids:
        kind, theirs = _outcome(lambda objid=objid: slow.getobj(objid))
        ours_kind, ours = _outcome(lambda objid=objid: fast.getobj(objid))
        assert ours_kind == kind, objid
        if kind == "value":
            # a reference is to its own document: compare it to the fast side's
            theirs_in_fast = _rebound(theirs, slow, fast)
            assert _same(ours, theirs_in_fast), (objid, ours, theirs)
        else:
            assert ours == theirs, objid
    if name.endswith(".pdf") and not name.startswith("hostile"):
        # (the point of it: most of a real file's objects are read the fast way)
        assert sum(read_fast) >= 0.8 * len(read_fast), (sum(read_fast), len(read_fast))


def _rebound(value, slow, fast):
    """``value`` of the slow document with its references pointing at the fast one (for ``_same``)."""
    if isinstance(value, PDFObjRef):
        return PDFObjRef(fast if value.doc is slow else value.doc, value.objid)
    if isinstance(value, PDFStream):
        stream = PDFStream(_rebound(value.attrs, slow, fast), value.rawdata, value.decipher)
        return stream
    if isinstance(value, dict):
        return {key: _rebound(item, slow, fast) for key, item in value.items()}
    if isinstance(value, list):
        return [_rebound(item, slow, fast) for item in value]
    return value


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_survey_finds_the_same_either_way(name, monkeypatch):
    data = FILES[name]()
    password = MADE_PASSWORD if name == "made-encrypted" else None

    def survey():
        try:
            found = reader._survey(data, password, reader.DEFAULT_CAPS)
        except reader._Handover as handover:
            return ("handover", handover.reason)
        return (found.descents, found.decoded, found.actual_text)

    fast = survey()
    monkeypatch.setattr(reader, "FAST_OBJECTS", False)
    assert survey() == fast


_PIECES = st.sampled_from([b"1", b"-2", b"+3", b"4.", b".5", b"-.5", b"007", b"1.2.3", b"5-3", b"-", b".", b"[", b"]", b"<<",
                           b">>", b"[1 2]", b"[ 1 -2.5 .5 ]", b"[1 2x]", b"[4 5 R]",
                           b"/N", b"/A#20B", b"/", b"/\xc3\xa9", b"/\xff", b"(s)", b"(a\\)b)", b"(a(b)c)", b"()", b"<0a>",
                           b"<a>", b"<>", b"< 0 a >", b"<0a>>", b"2 0 R", b"0 0 R", b"R", b"true", b"false", b"null", b"%c\n",
                           b"\x00", b"obj", b"foo", b"{", b"}", b"endstream", b"/Length 3", b"/Length 4 0 R", b"/K null",
                           b"/K 1", b"/K [null 1]"])
_SPACES = st.sampled_from([b" ", b"\n", b"\r\n", b"\t", b"\x0c", b"", b"  "])
_STREAM_ENDS = st.sampled_from([b"", b"stream\nabc\nendstream\n", b"stream\r\nabc endstream ", b"stream\rabcendstream",
                                b"stream\nabcdef\nendstream", b"stream abc\nendstream"])


class _Document:
    """What pdfminer's parser asks of its document while reading one object: no decipher, no
    other object (a reference's target is found by no one)."""

    decipher = None

    def getobj(self, objid):
        from pdfminer.pdftypes import PDFObjectNotFound

        raise PDFObjectNotFound(objid)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(_PIECES, _SPACES), max_size=25), _STREAM_ENDS, st.booleans())
def test_objects_written_any_way_read_as_pdfminer_reads_them_or_are_left_to_it(pieces, stream_end, in_dict):
    body = b"".join(piece + space for piece, space in pieces)
    if in_dict:
        body = b"<< " + body + b" >>"
    data = b"7 0 obj " + body + b" " + stream_end + b"endobj\n"
    document = _Document()
    # the same body as an object of an object stream
    ours = pdf_objects.stream_object(body, document)
    if ours is not None:
        from pdfminer.pdfparser import PDFStreamParser

        stream_parser = PDFStreamParser(body)
        stream_parser.set_document(document)
        kind, theirs = _outcome(lambda: stream_parser.nextobject()[1])
        assert kind == "value" and _same(ours, theirs), (body, ours, theirs)
    ours = pdf_objects.file_object(data, 0, 7, document)
    if ours is None:
        return  # (left to pdfminer: nothing to compare)
    parser = PDFParser(io.BytesIO(data))
    parser.set_document(document)

    def pdfminers():
        parser.seek(0)
        parser.nexttoken(), parser.nexttoken(), parser.nexttoken()
        return parser.nextobject()[1]

    kind, theirs = _outcome(pdfminers)
    assert kind == "value" and _same(ours, theirs), (data, ours, theirs)


def _xrefs(document) -> list[tuple[str, dict]]:
    """Each cross-reference table of a document: its kind and offsets."""
    return [(type(xref).__name__, dict(getattr(xref, "offsets", {}))) for xref in document.xrefs]


@pytest.mark.parametrize("name", sorted(FILES))
def test_cross_reference_tables_read_as_pdfminer_reads_them(name):
    data = FILES[name]()
    password = MADE_PASSWORD if name == "made-encrypted" else ""
    try:
        fast, slow = _documents(data, password)
    except Exception:  # a file pdfminer cannot open: the survey hands it over
        pytest.skip("pdfminer cannot open it")
    assert _xrefs(fast) == _xrefs(slow)
    for ours, theirs in zip(fast.xrefs, slow.xrefs, strict=True):
        assert _same(ours.get_trailer(), _rebound(theirs.get_trailer(), slow, fast))


_XREF_TABLES = [
    b"xref\n0 3\n0000000000 65535 f \n0000000017 00000 n \n0000000081 00000 n \ntrailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n9\n",
    b"xref\r\n0 2\r\n0000000000 65535 f\r\n0000000017 00000 n\r\n\r\ntrailer<</Size 2/Root 1 0 R/ID[<0a><0b>]>>\nstartxref\n9\n",
    b"xref\n0 1\n0000000000 65535 f \n3 2\n0000000100 00000 n \n0000000200 00001 n \n3 1\n0000000300 00000 n \n"
    b"trailer\n<< /Root 1 0 R >>\nstartxref\n9\n",
    b"xref \n0 1\n0000000000 65535 f \r  trailer << /Root 1 0 R /Info null >>\nstartxref\n9\n",
    b"xref\n0 2\n0000000000 65535 f\n0000000017 00000 n\ntrailer\n<< /Root 1 0 R >>",  # 19-byte entries
    b"xref\n0 2\n0000000000 65535 f \n000000017 00000 n  \ntrailer\n<< /Root 1 0 R >>",
    b"xref\n0 1\n0000000000 65535 f \ntrailer\n[1 2]",
    b"xref\n0 1\n0000000000 65535 f \ntrailer %c\n<< /Root 1 0 R >>",
    b"xref\n0 1\n0000000000 65535 f \ntrailerx << /Root 1 0 R >>",
    b"xref\n0 1\n0000000000 65535 f \nfoo\ntrailer\n<< /Root 1 0 R >>",
    b"xref\n+0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>",
    b"xref\n0 3\n0000000000 65535 f \n0000000017 00000 n \n",
    b"xref 0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>",
    b"  xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>",
    b"xref\n0 1\n0000000000 65535 f \ntrailer\n<<\n/ID [<0a><0b>]\n% a comment\n/Root 1 0 R%another\r/Size 1>>\nstartxref\n9\n",
    b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R /Title (a % b) >>\nstartxref\n9\n",
    b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R /ID [<0a % 0b>] >>\nstartxref\n9\n",
    b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >> % no startxref",
    b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R % >>\n>>\nstartxref\n9\n",
    b"xref\n0 1\n0000000000 65535 f \ntrailer\n<<\n/ID \n[<0a><0b>]\n% written by (someone) %%\n/Root 1 0 R\n>>\nstartxref\n9\n",
    b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R /X <0a%\n0b> >>\nstartxref\n9\n",
    b"xref\n0 1\n0000000000 65535 f \ntrailer\n<<\n/ID [<0a><0b>]\n% a comment\n/Root 1 0 R%another\r/Size 1>>\nstartxref\n9\n",
    b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R /Title (a % b) >>\nstartxref\n9\n",
    b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R /ID [<0a % 0b>] >>\nstartxref\n9\n",
    b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >> % no startxref",
    b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R % >>\n>>\nstartxref\n9\n",
]


@pytest.mark.parametrize("table", _XREF_TABLES)
def test_a_table_written_any_way_reads_as_pdfminer_reads_it_or_is_left_to_it(table):
    from pdfminer.pdfdocument import PDFXRef

    data = b"%PDF-1.4\n" + table
    ours = pdf_objects.xref_table(data, len(b"%PDF-1.4\n"), _Document())
    parser = PDFParser(io.BytesIO(data))
    parser.seek(len(b"%PDF-1.4\n"))
    try:
        (_, token) = parser.nexttoken()
        if token is parser.KEYWORD_XREF:
            parser.nextline()
        xref = PDFXRef()
        xref.load(parser)
        theirs = (xref.offsets, xref.trailer)
    except Exception:  # noqa: BLE001 - pdfminer cannot read it: neither may the fast reading
        theirs = None
    if ours is None:
        assert table not in _XREF_TABLES[:4] + _XREF_TABLES[14:15] + _XREF_TABLES[19:20]  # (written plainly: read the fast way)
        return  # (left to pdfminer)
    assert theirs is not None
    assert ours[0] == theirs[0]
    assert _unbound(ours[1]) == _unbound(theirs[1])


def _unbound(value):
    """A trailer's values with each reference as ("ref", its object number), names as their text."""
    if isinstance(value, PDFObjRef):
        return ("ref", value.objid)
    if isinstance(value, PSLiteral):
        return ("name", value.name)
    if isinstance(value, dict):
        return {key: _unbound(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_unbound(item) for item in value]
    return value


def _values_outcome(read):
    """What one reading of ``_values`` gave, comparable across readings: ("value", its shape),
    ("unread",) or ("raises", the error's type and message)."""
    try:
        found = read()
    except pdf_objects._Unread:
        return ("unread",)
    except Exception as error:  # (a value neither reading can make, e.g. an int of too many digits)
        return ("raises", type(error).__name__, str(error))
    return ("unread",) if found is pdf_objects._Unread else ("value", _shape(found))


def _shape(value):
    """A value of ``_values`` as plain data: a literal by identity (the same interned one), a
    reference by its number and document, containers and the stack's tuple item by item."""
    if isinstance(value, PSLiteral):
        return ("literal", id(value))
    if isinstance(value, PDFObjRef):
        return ("ref", value.objid, id(value.doc))
    if isinstance(value, dict):
        return ("dict", [(key, _shape(item)) for key, item in value.items()])
    if isinstance(value, list | tuple):
        return (type(value).__name__, [_shape(item) for item in value])
    if value is pdf_objects._NULL:
        return ("null",)
    return (type(value).__name__, value)


def _compiled_and_python(data: bytes, position: int, end: int, document, in_file: bool, top_level_one: bool):
    """The compiled reading's and the Python's outcomes of the same bytes."""
    compiled = pdf_objects._compiled_values()
    return (_values_outcome(lambda: compiled(data, position, end, document, in_file, top_level_one)),
            _values_outcome(lambda: pdf_objects._python_values(data, position, end, document, in_file, top_level_one)))


@needs_compiler
def test_compiled_values_are_the_pythons_on_every_object_the_survey_reads(monkeypatch):
    assert pdf_objects._compiled_values() is not None, "pdf_values.c did not build"
    compared = []
    python = pdf_objects._python_values

    def both(data, position, end, document, in_file, top_level_one):
        native, in_python = _compiled_and_python(data, position, end, document, in_file, top_level_one)
        assert native == in_python, data[position:position + 200]
        compared.append(native[0])
        return python(data, position, end, document, in_file, top_level_one)

    monkeypatch.setattr(pdf_objects, "_values", both)
    for name, read in FILES.items():
        data = read()
        with contextlib.suppress(reader._Handover):
            reader._survey(data, MADE_PASSWORD if "encrypted" in name else None, reader.DEFAULT_CAPS)
    assert compared.count("value") > 1000 and "unread" in compared


@needs_compiler
@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(_PIECES, _SPACES), max_size=25), st.booleans(), st.booleans(), st.integers(0, 3), st.integers(0, 3))
def test_compiled_values_are_the_pythons_on_objects_written_any_way(pieces, in_file, top_level_one, skip, cut):
    data = b"".join(piece + space for piece, space in pieces) + b" endobj"
    position, end = min(skip, len(data)), max(0, len(data) - cut)
    native, in_python = _compiled_and_python(data, position, end, _Document(), in_file, top_level_one)
    assert native == in_python, data
