"""Worker processes under a hard deadline and a memory cap: no document can hang, crash or exhaust
a batch.

Each document is run in a forked worker process, also with one worker. The parent never runs a
document itself; it hands one job at a time to each worker and waits on the workers' pipes with the
nearest deadline as its time-out:

- a worker still busy ``timeout + kill_grace`` seconds after it started a document is killed
  (SIGKILL: a loop inside a library cannot outlive it) and a fresh worker takes its place; the
  worker's own soft limit (an alarm inside the task) usually ends the document cleanly before that;
- each worker's address space is capped (``RLIMIT_AS``) at ``max_memory_mb``, so a document that
  asks for more gets a MemoryError (or, in native code, dies) instead of taking the machine down;
- a worker that dies is reaped with its resource usage, and its death is told apart: killed for
  the deadline, out of memory (its peak resident size came near the cap, or the kernel killed it),
  or crashed (another signal or exit).

The parent (the batch) decides what a result or a death means for the manifest; this module knows
nothing of brochures. POSIX only (fork, rlimits), as the batch always was.
"""

from __future__ import annotations

import contextlib
import gc
import os
import resource
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, Pipe, wait
from typing import Generic, Literal, TypeVar

from pipeline.defaults import DEFAULT_MAX_MEMORY_MB

Job = TypeVar("Job")
Result = TypeVar("Result")

DEFAULT_KILL_GRACE = 2.0
"""Seconds past its time limit a worker gets to end the document itself before it is killed."""
WORKER_GC_THRESHOLDS = (50_000, 20, 100)
"""The worker's garbage-collector thresholds (CPython's default: 700, 10, 10). A document makes
millions of small objects that all live until its record is written; at the default every 700
allocations start a collection and the older generations' passes walk everything alive, a third
of a large document's time. (The parent freezes what it built before forking: those objects are
never walked again, nor copied by the walk into every worker.)"""
MEMORY_DEATH_SHARE = 0.5
"""A worker that dies with a peak resident size above this share of its address-space cap is taken
to have died of memory (native code that cannot allocate aborts instead of raising): the resident
size of a healthy worker stays far below it."""


@dataclass(frozen=True, slots=True)
class WorkerLimits:
    """What one document may cost. ``timeout`` in seconds (0 or less: no limit), the parent's kill
    ``kill_grace`` seconds later; ``max_memory_mb`` caps each worker's address space (None: no cap)."""

    timeout: float
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB
    kill_grace: float = DEFAULT_KILL_GRACE

    @property
    def deadline(self) -> float | None:
        """Seconds after a job's start at which its worker is killed; None without a time limit."""
        return self.timeout + self.kill_grace if self.timeout > 0 else None


@dataclass(frozen=True, slots=True)
class WorkerDeath:
    """Why a job came back with no result: its worker was killed at the deadline (``deadline``),
    ran out of memory (``memory``), or died otherwise (``crashed``; ``detail`` says how)."""

    cause: Literal["deadline", "memory", "crashed"]
    detail: str
    peak_memory_mb: float
    seconds: float
    """How long the job ran before its worker died or was killed."""


@dataclass(slots=True)
class _Worker:
    pid: int
    conn: Connection
    job: int | None = None
    started: float = 0.0


@dataclass(frozen=True, slots=True)
class _Reply(Generic[Result]):
    """A worker's answer: the job's index, its result, and whether the worker retires after it."""

    index: int
    result: Result
    retire: bool


def run_in_workers(jobs: Sequence[Job], task: Callable[[Job], Result], *, workers: int, limits: WorkerLimits,
                   on_result: Callable[[int, Result], None], on_death: Callable[[int, WorkerDeath], None],
                   warm_up: Callable[[], None] | None = None,
                   retire_after: Callable[[Result], bool] = lambda result: False) -> None:
    """Run ``task(jobs[i])`` for every job in at most ``workers`` forked processes.

    ``on_result(i, result)`` is called in the parent for each job that returned, in the order they
    finish; ``on_death(i, death)`` for each job whose worker died or was killed. ``warm_up`` runs in
    the parent before the first fork (what it builds, every worker shares). A worker retires after a
    result for which ``retire_after`` is true (a document that hit a limit may leave a library in a
    bad state) and a fresh one takes its place. KeyboardInterrupt (and anything else raised in the
    parent, by a callback too) kills every worker before it propagates."""
    if warm_up is not None:
        warm_up()
    gc.freeze()
    queue = list(range(len(jobs)))
    queue.reverse()  # pop() from the end gives the jobs in order
    pool: list[_Worker] = []
    try:
        while queue or any(w.job is not None for w in pool):
            for worker in [w for w in pool if w.job is None]:
                if queue and not _assign(worker, queue, jobs):
                    pool.remove(worker)
                    _stop(worker, kill=True)
            while queue and len(pool) < workers:
                worker = _fork(task, limits, retire_after)
                pool.append(worker)
                if not _assign(worker, queue, jobs):
                    raise RuntimeError("a new worker process died before its first document")
            busy = [w for w in pool if w.job is not None]
            ready = wait([w.conn for w in busy], timeout=_until_next_deadline(busy, limits))
            for worker in [w for w in busy if w.conn in ready]:
                index = worker.job
                try:
                    reply: _Reply = worker.conn.recv()
                except (EOFError, OSError):  # it died: no reply will come
                    pool.remove(worker)
                    on_death(index, _reap(worker, limits, killed=False))
                    continue
                worker.job = None
                if reply.retire:
                    pool.remove(worker)
                    _stop(worker)
                on_result(reply.index, reply.result)
            now = time.monotonic()
            for worker in [w for w in pool if w.job is not None and _overdue(w, limits, now)]:
                pool.remove(worker)
                with contextlib.suppress(ProcessLookupError):
                    os.kill(worker.pid, signal.SIGKILL)
                on_death(worker.job, _reap(worker, limits, killed=True))
    finally:
        for worker in pool:
            _stop(worker, kill=True)
        gc.unfreeze()


