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
    return sorted(path for path in cache.iterdir() if not path.name.endswith((".sha256", ".part", ".lock")))


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


_READ_ONLY_FOR_ROOT = ("import os\nif os.geteuid() == 0:  # (root writes in a folder of mode 0555: it is told it cannot)\n"
                       "    native._writable = lambda folder: False")


@needs_compiler
def test_a_read_only_cache_loads_its_builds_and_builds_what_it_lacks_elsewhere(tmp_path):
    """A cache folder the user cannot write (a shared, read-only install): its intact builds load as
    they are; a helper it lacks is built for the process in a folder of its own, with a warning
    naming the cache folder, and nothing is written in the cache."""
    assert _run(tmp_path).returncode == 0
    kept = _builds(tmp_path)
    kept[0].unlink()  # one helper missing from the read-only cache
    before = sorted(path.name for path in tmp_path.iterdir())
    tmp_path.chmod(0o555)
    try:
        done = _run(tmp_path, _READ_ONLY_FOR_ROOT)
    finally:
        tmp_path.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert "MISSING \n" in done.stdout
    assert "cannot be written" in done.stderr and str(tmp_path) in done.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == before


@needs_compiler
def test_a_read_only_cache_holding_every_build_loads_them_without_a_word(tmp_path):
    assert _run(tmp_path).returncode == 0
    tmp_path.chmod(0o555)
    try:
        done = _run(tmp_path, _READ_ONLY_FOR_ROOT)
    finally:
        tmp_path.chmod(0o755)
    assert done.returncode == 0 and "MISSING \n" in done.stdout and "WARNING" not in done.stderr


@needs_compiler
def test_processes_building_at_once_each_load_one_intact_build(tmp_path):
    """Four processes start on an empty cache at the same moment: each loads every helper (none runs
    in Python), and the cache holds one build of each, its fingerprint beside it."""
    env = {**os.environ, native.CACHE_VARIABLE: str(tmp_path), native.SWITCH: "1", "PYTHONPATH": str(ROOT)}
    children = [subprocess.Popen([sys.executable, "-c", _LOAD_BOTH.format(setup="")], env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for _ in range(4)]
    for child in children:
        out, err = child.communicate(timeout=240)
        assert child.returncode == 0 and "MISSING \n" in out and "WARNING" not in err, err
    builds = _builds(tmp_path)
    assert [build.name.split("-")[0] for build in builds] == sorted(native.HELPERS)
    assert all(_fingerprint_matches(build) for build in builds)
    assert not list(tmp_path.glob("*.part"))


@needs_compiler
def test_old_builds_of_a_helper_are_removed_after_a_build_but_the_newest(tmp_path):
    """Builds of an older source (or Python) of a helper pile up in the cache: after a build only
    the KEPT_BUILDS newest of each helper stay, with their fingerprints; another helper's builds,
    files of other names and a build in progress are left alone."""
    import time

    assert _run(tmp_path).returncode == 0
    current = {build.name for build in _builds(tmp_path)}
    old = []
    for age in range(5):  # five older builds of each helper, oldest first
        for build in _builds(tmp_path):
            if build.name not in current:
                continue
            name, rest = build.name.split("-", 1)
            stale = tmp_path / f"{name}-{age:016x}{rest[16:]}"
            stale.write_bytes(b"old build")
            native._fingerprint_path(stale).write_text("9 0")
            os.utime(stale, (time.time() - 1000 + age, time.time() - 1000 + age))
            old.append(stale)
    killed = tmp_path / "line_rows-abc.part"
    killed.write_bytes(b"")
    os.utime(killed, (time.time() - 2 * native.PART_SECONDS,) * 2)
    fresh = tmp_path / "line_rows-def.part"
    fresh.write_bytes(b"")
    other = tmp_path / "notes.txt"
    other.write_text("mine")
    for build in _builds(tmp_path):
        if build.name in current:  # the current builds gone: the next start builds them again
            build.unlink()
    assert _run(tmp_path).returncode == 0
    left = {path.name for path in tmp_path.iterdir()}
    assert current <= left and other.name in left and fresh.name in left and killed.name not in left
    for helper in native.HELPERS:
        builds = [name for name in left if name.startswith(helper + "-") and not name.endswith((".sha256", ".part", ".lock"))]
        assert len(builds) == native.KEPT_BUILDS
        newest_old = sorted(stale.name for stale in old if stale.name.startswith(helper + "-"))[-(native.KEPT_BUILDS - 1):]
        assert set(builds) == {name for name in current if name.startswith(helper + "-")} | set(newest_old)
        assert all(name + ".sha256" in left for name in builds)
