# Truth recorder and the four producers (Chromium, reportlab, typst, pdflatex).
# Adapted from blind8's common.py: the output folder is a parameter, finish() can add
# per-page furniture once the page count is known, and a typst builder was added.
import json, re, os, subprocess, html as H

NB, NNB = '\u00a0', '\u202f'
VENV_PY = '/work/main/.venv/bin/python'


def frtypo(s):
    s = s.replace('« ', '«' + NB).replace(' »', NB + '»')
    s = s.replace(' :', NB + ':').replace(' ;', NNB + ';').replace(' ?', NNB + '?').replace(' !', NNB + '!')
    return s


YEAR_RE = r'(?<!\d)((?:19|20)\d\d)(?!\d)'


class Truth:
    def __init__(self, out, id_, lang, producer, family, content_family, seed):
        self.D, self.id, self.lang = out, id_, lang
        self.t = dict(id=id_, producer=producer, family=family, content_family=content_family, seed=seed, pages=0,
                      title='', headings=[], bullets=[], paragraphs=[], tables=[], furniture=[], quotes=[],
                      contacts=[], links=[], organizations=[], countries=[], years=[], themes=[],
                      partnerships=[], credits=[], ignore=[], language=lang)
        self.cur_heading = None
        self.alltext = []
        self._orgnames = set()

    def f(self, s):
        if s is None: return None
        return frtypo(s) if self.lang == 'fr' else s

    def _seen(self, *ss):
        for s in ss:
            if s: self.alltext.append(s)

    def title(self, s): s = self.f(s); self.t['title'] = s; self._seen(s); return s
    def heading(self, s, level=1, upper=False):
        s = self.f(s); self.t['headings'].append(dict(text=s, level=level, upper=upper)); self.cur_heading = s; self._seen(s); return s
    def para(self, s): s = self.f(s); self.t['paragraphs'].append(s); self._seen(s); return s
    def bullet(self, s, level=1):
        s = self.f(s); self.t['bullets'].append(dict(text=s, level=level, heading=self.cur_heading)); self._seen(s); return s
    def table(self, header, rows):
        header = [[self.f(c) for c in r] for r in header]; rows = [[self.f(c) for c in r] for r in rows]
        self.t['tables'].append(dict(header_rows=header, rows=rows))
        for r in header + rows: self._seen(*r)
        return header, rows
    def quote(self, text, speaker, role):
        text, speaker, role = self.f(text), self.f(speaker), self.f(role)
        self.t['quotes'].append(dict(text=text, speaker=speaker, role=role)); self._seen(text, speaker, role); return text, speaker, role
    def contact(self, name, email, phone):
        self.t['contacts'].append(dict(name=name, email=email, phone=phone)); self._seen(name, email, phone)
    def link(self, s): self.t['links'].append(s); self._seen(s); return s
    def ign(self, s): s = self.f(s); self.t['ignore'].append(s); self._seen(s); return s
    def credit(self, s): s = self.f(s); self.t['credits'].append(s); self._seen(s); return s
    def furn(self, s): s = self.f(s); self.t['furniture'].append(s); self._seen(s); return s
    def org(self, name, acr=None):
        name = self.f(name)
        if name in self._orgnames: return
        self._orgnames.add(name)
        self.t['organizations'].append(dict(name=name, acronym=acr, known_to_data=None))
    def ps(self, parties, instrument, year, end_year=None):
        self.t['partnerships'].append(dict(parties=[self.f(p) for p in parties], instrument=instrument, year=year, end_year=end_year))
    def countries(self, cc): self.t['countries'] = list(cc)

    def finish(self, pdf, per_page=None):
        out = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
        self.t['pages'] = int(re.search(r'Pages:\s+(\d+)', out).group(1))
        if per_page:
            for k in range(1, self.t['pages'] + 1):
                for s in per_page(k, self.t['pages']): self.furn(s)
        yrs = set()
        for s in self.alltext:
            yrs |= set(int(y) for y in re.findall(YEAR_RE, s))
        self.t['years'] = sorted(yrs)
        json.dump(self.t, open(f'{self.D}/{self.id}.truth.json', 'w'), ensure_ascii=False, indent=1)
        subprocess.run(['pdftotext', pdf, f'{self.D}/{self.id}.txt'])


