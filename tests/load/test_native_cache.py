"""A damaged build in the compiled helpers' cache (pipeline.load.native) is never loaded: a shared object
cut short, mapped by the loader, kills the process with SIGBUS before any document is read. A build is
loaded only when its size and sha256 are those recorded beside it at build time; otherwise it is built
again, and where that fails the readers run in Python after one warning. Each case runs in a child
process, so that a build loaded by mistake kills the child, not the test run."""

from __future__ import annotations

import ctypes
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


def _env(cache: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, native.CACHE_VARIABLE: str(cache), native.SWITCH: "1", "PYTHONPATH": str(ROOT), **extra}


def _run(cache: Path, setup: str = "", after: str = "", preexec_fn=None, **env: str) -> subprocess.CompletedProcess:
    """A child Python that loads every helper from ``cache`` (after ``setup``), printing the missing ones
    (then runs ``after``)."""
    return subprocess.run([sys.executable, "-c", _LOAD_BOTH.format(setup=setup) + after], env=_env(cache, **env),
                          capture_output=True, text=True, timeout=240, check=False, preexec_fn=preexec_fn, cwd=ROOT)


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


def _without_dac_override():
    """In the child, before it starts: drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the bounding
    set, so that a child of root gets neither (Linux recomputes root's capabilities at exec from that
    set): it then meets a folder's mode bits as any user does, and a folder of mode 0555 is read-only
    to it for real (``os.access`` says so, a write fails with EACCES)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH (linux/capability.h)
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _can_drop_dac_override() -> bool:
    """Whether this process may drop capabilities from its children's bounding set (Linux, with
    CAP_SETPCAP, as root in a container has it)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return False
    effective = next((int(line.split()[1], 16) for line in status.splitlines() if line.startswith("CapEff:")), 0)
    return bool(effective & (1 << 8))  # CAP_SETPCAP


def _run_read_only(cache: Path, after: str = "", **env: str) -> subprocess.CompletedProcess:
    """``_run`` with ``cache`` made read-only (mode 0555) for the child, for real: a user is refused by
    the mode bits; root ignores them (CAP_DAC_OVERRIDE), so its child runs without that capability.
    Only where root cannot drop it (no CAP_SETPCAP, not Linux) is the read-only folder simulated, by
    replacing the check (``native._writable``): no other way is left there to refuse root a write."""
    setup, preexec_fn = "", None
    if os.geteuid() == 0:
        if _can_drop_dac_override():
            preexec_fn = _without_dac_override
        else:
            setup = "native._writable = lambda folder: False  # (simulated: see _run_read_only)"
    cache.chmod(0o555)
    try:
        return _run(cache, setup, after, preexec_fn=preexec_fn, **env)
    finally:
        cache.chmod(0o755)


_PRIVATE_FOLDERS = """
import os, tempfile
print("TEMPORARY", sorted(os.listdir(tempfile.gettempdir())))
from pipeline.load import load
print("LINES", sum(len(page.lines) for page in load("samples/green-jobs-leaflet.pdf").pages))
"""
"""After the helpers are loaded: what the child's temporary folder holds, then a PDF read (with the
helpers whose files are gone)."""


@needs_compiler
def test_a_read_only_cache_loads_its_builds_and_builds_what_it_lacks_elsewhere(tmp_path):
    """A cache folder the user cannot write (a shared, read-only install): its intact builds load as
    they are; a helper it lacks is built for the process in a folder of its own, with a warning
    naming the cache folder, and nothing is written in the cache."""
    cache, temporary = tmp_path / "cache", tmp_path / "tmp"
    temporary.mkdir()
    assert _run(cache).returncode == 0
    kept = _builds(cache)
    kept[0].unlink()  # one helper missing from the read-only cache
    before = sorted(path.name for path in cache.iterdir())
    done = _run_read_only(cache, TMPDIR=str(temporary))
    assert done.returncode == 0, done.stderr
    assert "MISSING \n" in done.stdout
    assert "cannot be written" in done.stderr and str(cache) in done.stderr
    assert sorted(path.name for path in cache.iterdir()) == before
    assert not list(temporary.iterdir())


