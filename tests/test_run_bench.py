"""The benchmark's arithmetic (bench/run_bench.py): turns interleaved, ratios taken within a turn,
stage figures from each stage's own seconds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import run_bench  # noqa: E402


class FakeClock:
    """A clock that only the timers move (each by its cost)."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_interleaved_cpu_rotates_the_order_and_times_each_run_by_the_clock():
    clock, order = FakeClock(), []

    def timer(label, cost):
        def run():
            order.append(label)
            clock.now += cost
        return run

    seconds = run_bench.interleaved_cpu({"a": timer("a", 1.0), "b": timer("b", 2.0), "c": timer("c", 3.0)}, 3, clock)
    assert order == ["a", "b", "c", "b", "c", "a", "c", "a", "b"]
    assert seconds == {"a": [1.0, 1.0, 1.0], "b": [2.0, 2.0, 2.0], "c": [3.0, 3.0, 3.0]}


def test_turn_ratio_divides_within_a_turn_so_a_loaded_turn_moves_seconds_not_the_ratio():
    # turn 2 ran under load: both measures three times longer; the ratio of medians would mix turns
    pipeline, floor = [2.0, 6.0, 2.2], [1.0, 3.0, 1.0]
    assert run_bench.turn_ratio(pipeline, floor) == pytest.approx(2.0)
    with pytest.raises(ValueError):
        run_bench.turn_ratio([1.0], [1.0, 2.0])


def test_floor_figures_report_medians_per_page_stage_figures_and_ratios_of_the_same_turns():
    turns = {"pdfplumber_chars": [0.6, 1.2, 0.6], "pdfium_chars": [0.05, 0.1, 0.06], "pdfium_chars_unchecked": [0.04, 0.08, 0.04],
             "pipeline_pdfium": [0.1, 0.2, 0.12], "pipeline_pdfplumber": [0.66, 1.32, 0.6]}
    stage_turns = [{"load": 0.05, "layout": 0.02}, {"load": 0.1, "layout": 0.04}, {"load": 0.06, "layout": 0.02}]
    figures = run_bench.floor_figures(turns, stage_turns, pages=10)
    assert figures["pages"] == 10
    assert figures["pdfium_chars_ms_per_page"] == 6.0  # median 0.06 s over 10 pages
    assert figures["pipeline_pdfium_ms_per_page"] == 12.0
    # stage figures are each stage's own median seconds, not a share of another clock
    assert figures["pipeline_pdfium_stage_ms_per_page"] == {"load": 6.0, "layout": 2.0}
    assert figures["pipeline_pdfium_over_pdfium_chars"] == 2.0  # 2.0, 2.0, 2.0 within turns
    assert figures["pipeline_pdfium_over_pdfplumber_chars"] == pytest.approx(0.17, abs=0.005)
    assert figures["pipeline_pdfplumber_over_pdfplumber_chars"] == 1.1


def test_stage_medians_per_unit():
    assert run_bench.stage_medians([{"entities": 0.004}, {"entities": 0.008}, {"entities": 0.005}], 2) == {"entities": 2.5}
    assert run_bench.stage_medians([], 3) == {}


def test_the_in_process_parts_run_in_a_workers_collector_state():
    import gc

    from pipeline.workers import WORKER_GC_THRESHOLDS

    thresholds = gc.get_threshold()
    try:
        run_bench.as_a_worker()
        assert gc.get_threshold() == WORKER_GC_THRESHOLDS
        assert gc.get_freeze_count() > 0  # (what was built is out of the collector's walks)
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
