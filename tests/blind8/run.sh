#!/bin/sh
# Rebuild all twelve brochures and run the checker.
cd /work/blind8
for n in 01 02 03 04 05 06 07 08 09 10 11 12; do /work/main/.venv/bin/python b$n.py > /dev/null || echo "b$n failed"; done
python3 check.py $(ls *.truth.json | sed 's/.truth.json//')
