"""Compiled helpers of the PDF readers: small C files beside this module, built with the machine's C
compiler the first time they are needed. A plain C file (``library``) is loaded with ctypes (no
Python header, no library linked; PDFium's functions are passed in by address); an extension
module (``extension``) is built against this Python's headers and imported.

Each build is kept in a cache folder (``BROCHURE_NATIVE_CACHE``, else ``$XDG_CACHE_HOME`` or
``~/.cache``, ``brochure-pipeline/native``), named by a hash of its source and the machine, so a
changed source is built again and concurrent workers never load a half-written file (each writes
its own temporary file and renames it into place). Beside each build its size and sha256 are kept
(``<build>.sha256``, written at build time): a build whose bytes are not those is never loaded (a
shared object cut short is a SIGBUS, not an error) but built again, and where that fails the readers
run in Python, with one warning. Where the cache folder is read-only, its intact builds load and a
missing one is built for the process alone in a temporary folder, removed as soon as the build is
loaded. Where no compiler is found, the build fails or ``BROCHURE_NATIVE=0`` is set, ``library``
returns None and the caller reads the same values in Python (the same results, slower:
tests/load/test_native.py holds the two equal).
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import logging
import os
import platform
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from functools import cache
from pathlib import Path

SOURCES = Path(__file__).resolve().parent
SWITCH = "BROCHURE_NATIVE"
"""Set to 0 to read everything in Python (no compiler called, no build loaded)."""
CACHE_VARIABLE = "BROCHURE_NATIVE_CACHE"
"""A folder to keep the builds in, instead of the user's cache folder."""
BUILD_SECONDS = 60.0
"""The longest a build may take (a few hundred lines of C take well under a second)."""
FLAGS = ("-O2", "-shared", "-fPIC", "-std=c99")
BUILD_MODE = 0o755
"""The mode a build is kept with (rwxr-xr-x, as an installed shared library)."""


HELPERS = {"pdfium_page": "library", "line_rows": "extension", "char_boxes": "extension", "pdf_values": "extension"}
"""The compiled helpers the PDF readers use, and how each is loaded."""
_DAMAGED: set[str] = set()
"""The helpers whose kept build was damaged and could not be built again (said once, on the log)."""


def prepare() -> list[str]:
    """Build (or find in the cache) and load every helper now, so that forked workers inherit them
    loaded instead of each building on its first PDF; the names of those that could not be had
    (no compiler, a failed build), after saying so once on the log: the readers then run in Python,
    slower, with the same results. Nothing where ``BROCHURE_NATIVE=0``."""
    if not enabled():
        return []
    missing = [name for name, kind in HELPERS.items() if (library(name) if kind == "library" else extension(name)) is None]
    unsaid = [name for name in missing if name not in _DAMAGED]  # a damaged build that could not be rebuilt said so
    if unsaid:
        logging.getLogger(__name__).warning("compiled helpers %s could not be built (is a C compiler installed?); "
                                            "the PDF readers run in Python, slower, with the same results", ", ".join(unsaid))
    return missing


def enabled() -> bool:
    """Whether compiled helpers may be used (``BROCHURE_NATIVE`` is not 0)."""
    return os.environ.get(SWITCH, "1").strip() not in ("0", "false", "no", "off")


@cache
def library(name: str) -> ctypes.CDLL | None:
    """The compiled ``name``.c of this folder, built once (see the module's docstring); None where it
    cannot be had: the caller then does the same work in Python."""
    with _loadable(name, (), ".so") as built:
        if built is None:
            return None
        try:
            return ctypes.CDLL(str(built))
        except OSError:
            return None


@cache
def extension(name: str):
    """The extension module ``name``.c of this folder (its module named ``name``), built once against
    this Python's headers and imported; None where it cannot be had (no compiler, no headers, a
    failed build): the caller then does the same work in Python."""
    import importlib.machinery
    import importlib.util

    include = sysconfig.get_paths().get("include")
    if not include or not os.path.exists(os.path.join(include, "Python.h")):
        return None
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    with _loadable(name, (f"-I{include}",), suffix) as built:
        if built is None:
            return None
        try:
            loader = importlib.machinery.ExtensionFileLoader(name, str(built))
            spec = importlib.util.spec_from_file_location(name, str(built), loader=loader)
            module = importlib.util.module_from_spec(spec)
            loader.exec_module(module)
            return module
        except (ImportError, OSError):
            return None


