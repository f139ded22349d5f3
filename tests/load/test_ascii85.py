"""pipeline.load.ascii85: the same bytes, or the same error, as the standard library's decoder that
pdfminer calls, for every input; and pdfminer's stream decoder uses it once the caps are installed."""

from __future__ import annotations

import base64

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.load.ascii85 import a85decode, ascii85decode


def _outcome(decode, data: bytes):
    try:
        return "decoded", decode(data)
    except Exception as error:  # (the error is part of what must be the same)
        return type(error), str(error)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([0, 0, 20, 75]), st.booleans(), st.integers(min_value=0, max_value=400),
       st.sampled_from([b"", b"~", b"z", b"v", b"\x00", b"uuuuu", b's8W-"', b" \n\t", b"{", b"y"]))
def test_same_as_the_standard_library(raw, wrap, no_zeros, cut, tail):
    encoded = base64.a85encode(raw, wrapcol=wrap)
    if no_zeros:  # only plain digits: decoded by the fast path
        encoded = encoded.replace(b"z", b"!!!!!")
    data = encoded[:cut] + tail
    assert _outcome(a85decode, data) == _outcome(base64.a85decode, data)


def test_plain_digits_at_every_length_and_the_largest_group():
    for length in range(0, 13):
        data = base64.a85encode(bytes(range(200, 200 + length))).replace(b"z", b"!!!!!")
        assert a85decode(data) == base64.a85decode(data) == bytes(range(200, 200 + length))
    assert a85decode(b"s8W-!") == b"\xff\xff\xff\xff"
    assert _outcome(a85decode, b's8W-"') == _outcome(base64.a85decode, b's8W-"')  # one over 2**32 - 1


def test_pdfminer_framing_is_stripped_as_pdfminer_strips_it():
    from pdfminer.ascii85 import ascii85decode as pdfminer_decode

    for data in (b"<~87cURD]i,\"Ebo80~>", b"87cURD]i,\"Ebo80~", b"  <~ 87cURD]i,\n\"Ebo80 ~>  ", b"z!!~>"):
        assert ascii85decode(data) == pdfminer_decode(data)


def test_pdfminer_decodes_ascii85_streams_with_it_under_the_caps():
    from pdfminer import pdftypes

    from pipeline.load.limits import DEFAULT_CAPS, decompression_caps

    with decompression_caps(DEFAULT_CAPS):
        assert pdftypes.ascii85decode is ascii85decode
