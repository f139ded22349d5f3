"""pipeline.workers: every job in a forked worker, a hard deadline, a memory cap, deaths told apart."""

from __future__ import annotations

import faulthandler
import os
import signal
import time

import pytest

from pipeline.workers import WorkerDeath, WorkerLimits, run_in_workers


def _run(jobs, task, *, workers=1, timeout=5.0, max_memory_mb=1024, kill_grace=0.5, retire_after=lambda r: False):
    results: dict[int, object] = {}
    deaths: dict[int, WorkerDeath] = {}
    run_in_workers(jobs, task, workers=workers, limits=WorkerLimits(timeout, max_memory_mb, kill_grace),
                   on_result=results.__setitem__, on_death=deaths.__setitem__, retire_after=retire_after)
    return results, deaths


def _double(n):
    return n * 2


def _pid(_):
    return os.getpid()


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_every_job_comes_back_and_none_runs_in_the_parent(workers):
    results, deaths = _run(list(range(10)), lambda n: (n * 2, os.getpid()), workers=workers)
    assert deaths == {}
    assert {i: value for i, (value, _) in results.items()} == {i: i * 2 for i in range(10)}
    pids = {pid for _, pid in results.values()}
    assert os.getpid() not in pids and len(pids) <= workers


def _hang_ignoring_alarms(job):
    if job == "hang":
        signal.signal(signal.SIGALRM, signal.SIG_IGN)  # no soft limit can stop it: only the parent's kill
        while True:
            pass
    return job


def test_a_job_that_never_ends_is_killed_at_the_deadline_and_the_rest_go_on():
    started = time.monotonic()
    results, deaths = _run(["a", "hang", "b", "c"], _hang_ignoring_alarms, timeout=1.0, kill_grace=0.5)
    elapsed = time.monotonic() - started
    assert results == {0: "a", 2: "b", 3: "c"}
    assert list(deaths) == [1] and deaths[1].cause == "deadline"
    assert 1.5 <= deaths[1].seconds < 3.0
    assert elapsed < 5.0


def test_two_workers_keep_working_while_one_hangs():
    results, deaths = _run(["hang", *"abcdef"], _hang_ignoring_alarms, workers=2, timeout=1.0, kill_grace=0.2)
    assert sorted(results.values()) == list("abcdef") and deaths[0].cause == "deadline"


def _allocate(megabytes):
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)


def test_the_memory_cap_holds_in_the_worker():
    """Past the cap the allocation fails inside the worker (the task's own MemoryError), never the
    parent; under it, it succeeds."""

    def task(megabytes):
        try:
            return _allocate(megabytes)
        except MemoryError:
            return "MemoryError"

    # the cap is on the address space, which the worker inherits from this process (pytest, and all
    # it has imported: spaCy's three languages, the readers, OCR): leave 512 MB above what it has
    results, deaths = _run([100, 3000, 100], task, max_memory_mb=_address_space_mb() + 512)
    assert results == {0: 100 << 20, 1: "MemoryError", 2: 100 << 20} and deaths == {}


def _touch_then_die(job):
    megabytes, how = job
    block = bytearray(megabytes << 20)
    block[::4096] = b"\x01" * len(range(0, len(block), 4096))  # every page resident, not only reserved
    if how == "segfault":
        faulthandler.disable()  # pytest's: its report of the crash would only be noise here
        os.kill(os.getpid(), signal.SIGSEGV)
    if how == "oom-killer":
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(3)


def _address_space_mb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmSize:"))


def test_deaths_are_told_apart():
    # a worker starts as big as this process: the cap leaves it 1 GB more, of which it takes 900 MB
    cap = _address_space_mb() + 1024
    results, deaths = _run([(900, "segfault"), (10, "segfault"), (10, "oom-killer"), (10, "exit")], _touch_then_die,
                           max_memory_mb=cap)
    assert results == {}
    assert deaths[0].cause == "memory" and deaths[0].peak_memory_mb >= 900  # native code that could not allocate
    assert (deaths[1].cause, deaths[1].detail) == ("crashed", "ended by SIGSEGV")
    assert deaths[2].cause == "memory"  # the kernel's out-of-memory killer
    assert (deaths[3].cause, deaths[3].detail) == ("crashed", "exited with status 3")


def test_a_worker_retires_when_told_and_a_fresh_one_takes_over():
    results, _ = _run(["x", "retire", "y"], lambda job: (job, os.getpid()), retire_after=lambda result: result[0] == "retire")
    assert results[0][1] == results[1][1] != results[2][1]


def test_an_exception_in_the_parent_leaves_no_worker_behind():
    seen = []

    def explode(index, result):
        seen.append(result)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_in_workers([1, 2, 3], _pid, workers=2, limits=WorkerLimits(5.0), on_result=explode, on_death=lambda i, d: None)
    for pid in seen:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaped already: no zombie, no orphan
