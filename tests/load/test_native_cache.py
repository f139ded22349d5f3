"""A damaged build in the compiled helpers' cache (pipeline.load.native) is never loaded: a shared object
cut short, mapped by the loader, kills the process with SIGBUS before any document is read. A build is
loaded only when its size and sha256 are those recorded beside it at build time; otherwise it is built
again, and where that fails the readers run in Python after one warning. Each case runs in a child
process, so that a build loaded by mistake kills the child, not the test run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.load import native

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() == "true"
needs_compiler = pytest.mark.skipif(not IN_CI and (not native.enabled() or native._compiler() is None), reason="no C compiler")

_LOAD_BOTH = """
import logging, sys
logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
from pipeline.load import native
{setup}
missing = native.prepare()
print("MISSING", ",".join(missing))
"""


def _run(cache: Path, setup: str = "") -> subprocess.CompletedProcess:
    """A child Python that loads every helper from ``cache`` (after ``setup``), printing the missing ones."""
    env = {**os.environ, native.CACHE_VARIABLE: str(cache), native.SWITCH: "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", _LOAD_BOTH.format(setup=setup)], env=env, capture_output=True,
                          text=True, timeout=240, check=False)


def _builds(cache: Path) -> list[Path]:
    return sorted(path for path in cache.iterdir() if not path.name.endswith((".sha256", ".part")))


def _fingerprint_matches(build: Path) -> bool:
    return native._fingerprint_path(build).read_text().strip() == native._fingerprint(build)


@needs_compiler
def test_each_build_has_its_size_and_sha256_beside_it(tmp_path):
    done = _run(tmp_path)
    assert done.returncode == 0, done.stderr
    builds = _builds(tmp_path)
    assert [build.name.split("-")[0] for build in builds] == sorted(native.HELPERS)
    for build in builds:
        size, digest = native._fingerprint_path(build).read_text().split()
        assert int(size) == build.stat().st_size and len(digest) == 64
    assert not list(tmp_path.glob("*.part"))


@needs_compiler
@pytest.mark.parametrize("damage", ["cut_short", "one_byte_changed", "no_fingerprint"])
def test_a_damaged_build_is_built_again_not_loaded(tmp_path, damage):
    assert _run(tmp_path).returncode == 0
    for build in _builds(tmp_path):
        data = build.read_bytes()
        if damage == "cut_short":  # a copy or restore cut short: mapped, this is a SIGBUS
            build.write_bytes(data[:3000])
        elif damage == "one_byte_changed":
            middle = len(data) // 2
            build.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1:])
        else:  # a build of the right name with no record of what it was
            native._fingerprint_path(build).unlink()
    done = _run(tmp_path)
    assert done.returncode == 0, f"the child died ({done.returncode}): {done.stderr}"
    assert "MISSING \n" in done.stdout and "WARNING" not in done.stderr
    for build in _builds(tmp_path):
        assert _fingerprint_matches(build)
        assert build.stat().st_size > 3000


@needs_compiler
def test_a_damaged_build_that_cannot_be_built_again_leaves_python_with_one_warning(tmp_path):
    assert _run(tmp_path).returncode == 0
    for build in _builds(tmp_path):
        build.write_bytes(build.read_bytes()[:3000])
    done = _run(tmp_path, setup="native._build = lambda *arguments: False")  # every build fails (a full disk, say)
    assert done.returncode == 0, f"the child died ({done.returncode}): {done.stderr}"
    assert done.stdout.split()[-1].split(",") == list(native.HELPERS)
    warnings = [line for line in done.stderr.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == len(native.HELPERS)  # one for each damaged helper, and no second from prepare()
    assert all("is not the one recorded" in line for line in warnings)


@needs_compiler
def test_an_unrecorded_build_that_cannot_be_built_again_is_said_to_be_unrecorded_not_damaged(tmp_path):
    """A build an older version kept (no fingerprint beside it) in a folder where nothing can be built
    again: the readers run in Python, and the warning says why — no record, not damage."""
    assert _run(tmp_path).returncode == 0
    for build in _builds(tmp_path):
        native._fingerprint_path(build).unlink()
    done = _run(tmp_path, setup="native._build = lambda *arguments: False")
    assert done.returncode == 0, f"the child died ({done.returncode}): {done.stderr}"
    warnings = [line for line in done.stderr.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == len(native.HELPERS)
    assert all("no size and sha256 were recorded" in line and "not the one recorded" not in line for line in warnings)
