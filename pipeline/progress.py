"""Progress of a batch: a live bar on a terminal, one plain line a document in a log, or nothing."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.batch import Outcome


@contextmanager
def progress_reporter(total: int, *, quiet: bool = False, stream=None) -> Iterator[Callable[[Outcome], None]]:
    """Yields a callback for each finished document. On a terminal it drives a rich progress bar
    (documents done, failed, rate); elsewhere it prints one line per document; with ``quiet``,
    nothing."""
    stream = stream or sys.stderr
    if quiet:
        yield lambda outcome: None
        return
    if not stream.isatty():
        done = 0

        def log(outcome: Outcome) -> None:
            nonlocal done
            done += 1
            reason = f" {outcome.message} [{outcome.code}]" if outcome.status == "failed" else ""
            print(f"[{done}/{total}] {outcome.status:7} {outcome.path} ({outcome.seconds:.2f} s){reason}", file=stream, flush=True)

        yield log
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    failed = 0
    started = time.perf_counter()
    columns = [TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[status]}"),
               TimeRemainingColumn()]
    with Progress(*columns, console=Console(file=stream), transient=False) as progress:
        task = progress.add_task("extract", total=total, status="")

        def advance(outcome: Outcome) -> None:
            nonlocal failed
            failed += outcome.status == "failed"
            done = progress.tasks[0].completed + 1
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, advance=1, status=f"{failed} failed, {rate:.1f} docs/s")
            if outcome.status == "failed":
                progress.console.print(f"[red]failed[/red] {outcome.path}: {outcome.message} [{outcome.code}]", highlight=False)

        yield advance
