#!/bin/sh
# Rebuild all twelve brochures and run the checker.
cd /work/blind10
PY=/work/main/.venv/bin/python
for b in b01 b02 b03 b04 b05 b06 b07 b08 b09 b10 b11 b12; do $PY $b.py; done
python3 check.py $(ls blind10-*.truth.json | sed 's/.truth.json//')
