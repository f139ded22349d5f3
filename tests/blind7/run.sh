#!/bin/sh
# Rebuild all twelve brochures and run the checker.
cd /work/blind7
for n in 01 03 04 05 06 07 09 10 11; do python3 b$n.py >/dev/null; done
for n in 02 08 12; do /work/main/.venv/bin/python b$n.py; done   # reportlab (interpreter only)
cp b02.py blind7-02-en-social-security-erbil.py; cp b08.py blind7-08-fr-migrants-textile-maurice.py; cp b12.py blind7-12-es-entrevista-maquila.py
python3 check.py $(ls blind7-*.pdf | sed 's/\.pdf$//')
