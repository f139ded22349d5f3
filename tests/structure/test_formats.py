"""pipeline.structure.formats: a value is kept in a field of the record only when both of the
record's validators (jsonschema and jsonschema-rs, format checks on) take it."""

from __future__ import annotations

import jsonschema_rs
import pytest
from jsonschema import Draft202012Validator

from pipeline.structure.formats import conforms

VALUES = ["http://www.ilo.org/asia", "www.ilo.org", "https://ilo.org/a b", "http://exa mple.com", "mailto:someone@ilo.org",
          "http://[::1]/", "ftp://x", "", " ", "http://ilo.org/é", "BANGKOK@ilo.org", "not an email", "@", "x@", "a@b"]


@pytest.mark.parametrize("format_name", ["uri", "email"])
def test_a_value_conforms_exactly_when_both_validators_of_its_format_take_it(format_name):
    schema = {"type": "string", "format": format_name}
    reference = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    fast = jsonschema_rs.validator_for(schema, validate_formats=True)
    verdicts = [conforms(value, format_name) for value in VALUES]
    assert verdicts == [reference.is_valid(value) and fast.is_valid(value) for value in VALUES]
    assert any(verdicts) and not all(verdicts)