# ---------- HTML / Chromium ----------
class HTML(Truth):
    def __init__(self, *a, css=''):
        super().__init__(*a); self.buf = []; self.css = css
    def e(self, s): return H.escape(s, quote=False)
    def raw(self, s): self.buf.append(s)
    def html(self):
        return (f'<!DOCTYPE html><html lang="{self.lang}"><head><meta charset="utf-8"><title>{H.escape(self.t["title"], quote=False)}</title>'
                f'<style>{self.css}</style></head><body>{"".join(self.buf)}</body></html>')
    def build_chromium(self, per_page=None):
        src = f'{self.D}/{self.id}.html'; open(src, 'w').write(self.html()); pdf = f'{self.D}/{self.id}.pdf'
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        '--generate-pdf-document-outline', f'--print-to-pdf={pdf}', src], capture_output=True)
        self.finish(pdf, per_page)


# ---------- LaTeX ----------
def tex_esc(s):
    rep = {'\\': r'\textbackslash{}', '&': r'\&', '%': r'\%', '$': r'\$', '#': r'\#', '_': r'\_', '{': r'\{', '}': r'\}',
           '~': r'\textasciitilde{}', '^': r'\^{}', NB: '~', NNB: r'\,', '°': r'\textdegree{}'}
    out = ''.join(rep.get(c, c) for c in s)
    # keep hyphenated compounds on one line (pdftotext would otherwise keep "-\n")
    out = re.sub(r'(\S+-\S+)', lambda m: r'\mbox{' + m.group(1) + '}', out)
    return out


class TeX(Truth):
    def __init__(self, *a, preamble=''):
        super().__init__(*a); self.buf = []; self.preamble = preamble
    def e(self, s): return tex_esc(s)
    def raw(self, s): self.buf.append(s)
    def build(self, per_page=None):
        src = f'{self.D}/{self.id}.tex'
        open(src, 'w').write(self.preamble + '\n\\begin{document}\n' + ''.join(self.buf) + '\n\\end{document}\n')
        for _ in range(2):
            r = subprocess.run(['pdflatex', '-interaction=nonstopmode', '-halt-on-error', f'{self.id}.tex'], cwd=self.D,
                               capture_output=True, text=True, errors='replace')
        if r.returncode: print(r.stdout[-3000:])
        for ext in ('aux', 'log', 'out'):
            try: os.remove(f'{self.D}/{self.id}.{ext}')
            except OSError: pass
        self.finish(f'{self.D}/{self.id}.pdf', per_page)


# ---------- typst ----------
def _lit(s):
    return '#"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def ty_str(s):
    # string literals (no markup parsing, no smart quotes); hyphenated compounds boxed so they never break at the hyphen
    parts = re.split(r'(\S*\w-\w\S*)', s)
    return ''.join((('#box[' + _lit(p) + ']') if i % 2 else _lit(p)) for i, p in enumerate(parts) if p)


class TY(Truth):
    def __init__(self, *a, preamble=''):
        super().__init__(*a); self.buf = []; self.preamble = preamble
    def raw(self, s): self.buf.append(s)
    def build(self, per_page=None):
        src = f'{self.D}/{self.id}.typ'
        open(src, 'w').write(self.preamble + '\n' + '\n'.join(self.buf) + '\n')
        pdf = f'{self.D}/{self.id}.pdf'
        code = f"import typst; typst.compile({src!r}, output={pdf!r})"
        r = subprocess.run([VENV_PY, '-c', code], capture_output=True, text=True)
        if r.returncode: print(r.stderr[-3000:])
        self.finish(pdf, per_page)
