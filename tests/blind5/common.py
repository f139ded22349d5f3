"""Shared helpers for blind5: each brochure script records the truth while it writes its source."""
import json, re, html, subprocess, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NB = '\u00a0'   # no-break space (before ":" and inside « »)
NN = '\u202f'   # narrow no-break space (before ; ? !)


def strip(x):
    x = re.sub(r'<br\s*/?>', ' ', x)
    x = re.sub(r'<[^>]+>', '', x)
    x = html.unescape(x)
    return re.sub(r'[ \t\n]+', ' ', x).strip()


def esc(x):
    return html.escape(x, quote=False)


TEXMAP = {'&': r'\&', '%': r'\%', '$': r'\$', '#': r'\#', '_': r'\_', '~': r'\textasciitilde{}',
          '^': r'\^{}', '\\': r'\textbackslash{}', '{': r'\{', '}': r'\}', NB: '~', NN: r'\,',
          '–': '--', '—': '---', '’': "'", '‘': '`', '“': '``', '”': "''", '«': r'\guillemotleft{}',
          '»': r'\guillemotright{}', '€': r'\texteuro{}', '¿': r'?`', '¡': r'!`', '·': r'\textperiodcentered{}',
          '→': r'$\rightarrow$', '•': r'\textbullet{}'}


def tex(x):
    return ''.join(TEXMAP.get(ch, ch) for ch in x)


class T:
    def __init__(self, id_, producer, family, content_family, lang):
        self.id = id_
        self.cur = None
        self.t = dict(id=id_, producer=producer, family=family, content_family=content_family, seed=0, pages=None,
                      title=None, headings=[], bullets=[], paragraphs=[], tables=[], furniture=[], quotes=[],
                      contacts=[], links=[], organizations=[], countries=[], years=[], themes=[], partnerships=[],
                      credits=[], ignore=[], language=lang)

    # ---- content (each returns the string given, so it can be used inline) ----
    def title(self, x):
        self.t['title'] = strip(x); return x

    def h(self, x, level=1, upper=False):
        s = strip(x); self.t['headings'].append(dict(text=s, level=level, upper=upper)); self.cur = s; return x

    def p(self, x):
        self.t['paragraphs'].append(strip(x)); return x

    def b(self, x, level=1):
        self.t['bullets'].append(dict(text=strip(x), level=level, heading=self.cur)); return x

    def table(self, header_rows, rows):
        self.t['tables'].append(dict(header_rows=[[strip(c) for c in r] for r in header_rows],
                                     rows=[[strip(c) for c in r] for r in rows]))
        return header_rows, rows

    def furn(self, *xs):
        for x in xs: self.t['furniture'].append(strip(x))
        return xs[0] if len(xs) == 1 else xs

    def quote(self, text, speaker, role):
        self.t['quotes'].append(dict(text=strip(text), speaker=speaker, role=role)); return text

    def contact(self, name, email, phone):
        self.t['contacts'].append(dict(name=name, email=email, phone=phone))

    def link(self, x):
        self.t['links'].append(x); return x

    def org(self, name, acronym=None):
        self.t['organizations'].append(dict(name=name, acronym=acronym, known_to_data=None))

    def orgs(self, *pairs):
        for pr in pairs:
            if isinstance(pr, str): self.org(pr)
            else: self.org(*pr)

    def countries(self, *codes):
        self.t['countries'] += list(codes)

    def ps(self, parties, instrument, year, end_year=None):
        assert instrument in ('programme', 'funding', 'memorandum_of_understanding', 'cooperation_agreement',
                              'letter_of_intent', 'partnership'), instrument
        self.t['partnerships'].append(dict(parties=list(parties), instrument=instrument, year=year, end_year=end_year))

    def ign(self, x):
        self.t['ignore'].append(strip(x)); return x

    def credit(self, x):
        self.t['credits'].append(strip(x)); return x

    # ---- output ----
    def _years(self):
        t = self.t; bag = [t['title'] or '']
        bag += [h['text'] for h in t['headings']] + [b['text'] for b in t['bullets']] + t['paragraphs']
        for tb in t['tables']:
            for r in tb['header_rows'] + tb['rows']: bag += r
        bag += t['furniture'] + [q['text'] for q in t['quotes']] + [q['role'] or '' for q in t['quotes']]
        bag += t['ignore'] + t['credits'] + t['links']
        ys = set()
        for s in bag:
            ys |= set(int(y) for y in re.findall(r'(?<!\d)((?:19|20)\d\d)(?!\d)', s))
        return sorted(ys)

    def save(self, pages):
        self.t['pages'] = pages
        self.t['years'] = self._years()
        for p in self.t['partnerships']:
            for y in (p['year'], p['end_year']):
                assert y is None or y in self.t['years'], (y, p)
        with open(os.path.join(HERE, self.id + '.truth.json'), 'w') as f:
            json.dump(self.t, f, ensure_ascii=False, indent=1)


def run(cmd, **kw):
    r = subprocess.run(cmd, shell=True, cwd=HERE, capture_output=True, text=True, **kw)
    if r.returncode: print(r.stdout[-3000:], r.stderr[-3000:])
    return r


def chromium(id_):
    run(f'chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf={id_}.pdf {id_}.html 2>/dev/null')


def soffice(id_, ext):
    opt = '\'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}\''
    run(f'soffice --headless --convert-to {opt} {id_}.{ext} >/dev/null 2>&1')


def pdflatex(id_):
    for _ in range(2):
        r = run(f'pdflatex -interaction=nonstopmode -halt-on-error {id_}.tex')
    for e in ('aux', 'log', 'out'):
        if os.path.exists(os.path.join(HERE, f'{id_}.{e}')): os.remove(os.path.join(HERE, f'{id_}.{e}'))


