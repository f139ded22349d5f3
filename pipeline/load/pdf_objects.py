"""A fast reading of one PDF object's bytes into the very objects pdfminer's parser makes of them
(pdfminer's dicts, lists, ints, floats, bytes, ``PSLiteral`` names, ``PDFObjRef`` references and
``PDFStream`` streams), for the PDFium reader's survey of a file's objects (pipeline.load.pdfium).

pdfminer reads an object a character at a time in Python; here one regular expression splits it
into tokens (``_TOKEN``) and a small loop builds the values. Only what is plainly written is read
this way: an object holding anything whose reading by pdfminer has a twist (a comment, a name with a
``#`` escape, a string with a backslash or inner parentheses, a hex string of an odd number of digits,
a number run into other characters, a keyword other than the few of objects, a NUL, a stream whose
``/Length`` does not end just before ``endstream``) gives None, and the caller lets pdfminer read it
(the same values, slower). tests/load/test_pdf_objects.py holds the two readings equal over every
object of the samples, the zoo, tests/pdf_bytes.py's files and the hostile set.
"""

from __future__ import annotations

import re
from functools import cache

_PS_SPACE = rb"[ \t\n\r\x0b\x0c]"
"""What pdfminer's tokenizer skips between tokens (``\\s`` of bytes; its NUL aside, which it skips apart)."""
_PS_NUMBER = rb"[+-]?(?:\d+(?:\.\d*)?|\.\d+)"
"""A number as pdfminer's tokenizer reads one whole (an int without a point, else a float)."""
NUMBER_ARRAY = re.compile(rb"%s*((?:%s(?:%s+|(?=\])))*)\]" % (_PS_SPACE, _PS_NUMBER, _PS_SPACE))
"""The rest of an array after its ``[``: numbers, each ended by white space or the ``]`` (where a
number runs into anything else, a sign, a point, a letter, a comment, pdfminer's own tokens are
read)."""
NUMBER_TOKEN = re.compile(_PS_NUMBER)
_SPACE = rb" \t\n\r\x0b\x0c"
_DELIMITER = rb"/%\[\]()<>{}" + _SPACE
_TOKEN = re.compile(
    rb"[%(s)s]*(?:"
    rb"(?P<number>[-+]?+(?:\d++\.?+\d*+|\.\d++))(?=[%(d)s]|\Z)"
    rb"|/(?P<name>[^#%(d)s]*+)(?!#)"
    rb"|(?P<open><<|\[)|(?P<close>>>|\])"
    rb"|<(?P<hex>[0-9A-Fa-f%(s)s]*)>(?!>)"
    rb"|\((?P<string>[^()\\]*)\)"
    rb"|(?P<keyword>[A-Za-z][^#%(d)s]*+)(?!#)"
    rb")" % {b"s": _SPACE, b"d": _DELIMITER})
"""One token after any white space: a number (followed by a delimiter, as pdfminer ends it), a name
without ``#`` escapes, ``<<`` or ``[``, ``>>`` or ``]``, a hex string (not followed by ``>``, which
pdfminer would join to its closing ``>``), a literal string without escapes or inner parentheses, or
a keyword (each run of characters taken whole, ``*+``: a name must not match short of its ``#``).
Anything else is not matched (pdfminer reads the object)."""
_SPACES = re.compile(rb"[%s]*" % _SPACE)
_HEX_SPACE = re.compile(rb"[%s]" % _SPACE)
_EOL = re.compile(rb"[\r\n]")


class _Unread(Exception):
    """The object holds something read here otherwise than pdfminer reads it: pdfminer is to read it."""


_LITERALS: dict[bytes, object] = {}
"""The PSLiteral of each name's bytes met so far (pdfminer interns its literals: one object a name)."""


def _literal(name: bytes):
    """The PSLiteral pdfminer makes of a name's bytes (its text where they are UTF-8)."""
    found = _LITERALS.get(name)
    if found is None:
        from pdfminer.psparser import LIT

        try:
            found = LIT(str(name, "utf-8"))
        except UnicodeDecodeError:
            found = LIT(name)
        if len(_LITERALS) < MAX_KEPT_NAMES:
            _LITERALS[name] = found
    return found


