"""Score a BrochureRecord against a zoo truth dict: precision, recall and F1 per category.

Matching is tolerant of white space, typographic quotes and dashes, line-end hyphenation (hyphens
are ignored), leading heading numbers ("2.1"), and of case where the category is headings or the
title (printed in upper case by some designs); it is never tolerant of missing words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# the scored categories; score() also returns finer counts under "category@part" keys (organizations@unknown,
# partnerships@<phrasing family>) that eval reports apart and no average includes
CATEGORIES = ["title", "headings", "bullets", "paragraphs", "tables", "furniture", "quotes", "contacts", "links",
              "organizations", "countries", "years", "partnerships"]


def key(s: str | None, case: bool = True) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "")
    for a, b in (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("„", '"'), ("–", "-"), ("—", "-"), ("‑", "-"), ("‐", "-"), ("−", "-")):
        s = s.replace(a, b)
    s = re.sub(r"[\s\-]+", "", s)
    return s if case else s.lower()


NUM_RE = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+")


def heading_key(s):
    return key(NUM_RE.sub("", s or ""), case=False)


def quote_key(s):
    return key((s or "").strip().strip("\"'“”‘’«» ").strip(), case=True)


def url_key(u):
    u = (u or "").strip().rstrip(".,;)/").lower()
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", u)  # "www.ilo.org/x" (as printed) = "https://www.ilo.org/x"


class Counts:
    __slots__ = ("tp", "fp", "fn")

    def __init__(self, tp=0, fp=0, fn=0):
        self.tp, self.fp, self.fn = tp, fp, fn

    def add(self, o):
        self.tp += o.tp
        self.fp += o.fp
        self.fn += o.fn

    def prf(self):
        if self.tp + self.fp + self.fn == 0:
            return None
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": p, "r": r, "f1": f}

    def as_list(self):
        return [self.tp, self.fp, self.fn]


def multiset(pred, truth):
    """Counts of two multisets of keys."""
    pc, tc = Counter(k for k in pred if k), Counter(k for k in truth if k)
    tp = sum((pc & tc).values())
    return Counts(tp, sum(pc.values()) - tp, sum(tc.values()) - tp)


# ------------------------------------------------------------------ record accessors
def walk_sections(sections):
    for s in sections:
        yield s
        yield from walk_sections(s.subsections)


def record_parts(rec):
    secs = list(walk_sections(rec.sections))
    return {
        "headings": [(s.heading, s.level) for s in secs if s.heading],
        "bullets": [(b.text, b.level) for s in secs for b in s.bullets],
        "paragraphs": [p.text for s in secs for p in s.paragraphs],
    }


def match_organizations(orgs, torgs) -> tuple[dict[int, int], list[int]]:
    """(record body index -> truth body index, the record bodies that match none): each record body,
    in order, takes the first truth body not yet taken that has its name (or an alias) or its acronym,
    else the first whose name or acronym is one the brochure prints the record body under."""
    printed = {o.id: {key(m.text, False) for m in o.mentions} for o in orgs}
    matched: dict[int, int] = {}
    false: list[int] = []
    for index, o in enumerate(orgs):
        taken = set(matched.values())
        hit = None
        for i, t in enumerate(torgs):
            if i in taken:
                continue
            names = {key(n, False) for n in [t["name"]] + list(t.get("aliases", []))}
            if key(o.name, False) in names or (t.get("acronym") and o.acronym and key(o.acronym) == key(t["acronym"])):
                hit = i
                break
        for i, t in enumerate(torgs):
            if hit is not None:
                break
            if i not in taken and {key(n, False) for n in [t["name"], t.get("acronym") or ""] if n} & printed[o.id]:
                hit = i
        if hit is None:
            false.append(index)
        else:
            matched[index] = hit
    return matched, false


def kept_paragraphs(paragraphs, truth) -> list[str]:
    """The predicted ``paragraphs`` the scorer counts: not one the truth sets aside (a text that is not a
    truth paragraph but lies inside, or holds, one of its ``ignore`` or ``credits`` strings)."""
    truth_keys = {key(p) for p in truth["paragraphs"]}
    # in any case: a tagline or deck may be printed in capitals (CSS text-transform) and kept as written
    ignore = [key(s, case=False) for s in truth.get("ignore", []) + truth.get("credits", [])]
    kept = []
    for p in paragraphs:
        k, folded = key(p), key(p, case=False)
        if k not in truth_keys and k and any(folded in ig or ig in folded for ig in ignore if ig):
            continue
        kept.append(p)
    return kept


def score(rec, truth) -> dict[str, Counts]:
    parts = record_parts(rec)
    out: dict[str, Counts] = {}
    # title
    tt, pt = key(truth.get("title"), False), key(rec.title, False)
    out["title"] = Counts(int(bool(tt) and tt == pt), int(bool(pt) and tt != pt), int(bool(tt) and tt != pt))
    out["headings"] = multiset([f"{heading_key(h)}|{lv}" for h, lv in parts["headings"]],
                               [f"{heading_key(h['text'])}|{h['level']}" for h in truth["headings"]])
    out["bullets"] = multiset([f"{key(t)}|{lv}" for t, lv in parts["bullets"]],
                              [f"{key(b['text'])}|{b['level']}" for b in truth["bullets"]])
    # paragraphs: a predicted paragraph that is other truth (a contact line, a link, a caption, a credit) is not counted
    out["paragraphs"] = multiset([key(p) for p in kept_paragraphs(parts["paragraphs"], truth)],
                                 [key(p) for p in truth["paragraphs"]])

    def row_key(r):
        return "|".join(key(c or "") for c in r)

    out["tables"] = multiset([row_key(r) for t in rec.tables for r in list(t.header_rows) + list(t.rows)],
                             [row_key(r) for t in truth["tables"] for r in t["header_rows"] + t["rows"]])
    # furniture: truth furniture set apart (tp), content set apart (fp), furniture not set apart (fn),
    # and furniture kept as content as well (an extra fp each)
    tf = [key(f, False) for f in truth["furniture"]]
    pf = [key(f.text, False) for f in rec.furniture]
    c = multiset(pf, tf)
    content_keys = {key(t, False) for t, _ in parts["bullets"]} | {key(p, False) for p in parts["paragraphs"]} | \
                   {heading_key(h) for h, _ in parts["headings"]}
    c.fp += sum(1 for f in set(tf) if f in content_keys)
    out["furniture"] = c
    out["quotes"] = multiset([f"{quote_key(q.text)}|{key(q.speaker, False)}" for q in rec.quotes],
                             [f"{quote_key(q['text'])}|{key(q['speaker'], False)}" for q in truth["quotes"]])

    def contact_items(cs, get):
        items = []
        for c in cs:
            n, e, p = get(c)
            if n:
                items.append("n:" + key(n, False))
            if e:
                items.append("e:" + e.strip().lower())
            if p:
                items.append("p:" + re.sub(r"\D", "", p))
        return items

    out["contacts"] = multiset(contact_items(rec.contacts, lambda c: (c.name, c.email, c.phone)),
                               contact_items(truth["contacts"], lambda c: (c["name"], c["email"], c["phone"])))
    out["links"] = multiset(list({url_key(ln.url) for ln in rec.links}), list({url_key(u) for u in truth["links"]}))
    # organizations: a predicted one matches a truth one by name (or a name it was also printed under:
    # "Ministry of Labour of Ghana" = "Ghana Ministry of Labour") or acronym
    # ... or, failing that, by a name it is printed under in the brochure (its mentions: "OIT" and
    # "Organisation internationale du Travail" are the ILO's, whose record name is the canonical one)
    torgs = truth["organizations"]
    orgs = rec.entities.organizations
    matches, false = match_organizations(orgs, torgs)
    matched = set(matches.values())
    fp = len(false)
    fp_unknown = sum(not orgs[index].known for index in false)
    # ... and a truth body the record names as a unit of one of its bodies ("ILO Country Office for
    # Nepal", a unit of the ILO): the record keeps an office as a unit of its body (DESIGN.md), blind
    # writers list it apart as well; it matches without taking the body's own match
    units = {key(u, False) for o in rec.entities.organizations for u in o.units}
    matched |= {i for i, t in enumerate(torgs) if i not in matched and key(t["name"], False) in units}
    out["organizations"] = Counts(len(matched), fp, len(torgs) - len(matched))
    # apart: the bodies the data files do not list (a prediction marked known: false that matches nothing is their fp)
    unknown = [i for i, t in enumerate(torgs) if t.get("known_to_data") is False]
    hits = sum(1 for i in unknown if i in matched)
    out["organizations@unknown"] = Counts(hits, fp_unknown, len(unknown) - hits)
    out["countries"] = multiset(list({c.iso_alpha2 for c in rec.entities.countries}), list(set(truth["countries"])))
    out["years"] = multiset(list({str(y.value) for y in rec.entities.years}), list({str(y) for y in truth["years"]}))

    used = matched_partnerships(rec.partnerships, rec.entities.organizations, truth, rec.entities.countries)
    tp = len(used)
    tps = truth["partnerships"]
    out["partnerships"] = Counts(tp, len(rec.partnerships) - tp, len(tps) - tp)
    # recall by phrasing family ("signed", "multi-party", "through-donor", "table-row", ...): a wrong
    # prediction belongs to no family, so these have no false positives
    for i, p in enumerate(truth["partnerships"]):
        c = out.setdefault(f"partnerships@{p.get('phrasing', 'unrecorded')}", Counts())
        if i in used:
            c.tp += 1
        else:
            c.fn += 1
    return out


# a government named by its country ("Government of Canada", "gouvernement de la Norvège", "Gobierno de Noruega"):
# the record's contract writes it as the country (a party ``country:XX``), blind writers as the body
_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?(?:government|gouvernement|gobierno|kingdom|royaume|reino)\s+(?:of|du|des|de)\s+"
                            r"(?:the\s+|la\s+|l'|los\s+|las\s+)?", re.IGNORECASE)

# a truth instrument that names only the kind ("partnership": blind4 on write every partnership agreement and
# public-private partnership so) is matched by the finer instruments of that kind
INSTRUMENTS_OF_KIND = {"partnership": frozenset({"partnership", "partnership_agreement", "public_private_partnership"})}


def instrument_matches(truth_instrument: str, predicted: str) -> bool:
    """A predicted instrument matches the truth's: the same, or a finer one of the kind the truth names."""
    return predicted == truth_instrument or predicted in INSTRUMENTS_OF_KIND.get(truth_instrument, ())


