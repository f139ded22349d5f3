#!/bin/bash
# usage: ./render.sh <id>   — renders the source found for <id>, runs pdftotext and the checker
cd /work/blind3
id=$1
if [ -f $id.html ] && grep -q 'HTML imported into Writer' $id.html; then
  rm -rf lo_out; soffice --headless --infilter="HTML (StarWriter)" --convert-to 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' --outdir lo_out $id.html >/dev/null 2>&1; mv lo_out/$id.pdf $id.pdf
elif [ -f $id.html ] && grep -q 'producer: libreoffice' $id.html; then
  rm -rf lo_out; soffice --headless --convert-to 'pdf:writer_web_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' --outdir lo_out $id.html >/dev/null 2>&1; mv lo_out/$id.pdf $id.pdf
elif [ -f $id.html ]; then
  chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf=$id.pdf $id.html 2>/dev/null
elif [ -f $id.tex ]; then
  pdflatex -interaction=nonstopmode $id.tex >/dev/null; rm -f $id.aux $id.log $id.out
elif [ -f $id.py ]; then
  /work/main/.venv/bin/python $id.py
fi
pdftotext $id.pdf $id.txt
python3 check.py $id
