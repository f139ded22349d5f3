"""Progress of a batch: a live bar on a terminal, one plain line a document in a log, or nothing.

Progress is a courtesy: a closed stream (``brochure extract DIR 2>&1 | head -1``) silences it and
never stops the batch, which still writes every record and the manifest.
"""

from __future__ import annotations

import re
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
        closed = False

        def log(outcome: Outcome) -> None:
            nonlocal done, closed
            done += 1
            if closed:
                return
            reason = f" {printable(outcome.message)} [{outcome.code}]" if outcome.status == "failed" else ""
            try:
                print(f"[{done}/{total}] {outcome.status:7} {printable(outcome.path)} ({outcome.seconds:.2f} s){reason}",
                      file=stream, flush=True)
            except (BrokenPipeError, ValueError):  # the reader went away (or closed the stream): go on in silence
                closed = True

        yield log
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    from rich.text import Text  # plain text: a path such as "[draft] report.pdf" is not markup

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
                line = Text("failed", style="red")
                line.append(f" {printable(outcome.path)}: {printable(outcome.message)} [{outcome.code}]")
                progress.console.print(line, highlight=False)

        yield advance


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str | None) -> str:
    """``text`` on one line: control characters (a newline in a file name) written as escapes."""
    if text is None:
        return ""
    return _UNPRINTABLE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)
