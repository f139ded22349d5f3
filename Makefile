# Two commands a newcomer needs: `make run` and `make test`. Both set up .venv/ when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test golden lint schema bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

## run: extract every brochure in samples/ into outputs/
run: $(STAMP)
	$(BIN)/brochure extract samples/ -o outputs/

## test: run the test suite
test: $(TEST_STAMP)
	$(BIN)/python -m pytest

## golden: rewrite tests/golden/ from the samples (read the diff before committing!)
golden: $(STAMP)
	$(BIN)/python -m tests.golden_files --write

## schema: rewrite schemas/ from the pydantic models
schema: $(STAMP)
	$(BIN)/brochure schema > schemas/brochure-record.schema.json

## lint: ruff
lint: $(TEST_STAMP)
	$(BIN)/ruff check pipeline tests

clean:
	rm -rf $(VENV) outputs/*.json outputs/*.jsonl

## bench: the benchmark (throughput with 1 and 2 workers, stage times, pdfplumber floor, memory)
bench: $(STAMP)
	$(BIN)/python bench/run_bench.py

.PHONY: zoo eval eval-scans

## zoo: regenerate the brochure zoo (tests/zoo/corpus, and its French and Spanish documents in corpus-fr, corpus-es, and the unseen partnership phrasings in corpus-phrasing, corpus-phrasing2, corpus-phrasing3, corpus-phrasing4, and French and Spanish in corpus-phrasing-fr, -es) from its content model; producers not installed are skipped
zoo: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[samples]'
	$(BIN)/python tests/zoo/generate.py --seed 1
	for lang in fr es; do $(BIN)/python tests/zoo/generate.py --seed 1 --language $$lang --producers reportlab,typst,chromium \
		--per-family reportlab=3,typst=1,chromium=1 --out tests/zoo/corpus-$$lang; done
	$(BIN)/python tests/zoo/generate.py --phrasings unseen --seed 5 --out tests/zoo/corpus-phrasing --producers reportlab,typst \
		--per-family reportlab=8,typst=4 --untagged-every 1000 --pdfminer-every 1000
	$(BIN)/python tests/zoo/generate.py --phrasings unseen2 --seed 7 --out tests/zoo/corpus-phrasing2 --producers reportlab,typst \
		--per-family reportlab=8,typst=4 --untagged-every 1000 --pdfminer-every 1000
	$(BIN)/python tests/zoo/generate.py --phrasings unseen3 --seed 11 --out tests/zoo/corpus-phrasing3 --producers reportlab,typst \
		--per-family reportlab=8,typst=4 --untagged-every 1000 --pdfminer-every 1000
	$(BIN)/python tests/zoo/generate.py --phrasings unseen4 --seed 13 --out tests/zoo/corpus-phrasing4 --producers reportlab,typst \
		--per-family reportlab=8,typst=4 --untagged-every 1000 --pdfminer-every 1000
	for lang in fr es; do $(BIN)/python tests/zoo/generate.py --phrasings round3 --seed 13 --language $$lang --producers reportlab,typst \
		--per-family reportlab=6,typst=2 --untagged-every 1000 --pdfminer-every 1000 --out tests/zoo/corpus-phrasing-$$lang; done

## eval: score the pipeline on the zoo (P/R/F1 per category, producer and family) into bench/eval-results.json
eval: $(STAMP)
	$(BIN)/python bench/eval.py --jobs 2

.PHONY: train train-relations relation-training-set

## train: fit the block labeller on the zoo (seed 1), validate it held out by producer and family, write pipeline/data/labeller.json and bench/labeller-cv.json
train: $(STAMP)
	$(BIN)/python -c "import sklearn" 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python bench/train_labeller.py --seed 1
## train-relations: fit the learned relation step on bench/relation-training-set.jsonl (the candidate pairs of the zoo's phrasing rounds 1, 2, 4, the fr/es zoo without its held-out families and two thirds of bank7, tests/bank7), score it with the rules and the hybrid on the zoo, round 3, those families and bank7's other third, write pipeline/data/relation_model.json and bench/relations-cv.json
train-relations: $(STAMP)
	$(BIN)/python -c "import sklearn" 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python bench/train_relations.py --seed 1 --cv
## relation-training-set: read the training corpora with this code and rewrite bench/relation-training-set.jsonl (then make train-relations; ship the new trees only where the held-out figures say so)
relation-training-set: $(STAMP)
	$(BIN)/python bench/train_relations.py --write-training-set
## eval-scans: the pipeline on scanned variants of zoo brochures (OCR), beside their text layer, and the OCR engines compared
eval-scans: $(STAMP)
	$(BIN)/python bench/eval_scans.py --jobs 2 --engines