MAX_KEPT_NAMES = 10_000
"""The most names kept in ``_LITERALS`` (a hostile file may write millions of distinct ones; pdfminer's
own table of them is not bounded, but this one need not grow with it)."""

@cache
def _null_keyword():
    from pdfminer.psparser import KWD

    return KWD(b"null")


_NULL = object()
"""``null`` on the stack (pdfminer pushes None and drops it from a dict's values)."""


def _values(data: bytes, position: int, end: int, document, in_file: bool, top_level_one: bool):
    """``_python_values`` (see there), by the compiled pdf_values.c where it is built (the same
    values from the same calls: tests/load/test_native.py holds the two equal). Raises _Unread."""
    compiled = _compiled_values()
    if compiled is None:
        return _python_values(data, position, end, document, in_file, top_level_one)
    found = compiled(data, position, end, document, in_file, top_level_one)
    if found is _Unread:
        raise _Unread
    return found


@cache
def _compiled_values():
    """``values`` of the compiled pdf_values.c (pipeline.load.native) as a function of ``_values``'
    arguments (returning ``_Unread`` where it raises it), or None where it cannot be had
    (``_python_values`` reads then: the same values, slower)."""
    from pdfminer.pdftypes import PDFObjRef
    from pdfminer.psparser import PSLiteral

    from pipeline.load import native

    built = native.extension("pdf_values")
    if built is None:
        return None
    values, null_keyword = built.values, _null_keyword()

    def read(data: bytes, position: int, end: int, document, in_file: bool, top_level_one: bool):
        return values(data, position, end, in_file, top_level_one, _literal, _LITERALS, PDFObjRef, document, _NULL, null_keyword,
                      PSLiteral, _Unread)

    return read


def _python_values(data: bytes, position: int, end: int, document, in_file: bool, top_level_one: bool):
    """Tokens of ``data`` from ``position`` into values, as pdfminer's stack parser builds them.
    ``in_file``: an object of the file (``R`` as PDFParser reads it; ``endobj`` or ``stream`` ends the
    top level), else one of an object stream (``R`` as PDFStreamParser reads it). With
    ``top_level_one`` the first complete value at the top level is returned (PDFStreamParser's
    ``nextobject``); else (the stack at the top level, the keyword that ended it, where it ended).
    Raises _Unread."""
    from pdfminer.pdftypes import PDFObjRef
    from pdfminer.psparser import PSLiteral

    stack: list = []
    containers: list[tuple[bytes, list]] = []
    match_token = _TOKEN.match
    while True:
        match = match_token(data, position, end)
        if match is None or match.end() == position:
            raise _Unread
        position = match.end()
        kind = match.lastgroup
        if kind == "number":
            token = match.group("number")
            value = float(token) if b"." in token else int(token)
        elif kind == "name":
            value = _literal(match.group("name"))
        elif kind == "open":
            opened = match.group("open")
            if opened == b"[":
                numbers = NUMBER_ARRAY.match(data, position, end)
                if numbers is not None:  # an array of numbers only (a font's /Widths): read at once
                    position = numbers.end()
                    value = [float(token) if b"." in token else int(token) for token in NUMBER_TOKEN.findall(numbers.group(1))]
                    if top_level_one and not containers:
                        return value
                    stack.append(value)
                    continue
            containers.append((opened, stack))
            stack = []
            continue
        elif kind == "close":
            if not containers:
                raise _Unread
            opened, outer = containers.pop()
            closed = match.group("close")
            if opened == b"[" and closed == b"]":
                value = [None if item is _NULL else item for item in stack]
            elif opened == b"<<" and closed == b">>":
                if len(stack) % 2:
                    raise _Unread
                value = {}
                for key, item in zip(stack[::2], stack[1::2], strict=True):
                    if not isinstance(key, PSLiteral) or not isinstance(key.name, str):
                        raise _Unread
                    if item is not _NULL:  # (pdfminer leaves a null value out)
                        value[key.name] = item
            else:
                raise _Unread
            stack = outer
        elif kind == "hex":
            digits = _HEX_SPACE.sub(b"", match.group("hex"))
            if len(digits) % 2:
                raise _Unread
            value = bytes.fromhex(digits.decode("ascii"))
        elif kind == "string":
            value = match.group("string")
        else:
            keyword = match.group("keyword")
            if keyword == b"true" or keyword == b"false":
                value = keyword == b"true"
            elif keyword == b"null":
                # (PDFParser pushes None; PDFStreamParser has no null and keeps the keyword itself)
                value = _NULL if in_file else _null_keyword()
            elif keyword == b"R":
                if len(stack) < 2 or type(stack[-1]) is not int or type(stack[-2]) is not int or stack[-2] < 0:
                    raise _Unread
                objid = stack[-2]
                del stack[-2:]
                if objid == 0:
                    raise _Unread  # (pdfminer's settings may refuse object 0)
                value = PDFObjRef(document, objid)
            elif in_file and not containers and keyword in (b"endobj", b"stream"):
                return stack, keyword, match.start("keyword")
            else:
                raise _Unread
        if top_level_one and not containers:
            if value is _NULL:
                return None
            return value
        stack.append(value)


