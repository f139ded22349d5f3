# peek.py <pdf> <out.png> [dpi]: all pages side by side, for a visual check
import sys, subprocess, glob
from PIL import Image
subprocess.run('rm -f /tmp/peek-*.png', shell=True)
subprocess.run(['pdftoppm', '-r', sys.argv[3] if len(sys.argv) > 3 else '40', '-png', sys.argv[1], '/tmp/peek'])
ims = [Image.open(f) for f in sorted(glob.glob('/tmp/peek-*.png'))]
o = Image.new('RGB', (sum(i.width for i in ims) + 5 * len(ims), max(i.height for i in ims)), 'grey'); x = 0
for i in ims: o.paste(i, (x, 0)); x += i.width + 5
o.save(sys.argv[2])