def finish(tr, pages):
    id_ = tr.id
    run(f'pdftotext {id_}.pdf {id_}.txt')
    tr.save(pages)
    r = run(f'python3 check.py {id_}; pdfinfo {id_}.pdf | grep -E "Tagged|Pages|Producer"')
    print(r.stdout)


def nohyph(doc):
    """Keep hyphenated compounds on one line (pdftotext drops a line-end hyphen)."""
    def fix(m):
        return re.sub(r'(\w+(?:-\w+)+)', r'<span style="white-space:nowrap">\1</span>', m.group(0))
    head, sep, body = doc.partition('<body')
    return head + sep + re.sub(r'>[^<]+<', fix, body)


# ---------------- flat ODT (LibreOffice) ----------------
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"')


def x(s):
    return html.escape(s, quote=False)


def fodt(path, title, lang, country, styles, auto, header, footer, body, font='Liberation Sans', size='10pt',
         margins=('14mm', '14mm', '20mm', '20mm'), first_header=None):
    """styles/auto: extra XML; header/footer: inner XML of <style:header>/<style:footer>."""
    mt, mb, ml, mr = margins
    fh = f'<style:header-first>{first_header}</style:header-first>' if first_header is not None else ''
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{x(title)}</dc:title><dc:language>{lang}-{country}</dc:language></office:meta>
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="{font}" fo:font-size="{size}" fo:language="{lang}" fo:country="{country}" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
{styles}
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="{mt}" fo:margin-bottom="{mb}" fo:margin-left="{ml}" fo:margin-right="{mr}"/>
<style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="6mm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="5mm"/></style:footer-style></style:page-layout>
{auto}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>{header}</style:header>{fh}<style:footer>{footer}</style:footer></style:master-page></office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
'''
    open(os.path.join(HERE, path), 'w').write(doc)


def pstyle(name, size=None, bold=False, italic=False, color=None, mt='0mm', mb='2mm', extra_p='', extra_t='', parent=None, outline=None, upper=False):
    disp = name.replace('_', ' ')
    tp = (f' fo:font-size="{size}"' if size else '') + (' fo:font-weight="bold"' if bold else '') + \
         (' fo:font-style="italic"' if italic else '') + (f' fo:color="{color}"' if color else '') + \
         (' fo:text-transform="uppercase"' if upper else '') + ' ' + extra_t
    par = f' style:parent-style-name="{parent}"' if parent else ''
    ol = f' style:default-outline-level="{outline}"' if outline else ''
    return (f'<style:style style:name="{name}" style:display-name="{disp}" style:family="paragraph"{par}{ol}>'
            f'<style:paragraph-properties fo:margin-top="{mt}" fo:margin-bottom="{mb}" {extra_p}/>'
            f'<style:text-properties{tp}/></style:style>')


def liststyle(name, chars=('•', '–'), color=None):
    out = f'<text:list-style style:name="{name}">'
    for i, ch in enumerate(chars, 1):
        ml = 5 * i
        out += (f'<text:list-level-style-bullet text:level="{i}" text:bullet-char="{ch}">'
                f'<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                f'<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="{ml}mm" fo:text-indent="-4mm" fo:margin-left="{ml}mm"/>'
                f'</style:list-level-properties>' + (f'<style:text-properties fo:color="{color}"/>' if color else '') +
                '</text:list-level-style-bullet>')
    return out + '</text:list-style>'


def numstyle(name):
    return (f'<text:list-style style:name="{name}"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="6mm" fo:text-indent="-6mm" fo:margin-left="6mm"/></style:list-level-properties></text:list-level-style-number>'
            '<text:list-level-style-bullet text:level="2" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="11mm" fo:text-indent="-4mm" fo:margin-left="11mm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>')


def cellstyle(name, border_bottom='none', bg=None, pad='1.2mm', border_top='none', box=None):
    b = f'fo:border="{box}"' if box else f'fo:border-bottom="{border_bottom}" fo:border-top="{border_top}" fo:border-left="none" fo:border-right="none"'
    return (f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties fo:padding="{pad}" {b}'
            + (f' fo:background-color="{bg}"' if bg else '') + '/></style:style>')


def tablestyle(name, width, cols):
    out = (f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{width}" table:align="left" fo:margin-top="1mm" fo:margin-bottom="2mm"/></style:style>')
    for i, w in enumerate(cols):
        out += f'<style:style style:name="{name}.{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>'
    return out


def otable(name, header, rows, cell_h, cell, ph, pc, ncols, pc_list=None):
    out = f'<table:table table:name="{name}" table:style-name="{name}">'
    for i in range(ncols): out += f'<table:table-column table:style-name="{name}.{i}"/>'
    if header:
        out += '<table:table-header-rows>'
        for r in header:
            out += '<table:table-row>' + ''.join(f'<table:table-cell table:style-name="{cell_h}" office:value-type="string"><text:p text:style-name="{ph}">{x(c)}</text:p></table:table-cell>' for c in r) + '</table:table-row>'
        out += '</table:table-header-rows>'
    for r in rows:
        out += '<table:table-row>' + ''.join(f'<table:table-cell table:style-name="{cell}" office:value-type="string"><text:p text:style-name="{(pc_list[j] if pc_list else pc)}">{x(c)}</text:p></table:table-cell>' for j, c in enumerate(r)) + '</table:table-row>'
    return out + '</table:table>'


def fr(s):
    """French typography: no-break space before ':' and inside « », narrow no-break space before ; ? !"""
    s = re.sub(r' :(?=\s|$)', NB + ':', s)
    s = re.sub(r' ([;?!])', NN + r'\1', s)
    s = s.replace('« ', '«' + NB).replace(' »', NB + '»')
    return s
