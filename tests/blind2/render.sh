#!/bin/bash
# usage: render.sh id   (renders id.html with chromium)
cd /work/blind2
chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf=$1.pdf $1.html 2>/dev/null
pdftotext $1.pdf $1.txt
/work/main/.venv/bin/python check.py $1
