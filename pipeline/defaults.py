"""Defaults the command line shows in its help, kept apart from the heavy modules that use them so
that `brochure --help`, `schema`, `validate`, `diff` and `report` start fast."""

DEFAULT_TIMEOUT = 300.0
"""Seconds one document may take before it is stopped and reported as failed (code ``timeout``)."""