def file_object(data: bytes, position: int, objid: int, document):
    """Object ``objid`` written in the file ``data`` at ``position`` (``N G obj ... endobj``) as
    pdfminer's ``PDFDocument._getobj_parse`` reads it (a stream with its raw bytes and the document's
    decipher), or None where pdfminer is to read it."""
    from pdfminer.pdftypes import PDFStream, int_value

    try:
        head = _TOKEN.match(data, position)
        if head is None or head.lastgroup != "number" or head.group("number") != str(objid).encode():
            return None
        generation = _TOKEN.match(data, head.end())
        if generation is None or generation.lastgroup != "number" or b"." in generation.group("number"):
            return None
        keyword = _TOKEN.match(data, generation.end())
        if keyword is None or keyword.group("keyword") != b"obj":
            return None
        stack, ending, at = _values(data, keyword.end(), len(data), document, True, False)
        if len(stack) != 1 or stack[0] is _NULL:
            return None
        value = stack[0]
        if ending == b"endobj":
            return value
        if not isinstance(value, dict):
            return None
        # the stream's bytes from the line after "stream", /Length of them (pdfminer's reading), which
        # must end where "endstream endobj" follows (else pdfminer's search for "endstream" decides)
        if "Length" not in value:
            return None
        length = int_value(value["Length"])
        line = _EOL.search(data, at)
        if line is None:
            return None
        start = line.end()
        if data[start - 1:start] == b"\r" and data[start:start + 1] == b"\n":
            start += 1
        if length < 0 or start + length > len(data):
            return None
        after = _SPACES.match(data, start + length).end()
        if not data.startswith(b"endstream", after):
            return None
        closing = _TOKEN.match(data, after)
        if closing is None or closing.group("keyword") != b"endstream":
            return None
        last = _TOKEN.match(data, closing.end())
        if last is None or last.group("keyword") != b"endobj":
            return None
        return PDFStream(value, data[start:start + length], document.decipher)
    except _Unread:
        return None


def stream_object(text: bytes, document):
    """An object of an object stream (its bytes, ``text``) as pdfminer's PDFStreamParser reads its
    first object (``nextobject``), or None where pdfminer is to read it."""
    try:
        return _values(text, 0, len(text), document, False, True)
    except _Unread:
        return None


_XREF_KEYWORD = re.compile(rb"xref[ \t]*(?:\r\n|\r|\n)")
"""``xref`` at a table's start and the rest of its line (pdfminer reads the keyword, then skips its
line): only blanks may stand after it here."""
_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n|\Z)")
"""One line as pdfminer's ``nextline`` reads it: up to the first ``\\r`` or ``\\n``, a ``\\r\\n`` taken
whole (the file's last line may have no end)."""
_SUBSECTION = re.compile(rb"(\d+) (\d+)")
"""A subsection's first line, stripped: its first object number and how many entries follow."""
_ENTRIES = re.compile(rb"(?:\d{10} \d{5} [fn](?: \r| \n|\r\n))*")
"""Entries of the standard 20 bytes each (10-digit offset, 5-digit generation, ``n`` or ``f``, a
two-byte end of line): a table written otherwise is read by pdfminer."""
XREF_ENTRY_BYTES = 20
"""The length of a cross-reference entry as the PDF reference writes it, its end of line included."""
_TRAILER = re.compile(rb"trailer(?=[%s/<\[(])" % _SPACE)
_COMMENT = re.compile(rb"%[^\r\n]*")
"""A comment, which pdfminer's tokenizer skips up to its end of line (ReportLab writes one into every trailer)."""
_TRAILER_PIECE = re.compile(rb"(?P<comment>%%[^\r\n]*)|(?P<plain><<|>>|<[0-9A-Fa-f%s]*>|[^<>%%(]+)|(?P<other>.)" % _SPACE,
                            re.DOTALL)