def country_keys(countries) -> dict[str, str]:
    """The key of every name a record prints a country under -> the key of its party ``country:XX``."""
    return {key(m.text, False): key(f"country:{c.iso_alpha2}", False) for c in countries for m in c.mentions}


def party_keys(names, torgs, countries: dict[str, str] | None = None) -> set[str]:
    """The truth keys of party names: a body's name, other printed names and acronym are one party; with
    ``countries`` (country_keys), a name that is a printed country's, or its government's, is that country."""
    ks = set()
    for n in names:
        k = key(n, False)
        for t in torgs:
            if k in {key(x, False) for x in [t["name"], t.get("acronym") or ""] + list(t.get("aliases", []))}:
                k = key(t["name"], False)
        if countries:
            bare = key(_GOVERNMENT_OF.sub("", unicodedata.normalize("NFKC", n).replace("\u2019", "'").strip()), False)
            k = countries.get(bare, k)
        ks.add(k)
    return ks


def predicted_party_names(party, printed_names: dict[str, list[str]]) -> set[str]:
    """The names a predicted party may match by: its acronym, name, the brochure's printed names of
    it, and ``country:XX`` for a country (or an agency standing for it)."""
    names = {party.acronym or party.name, party.name, *printed_names.get(party.ref, ())}
    if party.iso_alpha2:  # a country standing for its government ("The Government of Norway has funded ...")
        names.add(f"country:{party.iso_alpha2}")
    return names


