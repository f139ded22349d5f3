"""Which blocks of the flow are headings: the rules, or a model trained on the zoo.

A labeller is a small named component (``LABELLERS``): it takes a ``LabelContext`` (the blocks,
the flow, what the rules decided) and returns the headings with their levels. ``rules`` returns the
rules' answer unchanged. ``model`` reads the features of ``pipeline.layout.features`` and asks
boosted trees, trained by ``bench/train_labeller.py`` (``make train``) and shipped as JSON in
``pipeline/data/labeller.json`` (data, not code: loading it runs nothing), whether each block is a
heading; levels then come from the document's own hierarchy, as the rules give them (a heading's
number, else the rank of its type among the headings' types).

The trees are evaluated here without scikit-learn, deterministically: row by row in plain Python
(``Forest.probability``), or every tree for every row at once over numpy arrays
(``Forest.probabilities``, the same numbers to the last bit); the same features give the same
answer on every machine.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from pipeline.layout.features import FEATURE_NAMES, RuleVerdicts, block_features
from pipeline.model import Block
from pipeline.record import MAX_LEVEL
from pipeline.resources import data_file

if TYPE_CHECKING:
    import numpy as np

MODEL_FILE = "labeller.json"
HEADING_THRESHOLD = 0.5
"""A block is a heading when the model's probability is at least this."""

HYBRID_VETO = 0.2
"""Below this probability the model overrules a rule heading (hybrid labeller). Chosen on the zoo held
out by producer and by family: vetoes of 0.1, 0.2 and 0.3 score alike there (headings F1 PDF 0.94,
text 0.79-0.80, as the model alone); the smallest of the best keeps the most of the rules."""

_MULTILEVEL_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?$")


@dataclass(frozen=True, slots=True)
class LabelContext:
    """What a labeller sees: every block, the flow (indices of blocks still to be placed in
    sections, tables excluded), and the rules' verdicts."""

    blocks: Sequence[Block]
    flow: Sequence[int]
    rule_levels: dict[int, int]
    heading_shaped: Sequence[bool]
    title_index: int | None
    link_titles: frozenset[int]

    def features(self, only: Sequence[int] | None = None) -> list[list[float]]:
        """The feature vectors of the flow's blocks (in flow order); with ``only`` (positions in
        the flow), those blocks' alone."""
        flow_blocks = [self.blocks[i] for i in self.flow]
        verdicts = RuleVerdicts(
            heading_shaped=[self.heading_shaped[i] for i in self.flow],
            rule_heading=[i in self.rule_levels for i in self.flow],
            title_index=None,
            link_title=[i in self.link_titles for i in self.flow],
        )
        return block_features(flow_blocks, verdicts, only)

    def shaped_positions(self) -> list[int]:
        """Positions in the flow of the blocks shaped like a heading: the only ones the trees judge."""
        return [position for position, index in enumerate(self.flow) if self.heading_shaped[index]]


Labeller = Callable[[LabelContext], dict[int, int]]
LABELLERS: dict[str, Labeller] = {}


def register(name: str) -> Callable[[Labeller], Labeller]:
    def add(labeller: Labeller) -> Labeller:
        LABELLERS[name] = labeller
        return labeller
    return add


@register("rules")
def rules_labeller(context: LabelContext) -> dict[int, int]:
    """The hand rules of ``pipeline.structure._heading_levels``, unchanged."""
    return dict(context.rule_levels)


@register("model")
def model_labeller(context: LabelContext) -> dict[int, int]:
    """Headings where the trained trees say so; levels from the document's hierarchy. Where the
    model file has no model for this kind of input (PDF or text), the rules decide."""
    if not context.flow:
        return {}
    forest = _forest_for(context)
    if forest is None:
        return dict(context.rule_levels)
    return heading_levels(context.blocks, choose_headings(context, forest))


@register("union")
def union_labeller(context: LabelContext) -> dict[int, int]:
    """Headings where the rules or the trained trees say so (the model adds the headings the rules
    miss; it takes none of theirs away); levels from the document's hierarchy."""
    forest = _forest_for(context)
    if forest is None:
        return dict(context.rule_levels)
    return union_levels(context, forest)