"""A piece of a trailer's bytes: a comment, what holds no comment (a dictionary's brackets, a hex
string, a run of anything but ``<``, ``>``, ``%``, ``(``), or a character that may (a literal string's
``(``, a stray ``<`` or ``>``)."""
_STARTXREF = b"startxref"


def xref_table(data: bytes, start: int, document) -> tuple[dict[int, tuple[None, int, int]], dict] | None:
    """The cross-reference table written at ``start`` of the file ``data`` as pdfminer's ``PDFXRef``
    reads it (``read_xref_from`` then ``load``): its offsets (object number -> (None, offset,
    generation), in-use entries only, a later subsection's entry over an earlier one's) and its
    trailer dictionary (references to ``document``). None where it is not plainly written (the
    keyword not right at ``start``, an entry not of the standard 20 bytes, anything but blank lines,
    subsection lines and entries before ``trailer``, a trailer that ``_values`` does not read): pdfminer
    reads it then, a line at a time (the same values, slower); so it does where no ``startxref``
    follows the trailer. A table of a thousand objects took
    pdfminer some ten milliseconds."""
    keyword = _XREF_KEYWORD.match(data, start)
    if keyword is None:
        return None
    position, end = keyword.end(), len(data)
    offsets: dict[int, tuple[None, int, int]] = {}
    while True:
        line = _LINE.match(data, position)
        if line is None or line.end() == position:  # (the file ends without a line end: pdfminer's own way)
            return None
        text = line.group().strip()
        if not text:
            position = line.end()
            continue
        if text.startswith(b"trailer"):
            break
        subsection = _SUBSECTION.fullmatch(text)
        if subsection is None:
            return None
        first, count = int(subsection.group(1)), int(subsection.group(2))
        entries = line.end()
        stop = entries + XREF_ENTRY_BYTES * count
        if stop > end or _ENTRIES.match(data, entries, stop).end() != stop:
            return None
        for objid, at in enumerate(range(entries, stop, XREF_ENTRY_BYTES), first):
            if data[at + 17] == 0x6E:  # "n": in use ("f": free, left out)
                offsets[objid] = (None, int(data[at:at + 10]), int(data[at + 11:at + 16]))
        position = stop
    # the line that starts with "trailer" (after any blanks): the keyword, then its dictionary
    keyword_at = _SPACES.match(data, position).end()
    if _TRAILER.match(data, keyword_at) is None:
        return None
    text, start = data, keyword_at + len(b"trailer")
    stop = data.find(_STARTXREF, start)
    if stop < 0:  # (a file cut short after its table: pdfminer's own way)
        return None
    if data.find(b"%", start, stop) >= 0:
        text = _without_comments(data[start:stop])
        if text is None:
            return None
        start = 0
    try:
        trailer = _values(text, start, len(text), document, True, True)
    except _Unread:
        return None
    if not isinstance(trailer, dict):
        return None
    return offsets, trailer


def _without_comments(text: bytes) -> bytes | None:
    """A trailer's bytes (up to ``startxref``) with its comments taken out, each up to its end of
    line, as pdfminer's tokenizer skips them (a ``%`` outside a string opens one; a hex string holds
    none); None where a literal string stands outside a comment (a ``%`` inside it would be no
    comment) or a ``<`` or ``>`` opens no dictionary and no hex string."""
    kept = []
    for piece in _TRAILER_PIECE.finditer(text):
        kind = piece.lastgroup
        if kind == "other":
            return None
        if kind != "comment":
            kept.append(piece.group())
    return b"".join(kept)
