"""Shared helpers: each helper emits markup AND records the truth, so the two cannot drift."""
import html, json, re, subprocess, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))


class Truth:
    def __init__(self, id, producer, design, topic):
        self.d = dict(id=id, producer=producer, family="blind-" + design, content_family=topic,
                      seed=0, title="", headings=[], bullets=[], paragraphs=[], tables=[],
                      furniture=[], quotes=[], contacts=[], links=[], organizations=[],
                      countries=[], years=[], themes=[], partnerships=[], credits=[], ignore=[], pages=0)
        self.cur = None
        self.texts = []  # content strings for year extraction
        self.fmt = "html"

    # ---------- recording ----------
    def _txt(self, s):
        self.texts.append(s)
        return s

    def title(self, s):
        self.d["title"] = self._txt(s)
        return self.esc(s)

    def head(self, s, level=1, upper=False):
        self.d["headings"].append(dict(text=self._txt(s), level=level, upper=upper))
        self.cur = s
        return self.esc(s)

    def para(self, s):
        self.d["paragraphs"].append(self._txt(s))
        return self.esc(s)

    def bullet(self, s, level=1):
        self.d["bullets"].append(dict(text=self._txt(s), level=level, heading=self.cur))
        return self.esc(s)

    def table(self, rows, header_rows=1):
        for r in rows:
            for c in r:
                self._txt(c)
        self.d["tables"].append(dict(header_rows=header_rows, rows=rows))

    def quote(self, text, speaker, role):
        self.d["quotes"].append(dict(text=self._txt(text), speaker=speaker, role=role))
        self._txt(speaker); self._txt(role)

    def contact(self, name, email, phone):
        self.d["contacts"].append(dict(name=name, email=email, phone=phone))
        self._txt(name)

    def link(self, url):
        self.d["links"].append(url)
        return url

    def ign(self, s):
        self.d["ignore"].append(s)
        self._txt(s)
        return self.esc(s)

    def credit(self, s):
        self.d["credits"].append(s)
        return self.esc(s)

    def furn(self, s):
        if s not in self.d["furniture"]:
            self.d["furniture"].append(s)
        return self.esc(s)

    def orgs(self, *pairs):
        for p in pairs:
            name, acr = (p, None) if isinstance(p, str) else p
            self.d["organizations"].append(dict(name=name, acronym=acr, known_to_data=None))

    def countries(self, *codes):
        self.d["countries"] = list(codes)

    def partner(self, parties, instrument, year):
        self.d["partnerships"].append(dict(parties=list(parties), instrument=instrument, year=year))

    def esc(self, s):
        if self.fmt == "html":
            return html.escape(s, quote=False)
        if self.fmt == "latex":
            rep = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
                   "~": r"\textasciitilde{}", "'": r"\textquotesingle{}", "^": r"\^{}", "\\": r"\textbackslash{}"}
            return "".join(rep.get(ch, ch) for ch in s)
        if self.fmt == "rl":
            return html.escape(s, quote=False)
        return s

    # ---------- output ----------
    def finish(self, pdf):
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True,
                                                                 text=True).stdout).group(1))
        self.d["pages"] = pages
        yrs = set()
        for s in self.texts:
            for m in re.finditer(r"(?<![\d,.])(19[5-9]\d|20[0-4]\d)(?!\d|,\d)", s):
                yrs.add(int(m.group(1)))
        self.d["years"] = sorted(yrs)
        base = pdf[:-4]
        subprocess.run(["pdftotext", pdf, base + ".txt"], check=True)
        with open(base + ".truth.json", "w") as f:
            json.dump(self.d, f, ensure_ascii=False, indent=1)
        return check(base)


def norm(s):
    return re.sub(r"\s+", "", s)


def check(base):
    d = json.load(open(base + ".truth.json"))
    raw = open(base + ".txt").read()
    raw0 = norm(raw)
    furn = set(d["furniture"]) | set(d["credits"])
    raw = "\n".join(l for l in raw.split("\n") if l.strip() not in furn and not l.startswith("\f") or l.strip("\f").strip() not in furn)
    raw = "\n".join(l.lstrip("\f") if l.lstrip("\f").strip() not in furn else "" for l in raw.split("\n"))
    t1 = norm(raw)
    t2 = norm(re.sub(r"-\n\s*", "", raw))
    bad = []

    def chk(s, what):
        if s is None or s == "":
            return
        n = norm(s)
        if n not in t1 and n not in t2:
            if n.replace("-", "") in t1.replace("-", ""):
                print("   (note: matched only with hyphens ignored)", what, s[:50])
            else:
                bad.append((what, s))

    chk(d["title"], "title")
    for h in d["headings"]: chk(h["text"], "heading")
    for b in d["bullets"]: chk(b["text"], "bullet")
    for p in d["paragraphs"]: chk(p, "para")
    for t in d["tables"]:
        for r in t["rows"]:
            for c in r:
                for w in c.split():
                    chk(w, "cell")
    for q in d["quotes"]:
        chk(q["text"], "quote"); chk(q["speaker"], "speaker"); chk(q["role"], "role")
    for c in d["contacts"]:
        for k in ("name", "email", "phone"): chk(c[k], "contact")
    for l in d["links"]: chk(l, "link")
    for o in d["organizations"]:
        chk(o["name"], "org"); chk(o["acronym"], "acr")
    for y in d["years"]: chk(str(y), "year")
    for f in d["furniture"] + d["credits"]:
        if norm(f) not in raw0: bad.append(("furn/credit", f))
    for i in d["ignore"]: chk(i, "ignore")
    for p in d["partnerships"]:
        for x in p["parties"]: chk(x, "party")
    size = os.path.getsize(base + ".pdf")
    print(f"{os.path.basename(base)}: pages={d['pages']} size={size//1024}kB years={d['years']} "
          f"problems={len(bad)}")
    for b in bad:
        print("   MISSING", b)
    return not bad


def chromium(htmlfile, pdf):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", htmlfile], check=True, capture_output=True)
