"""One error base: every error the pipeline raises on purpose is a PipelineError; a file that
cannot be used is a FileError naming the file and the reason."""

from __future__ import annotations

import pytest

from pipeline.diff import DiffError, load_record
from pipeline.errors import BrochureError, FileError, PipelineError, UsageError
from pipeline.manifest import ManifestError, read_manifest
from pipeline.report import ReportError, write_report
from pipeline.schema import RecordInvalid


def test_every_error_has_the_one_base():
    for error in (BrochureError, UsageError, RecordInvalid, FileError, DiffError, ReportError, ManifestError):
        assert issubclass(error, PipelineError), error
    for error in (DiffError, ReportError, ManifestError):
        assert issubclass(error, FileError) and issubclass(error, ValueError), error


@pytest.mark.parametrize("read", [load_record, read_manifest, lambda path: write_report(path, path.parent / "out")])
def test_a_file_that_cannot_be_used_is_named_with_the_reason(tmp_path, read):
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(FileError) as caught:
        read(path)
    assert caught.value.path == str(path) and "not JSON" in caught.value.reason
    assert str(caught.value) == f"{path}: {caught.value.reason}"
