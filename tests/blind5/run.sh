#!/bin/sh
# Rebuild every brochure (source + PDF + txt + truth) and run the checker.
cd "$(dirname "$0")"
PY=/work/main/.venv/bin/python   # used only as an interpreter (reportlab)
for f in b01 b02 b04 b05 b07 b08 b09 b10 b12; do python3 $f.py >/dev/null; done
for f in b03 b06 b11; do $PY $f.py >/dev/null; done
python3 check.py $(ls blind5-*.truth.json | sed 's/.truth.json//')
