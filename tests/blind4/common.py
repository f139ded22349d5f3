# Shared helper: each brochure script records its truth while it writes its source.
import json, re, subprocess, os, html, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NB, NNB = '\u00a0', '\u202f'

def fr(s):
    """French typography: no-break space before : and inside « », narrow no-break space before ; ? !"""
    s = re.sub(r' :', NB + ':', s)
    s = re.sub(r' ([;?!])', NNB + r'\1', s)
    s = s.replace('« ', '«' + NB).replace(' »', NB + '»')
    return s

def esc(s):
    return html.escape(s, quote=False)

class Truth:
    def __init__(self, id_, producer, family, content_family, lang, pages, title, transform=None):
        self.tf = transform or (lambda s: s)
        self.d = dict(id=id_, producer=producer, family=family, content_family=content_family, seed=0,
                      pages=pages, title=self.tf(title), headings=[], bullets=[], paragraphs=[], tables=[],
                      furniture=[], quotes=[], contacts=[], links=[], organizations=[], countries=[], years=[],
                      themes=[], partnerships=[], credits=[], ignore=[], language=lang)
        self.cur = None
        self.id = id_

    @property
    def title(self): return self.d['title']

    def h(self, text, level=1, upper=False):
        """Records the heading without its printed number ("1.", "A.", "IV."); returns it as printed."""
        text = self.tf(text)
        bare = re.sub(r'^(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[IVX]+\.)\s+', '', text)
        self.d['headings'].append(dict(text=bare, level=level, upper=upper))
        self.cur = bare
        return text

    def b(self, text, level=1, heading=None):
        text = self.tf(text)
        self.d['bullets'].append(dict(text=text, level=level, heading=heading or self.cur))
        return text

    def p(self, text):
        text = self.tf(text)
        self.d['paragraphs'].append(text)
        return text

    def table(self, header_rows, rows):
        header_rows = [[self.tf(c) for c in r] for r in header_rows]
        rows = [[self.tf(c) for c in r] for r in rows]
        self.d['tables'].append(dict(header_rows=header_rows, rows=rows))
        return header_rows, rows

    def furn(self, *xs):
        xs = [self.tf(x) for x in xs]
        self.d['furniture'].extend(xs)
        return xs

    def q(self, text, speaker, role):
        text, role = self.tf(text), self.tf(role)
        self.d['quotes'].append(dict(text=text, speaker=speaker, role=role))
        return text

    def contact(self, name, email, phone):
        self.d['contacts'].append(dict(name=name, email=email, phone=phone))

    def link(self, u):
        self.d['links'].append(u)
        return u

    def org(self, name, acronym=None):
        self.d['organizations'].append(dict(name=self.tf(name), acronym=acronym, known_to_data=None))

    def part(self, parties, instrument, year):
        self.d['partnerships'].append(dict(parties=[self.tf(x) for x in parties], instrument=instrument, year=year))

    def ign(self, *xs):
        xs = [self.tf(x) for x in xs]
        self.d['ignore'].extend(xs)
        return xs[0] if len(xs) == 1 else xs

    def credit(self, c):
        self.d['credits'].append(c)
        return c

    def countries(self, *cc):
        self.d['countries'] = list(cc)

    def save(self):
        d = self.d
        strings = [d['title']] + [h['text'] for h in d['headings']] + [b['text'] for b in d['bullets']] + d['paragraphs']
        for t in d['tables']:
            for r in t['header_rows'] + t['rows']: strings += r
        strings += d['furniture'] + [q['text'] for q in d['quotes']] + d['ignore'] + d['credits']
        ys = set()
        for s in strings:
            ys |= set(int(y) for y in re.findall(r'(?<!\d)((?:19|20)\d\d)(?!\d)', s))
        d['years'] = sorted(ys)
        with open(os.path.join(HERE, f'{self.id}.truth.json'), 'w') as f:
            json.dump(d, f, ensure_ascii=False, indent=1)

def finish(t, pdf_made=True):
    """pdftotext + checker."""
    os.chdir(HERE)
    subprocess.run(['pdftotext', f'{t.id}.pdf', f'{t.id}.txt'], check=True)
    t.save()
    subprocess.run([sys.executable, 'check.py', t.id])
    info = subprocess.run(['pdfinfo', f'{t.id}.pdf'], capture_output=True, text=True).stdout
    print('  ', [l for l in info.splitlines() if l.startswith(('Tagged', 'Producer', 'Creator', 'Page size'))])

def chromium(id_):
    os.chdir(HERE)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--no-pdf-header-footer',
                    f'--print-to-pdf={id_}.pdf', f'{id_}.html'], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def soffice(id_, src_ext='html'):
    os.chdir(HERE)
    os.makedirs('lo_out', exist_ok=True)
    filt = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
    extra = ['--infilter=HTML (StarWriter)'] if src_ext == 'html' else []
    subprocess.run(['soffice', '--headless'] + extra + ['--convert-to', filt, '--outdir', 'lo_out', f'{id_}.{src_ext}'],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.replace(f'lo_out/{id_}.pdf', f'{id_}.pdf')

def pdflatex(id_):
    os.chdir(HERE)
    for _ in range(2):
        r = subprocess.run(['pdflatex', '-interaction=nonstopmode', f'{id_}.tex'], capture_output=True, text=True, errors='replace')
    if r.returncode: print(r.stdout[-3000:])
    for ext in ('aux', 'log', 'out'):
        if os.path.exists(f'{id_}.{ext}'): os.remove(f'{id_}.{ext}')