@needs_compiler
def test_builds_made_for_the_process_alone_are_removed_once_loaded(tmp_path):
    """A read-only cache with no builds: each start builds every helper in a temporary folder of its
    own. That folder is removed as soon as the helpers are loaded (a loaded shared object needs no
    file), so no build is left behind in the temporary folder, start after start, and the PDF
    readers still run on the helpers."""
    cache, temporary = tmp_path / "cache", tmp_path / "tmp"
    cache.mkdir()
    temporary.mkdir()
    lines = set()
    for _ in range(2):
        done = _run_read_only(cache, _PRIVATE_FOLDERS, TMPDIR=str(temporary))
        assert done.returncode == 0, done.stderr
        assert "MISSING \n" in done.stdout and "TEMPORARY []\n" in done.stdout, done.stdout
        lines.add(done.stdout.split("LINES ")[1].split()[0])
        assert not list(temporary.iterdir()) and not list(cache.iterdir())
    assert len(lines) == 1 and int(lines.pop()) > 0


@needs_compiler
def test_a_read_only_cache_holding_every_build_loads_them_without_a_word(tmp_path):
    assert _run(tmp_path).returncode == 0
    done = _run_read_only(tmp_path)
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


def _waits_for_lock(child: subprocess.Popen, lock: Path, seconds: float = 180.0) -> bool:
    """Whether ``child`` comes to wait for the lock on the file ``lock`` (held by this process): Linux
    lists a process blocked in flock in /proc/locks, marked ``->``, with its pid and the file's inode.
    False when the child ends first or does not wait within ``seconds``."""
    import time

    inode = f":{lock.stat().st_ino} "
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and child.poll() is None:
        listed = Path("/proc/locks").read_text()
        if any("->" in line and f" {child.pid} " in line and inode in line for line in listed.splitlines()):
            return True
        time.sleep(0.05)
    return False


@needs_compiler
@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="a process waiting for a lock is seen in /proc/locks (Linux)")
def test_a_process_waits_while_the_build_lock_is_held_then_loads_the_build_made_meanwhile(tmp_path):
    """Another process is building ``line_rows`` (this test holds ``line_rows.lock``, as that process
    does): a second process starting on the same cache waits at the lock, neither building nor
    loading ``line_rows`` while it is held; once the first has put its build in place and let the lock
    go, the second loads that very build, without building its own."""
    import fcntl
    import shutil

    reference, cache = tmp_path / "reference", tmp_path / "cache"
    assert _run(reference).returncode == 0  # the build the first process makes, made beforehand
    made = next(build for build in _builds(reference) if build.name.startswith("line_rows-"))
    cache.mkdir()
    lock = os.open(cache / "line_rows.lock", os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(lock, fcntl.LOCK_EX)
    after = 'print("LOADED", native.extension("line_rows").__file__)\n'
    child = subprocess.Popen([sys.executable, "-c", _LOAD_BOTH.format(setup="") + after], env=_env(cache),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        try:
            assert _waits_for_lock(child, cache / "line_rows.lock"), "the second process did not wait for the lock"
            assert child.poll() is None
            assert not [path.name for path in cache.iterdir() if path.name.startswith("line_rows-")]  # no build, no .part
            for kept in (made, native._fingerprint_path(made)):  # the first process's build lands, whole
                shutil.copy2(kept, cache / kept.name)
            placed = (cache / made.name).stat().st_ino
        finally:
            os.close(lock)  # (the first process is done: the lock goes)
        out, err = child.communicate(timeout=240)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0 and "MISSING \n" in out and "WARNING" not in err, err
    assert f"LOADED {cache / made.name}\n" in out
    assert (cache / made.name).stat().st_ino == placed  # the build placed meanwhile, not one built again
    assert [build.name for build in _builds(cache)] == sorted(build.name for build in _builds(reference))


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
