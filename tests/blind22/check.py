import json, re, subprocess, sys, os
def norm(s): return re.sub(r'\s+', '', s)
def check(id_):
    t = json.load(open(f'{id_}.truth.json'))
    raw = open(f'{id_}.txt').read()
    pages = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', f'{id_}.pdf'], capture_output=True, text=True).stdout).group(1))
    txt = norm(raw); txt2 = norm(re.sub(r'-\n', '', raw)); low = txt.lower() + txt2.lower()
    bad = []
    def need(s, ci=False, what=''):
        if s is None or s == '': return
        s = str(s); n = norm(s)
        if n in txt or n in txt2: return
        if ci and n.lower() in low: return
        bad.append((what, s))
    need(t['title'], True, 'title')
    for h in t['headings']: need(h['text'], True, 'heading')
    for b in t['bullets']: need(b['text'], False, 'bullet'); need(b['heading'], True, 'bullet.heading')
    for p in t['paragraphs']: need(p, False, 'para')
    for tb in t['tables']:
        for r in tb['header_rows'] + tb['rows']:
            for c in r:
                for w in c.split(): need(w, False, 'cell:' + c)
    for f in t['furniture']: need(f, False, 'furniture')
    for q in t['quotes']: need(q['text'], False, 'quote'); need(q['speaker'], False, 'speaker'); need(q['role'], False, 'role')
    for c in t['contacts']: need(c['name'], False, 'cname'); need(c['email'], False, 'email'); need(c['phone'], False, 'phone')
    for l in t['links']: need(l, False, 'link')
    for o in t['organizations']: need(o['name'], False, 'org'); need(o['acronym'], False, 'acr')
    for y in t['years']: need(str(y), False, 'year')
    for p in t['partnerships']:
        for x in p['parties']: need(x, False, 'party')
        if p['year']: need(str(p['year']), False, 'pyear')
    for c in t.get('credits', []): need(c, False, 'credit')
    for c in t.get('ignore', []): need(c, False, 'ignore')
    # years in text
    found = set(int(y) for y in re.findall(r'(?<!\d)((?:19|20)\d\d)(?!\d)', raw))
    missing_years = found - set(t['years'])
    if t['pages'] != pages: bad.append(('pages', f"truth {t['pages']} pdf {pages}"))
    print(id_, 'pages', pages, 'size', os.path.getsize(f'{id_}.pdf'), 'OK' if not bad else 'BAD')
    for b in bad: print('   MISSING', b)
    if missing_years: print('   years in text not in truth (check furniture/urls):', sorted(missing_years))
if __name__ == '__main__':
    for a in sys.argv[1:]: check(a)
