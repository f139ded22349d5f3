"""The block labeller: its features, its tree inference, the shipped model file, and the switch."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import pipeline
from pipeline.layout import layout
from pipeline.layout.features import FEATURE_NAMES, MISSING, RuleVerdicts, block_features, is_marker_symbol, is_symbol_font
from pipeline.load import load
from pipeline.model import Block, Line
from pipeline.structure import structure
from pipeline.structure.labeller import Forest, Tree, heading_levels, load_model

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _verdicts(blocks):
    return RuleVerdicts(heading_shaped=[False] * len(blocks), rule_heading=[False] * len(blocks))


def test_a_tree_goes_left_when_the_feature_is_at_most_the_threshold():
    # node 0 tests feature 1 <= 0.5; leaves 1 (left) and 2 (right)
    tree = Tree(feature=(1, -2, -2), threshold=(0.5, -2.0, -2.0), left=(1, -1, -1), right=(2, -1, -1), value=(0.0, -2.0, 3.0))
    forest = Forest(bias=0.5, trees=(tree, tree))
    assert forest.probability([9.0, 0.5]) == pytest.approx(1 / (1 + math.exp(-(0.5 - 4.0))))
    assert forest.probability([9.0, 0.6]) == pytest.approx(1 / (1 + math.exp(-(0.5 + 6.0))))


def test_the_shipped_model_is_data_trained_on_these_features():
    models = load_model()
    assert set(models) == {"pdf", "text"}
    for forest in models.values():
        assert forest.trees
        assert all(max(tree.feature) < len(FEATURE_NAMES) for tree in forest.trees)


def test_text_blocks_have_no_type_features_and_pdf_blocks_do():
    text = layout(load(SAMPLES / "youth-employment-pacific.txt")).blocks
    pdf = layout(load(SAMPLES / "green-jobs-leaflet.pdf")).blocks
    emphasis = FEATURE_NAMES.index("size_ratio")
    text_rows, pdf_rows = block_features(text, _verdicts(text)), block_features(pdf, _verdicts(pdf))
    assert all(len(row) == len(FEATURE_NAMES) for row in text_rows + pdf_rows)
    assert all(row[emphasis] == MISSING for row in text_rows)
    assert all(row[emphasis] > 0 for row in pdf_rows if any(line.font_size for line in pdf[pdf_rows.index(row)].lines))


def test_features_of_a_block_depend_on_its_neighbourhood_only():
    blocks = [Block(text=f"Paragraph {i} of running text.", lines=[Line(text=f"Paragraph {i} of running text.", number=i)])
              for i in range(40)]
    before = block_features(blocks, _verdicts(blocks))
    blocks[0].lines[0].text = "A much, much longer first line than any other line of this made-up document, by far."
    after = block_features(blocks, _verdicts(blocks))
    far = 20
    assert before[far] == after[far]


def test_a_character_of_a_symbol_font_is_a_mark_whatever_letter_it_maps_to():
    assert is_symbol_font("Wingdings-Regular") and is_symbol_font("ZapfDingbats") and is_symbol_font("SymbolMT")
    assert not is_symbol_font("Helvetica-Bold") and not is_symbol_font(None)
    assert is_marker_symbol(Line(text="f", number=1, font_name="Wingdings-Regular"))
    assert not is_marker_symbol(Line(text="f", number=1, font_name="Helvetica"))


def test_levels_come_from_numbers_then_from_type():
    blocks = [Block(text="Big", lines=[], emphasis=0.8), Block(text="Small", lines=[], emphasis=0.3),
              Block(text="Numbered", lines=[], kind="bullet", marker="2.1", emphasis=0.8)]
    assert heading_levels(blocks, [0, 1, 2]) == {0: 1, 1: 2, 2: 2}


def test_the_labeller_is_switchable_and_named():
    laid_out = layout(load(SAMPLES / "green-jobs-leaflet.pdf"))
    for name in ("rules", "model"):
        assert structure(layout(load(SAMPLES / "green-jobs-leaflet.pdf")), labeller=name).title
    with pytest.raises(ValueError, match="unknown labeller 'crf'"):
        structure(laid_out, labeller="crf")
    assert pipeline.extract(SAMPLES / "youth-employment-pacific.txt", labeller="model").title == "Decent Jobs for Pacific Youth"


def test_the_trees_walked_for_all_rows_at_once_give_the_same_numbers_to_the_last_bit():
    import random

    from pipeline.relation_model import load_model as relation_model

    random.seed(3)
    forests = [*load_model().values(), relation_model()]
    for forest in forests:
        thresholds = sorted({t for tree in forest.trees for t in tree.threshold})
        width = max(max(tree.feature) for tree in forest.trees) + 1
        # values on the thresholds themselves (ties go left), missing values, and anything between
        rows = [[random.choice([random.choice(thresholds), random.uniform(-2.0, 5.0), MISSING, 0.0, 1.0]) for _ in range(width)]
                for _ in range(500)]
        assert forest.probabilities(rows) == [forest.probability(row) for row in rows]
    tree = Tree(feature=(1, -2, -2), threshold=(0.5, -2.0, -2.0), left=(1, -1, -1), right=(2, -1, -1), value=(0.1, 0.2, 0.3))
    assert Forest(bias=0.0, trees=()).probabilities([[1.0, 2.0]]) == [0.5]
    assert Forest(bias=0.5, trees=(tree,) * 7).probabilities([[0.0, 0.5], [0.0, 0.7]]) == \
        [Forest(bias=0.5, trees=(tree,) * 7).probability(row) for row in ([0.0, 0.5], [0.0, 0.7])]
    assert Forest(bias=0.5, trees=(tree,)).probabilities([]) == []


def test_the_features_of_some_blocks_are_their_rows_among_all():
    blocks = layout(load(SAMPLES / "youth-employment-pacific.txt")).blocks
    verdicts = RuleVerdicts(heading_shaped=[i % 3 == 0 for i in range(len(blocks))], rule_heading=[i % 4 == 0 for i in range(len(blocks))])
    every = block_features(blocks, verdicts)
    some = [0, 3, len(blocks) - 1, 5]
    assert block_features(blocks, verdicts, some) == [every[i] for i in some]
