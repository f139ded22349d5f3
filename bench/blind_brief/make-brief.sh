#!/bin/sh
# Assemble a writers' brief folder for brochures written blind (the writers must not read /work/main):
#   bench/blind_brief/make-brief.sh /work/briefNN
# copies the brief, the topics already used (append the newest sets' rows first), the four newest blind sets'
# READMEs without their Scores, and blind18's checker, helpers and example generators.
set -eu
out=${1:?usage: make-brief.sh OUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
tests=$(cd "$here/../../tests" && pwd)
mkdir -p "$out"
cp "$here/writer-brief.md" "$here/topics-used.txt" "$out/"
for n in $(ls -d "$tests"/blind[0-9]* | sed 's/.*blind//' | sort -n | tail -4); do
  sed '/^## Scores/,$d' "$tests/blind$n/README.md" > "$out/blind$n-README.md"
done
cp "$tests/blind18/check.py" "$tests/blind18/run.sh" "$out/"
sed 's#D = "/work/blind18"#D = "/work/blindNN"#' "$tests/blind18/common.py" > "$out/common.py"
cp "$tests/blind18/blind18-03-en-faq-coruche-cork.truth.json" "$out/example.truth.json"
for b in b03 b04 b05; do cp "$tests/blind18/$b.py" "$out/example-$b.py"; done
echo "brief in $out: edit writer-brief.md's addendum (designs and regions just used) before starting the writers"
