"""The data files shipped in pipeline/data/, read once per process (they never change at run time)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def data_file(name: str) -> Any:
    """The parsed JSON file ``pipeline/data/<name>``."""
    return json.loads(resources.files("pipeline.data").joinpath(name).read_text(encoding="utf-8"))