def _assign(worker: _Worker, queue: list[int], jobs: Sequence) -> bool:
    """Send the next job of ``queue`` to an idle worker; False (the job left on the queue) when the
    worker is gone."""
    index = queue[-1]
    try:
        worker.conn.send((index, jobs[index]))
    except OSError:
        return False
    queue.pop()
    worker.job = index
    worker.started = time.monotonic()
    return True


def _until_next_deadline(busy: list[_Worker], limits: WorkerLimits) -> float | None:
    if limits.deadline is None or not busy:
        return None
    return max(0.0, min(w.started for w in busy) + limits.deadline - time.monotonic())


def _overdue(worker: _Worker, limits: WorkerLimits, now: float) -> bool:
    return limits.deadline is not None and now - worker.started >= limits.deadline


def _fork(task: Callable, limits: WorkerLimits, retire_after: Callable[[object], bool]) -> _Worker:
    parent_end, child_end = Pipe(duplex=True)
    pid = os.fork()
    if pid == 0:  # the worker: never returns into the parent's code
        status = 1
        try:
            parent_end.close()
            _serve(child_end, task, limits, retire_after)
            status = 0
        finally:
            os._exit(status)
    child_end.close()
    return _Worker(pid=pid, conn=parent_end)


def _serve(conn: Connection, task: Callable, limits: WorkerLimits, retire_after: Callable[[object], bool]) -> None:
    """The worker's loop: a job in, its result out, until the parent closes the pipe or the task's
    result says to retire."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    gc.set_threshold(*WORKER_GC_THRESHOLDS)
    if limits.max_memory_mb is not None:
        cap = limits.max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    while True:
        try:
            index, job = conn.recv()
        except (EOFError, OSError):
            return
        result = task(job)
        retire = retire_after(result)
        conn.send(_Reply(index, result, retire))
        if retire:
            return


def _stop(worker: _Worker, kill: bool = False) -> None:
    """Close the worker's pipe (it exits at its next read) and reap it; kill it first if asked."""
    if kill:
        with contextlib.suppress(ProcessLookupError):
            os.kill(worker.pid, signal.SIGKILL)
    worker.conn.close()
    with contextlib.suppress(ChildProcessError):
        os.waitpid(worker.pid, 0)


def _reap(worker: _Worker, limits: WorkerLimits, killed: bool) -> WorkerDeath:
    """Wait for a dead (or killed) worker and say why it died."""
    worker.conn.close()
    seconds = round(time.monotonic() - worker.started, 3)
    try:
        _, status, usage = os.wait4(worker.pid, 0)
    except ChildProcessError:
        return WorkerDeath("deadline" if killed else "crashed", "the worker process was already gone", 0.0, seconds)
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    if killed:
        return WorkerDeath("deadline", "killed at the time limit", peak_mb, seconds)
    cap = limits.max_memory_mb
    near_cap = cap is not None and peak_mb >= MEMORY_DEATH_SHARE * cap
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        name = signal.Signals(number).name if number in signal.Signals._value2member_map_ else str(number)
        if number == signal.SIGKILL or near_cap:  # the kernel's out-of-memory killer sends SIGKILL
            return WorkerDeath("memory", f"ended by {name} at {peak_mb:,.0f} MB", peak_mb, seconds)
        return WorkerDeath("crashed", f"ended by {name}", peak_mb, seconds)
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else status
    if near_cap:
        return WorkerDeath("memory", f"exited with status {code} at {peak_mb:,.0f} MB", peak_mb, seconds)
    return WorkerDeath("crashed", f"exited with status {code}", peak_mb, seconds)