@register("hybrid")
def hybrid_labeller(context: LabelContext) -> dict[int, int]:
    """The rules' headings unless the trained trees reject them (probability below ``HYBRID_VETO``),
    and the headings the trees find that the rules miss."""
    forest = _forest_for(context)
    if forest is None:
        return dict(context.rule_levels)
    return union_levels(context, forest, HYBRID_VETO)


def union_levels(context: LabelContext, forest: Forest, veto: float = 0.0) -> dict[int, int]:
    """The model's headings, and the rules' headings the model does not reject (probability below
    ``veto``: 0 keeps them all)."""
    shaped = context.shaped_positions()
    probability = dict(zip(shaped, forest.probabilities(context.features(shaped)), strict=True))
    chosen = []
    for position, index in enumerate(context.flow):
        if position not in probability:
            if index in context.rule_levels:
                chosen.append(index)
            continue
        if probability[position] >= HEADING_THRESHOLD or (index in context.rule_levels and probability[position] >= veto):
            chosen.append(index)
    return heading_levels(context.blocks, chosen)


def _forest_for(context: LabelContext) -> Forest | None:
    if not context.flow:
        return None
    kind = "pdf" if any(context.blocks[i].font is not None for i in context.flow) else "text"
    return load_model().get(kind)


def choose_headings(context: LabelContext, forest: Forest) -> list[int]:
    """The flow's blocks the forest calls headings, among those shaped like one (short, not a
    sentence, not a glyph bullet): the shape is a hard rule, since one false heading in large type
    would move every other heading's level."""
    shaped = context.shaped_positions()
    return [context.flow[position] for position, probability in zip(shaped, forest.probabilities(context.features(shaped)), strict=True)
            if probability >= HEADING_THRESHOLD]


SECTION_NUMBER = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\S)")
"""A section number opening a heading without a period after it ("1 Overview", "2.1 Results"): the
joiner keeps it in the text, as it is no list marker."""


def section_number_depth(text: str) -> int:
    """The depth of the section number that opens a heading's text ("2.1 Results": 2), 0 without."""
    match = SECTION_NUMBER.match(text)
    return match["number"].count(".") + 1 if match else 0


def heading_levels(blocks: Sequence[Block], headings: Sequence[int]) -> dict[int, int]:
    """Levels of the given heading blocks (1 = top): a numbered heading's depth ("2.1" is 2), else
    the rank of its emphasis among the headings' emphases (PDF), else 1. Stops at MAX_LEVEL."""
    any_emphasis = any(blocks[i].emphasis > 0 for i in headings)
    sizes = sorted({round(blocks[i].emphasis, 1) for i in headings}, reverse=True)
    levels = {}
    for index in headings:
        block = blocks[index]
        marker = block.marker or ""
        depth = marker.rstrip(".").count(".") + 1 if block.kind == "bullet" and marker[:1].isdigit() else 0
        depth = depth or (section_number_depth(block.text) if block.kind == "text" else 0)
        rank = depth or (sizes.index(round(block.emphasis, 1)) + 1 if any_emphasis else 1)
        levels[index] = min(rank, MAX_LEVEL)
    return levels


