"""pipeline.extract: the stages' times, by the clock asked for."""

from __future__ import annotations

import pipeline
from tests.conftest import ROOT


def test_each_stage_is_timed_by_the_clock_given():
    ticks = iter(range(1000))
    seconds: dict[str, float] = {}
    pipeline.extract(ROOT / "samples" / "social-protection-mekong.txt", stage_seconds=seconds, stage_clock=lambda: next(ticks))
    # one tick before and one after each stage: each took one tick of this clock
    assert seconds == dict.fromkeys(["load", "layout", "structure", "entities", "relations", "record"], 1)
