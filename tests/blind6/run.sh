#!/bin/sh
# Rebuild all twelve brochures and run the checker.
cd /work/blind6
for n in 01 02 04 05 06 08 09 10 11 12; do python3 b$n.py >/dev/null; done
for n in 03 07; do /work/main/.venv/bin/python b$n.py; done   # reportlab (interpreter only)
python3 check.py $(ls blind6-*.pdf | sed 's/\.pdf$//')
