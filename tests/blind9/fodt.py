# Minimal flat-ODT writer for LibreOffice (headers/footers, headings, lists, tables, sections with columns)
from common import *
from xml.sax.saxutils import escape as X
class FODT(Truth):
    def __init__(self, *a, page=('21cm', '29.7cm'), margins='1.5cm', header=None, footer=None, font='DejaVu Sans', accent='#0b6e79', base='9pt'):
        super().__init__(*a); self.body = []; self.page = page; self.margins = margins; self.hdr = header; self.ftr = footer
        self.font = font; self.accent = accent; self.base = base; self.nt = 0; self.extra_styles = []
    def raw(self, s): self.body.append(s)
    def e(self, s): return X(s)
    def T(self, s): s = self.title(s); self.raw(f'<text:p text:style-name="Title">{X(s)}</text:p>')
    def h(self, s, level=1, style=None):
        s = self.heading(s, level); st = style or f'H{level}'
        self.raw(f'<text:h text:style-name="{st}" text:outline-level="{level}">{X(s)}</text:h>')
    def p(self, s, style='Body'): s = self.para(s); self.raw(f'<text:p text:style-name="{style}">{X(s)}</text:p>')
    def i(self, s, style='Small'): s = self.ign(s); self.raw(f'<text:p text:style-name="{style}">{X(s)}</text:p>')
    def cp(self, s, style='Small'): self.raw(f'<text:p text:style-name="{style}">{X(s)}</text:p>')
    def ul(self, items, num=False, style='Body'):
        ls = 'LNum' if num else 'LBul'
        out = [f'<text:list text:style-name="{ls}">']
        for it in items:
            if isinstance(it, tuple):
                t, sub = it; t = self.bullet(t, 1)
                out.append(f'<text:list-item><text:p text:style-name="{style}">{X(t)}</text:p><text:list>')
                for x in sub: out.append(f'<text:list-item><text:p text:style-name="{style}">{X(self.bullet(x, 2))}</text:p></text:list-item>')
                out.append('</text:list></text:list-item>')
            else: out.append(f'<text:list-item><text:p text:style-name="{style}">{X(self.bullet(it, 1))}</text:p></text:list-item>')
        out.append('</text:list>'); self.raw(''.join(out))
    def tab(self, header, rows, widths, ruled=True, caption=None, hstyle='TH', cstyle='TD'):
        header, rows = self.table(header, rows); self.nt += 1; n = self.nt
        tot = sum(widths)
        self.extra_styles.append(f'<style:style style:name="Tb{n}" style:family="table"><style:table-properties style:width="{tot}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.15cm"/></style:style>')
        for k, w in enumerate(widths):
            self.extra_styles.append(f'<style:style style:name="Tb{n}C{k}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
        out = [f'<table:table table:name="Table{n}" table:style-name="Tb{n}">']
        out += [f'<table:table-column table:style-name="Tb{n}C{k}"/>' for k in range(len(widths))]
        cs = 'CellR' if ruled else 'CellU'; hs = 'CellHR' if ruled else 'CellHU'
        if header:
            out.append('<table:table-header-rows>')
            for r in header: out.append('<table:table-row>' + ''.join(f'<table:table-cell table:style-name="{hs}" office:value-type="string"><text:p text:style-name="{hstyle}">{X(c)}</text:p></table:table-cell>' for c in r) + '</table:table-row>')
            out.append('</table:table-header-rows>')
        for r in rows: out.append('<table:table-row>' + ''.join(f'<table:table-cell table:style-name="{cs}" office:value-type="string"><text:p text:style-name="{cstyle}">{X(c)}</text:p></table:table-cell>' for c in r) + '</table:table-row>')
        out.append('</table:table>'); self.raw(''.join(out))
        if caption: self.i(caption, 'Caption')
    def q(self, text, speaker, role, open_='“', close='”'):
        text, speaker, role = self.quote(text, speaker, role)
        self.raw(f'<text:p text:style-name="Quote">{X(open_ + text + close)}</text:p><text:p text:style-name="QuoteBy">— {X(speaker)}, {X(role)}</text:p>')
    def section(self, cols, name):
        self.extra_styles.append(f'<style:style style:name="S{name}" style:family="section"><style:section-properties text:dont-balance-text-columns="false"><style:columns fo:column-count="{cols}" fo:column-gap="0.6cm"><style:column-sep style:width="0.02cm" style:color="#bbbbbb" style:height="100%" style:style="solid"/></style:columns></style:section-properties></style:style>')
        self.raw(f'<text:section text:style-name="S{name}" text:name="{name}">')
    def end_section(self): self.raw('</text:section>')
    def pagebreak(self): self.raw('<text:p text:style-name="Break"/>')
    def hf(self, parts):
        # parts: list of strings joined with a tab (left / right), plus optional page field
        out = []
        for s in parts:
            if s == '#PAGE': out.append('<text:page-number text:select-page="current">1</text:page-number>')
            elif s == '#COUNT': out.append('<text:page-count>2</text:page-count>')
            elif s == '\t': out.append('<text:tab/>')
            else: out.append(X(s))
        return ''.join(out)
    def xml(self):
        a = self.accent; f = self.font; b = self.base
        hdr = f'<style:header><text:p text:style-name="Header">{self.hf(self.hdr)}</text:p></style:header>' if self.hdr else ''
        ftr = f'<style:footer><text:p text:style-name="Footer">{self.hf(self.ftr)}</text:p></style:footer>' if self.ftr else ''
        pw, ph = self.page
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{X(self.t['title'])}</dc:title><dc:language>{self.lang}</dc:language></office:meta>
<office:font-face-decls><style:font-face style:name="{f}" svg:font-family="'{f}'"/><style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="{f}" fo:font-size="{b}" fo:language="{self.lang}" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm" fo:line-height="118%"/></style:style>
<style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Body"><style:text-properties fo:font-size="10.5pt" fo:font-style="italic" fo:color="#333333"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="7.5pt"/></style:style>
<style:style style:name="Kind" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="7.5pt" fo:font-weight="bold" fo:color="{a}" fo:letter-spacing="0.05cm"/></style:style>
<style:style style:name="Caption" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="7pt" fo:font-style="italic" fo:color="#666666"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties style:font-name="DejaVu Serif" fo:font-size="20pt" fo:font-weight="bold" fo:color="{a}"/></style:style>
<style:style style:name="H1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always" fo:padding-bottom="0.05cm" fo:border-bottom="0.04cm solid {a}"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="{a}"/></style:style>
<style:style style:name="H1C" style:family="paragraph" style:parent-style-name="H1" style:default-outline-level="1"><style:paragraph-properties fo:break-before="column"/></style:style>
<style:style style:name="H2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.18cm" fo:margin-bottom="0.06cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="#333333"/></style:style>
<style:style style:name="TH" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="THd" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:font-weight="bold"/></style:style>
<style:style style:name="TD" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Quote" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.6cm" fo:margin-right="0.6cm" fo:margin-top="0.2cm" fo:padding-left="0.25cm" fo:border-left="0.08cm solid {a}"/><style:text-properties style:font-name="DejaVu Serif" fo:font-size="10pt" fo:font-style="italic" fo:color="{a}"/></style:style>
<style:style style:name="QuoteBy" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.85cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="7.5pt"/></style:style>
<style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:border-bottom="0.02cm solid {a}" fo:padding-bottom="0.08cm"><style:tab-stops><style:tab-stop style:position="{float(pw[:-2]) - 2*float(self.margins[:-2]) - 0.01:.2f}cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="7pt" fo:color="#555555"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="{float(pw[:-2]) - 2*float(self.margins[:-2]) - 0.01:.2f}cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="7pt" fo:color="#555555"/></style:style>
<style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
<text:list-style style:name="LBul"><text:list-level-style-bullet text:level="1" text:bullet-char="■"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.35cm" fo:margin-left="0.45cm"/></style:list-level-properties><style:text-properties fo:color="{a}"/></text:list-level-style-bullet><text:list-level-style-bullet text:level="2" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.35cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="LNum"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.4cm" fo:margin-left="0.5cm"/></style:list-level-properties></text:list-level-style-number><text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.4cm" fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" fo:margin-top="{self.margins}" fo:margin-bottom="{self.margins}" fo:margin-left="{self.margins}" fo:margin-right="{self.margins}"/><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.3cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
<style:style style:name="CellR" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.02cm solid #999999"/></style:style>
<style:style style:name="CellHR" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:background-color="{a}" fo:border="0.02cm solid #999999"/></style:style>
<style:style style:name="CellU" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="none"/></style:style>
<style:style style:name="CellHU" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border-bottom="0.03cm solid #333333"/></style:style>
<style:style style:name="Shade" style:family="table-cell"><style:table-cell-properties fo:padding="0.2cm" fo:background-color="#e8f4f2" fo:border="none"/></style:style>
{''.join(self.extra_styles)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">{hdr}{ftr}</style:master-page></office:master-styles>
<office:body><office:text>{''.join(self.body)}</office:text></office:body></office:document>'''
    def build(self, tagged=True):
        src = f'{D}/{self.id}.fodt'; open(src, 'w').write(self.xml()); pdf = f'{D}/{self.id}.pdf'
        flt = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"%s"}}' % ('true' if tagged else 'false')
        r = subprocess.run(['soffice', '--headless', '--convert-to', flt, '--outdir', D, src], capture_output=True, text=True)
        if not os.path.exists(pdf): print(r.stdout, r.stderr)
        self.finish(pdf)
