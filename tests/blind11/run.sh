#!/bin/sh
# rebuild all twelve brochures and run the checker
cd "$(dirname "$0")"
PY=/work/main/.venv/bin/python
for n in 01 02 03 04 05 06 07 08 09 10 11 12; do $PY b$n.py || exit 1; done
python3 check.py $(ls blind11-*.truth.json | sed 's/.truth.json//')
