# Shared helpers: each bNN.py writes its source and records the truth in the same pass.
import json, re, os, subprocess, html as H
D = "/work/blind22"
NB, NNB = '\u00a0', '\u202f'

def frtypo(s):
    s = s.replace('« ', '«' + NB).replace(' »', NB + '»')
    s = s.replace(' :', NB + ':').replace(' ;', NNB + ';').replace(' ?', NNB + '?').replace(' !', NNB + '!')
    return s

class Truth:
    def __init__(self, id_, lang, producer, family, content_family):
        self.id, self.lang = id_, lang
        self.t = dict(id=id_, producer=producer, family=family, content_family=content_family, seed=0, pages=0,
                      title='', headings=[], bullets=[], paragraphs=[], tables=[], furniture=[], quotes=[],
                      contacts=[], links=[], organizations=[], countries=[], years=[], themes=[],
                      partnerships=[], credits=[], ignore=[], language=lang)
        self.cur_heading = None
        self.alltext = []
    def f(self, s):
        if s is None: return None
        return frtypo(s) if self.lang == 'fr' else s
    def _seen(self, *ss):
        for s in ss:
            if s: self.alltext.append(s)
    # recorders (return the typographically fixed text)
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
    def org(self, name, acr=None): self.t['organizations'].append(dict(name=self.f(name), acronym=acr, known_to_data=None))
    def orgs(self, *pairs):
        for p in pairs:
            if isinstance(p, str): self.org(p)
            else: self.org(*p)
    def ps(self, parties, instrument, year, end_year=None):
        self.t['partnerships'].append(dict(parties=[self.f(p) for p in parties], instrument=instrument, year=year, end_year=end_year))
    def countries(self, *cc): self.t['countries'] = list(cc)
    def finish(self, pdf):
        yrs = set()
        for s in self.alltext:
            yrs |= set(int(y) for y in re.findall(r'(?<!\d)((?:19|20)\d\d)(?!\d)', s))
        self.t['years'] = sorted(yrs)
        out = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
        self.t['pages'] = int(re.search(r'Pages:\s+(\d+)', out).group(1))
        json.dump(self.t, open(f'{D}/{self.id}.truth.json', 'w'), ensure_ascii=False, indent=1)
        subprocess.run(['pdftotext', pdf, f'{D}/{self.id}.txt'])

# ---------- HTML builder (Chromium and LibreOffice) ----------
class HTML(Truth):
    def __init__(self, *a, css=''):
        super().__init__(*a); self.buf = []; self.css = css
    def e(self, s): return H.escape(s, quote=False)
    def raw(self, s): self.buf.append(s)
    def T(self, s, tag='h1', cls='title'): s = self.title(s); self.raw(f'<{tag} class="{cls}">{self.e(s)}</{tag}>')
    def h(self, s, level=1, upper=False, cls='', tag=None):
        s = self.heading(s, level, upper); tag = tag or f'h{level+1}'
        self.raw(f'<{tag} class="{cls}">{self.e(s)}</{tag}>')
    def p(self, s, cls=''): s = self.para(s); self.raw(f'<p class="{cls}">{self.e(s)}</p>')
    def ul(self, items, cls='', tag='ul'):
        out = [f'<{tag} class="{cls}">']
        for it in items:
            if isinstance(it, tuple):
                t, sub = it; t = self.bullet(t, 1); out.append(f'<li>{self.e(t)}<ul class="sub">')
                for s in sub: s = self.bullet(s, 2); out.append(f'<li>{self.e(s)}</li>')
                out.append('</ul></li>')
            else:
                t = self.bullet(it, 1); out.append(f'<li>{self.e(t)}</li>')
        out.append(f'</{tag}>'); self.raw(''.join(out))
    def tab(self, header, rows, cls='ruled', caption=None, cap_after=True, colw=None):
        header, rows = self.table(header, rows)
        out = [f'<table class="{cls}">']
        if colw: out.append('<colgroup>' + ''.join(f'<col style="width:{w}">' for w in colw) + '</colgroup>')
        if caption and not cap_after: out.append(f'<caption>{self.e(self.ign(caption))}</caption>')
        if header: out.append('<thead>' + ''.join('<tr>' + ''.join(f'<th>{self.e(c)}</th>' for c in r) + '</tr>' for r in header) + '</thead>')
        out.append('<tbody>' + ''.join('<tr>' + ''.join(f'<td>{self.e(c)}</td>' for c in r) + '</tr>' for r in rows) + '</tbody></table>')
        if caption and cap_after: out.append(f'<p class="caption">{self.e(self.ign(caption))}</p>')
        self.raw(''.join(out))
    def q(self, text, speaker, role, cls='pull', open_='“', close='”', dash='— '):
        text, speaker, role = self.quote(text, speaker, role)
        self.raw(f'<blockquote class="{cls}"><p>{open_}{self.e(text)}{close}</p><p class="who">{dash}{self.e(speaker)}, {self.e(role)}</p></blockquote>')
    def i(self, s, tag='p', cls=''): s = self.ign(s); self.raw(f'<{tag} class="{cls}">{self.e(s)}</{tag}>')
    def fu(self, s, tag='div', cls=''): s = self.furn(s); self.raw(f'<{tag} class="{cls}">{self.e(s)}</{tag}>')
    def cr(self, s, cls='credit'): s = self.credit(s); self.raw(f'<p class="{cls}">{self.e(s)}</p>')
    def html(self):
        return f'<!DOCTYPE html><html lang="{self.lang}"><head><meta charset="utf-8"><title>{self.e(self.t["title"])}</title><style>{self.css}</style></head><body>{"".join(self.buf)}</body></html>'
    def build_chromium(self):
        src = f'{D}/{self.id}.html'; open(src, 'w').write(self.html()); pdf = f'{D}/{self.id}.pdf'
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        f'--print-to-pdf={pdf}', src], capture_output=True)
        self.finish(pdf)
    def build_lo(self):
        src = f'{D}/{self.id}.html'; open(src, 'w').write(self.html()); pdf = f'{D}/{self.id}.pdf'
        subprocess.run(['soffice', '--headless', '--infilter=HTML (StarWriter)', '--convert-to',
                        'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}', '--outdir', D, src],
                       capture_output=True)
        self.finish(pdf)

