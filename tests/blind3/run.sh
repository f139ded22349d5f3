#!/bin/bash
# usage: ./run.sh id... : (re)writes truth files, renders each id, checks
cd /work/blind3
python3 -c "
import truths, json
for d in truths.ALL: json.dump(d, open(d['id'] + '.truth.json', 'w'), ensure_ascii=False, indent=1)
"
for i in "$@"; do ./render.sh $i; done
