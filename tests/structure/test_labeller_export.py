"""The trees bench/train_labeller.py writes give the probabilities scikit-learn gives (training only:
skipped where scikit-learn is not installed)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sklearn_ensemble = pytest.importorskip("sklearn.ensemble")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from train_labeller import to_forest_json  # noqa: E402

from pipeline.structure.labeller import Forest  # noqa: E402


def test_exported_trees_agree_with_scikit_learn():
    rng = random.Random(3)
    rows = [[rng.choice([-1.0, 0.0, 1.0]), rng.random() * 4, float(rng.randint(0, 3))] for _ in range(400)]
    labels = [int(r[1] > 2 and r[2] != 1 or r[0] == 1) for r in rows]
    model = sklearn_ensemble.GradientBoostingClassifier(n_estimators=30, max_depth=3, subsample=0.8, random_state=1).fit(rows, labels)
    forest = Forest.from_json(to_forest_json(model, rows))
    expected = model.predict_proba(rows)[:, 1]
    assert max(abs(forest.probability(row) - p) for row, p in zip(rows, expected, strict=True)) < 1e-9