# ---------- LaTeX builder ----------
def tex_esc(s):
    rep = {'\\': r'\textbackslash{}', '&': r'\&', '%': r'\%', '$': r'\$', '#': r'\#', '_': r'\_', '{': r'\{', '}': r'\}',
           '~': r'\textasciitilde{}', '^': r'\^{}', NB: '~', NNB: r'\,'}
    return ''.join(rep.get(c, c) for c in s)

class TeX(Truth):
    def __init__(self, *a, preamble=''):
        super().__init__(*a); self.buf = []; self.preamble = preamble
    def e(self, s): return tex_esc(s)
    def raw(self, s): self.buf.append(s)
    def T(self, s, fmt=r'{\Huge\bfseries %s\par}'): s = self.title(s); self.raw(fmt % self.e(s))
    def h(self, s, level=1, upper=False, fmt=None):
        s = self.heading(s, level, upper)
        fmt = fmt or (r'\section*{%s}' if level == 1 else r'\subsection*{%s}')
        self.raw(fmt % (self.e(s).upper() if upper else self.e(s)))
    def p(self, s, fmt='%s\\par\n'): s = self.para(s); self.raw(fmt % self.e(s))
    def ul(self, items, env='itemize'):
        out = [r'\begin{%s}' % env]
        for it in items:
            if isinstance(it, tuple):
                t, sub = it; out.append(r'\item ' + self.e(self.bullet(t, 1)) + r' \begin{itemize}')
                for x in sub: out.append(r'\item ' + self.e(self.bullet(x, 2)))
                out.append(r'\end{itemize}')
            else: out.append(r'\item ' + self.e(self.bullet(it, 1)))
        out.append(r'\end{%s}' % env); self.raw('\n'.join(out) + '\n')
    def tab(self, header, rows, spec, ruled=True, caption=None, hfmt=r'\textbf{%s}'):
        header, rows = self.table(header, rows)
        out = [r'\begin{tabular}{%s}' % spec]
        if ruled: out.append(r'\toprule')
        for r in header: out.append(' & '.join(hfmt % self.e(c) for c in r) + r' \\')
        if header and ruled: out.append(r'\midrule')
        for r in rows: out.append(' & '.join(self.e(c) for c in r) + r' \\' + (r'[2pt]' if not ruled else ''))
        if ruled: out.append(r'\bottomrule')
        out.append(r'\end{tabular}')
        if caption: out.append(r'\par\smallskip{\footnotesize\itshape ' + self.e(self.ign(caption)) + r'\par}')
        self.raw('\n'.join(out) + '\n')
    def q(self, text, speaker, role, fmt=None):
        text, speaker, role = self.quote(text, speaker, role)
        fmt = fmt or '\\begin{quote}\\itshape ``%s\'\'\\par\\upshape\\hfill --- %s, %s\\end{quote}\n'
        self.raw(fmt % (self.e(text), self.e(speaker), self.e(role)))
    def i(self, s, fmt='%s\\par\n'): s = self.ign(s); self.raw(fmt % self.e(s))
    def fu(self, s): return self.e(self.furn(s))
    def build(self):
        src = f'{D}/{self.id}.tex'
        open(src, 'w').write(self.preamble + '\n\\begin{document}\n' + ''.join(self.buf) + '\n\\end{document}\n')
        for _ in range(2):
            r = subprocess.run(['pdflatex', '-interaction=nonstopmode', '-halt-on-error', f'{self.id}.tex'], cwd=D, capture_output=True, text=True, errors='replace')
        if r.returncode: print(r.stdout[-3000:])
        for ext in ('aux', 'log', 'out'):
            try: os.remove(f'{D}/{self.id}.{ext}')
            except OSError: pass
        self.finish(f'{D}/{self.id}.pdf')