@dataclass(frozen=True, slots=True)
class Tree:
    """One regression tree as parallel arrays (scikit-learn's layout): node k tests
    ``features[feature[k]] <= threshold[k]``; a leaf has ``left[k] == -1`` and holds ``value[k]``."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def predict(self, row: Sequence[float]) -> float:
        node = 0
        left, right, feature, threshold = self.left, self.right, self.feature, self.threshold
        while left[node] != -1:
            node = left[node] if row[feature[node]] <= threshold[node] else right[node]
        return self.value[node]

    def depth(self) -> int:
        """Tests on the longest path from the root to a leaf."""
        deepest, stack = 0, [(0, 0)] if self.left else []
        while stack:
            node, depth = stack.pop()
            deepest = max(deepest, depth)
            if self.left[node] != -1:
                stack += [(self.left[node], depth + 1), (self.right[node], depth + 1)]
        return deepest


@dataclass(frozen=True, slots=True)
class Forest:
    """Boosted trees for one yes/no question: log-odds = ``bias`` + the sum of the trees' leaves
    (learning rate already applied)."""

    bias: float
    trees: tuple[Tree, ...]
    stacked: StackedTrees | None = field(default=None, compare=False, repr=False)
    """The same trees as numpy arrays (``probabilities``); built on first use."""

    def probability(self, row: Sequence[float]) -> float:
        leaves = 0.0
        for tree in self.trees:  # in tree order, one addition at a time (Python 3.12's sum() would compensate)
            leaves += tree.predict(row)
        return 1.0 / (1.0 + math.exp(-(self.bias + leaves)))

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """``probability`` of each row, every tree walked for every row at once: the same numbers
        to the last bit (the same comparisons of the same doubles; the leaves added in tree order,
        one at a time, as ``probability`` adds them; the same ``math.exp``)."""
        if not rows:
            return []
        stacked = self.stacked
        if stacked is None:
            stacked = StackedTrees.of(self.trees)
            object.__setattr__(self, "stacked", stacked)
        return [1.0 / (1.0 + math.exp(-(self.bias + score))) for score in stacked.scores(rows)]

    @classmethod
    def from_json(cls, data: dict) -> Forest:
        trees = tuple(Tree(tuple(t["feature"]), tuple(t["threshold"]), tuple(t["left"]), tuple(t["right"]), tuple(t["value"]))
                      for t in data["trees"])
        return cls(float(data["bias"]), trees)


@dataclass(frozen=True, slots=True)
class StackedTrees:
    """A forest's trees in one set of arrays: tree t's node k is row ``roots[t] + k``; children are
    indices into the same arrays; a leaf's feature is 0 (never read: a leaf stays where it is)."""

    roots: np.ndarray
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    is_leaf: np.ndarray
    value: np.ndarray
    depth: int

    @classmethod
    def of(cls, trees: Sequence[Tree]) -> StackedTrees:
        import numpy as np  # (imported with the first document the trees judge, not with the package)

        roots, feature, threshold, left, right, leaf, value = [], [], [], [], [], [], []
        for tree in trees:
            root = len(feature)
            roots.append(root)
            for k, child in enumerate(tree.left):
                is_leaf = child == -1
                leaf.append(is_leaf)
                feature.append(0 if is_leaf else tree.feature[k])
                threshold.append(tree.threshold[k])
                left.append(root + k if is_leaf else root + child)
                right.append(root + k if is_leaf else root + tree.right[k])
                value.append(tree.value[k])
        return cls(np.array(roots, dtype=np.intp), np.array(feature, dtype=np.intp), np.array(threshold, dtype=np.float64),
                   np.array(left, dtype=np.intp), np.array(right, dtype=np.intp), np.array(leaf, dtype=bool),
                   np.array(value, dtype=np.float64), max((tree.depth() for tree in trees), default=0))

    def scores(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """Each row's sum of its leaves' values, added tree after tree (0 for a forest of no tree)."""
        import numpy as np

        matrix = np.asarray(rows, dtype=np.float64)
        if not len(self.roots):
            return [0.0] * len(matrix)
        nodes = np.broadcast_to(self.roots, (len(matrix), len(self.roots)))
        row_of = np.arange(len(matrix))[:, None]
        for _ in range(self.depth):
            goes_left = matrix[row_of, self.feature[nodes]] <= self.threshold[nodes]
            nodes = np.where(goes_left, self.left[nodes], self.right[nodes])  # a leaf's children are itself
        # cumsum adds in order, left to right, as Forest.probability does (np.sum would add them pairwise)
        return np.cumsum(self.value[nodes], axis=1)[:, -1].tolist()


@cache
def load_model() -> dict[str, Forest]:
    """The shipped model, per kind of input ("pdf", "text"). Raises ValueError when the file was
    trained on other features than ``FEATURE_NAMES`` (retrain with ``make train``)."""
    data = data_file(MODEL_FILE)
    if tuple(data["features"]) != FEATURE_NAMES:
        raise ValueError(f"pipeline/data/{MODEL_FILE} was trained on other features than pipeline.layout.features has: run `make train`")
    return {kind: Forest.from_json(forest) for kind, forest in data["models"].items()}