@contextlib.contextmanager
def _loadable(name: str, extra: tuple[str, ...], suffix: str):
    """The build of ``name`` (see ``_built``; None where it cannot be had), for the caller to load
    inside the block. A build made for this process alone (the cache folder is read-only) is removed
    with its temporary folder when the block ends, loaded or not: a loaded shared object needs no file
    (its mapping stays), and a folder kept until the process exits would be left behind by every
    process that is killed, one per start."""
    built = _built(name, extra, suffix)
    try:
        yield built
    finally:
        if built is not None and built.parent in _PRIVATE:
            _remove_private(built.parent)


def _built(name: str, extra: tuple[str, ...], suffix: str) -> Path | None:
    """The build of ``name``.c with ``extra`` flags (kept by a hash of its source, flags, Python and
    machine), built now where it is not kept yet; None where it cannot be had."""
    if not enabled():
        return None
    source = SOURCES / f"{name}.c"
    try:
        text = source.read_bytes()
    except OSError:
        return None
    compiler = _compiler()
    if compiler is None:
        return None
    flags = [*FLAGS, *extra]
    digest = hashlib.sha256(b"\0".join([text, " ".join(flags).encode(), platform.machine().encode(), sys.platform.encode(),
                                        compiler.encode(), sys.version.encode()])).hexdigest()[:16]
    folder = _cache_folder()
    built = folder / f"{name}-{digest}{suffix}"
    if _intact(built):
        return built
    if not _writable(folder):
        # (a read-only cache: its builds load, but a missing one is built for this process alone)
        return _built_privately(name, compiler, source, built.name, flags, folder)
    kept = built.exists()
    recorded = _fingerprint_path(built).exists()
    with _build_lock(folder, name):
        if _intact(built):  # another process built it while this one waited
            return built
        if _build(compiler, source, built, flags) and _intact(built):
            _prune(folder, name, suffix, built)
            return built
    if kept:
        _DAMAGED.add(name)
        # (a build with no record beside it is one an older version kept, not a damaged one: said so)
        why = ("its size or sha256 is not the one recorded when it was built" if recorded
               else "no size and sha256 were recorded beside it, as an older version of the pipeline kept it")
        logging.getLogger(__name__).warning("the compiled helper %s in the cache cannot be vouched for (%s) and could not "
                                            "be built again; the PDF readers run in Python, slower, with the same results",
                                            built, why)
    return None


KEPT_BUILDS = 3
"""Builds of one helper kept in the cache (the newest; others are removed after a build): a changed
source or another Python makes a new build, and old ones would pile up. More than one, so that two
installed versions sharing a cache do not remove each other's build at every start."""
PART_SECONDS = 3600.0
"""A temporary ``.part`` file older than this is a build that was killed: removed after a build."""