# ---------- reportlab builder ----------
def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    base = '/usr/share/fonts/truetype/dejavu/'
    for n, f in [('DV', 'DejaVuSans.ttf'), ('DVB', 'DejaVuSans-Bold.ttf'), ('DVI', 'DejaVuSans-Oblique.ttf'), ('DVBI', 'DejaVuSans-BoldOblique.ttf'),
                 ('DVC', 'DejaVuSansCondensed.ttf'), ('DVCB', 'DejaVuSansCondensed-Bold.ttf'), ('DVS', 'DejaVuSerif.ttf'), ('DVSI', 'DejaVuSerif-Italic.ttf'), ('DVSB', 'DejaVuSerif-Bold.ttf')]:
        pdfmetrics.registerFont(TTFont(n, base + f))
    addMapping('DV', 0, 0, 'DV'); addMapping('DV', 1, 0, 'DVB'); addMapping('DV', 0, 1, 'DVI'); addMapping('DV', 1, 1, 'DVBI')

class RL(Truth):
    def __init__(self, *a):
        super().__init__(*a); self.story = []
    def e(self, s): return H.escape(s, quote=False)
    def add(self, *fl): self.story.extend(fl)
    def P(self, s, st):
        from reportlab.platypus import Paragraph
        return Paragraph(self.e(s), st)
    def T(self, s, st): s = self.title(s); self.add(self.P(s, st))
    def h(self, s, st, level=1, upper=False): s = self.heading(s, level, upper); self.add(self.P(s.upper() if upper else s, st))
    def p(self, s, st=None): s = self.para(s); self.add(self.P(s, st or self.body))
    def i(self, s, st): s = self.ign(s); self.add(self.P(s, st))
    def ul(self, items, st, st2=None, bullet='•', bullet2='–'):
        from reportlab.platypus import ListFlowable, ListItem
        st2 = st2 or st; out = []
        for it in items:
            if isinstance(it, tuple):
                t, sub = it; t = self.bullet(t, 1)
                inner = ListFlowable([ListItem(self.P(self.bullet(x, 2), st2), value=bullet2) for x in sub], bulletType='bullet', start=bullet2, leftIndent=10, bulletFontName='DV', bulletFontSize=st.fontSize)
                out.append(ListItem([self.P(t, st), inner], value=bullet))
            else:
                out.append(ListItem(self.P(self.bullet(it, 1), st), value=bullet))
        self.add(ListFlowable(out, bulletType='bullet', start=bullet, leftIndent=11, bulletFontName='DV', bulletFontSize=st.fontSize))
    def tab(self, header, rows, st, sth, colw, style, caption=None, capst=None, repeat=1):
        from reportlab.platypus import Table
        header, rows = self.table(header, rows)
        data = [[self.P(c, sth) for c in r] for r in header] + [[self.P(c, st) for c in r] for r in rows]
        t = Table(data, colWidths=colw, repeatRows=len(header) if header else 0); t.setStyle(style); self.add(t)
        if caption: self.i(caption, capst)
    def q(self, text, speaker, role, st, stw, open_='“', close='”'):
        text, speaker, role = self.quote(text, speaker, role)
        self.add(self.P(open_ + text + close, st), self.P('— ' + speaker + ', ' + role, stw))

# ---------- additions for blind10 ----------
def _build_lo(self, tagged=True):
    src = f'{D}/{self.id}.html'; open(src, 'w').write(self.html()); pdf = f'{D}/{self.id}.pdf'
    v = 'true' if tagged else 'false'
    subprocess.run(['soffice', '--headless', '--infilter=HTML (StarWriter)', '--convert-to',
                    'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"%s"}}' % v, '--outdir', D, src],
                   capture_output=True)
    self.finish(pdf)
HTML.build_lo = _build_lo

def typ_esc(s):
    out = []
    for c in s:
        if c in '\\#*_`$@<>[]~=-+/': out.append('\\' + c)
        elif c == NB: out.append('~')
        elif c == '"': out.append('\\"')
        elif c == "'": out.append('\u2019')
        else: out.append(c)
    return ''.join(out)

class Typ(Truth):
    """typst builder: content is written as typst markup; e() escapes text."""
    def __init__(self, *a, preamble=''):
        super().__init__(*a); self.buf = []; self.preamble = preamble
    def e(self, s): return typ_esc(s)
    def raw(self, s): self.buf.append(s)
    def build(self, tagged=True):
        import typst
        src = f'{D}/{self.id}.typ'; open(src, 'w').write(self.preamble + '\n' + ''.join(self.buf))
        pdf = f'{D}/{self.id}.pdf'
        typst.compile(src, output=pdf, pdf_tags=tagged, font_paths=['/usr/share/fonts/truetype'])
        self.finish(pdf)
