#!/bin/sh
# Rebuild every brochure (source, PDF, .txt, truth) and run the checker.
# bNN.py writes the source and records the truth in the same pass; reportlab scripts need the venv python.
cd "$(dirname "$0")"
PY=/work/main/.venv/bin/python   # used only as an interpreter (reportlab, Pillow)
for s in b01 b02 b03 b04 b05 b06 b07 b08 b09 b10 b11 b12; do $PY $s.py; done
rm -rf lo_out __pycache__