def _writable(folder: Path) -> bool:
    """Whether builds can be written in ``folder`` (made where it is missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK | os.X_OK)


@contextlib.contextmanager
def _build_lock(folder: Path, name: str):
    """Hold an exclusive lock on ``<name>.lock`` in ``folder`` while one process builds ``name``:
    another process building it at the same moment waits, then finds the build made (without the
    lock two builds could leave one's fingerprint beside the other's build). Where no lock can be
    had, the build goes ahead unlocked (each file still lands whole, by rename)."""
    try:
        import fcntl

        handle = os.open(folder / f"{name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    except (ImportError, OSError):
        yield
        return
    try:
        with contextlib.suppress(OSError):
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # (closing releases the lock)


def _prune(folder: Path, name: str, suffix: str, built: Path) -> None:
    """Remove the builds of helper ``name`` in ``folder`` but the KEPT_BUILDS newest (``built``, just
    made, always kept), with their fingerprints, and killed builds' ``.part`` files. A process that
    has a removed build loaded keeps it (the file goes, its mapping stays); one about to load it
    finds it missing and builds its own."""
    import re
    import time

    pattern = re.compile(re.escape(name) + r"-[0-9a-f]{16}" + re.escape(suffix))
    try:
        others = [path for path in folder.iterdir() if pattern.fullmatch(path.name) and path != built]
        others.sort(key=lambda path: path.stat().st_mtime, reverse=True)
        parts = [path for path in folder.glob(f"{name}-*.part") if time.time() - path.stat().st_mtime > PART_SECONDS]
    except OSError:
        return
    for path in [*others[KEPT_BUILDS - 1:], *parts]:
        for stale in (path, _fingerprint_path(path)):
            with contextlib.suppress(OSError):
                stale.unlink()


_PRIVATE: set[Path] = set()
"""The temporary folders holding a build made for this process alone, until it is loaded."""
_SAID_PRIVATE: list[bool] = []
"""Whether this process said that its cache folder cannot be written (said once)."""


def _built_privately(name: str, compiler: str, source: Path, file_name: str, flags: list[str], cache: Path) -> Path | None:
    """``name`` built in a temporary folder of its own (the cache folder ``cache`` cannot be written),
    with a warning the first time; the caller loads it through ``_loadable``, which removes the
    folder. None where that fails too (the folder removed at once)."""
    if not _SAID_PRIVATE:
        _SAID_PRIVATE.append(True)
        logging.getLogger(__name__).warning("the compiled helpers' cache folder %s cannot be written: helpers not kept "
                                            "there are built for this process alone, in a temporary folder removed once "
                                            "they are loaded", cache)
    try:
        folder = Path(tempfile.mkdtemp(prefix="brochure-native-"))
    except OSError:
        return None
    _PRIVATE.add(folder)
    built = folder / file_name
    if _build(compiler, source, built, flags) and _intact(built):
        return built
    _remove_private(folder)
    return None


def _remove_private(folder: Path) -> None:
    """Remove ``folder``, a temporary folder of ``_built_privately``. Where a system will not remove a
    loaded file, what is left goes when the process exits."""
    _PRIVATE.discard(folder)
    shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        import atexit

        atexit.register(shutil.rmtree, folder, True)


def _fingerprint(path: Path) -> str | None:
    """``<size> <sha256>`` of the file at ``path``, read as bytes (never mapped: a short or damaged
    shared object mapped by the loader kills the process with SIGBUS); None where it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return f"{len(data)} {hashlib.sha256(data).hexdigest()}"


def _fingerprint_path(built: Path) -> Path:
    """Where the fingerprint of a build is kept: beside it, its name and ``.sha256``."""
    return built.with_name(built.name + ".sha256")


def _intact(built: Path) -> bool:
    """Whether ``built`` is the very file its build wrote: its size and sha256 are those recorded beside
    it at build time. A file of the right name with no record, or another size or hash (a cache cut
    short by a full disk, copied or restored in part), is not loaded but built again."""
    try:
        recorded = _fingerprint_path(built).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return False
    return recorded == _fingerprint(built)


def _compiler() -> str | None:
    """The C compiler Python was built with (``CC``), else cc or gcc on the PATH."""
    configured = (sysconfig.get_config_var("CC") or "").split()
    for candidate in ([configured[0]] if configured else []) + ["cc", "gcc"]:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def _cache_folder() -> Path:
    chosen = os.environ.get(CACHE_VARIABLE)
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "brochure-pipeline" / "native"


def _build(compiler: str, source: Path, target: Path, flags: list[str]) -> bool:
    """Compile ``source`` into ``target`` (through a temporary file beside it); False when it fails."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=target.name.split(".")[0], suffix=".part", dir=target.parent)
        os.close(handle)
    except OSError:
        return False
    try:
        done = subprocess.run([compiler, *flags, "-o", temporary, str(source)], capture_output=True,
                              timeout=BUILD_SECONDS, check=False)
        if done.returncode != 0:
            return False
        # the temporary file was made private (0600) and the linker only added execute bits (0711):
        # a build is a shared library, readable by all as an installed one is
        os.chmod(temporary, BUILD_MODE)
        fingerprint = _fingerprint(Path(temporary))
        if fingerprint is None:
            return False
        # The fingerprint goes in first, then the build: each by its own rename, so a reader sees whole
        # files only (a worker that finds the build before its fingerprint, or another worker's
        # fingerprint, builds again rather than load what it cannot vouch for).
        _write_atomically(_fingerprint_path(target), fingerprint + "\n")
        os.replace(temporary, target)
        return True
    except (OSError, subprocess.SubprocessError):
        return False
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _write_atomically(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` through a temporary file beside it renamed into place."""
    handle, temporary = tempfile.mkstemp(prefix=target.name.split(".")[0], suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="ascii") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)  # readable as the build is (mkstemp makes it the owner's only)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
