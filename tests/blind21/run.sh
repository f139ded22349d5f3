#!/bin/sh
# Rebuild all six brochures (source + truth in one pass) and run the checker.
cd "$(dirname "$0")"
PY=/work/main/.venv/bin/python
for i in 01 02 03 04 05 06; do $PY b$i.py > /dev/null || echo "b$i.py failed"; done
$PY check.py $(ls *.truth.json | sed 's/.truth.json//')