def matched_partnerships(partnerships, organizations, truth, countries=()) -> set[int]:
    """Indexes of the truth partnerships the predicted ones match: same instrument (or a finer one of the
    truth's kind), same year when the truth has one, every truth party among the predicted ones (each
    prediction matches one); ``countries``: the record's, a government named by its country is the country."""
    torgs = truth["organizations"]
    printed_names = {o.id: [m.text for m in o.mentions] for o in organizations}
    by_country = country_keys(countries)
    tps = [(party_keys(p["parties"], torgs, by_country), p["instrument"], p.get("year")) for p in truth["partnerships"]]
    used: set[int] = set()
    for pp in partnerships:
        names = set()
        for party in pp.parties:
            names |= predicted_party_names(party, printed_names)
        pk = party_keys(names, torgs, by_country)
        for i, (tk, inst, yr) in enumerate(tps):
            if i not in used and instrument_matches(inst, pp.instrument) and (yr is None or yr == pp.year) and tk <= pk:
                used.add(i)
                break
    return used


def f1s(counts: dict[str, Counts]) -> dict[str, float | None]:
    return {c: (counts[c].prf() or {}).get("f1") for c in CATEGORIES}


def record_from_truth(truth):
    """A BrochureRecord that says exactly what the truth says (for the scorer's own tests)."""
    from pipeline import record as R

    secs: list = []
    n = 0

    def bid():
        nonlocal n
        n += 1
        return f"b{n}"

    by_heading = {}
    for h in truth["headings"]:
        s = R.Section(id=bid(), heading=h["text"].upper() if h.get("upper") else h["text"], level=h["level"])
        by_heading.setdefault(h["text"], s)
        if h["level"] > 1 and secs:
            secs[-1].subsections.append(s)
        else:
            secs.append(s)
    if not secs:
        secs.append(R.Section(id=bid(), heading=None))
    for b in truth["bullets"]:
        by_heading.get(b.get("heading"), secs[0]).bullets.append(R.Bullet(id=bid(), text=b["text"], marker="•", level=b["level"]))
    for p in truth["paragraphs"]:
        secs[0].paragraphs.append(R.Paragraph(id=bid(), text=p))
    orgs = [R.Organization(id=f"org:o{i}", name=o["name"], acronym=o.get("acronym"), known=bool(o.get("known_to_data")))
            for i, o in enumerate(truth["organizations"])]
    org_by = {}
    for o in orgs:
        org_by[o.name] = o
        if o.acronym:
            org_by[o.acronym] = o
    parts = []
    for p in truth["partnerships"]:
        parties = [R.Party(ref=org_by[x].id, name=org_by[x].name, acronym=org_by[x].acronym) if x in org_by
                   else R.Party(ref=x, name=x[8:], iso_alpha2=x[8:]) if x.startswith("country:")
                   else R.Party(ref="org:x", name=x) for x in p["parties"]]
        parts.append(R.Partnership(id=bid(), instrument=p["instrument"], parties=parties, year=p.get("year"),
                                   evidence=[R.Evidence(block="b1", text="")]))
    return R.BrochureRecord(
        record_id="brochure:sha256:" + "0" * 64,
        source=R.SourceInfo(path=truth["id"], media_type="application/pdf", sha256="0" * 64, size_bytes=0),
        title=truth["title"], sections=secs,
        quotes=[R.Quote(id=bid(), text=q["text"], speaker=q["speaker"]) for q in truth["quotes"]],
        contacts=[R.Contact(id=bid(), text=c["name"], name=c["name"], email=c["email"], phone=c["phone"]) for c in truth["contacts"]],
        links=[R.Link(id=bid(), url=u) for u in truth["links"]],
        tables=[R.Table(id=bid(), header_rows=t["header_rows"], rows=t["rows"]) for t in truth["tables"]],
        furniture=[R.FurnitureLine(text=f) for f in truth["furniture"]],
        entities=R.Entities(organizations=orgs,
                            countries=[R.Country(name=c, iso_alpha2=c, iso_alpha3="XXX") for c in truth["countries"]],
                            years=[R.YearEntity(value=y) for y in truth["years"]]),
        partnerships=parts, extractor=R.Extractor(version="0"))
