# ruff: noqa: E501  (a bank of sentences and page templates: long lines read better unbroken)
"""The content model of the brochure zoo: a bank of ILO brochure material, written for the zoo.

Nothing here is copied from samples/ or a seed corpus. ``compose(rng)`` draws one brochure's
content (an abstract document: title, sections of blocks) and the entity truth that goes with it.
Every string of the truth is a string the document prints.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- countries: iso2, UN name, common name
COUNTRIES = {
    "VN": ("Viet Nam", "Vietnam"),
    "LA": ("Lao People's Democratic Republic", "Lao PDR"),
    "KH": ("Cambodia", "Cambodia"),
    "ID": ("Indonesia", "Indonesia"),
    "PH": ("Philippines", "the Philippines"),
    "BD": ("Bangladesh", "Bangladesh"),
    "NP": ("Nepal", "Nepal"),
    "LK": ("Sri Lanka", "Sri Lanka"),
    "KE": ("Kenya", "Kenya"),
    "TZ": ("United Republic of Tanzania", "Tanzania"),
    "UG": ("Uganda", "Uganda"),
    "ET": ("Ethiopia", "Ethiopia"),
    "GH": ("Ghana", "Ghana"),
    "CI": ("Côte d'Ivoire", "Ivory Coast"),
    "SN": ("Senegal", "Senegal"),
    "ZM": ("Zambia", "Zambia"),
    "MZ": ("Mozambique", "Mozambique"),
    "JO": ("Jordan", "Jordan"),
    "LB": ("Lebanon", "Lebanon"),
    "BO": ("Plurinational State of Bolivia", "Bolivia"),
    "PE": ("Peru", "Peru"),
    "CO": ("Colombia", "Colombia"),
    "HN": ("Honduras", "Honduras"),
    "MD": ("Republic of Moldova", "Moldova"),
    "UZ": ("Uzbekistan", "Uzbekistan"),
    "KR": ("Republic of Korea", "South Korea"),
    "FJ": ("Fiji", "Fiji"),
    "WS": ("Samoa", "Samoa"),
    "TL": ("Timor-Leste", "East Timor"),
    "MM": ("Myanmar", "Burma"),
}

# donor countries: named as donors ("Switzerland, through SECO"), not as places the programme works in
DONOR_COUNTRIES = {
    "CH": ("Switzerland", "Switzerland"),
    "SE": ("Sweden", "Sweden"),
    "NO": ("Norway", "Norway"),
    "DK": ("Denmark", "Denmark"),
    "JP": ("Japan", "Japan"),
    "IE": ("Ireland", "Ireland"),
    "NL": ("Netherlands", "the Netherlands"),
    "FI": ("Finland", "Finland"),
}
COUNTRIES.update(DONOR_COUNTRIES)

# UN names that take "the" in running text
NEEDS_THE = {"Lao People's Democratic Republic", "Philippines", "United Republic of Tanzania", "Plurinational State of Bolivia",
             "Republic of Moldova", "Republic of Korea", "Netherlands"}

REGIONS = {
    "asia": {"name": "Asia and the Pacific", "countries": ["VN", "LA", "KH", "ID", "PH", "BD", "NP", "LK", "FJ", "WS", "TL", "KR"],
             "office": "ILO Regional Office for Asia and the Pacific", "city": "Bangkok", "cc": "+66 2"},
    "africa": {"name": "Africa", "countries": ["KE", "TZ", "UG", "ET", "GH", "CI", "SN", "ZM", "MZ"],
               "office": "ILO Regional Office for Africa", "city": "Abidjan", "cc": "+225 27"},
    "arab": {"name": "the Arab States", "countries": ["JO", "LB"], "office": "ILO Regional Office for Arab States",
             "city": "Beirut", "cc": "+961 1"},
    "americas": {"name": "Latin America and the Caribbean", "countries": ["BO", "PE", "CO", "HN"],
                 "office": "ILO Regional Office for Latin America and the Caribbean", "city": "Lima", "cc": "+51 1"},
    "europe": {"name": "Europe and Central Asia", "countries": ["MD", "UZ"], "office": "ILO Regional Office for Europe and Central Asia",
               "city": "Geneva", "cc": "+41 22"},
}

# ---------------------------------------------------------------- organizations
# key: (name, acronym or None (printed without one), kind). Whether the pipeline's data knows a body is
# not guessed here: known_to_data() looks it up in pipeline/data/organizations.json.
ORGS = {
    "ilo": ("International Labour Organization", "ILO", "un_agency"),
    "ilc": ("International Labour Conference", None, "un_agency"),
    "undp": ("United Nations Development Programme", "UNDP", "un_agency"),
    "unicef": ("United Nations Children's Fund", "UNICEF", "un_agency"),
    "unwomen": ("United Nations Entity for Gender Equality and the Empowerment of Women", "UN Women", "un_agency"),
    "iom": ("International Organization for Migration", "IOM", "un_agency"),
    "fao": ("Food and Agriculture Organization of the United Nations", "FAO", "un_agency"),
    "unhcr": ("Office of the United Nations High Commissioner for Refugees", "UNHCR", "un_agency"),
    "wb": ("World Bank", None, "development_bank"),
    "afdb": ("African Development Bank", "AfDB", "development_bank"),
    "adb": ("Asian Development Bank", "ADB", "development_bank"),
    "idb": ("Inter-American Development Bank", "IDB", "development_bank"),
    "eu": ("European Union", "EU", "regional_body"),
    "asean": ("Association of Southeast Asian Nations", "ASEAN", "regional_body"),
    "au": ("African Union", "AU", "regional_body"),
    "sida": ("Swedish International Development Cooperation Agency", "Sida", "donor_agency"),
    "giz": ("Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ", "donor_agency"),
    "norad": ("Norwegian Agency for Development Cooperation", "Norad", "donor_agency"),
    "ituc": ("International Trade Union Confederation", "ITUC", "workers_organization"),
    "ioe": ("International Organisation of Employers", "IOE", "employers_organization"),
    "ica": ("International Cooperative Alliance", "ICA", "ngo"),
    # less known ones, found (if at all) by pattern
    "fke": ("Federation of Kenya Employers", "FKE", "employers_organization"),
    "vgcl": ("Viet Nam General Confederation of Labour", "VGCL", "workers_organization"),
    "molisa": ("Ministry of Labour, Invalids and Social Affairs", "MOLISA", "government"),
    "mtef": ("Mekong Textile Exporters Forum", "MTEF", "employers_organization"),
    "pwn": ("Pacific Women's Network for Decent Work", "PWNDW", "ngo"),
    "acwf": ("Andean Coalition of Women Farmers", None, "ngo"),
    "ssf": ("Sahel Skills Foundation", "SSF", "ngo"),
    "gcwu": ("Ghana Construction Workers Union", "GCWU", "workers_organization"),
    "jdwa": ("Jordanian Domestic Workers Association", None, "workers_organization"),
    "ecs": ("East Africa Cooperative Society Network", "EACSN", "ngo"),
    "mdfo": ("Moldovan Fund for Occupational Safety", "MFOS", "other"),
    "nssa": ("National Social Security Agency", "NSSA", "government"),
    "tvet": ("Council for Technical and Vocational Education and Training", "CTVET", "government"),
    "gfa": ("Green Futures Alliance", None, "ngo"),
    "hsbc": ("Harbour Seafood Company Limited", None, "company"),
    # apostrophes and country adjectives inside the name
    "fwaeo": ("Federation of West African Employers' Organisations", "FWAEO", "employers_organization"),
    "kwwa": ("Kenyan Women Workers' Association", None, "workers_organization"),
    "vgea": ("Vietnamese Garment Employers' Association", "VGEA", "employers_organization"),
    "pdwu": ("Peruvian Domestic Workers' Union", None, "workers_organization"),
    "nmwt": ("Nepali Migrant Workers' Welfare Trust", "NMWWT", "ngo"),
    "bfcu": ("Bolivian Federation of Cooperative Miners", None, "workers_organization"),
    # companies without acronyms
    "sunrise": ("Sunrise Garments Ltd", None, "company"),
    "kilitea": ("Kilimanjaro Tea Estates Limited", None, "company"),
    "andsolar": ("Andes Solar Power SA", None, "company"),
    "bluewater": ("Bluewater Logistics Inc.", None, "company"),
    "mekcashew": ("Mekong Cashew Processing Company", None, "company"),
    "lumen": ("Lumen Digital Group", None, "company"),
    # agreement bodies
    "accord": ("Accord on Safe Workplaces in the Garment Industry", None, "other"),
    "compact": ("Compact for Decent Work in Coffee Supply Chains", None, "other"),
    # local NGOs
    "fowc": ("Friends of Working Children", None, "ngo"),
    "hdw": ("Hope for Domestic Workers", None, "ngo"),
    "ksvc": ("Kampala Street Vendors' Collective", None, "ngo"),
    "wiser": ("Women in Informal Services Empowerment Resource Centre", "WISER", "ngo"),
    # city councils
    "ama": ("Accra Metropolitan Assembly", "AMA", "government"),
    "mck": ("Municipal Council of Kisumu", None, "government"),
    "qcc": ("Quezon City Council", None, "government"),
    "lmm": ("Lima Metropolitan Municipality", None, "government"),
    # schools
    "sjts": ("St. Joseph's Technical School", None, "other"),
    "mvc": ("Mekong Vocational College", None, "other"),
    "dit": ("Dar es Salaam Institute of Technology", "DIT", "other"),
    "apex": ("Apex Polytechnic for Renewable Energy", None, "other"),
    # donor agencies (named with their country: "Switzerland, through SECO")
    "seco": ("State Secretariat for Economic Affairs", "SECO", "donor_agency"),
    "koica": ("Korea International Cooperation Agency", "KOICA", "donor_agency"),
    "danida": ("Danish International Development Agency", "Danida", "donor_agency"),
    "jica": ("Japan International Cooperation Agency", "JICA", "donor_agency"),
    "irishaid": ("Irish Aid", None, "donor_agency"),
}

# kinds of partner a sentence may ask for (keys of ORGS)
LOCAL_PARTNERS = ["kwwa", "pdwu", "nmwt", "bfcu", "fowc", "hdw", "ksvc", "wiser", "ama", "mck", "qcc", "lmm", "sjts", "mvc", "dit",
                  "apex", "acwf", "ssf", "gcwu", "jdwa", "ecs", "gfa"]
COMPANIES = ["sunrise", "kilitea", "andsolar", "bluewater", "mekcashew", "lumen", "hsbc"]
# donor: (ISO of the country, agency key)
DONORS = [("CH", "seco"), ("SE", "sida"), ("NO", "norad"), ("KR", "koica"), ("DK", "danida"), ("JP", "jica"), ("IE", "irishaid"),
          ("NL", None), ("FI", None)]
# ministries are named by their country, in either order ("Ministry of Labour of Ghana", "Ghana Ministry of Labour")
MINISTRY_PORTFOLIOS = [("Labour and Employment", "MoLE"), ("Labour and Social Protection", "MLSP"), ("Employment and Labour Relations", None),
                       ("Labour, Employment and Social Security", None), ("Foreign Affairs", None), ("Women and Social Affairs", None)]


def _norm_org(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("’", "'")).strip().lower()


_DATA_NAMES: set[str] | None = None


def known_to_data(name: str, acronym: str | None) -> bool:
    """Whether pipeline/data/organizations.json names this body (by name, alias or acronym)."""
    global _DATA_NAMES
    if _DATA_NAMES is None:
        import json
        from pathlib import Path

        data = json.loads((Path(__file__).resolve().parents[2] / "pipeline" / "data" / "organizations.json").read_text(encoding="utf-8"))
        _DATA_NAMES = set()
        for o in data["organizations"]:
            _DATA_NAMES.add(_norm_org(o["name"]))
            _DATA_NAMES.update(_norm_org(a) for a in o.get("aliases", []))
            if o.get("acronym"):
                _DATA_NAMES.add("acr:" + o["acronym"].lower())
    # by name or alias only: an acronym alone may belong to another body in the data
    return _norm_org(name) in _DATA_NAMES


# ---------------------------------------------------------------- topics
# Each topic: title patterns, theme ids (pipeline/data/themes.json), paragraph and bullet material.
# {C} a country of the brochure, {R} the region, {Y} a year, {O:key} an organization, {P} a partner organization.
TOPICS = {
    "social-protection": {
        "themes": ["social-protection", "social-protection-floors"],
        "titles": ["Extending Social Protection in {C}", "Social Protection for All in {R}", "Building Social Protection Floors"],
        "paras": [
            "Only {N} per cent of workers in {C} are covered by at least one social protection benefit. Most of the others work in the informal economy and have no income when they fall ill, lose their job or grow old.",
            "Since {Y}, the {O:ilo} has supported the government of {C} in designing a national social protection floor that guarantees basic income security and access to essential health care.",
            "A social protection floor is affordable: studies carried out in {Y} show that a universal child benefit would cost less than {N2} per cent of gross domestic product.",
            "The {O:nssa} now registers self-employed workers through a mobile application, and contributions can be paid in small amounts every month.",
        ],
        "bullets": ["Extend coverage to workers in the informal economy", "Design a universal child benefit",
                    "Strengthen the administration of social security schemes", "Improve the financing of health protection",
                    "Link cash transfers to employment services", "Train staff of social security institutions"],
        "heads": ["Why social protection matters", "What we do", "Results so far", "The way forward", "Key facts"],
    },
    "youth-employment": {
        "themes": ["youth-employment", "skills-development"],
        "titles": ["Decent Jobs for Young People in {C}", "Youth Employment in {R}", "Skills and Jobs for Youth"],
        "paras": [
            "One young person in five in {C} is neither in employment nor in education or training. Young women are twice as likely as young men to be out of work.",
            "Between {Y} and {Y2}, the programme trained {N}00 young people in trades such as solar installation, motorcycle repair and food processing.",
            "The {O:tvet} works with employers to update curricula so that what is taught matches the skills that enterprises ask for.",
            "Young entrepreneurs receive coaching, a small start-up grant and access to a network of mentors from the private sector.",
        ],
        "bullets": ["Quality apprenticeships in growing sectors", "Career guidance in secondary schools",
                    "Start-up support for young entrepreneurs", "Public employment services that reach rural youth",
                    "Digital skills for the platform economy", "Mentoring by experienced business owners"],
        "heads": ["The challenge", "Our approach", "What young people say", "Results", "Next steps"],
    },
    "labour-migration": {
        "themes": ["labour-migration", "fair-recruitment"],
        "titles": ["Fair Recruitment for Migrant Workers", "Safe Labour Migration from {C}", "Labour Migration in {R}"],
        "paras": [
            "Every year more than {N}0,000 workers leave {C} to work abroad. Many of them pay high recruitment fees and arrive in debt.",
            "The {O:ilo} and the {O:iom} help governments adopt fair recruitment practices, in line with the General Principles and Operational Guidelines for Fair Recruitment adopted in {Y}.",
            "Migrant worker resource centres gave advice to more than {N},000 women and men before they left, and helped those who returned to find work at home.",
            "Recruitment agencies that sign the code of conduct agree that workers pay no fees and receive a contract in a language they understand.",
        ],
        "bullets": ["No recruitment fees charged to workers", "Written contracts before departure",
                    "Access to complaint mechanisms in countries of destination", "Skills recognition on return",
                    "Pre-departure orientation for women migrants", "Bilateral labour agreements that protect rights"],
        "heads": ["Migration in numbers", "Our work", "Protecting women migrants", "Partners", "Looking ahead"],
    },
    "green-jobs": {
        "themes": ["green-jobs", "just-transition", "climate-change"],
        "titles": ["Green Jobs and a Just Transition", "Green Jobs for {C}", "Climate Action and Decent Work in {R}"],
        "paras": [
            "Climate change threatens the jobs and incomes of millions of workers in {R}. Floods and droughts hit farmers and fishers first.",
            "A just transition means that no worker is left behind when economies move away from fossil fuels. The Guidelines for a just transition adopted in {Y} show the way.",
            "In {C}, the programme has created {N}00 green jobs in waste management, renewable energy and sustainable construction since {Y}.",
            "Employment-intensive investment in rural roads and irrigation channels gives work to local people while making communities more resilient.",
        ],
        "bullets": ["Skills for solar and wind energy", "Green enterprises in the circular economy",
                    "Social protection for workers affected by the transition", "Climate-resilient rural infrastructure",
                    "Social dialogue on the energy transition", "Safe work in recycling and waste collection"],
        "heads": ["A changing climate", "What is a just transition?", "Green jobs in practice", "Our partners", "Results"],
    },
    "child-labour": {
        "themes": ["child-labour"],
        "titles": ["Ending Child Labour in {C}", "Child Labour Free Supply Chains", "Towards the Elimination of Child Labour"],
        "paras": [
            "Around {N} million children in {R} are in child labour, many of them in hazardous work on farms, in mines and in workshops.",
            "The Worst Forms of Child Labour Convention, 1999 (No. 182), has been ratified by every member State of the {O:ilo}.",
            "Since {Y}, community child labour monitoring committees in {C} have identified children at risk and referred them to schools and social services.",
            "Families who receive a cash transfer are far less likely to send their children to work, according to an evaluation completed in {Y2}.",
        ],
        "bullets": ["Free and compulsory education up to the minimum age", "Decent work for adult family members",
                    "Labour inspection in agriculture", "Due diligence by companies in their supply chains",
                    "Awareness raising among parents and teachers", "Remedial classes for former child labourers"],
        "heads": ["The facts", "Why children work", "What works", "Partners in action", "Call to action"],
    },
    "osh": {
        "themes": ["occupational-safety-health"],
        "titles": ["Safe and Healthy Work in {C}", "Occupational Safety and Health in {R}", "Safety First at Work"],
        "paras": [
            "Every day, workers in {R} die from accidents at work or from diseases caused by their work. Most of these deaths can be prevented.",
            "In {Y}, the {O:ilc} added a safe and healthy working environment to the fundamental principles and rights at work.",
            "Joint safety committees in {N}0 factories in {C} now meet every month and inspect the workplace together with management.",
            "The {O:mdfo} trains labour inspectors and safety officers and publishes guidance for small enterprises.",
        ],
        "bullets": ["Risk assessment in small enterprises", "Joint safety and health committees",
                    "Training for labour inspectors", "Protection against chemical hazards",
                    "Reporting and recording of occupational accidents", "Fire and building safety inspections"],
        "heads": ["Why safety matters", "A fundamental right", "Our programme", "Results", "Tools and guidance"],
    },
    "cooperatives": {
        "themes": ["cooperatives"],
        "titles": ["Cooperatives for Decent Work", "Cooperatives in {R}", "Stronger Cooperatives in {C}"],
        "paras": [
            "Cooperatives are enterprises owned and democratically controlled by their members. In {C} they market crops, provide savings and credit and run rural shops.",
            "The Promotion of Cooperatives Recommendation, 2002 (No. 193), guides governments in creating a supportive legal framework.",
            "Since {Y}, more than {N},000 members of cooperatives have completed training in governance, bookkeeping and marketing.",
            "Women now hold a third of the seats on the boards of the cooperatives that the programme supports, up from one in ten in {Y2}.",
        ],
        "bullets": ["Cooperative law reform", "Training in governance and management", "Access to finance and markets",
                    "Women's leadership in cooperatives", "Youth cooperatives in the digital economy", "Cooperative statistics"],
        "heads": ["What is a cooperative?", "Our support", "Impact", "Partners", "Find out more"],
    },
    "domestic-work": {
        "themes": ["domestic-workers"],
        "titles": ["Decent Work for Domestic Workers", "Domestic Workers in {R}", "Rights for Domestic Workers in {C}"],
        "paras": [
            "Domestic workers cook, clean and care for children and older persons. In {R} most of them are women, and many are migrants.",
            "The Domestic Workers Convention, 2011 (No. 189), sets out their right to weekly rest, limits on working hours and a written contract.",
            "Since {Y}, the {O:jdwa} has provided legal aid to domestic workers and helped them form their own associations.",
            "A standard contract introduced in {C} in {Y2} now covers wages, rest days and the conditions for ending employment.",
        ],
        "bullets": ["A weekly day of rest", "Written terms and conditions of employment", "Minimum wage coverage",
                    "Social security for domestic workers", "Freedom to keep their own passports", "Access to justice"],
        "heads": ["Who are domestic workers?", "Rights at work", "What we do", "Results", "Get involved"],
    },
}

# bodies whose name takes "the" in running text even when printed bare
THE_ACRONYMS = {"ilo", "eu", "au", "ioe", "ica", "fao", "wb"}
# bodies that never take "the" (company and programme names, "Irish Aid")
NO_THE = {"sunrise", "kilitea", "andsolar", "bluewater", "mekcashew", "lumen", "irishaid", "hdw", "fowc"}

PURPOSES = [
    "extend social security to workers in the informal economy", "promote fair recruitment of migrant workers",
    "improve working conditions in the garment sector", "create green jobs for young people",
    "eliminate child labour in agriculture", "strengthen labour inspection", "promote quality apprenticeships",
    "support women entrepreneurs", "improve safety and health in construction",
]

# (instrument, phrasing family, template): {A} {B} parties, {Y} the year, {purpose}
PARTNERSHIP_TEMPLATES = [
    ("memorandum_of_understanding", "signed", "In {Y}, {A} and {B} signed a memorandum of understanding to {purpose}."),
    ("memorandum_of_understanding", "signed", "{A} and {B} signed a Memorandum of Understanding (MoU) in {Y} to {purpose}."),
    ("cooperation_agreement", "signed", "{A} and {B} concluded a cooperation agreement in {Y} to {purpose}."),
    ("partnership_agreement", "under-agreement", "Under a partnership agreement signed in {Y}, {A} works with {B} to {purpose}."),
    ("letter_of_intent", "signed", "A letter of intent signed by {A} and {B} in {Y} commits both to {purpose}."),
    ("public_private_partnership", "launched", "{A} and {B} launched a public-private partnership in {Y} to {purpose}."),
    ("funding", "funded-by", "With funding from {A}, {B} has worked since {Y} to {purpose}."),
    ("partnership", "partnership-with", "{A} has been in partnership with {B} since {Y} to {purpose}."),
]
# three or four parties in one sentence
MULTI_PARTY_TEMPLATES = [
    ("memorandum_of_understanding", "In {Y}, {P} signed a memorandum of understanding to {purpose}."),
    ("cooperation_agreement", "{P} concluded a cooperation agreement in {Y} to {purpose}."),
    ("programme", "Since {Y}, {P} have run a joint programme to {purpose}."),
]
# the parties in one sentence, the instrument and the year in the next
TWO_SENTENCE_TEMPLATES = [
    ("letter_of_intent", "{A} and {B} have agreed to work together to {purpose}. A letter of intent signed in {Y} sets out their joint plan."),
    ("memorandum_of_understanding", "{A} and {B} share a long-term commitment to {purpose}. The memorandum of understanding they signed in {Y} covers training, research and joint advocacy."),
    ("cooperation_agreement", "{A} has joined forces with {B}. Their cooperation agreement, concluded in {Y}, aims to {purpose}."),
]
# Phrasing families the rules were not written against (session 5): brochures drawn with
# compose(rng, phrasings="unseen") state their partnerships only in these (tests/zoo/corpus-phrasing).
# Each: (family, instrument, template, parties). {P} the parties listed ("A, B and C"), {A}/{B}/{C} one
# each, {Y} the year, {purpose}; parties: how many the template takes (2, or 3 for "joined").
# The families are split in two (UNSEEN_DEV, UNSEEN_HELD_OUT): rules may be fixed on the first only.
UNSEEN_PARTNERSHIP_TEMPLATES = [
    ("parties-after-instrument", "cooperation_agreement", "The cooperation agreement, signed in {Y} by {P}, sets out how they will {purpose}.", 0),
    ("parties-after-instrument", "memorandum_of_understanding", "A memorandum of understanding, concluded in {Y} by {P}, commits the signatories to {purpose}.", 0),
    ("passive", "memorandum_of_understanding", "A memorandum of understanding was signed by {P} in {Y} to {purpose}.", 0),
    ("passive", "cooperation_agreement", "In {Y}, a cooperation agreement was concluded between {P} to {purpose}.", 0),
    ("joined", "programme", "In {Y}, {A} joined {B} and {C} in a joint programme to {purpose}.", 3),
    ("joined", "partnership_agreement", "{A} joined {B} and {C} in {Y} under a partnership agreement to {purpose}.", 3),
    ("year-apart", "letter_of_intent", "{P} have signed a letter of intent to {purpose}. The signing took place in {Y}.", 0),
    ("year-apart", "memorandum_of_understanding", "{P} agreed on a memorandum of understanding to {purpose}. It was signed in {Y} and runs for four years.", 0),
    ("donor-financed", "funding", "Since {Y}, the programme has been financed by {D} and implemented by {ILO} to {purpose}.", 0),
    ("donor-financed", "funding", "Through a grant from {D}, {ILO} has worked since {Y} to {purpose}.", 0),
    ("donor-financed", "funding", "The work of {ILO} to {purpose} has been possible since {Y} with financial support from {D}.", 0),
    ("renewed", "partnership_agreement", "In {Y}, {P} renewed their partnership agreement to {purpose}.", 0),
    ("renewed", "memorandum_of_understanding", "{P} extended their memorandum of understanding in {Y} to {purpose}.", 0),
    ("signed-with", "letter_of_intent", "{A} signed a letter of intent with {B} in {Y} to {purpose}.", 2),
    ("signed-with", "cooperation_agreement", "In {Y}, {A} concluded a cooperation agreement with {B} and {C} to {purpose}.", 3),
    ("acronym-elsewhere", "memorandum_of_understanding", "In {Y}, {P} signed a memorandum of understanding to {purpose}.", 0),
    ("acronym-elsewhere", "partnership", "{P} have worked in partnership since {Y} to {purpose}.", 0),
    ("listed", "memorandum_of_understanding", "The memorandum of understanding signed in {Y} to {purpose} brings together:", 0),
    ("listed", "cooperation_agreement", "Signatories of the cooperation agreement of {Y}, which aims to {purpose}:", 0),
]
UNSEEN_DEV = ("parties-after-instrument", "joined", "donor-financed", "signed-with", "listed")
UNSEEN_HELD_OUT = ("passive", "year-apart", "renewed", "acronym-elsewhere")
# A second round, written after the first round's held-out figures were taken and before any rule was
# changed for them (compose(rng, phrasings="unseen2"), tests/zoo/corpus-phrasing2): the first round is
# then all development; this one is held out whole. {D}/{D2} donors.
UNSEEN_ROUND2_TEMPLATES = [
    ("together-with", "programme", "In {Y}, {A}, together with {B}, launched a programme to {purpose}.", 2),
    ("together-with", "memorandum_of_understanding", "{A} signed a memorandum of understanding in {Y}, together with {B}, to {purpose}.", 2),
    ("co-funded", "funding", "The programme, co-funded by {D} and {D2}, has been implemented by {ILO} since {Y} to {purpose}.", 0),
    ("co-funded", "funding", "{ILO} has worked since {Y} to {purpose}, with the financial backing of {D}.", 0),
    ("date-signed", "cooperation_agreement", "A cooperation agreement between {P}, signed on 14 March {Y}, aims to {purpose}.", 0),
    ("date-signed", "memorandum_of_understanding", "On 3 May {Y}, {P} signed an MoU to {purpose}.", 0),
    ("in-partnership", "partnership", "Since {Y}, the project has been implemented by {A} in partnership with {B} to {purpose}.", 2),
    ("in-partnership", "partnership", "{A} and {B} have been partners since {Y} in the effort to {purpose}.", 2),
    ("agreement-reached", "cooperation_agreement", "Under an agreement reached in {Y}, {P} will {purpose}.", 0),
    ("agreement-reached", "letter_of_intent", "{P} put their commitment to {purpose} in a letter of intent dated {Y}.", 0),
]

# A third round, written after every rule change of this session and scored once as held out
# (compose(rng, phrasings="unseen3"), tests/zoo/corpus-phrasing3).
UNSEEN_ROUND3_TEMPLATES = [
    ("are-partners", "programme", "{P} are partners in a programme launched in {Y} to {purpose}.", 0),
    ("donor-since", "funding", "{D} has been a donor to {ILO} since {Y}, supporting its work to {purpose}.", 0),
    ("donor-since", "funding", "{D} contributed funding in {Y} to the work of {ILO} to {purpose}.", 0),
    ("year-in-brackets", "memorandum_of_understanding", "A memorandum of understanding ({Y}) between {P} aims to {purpose}.", 0),
    ("partnership-between", "partnership", "The partnership between {P}, which began in {Y}, aims to {purpose}.", 0),
    ("signatories", "letter_of_intent", "{P} are signatories to a letter of intent, signed in {Y}, to {purpose}.", 0),
    ("formalized", "memorandum_of_understanding", "In {Y}, {P} formalized their cooperation through a memorandum of understanding to {purpose}.", 0),
    ("formalized", "cooperation_agreement", "{P} put their cooperation on a formal footing in {Y} with a cooperation agreement to {purpose}.", 0),
]
# A fourth round (session 6), written as training data for the learned relation step
# (pipeline/relation_model.py, bench/train_relations.py) before it was fitted: more ways to put the
# parties, the instrument and the year (compose(rng, phrasings="unseen4"), tests/zoo/corpus-phrasing4).
# Round 3 stays held out: nothing is fitted to it.
UNSEEN_ROUND4_TEMPLATES = [
    ("co-signed", "memorandum_of_understanding", "{P} co-signed a memorandum of understanding in {Y} that commits them to {purpose}.", 0),
    ("has-linked", "cooperation_agreement", "Since {Y}, a cooperation agreement has linked {P} in the effort to {purpose}.", 0),
    ("backed-by", "funding", "Backed by {D} since {Y}, {ILO} works to {purpose}.", 0),
    ("provided-funding", "funding", "{D} has provided funding since {Y} so that {ILO} can {purpose}.", 0),
    ("received-funding", "funding", "{ILO} has received funding from {D} since {Y} to {purpose}.", 0),
    ("joint-programme-of", "programme", "The joint programme of {P}, started in {Y}, helps to {purpose}.", 0),
    ("teamed-up", "partnership", "In {Y}, {A} teamed up with {B} in a new partnership to {purpose}.", 2),
    ("entered-into", "partnership_agreement", "{P} entered in {Y} into a partnership agreement whose aim is to {purpose}.", 0),
    ("by-means-of", "cooperation_agreement", "By means of a cooperation agreement of {Y}, {P} work together to {purpose}.", 0),
    ("collaborated-under", "memorandum_of_understanding", "{P} have collaborated under a memorandum of understanding since {Y} to {purpose}.", 0),
    ("leads-with", "programme", "{A} leads a programme with {B} and {C}, running since {Y}, to {purpose}.", 3),
    ("sealed", "letter_of_intent", "A letter of intent sealed the commitment of {P} in {Y} to {purpose}.", 0),
    ("instrument-subject", "partnership_agreement", "A partnership agreement concluded in {Y} unites {P} in their work to {purpose}.", 0),
    ("year-next", "cooperation_agreement", "{P} are bound by a cooperation agreement to {purpose}. That agreement dates from {Y}.", 0),
]
# Sentences of round 4 that name two bodies and an instrument word and state no partnership (the
# learned step's negatives: a programme talked about, bodies side by side).
ROUND4_DISTRACTORS = [
    "Staff of {A} and {B} attended the closing event of the programme in {Y}.",
    "{A} and {B} each publish an annual review of the project and its results.",
    "Officials from {A} visited the programme's training centres in {Y}, and {B} sent observers.",
    "The evaluation of the programme, shared with {A} and {B} in {Y}, found that more women took part.",
    "Representatives of {A} and {B} spoke about the agreement at a conference in {Y}.",
]
INSTRUMENT_LABELS = {"memorandum_of_understanding": "Memorandum of understanding", "cooperation_agreement": "Cooperation agreement",
                     "letter_of_intent": "Letter of intent", "public_private_partnership": "Public-private partnership"}

PEOPLE = [
    ("Amina Njoroge", "Programme Manager"), ("Tran Thi Lan", "Chief Technical Adviser"), ("Rafael Quispe", "National Coordinator"),
    ("Leila Haddad", "Senior Specialist on Migration"), ("Sione Tupou", "Youth Employment Officer"), ("Kwame Mensah", "Director"),
    ("Ingrid Solberg", "Head of Cooperation"), ("Nguyen Van Minh", "Project Officer"), ("Fatou Diop", "Gender Specialist"),
    ("Elena Rusu", "Safety and Health Specialist"), ("Priya Raman", "Social Protection Officer"), ("Tomas Ortega", "Communications Officer"),
]

QUOTES = [
    "Before the training I earned money only in the harvest season. Now I have a business of my own and two employees.",
    "When workers and employers sit at the same table, they find solutions that nobody could find alone.",
    "My contract says how much I earn and when I can rest. That changed everything for me and my family.",
    "Safety is not a cost. It is an investment in the people who make our company work.",
    "We used to pay recruiters a year's salary. Now we know our rights before we leave.",
    "Social protection gave us the security to send our children to school instead of the fields.",
    "The cooperative gives us a fair price and a voice in how our village develops.",
]
QUOTE_SPEAKERS = [
    ("Grace Achieng", "tailor and business owner"), ("Bui Van Hai", "factory safety committee member"),
    ("Maria Condori", "member of a women's cooperative"), ("Samir Khoury", "human resources manager"),
    ("Ana Lima", "domestic worker"), ("Joseph Banda", "returned migrant worker"), ("Mele Fonua", "apprentice electrician"),
]

RESOURCES = [
    ("World Social Protection Report", "https://www.ilo.org/publications/world-social-protection-report"),
    ("Global Employment Trends for Youth", "https://www.ilo.org/publications/global-employment-trends-youth"),
    ("Fair recruitment initiative", "https://www.ilo.org/topics/fair-recruitment"),
    ("Guidelines for a just transition", "https://www.ilo.org/publications/guidelines-just-transition"),
    ("Child labour: global estimates", "https://www.ilo.org/topics/child-labour/estimates"),
    ("Safety and health at work", "https://www.ilo.org/topics/safety-and-health-work"),
    ("Cooperatives and the social economy", "https://www.ilo.org/topics/cooperatives"),
    ("Domestic workers", "https://www.ilo.org/topics/domestic-workers"),
    ("NORMLEX: international labour standards", "https://normlex.ilo.org/dyn/normlex/en"),
    ("ILOSTAT data explorer", "https://ilostat.ilo.org/data"),
    ("Decent Work Country Programmes", "https://www.ilo.org/resource/decent-work-country-programmes"),
]

TABLE_INDICATORS = [
    ("Labour force participation rate (%)", 50, 80), ("Youth unemployment rate (%)", 5, 30),
    ("Workers in informal employment (%)", 40, 90), ("Social protection coverage (%)", 10, 70),
    ("Women in management (%)", 10, 45), ("Trainees placed in jobs", 200, 900),
]

YEAR_RE = re.compile(r"(?<![\d.,/])(?:19[5-9]\d|20[0-4]\d)(?![\d])")


def find_years(text: str) -> set[int]:
    return {int(m.group(0)) for m in YEAR_RE.finditer(text)}


def find_countries(text: str) -> set[str]:
    found = set()
    for iso, (un, common) in COUNTRIES.items():
        for name in {un, common.removeprefix("the ")}:
            if re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
                found.add(iso)
    return found


class Composer:
    """Fills templates and keeps track of what was mentioned (every body with the names it was printed under)."""

    def __init__(self, rng, countries, region_key):
        self.rng = rng
        self.countries = countries
        self.region = REGIONS[region_key]
        self.use_common = rng.random() < 0.4
        self.orgs_seen: dict[str, tuple[str, str | None]] = {}
        self.aliases: dict[str, list[str]] = {}
        self.dynamic: dict[str, tuple[str, str | None, str, str]] = {}  # ministries: name, acronym, kind, other order
        self.partner_pool = [k for k in ORGS if k not in ("ilo", "ilc")]
        rng.shuffle(self.partner_pool)

    def cname(self, iso, article=False):
        un, common = COUNTRIES[iso]
        name = common if self.use_common else un
        if not article:
            return name.removeprefix("the ")
        return "the " + name if name in NEEDS_THE else name

    def lookup(self, key):
        if key in self.dynamic:
            name, acr, kind, _ = self.dynamic[key]
            return name, acr, kind
        return ORGS[key]

    def ministry(self):
        """A ministry of one of the brochure's countries; printed in one order first, maybe the other later."""
        iso = self.rng.choice(self.countries)
        portfolio, acr = self.rng.choice(MINISTRY_PORTFOLIOS)
        key = f"min-{iso}-{portfolio}"
        if key not in self.dynamic:
            of_form = f"Ministry of {portfolio} of {self.cname(iso, article=True)}"
            adj_form = f"{self.cname(iso)} Ministry of {portfolio}"
            first, other = (of_form, adj_form) if self.rng.random() < 0.5 else (adj_form, of_form)
            self.dynamic[key] = (first, acr if self.rng.random() < 0.5 else None, "government", other)
        return key

    def org(self, key, bare=False):
        name, acr, _kind = self.lookup(key)
        if key not in self.orgs_seen:
            self.orgs_seen[key] = (name, acr)
            return f"{name} ({acr})" if acr else name
        if key in self.dynamic and not acr and self.rng.random() < 0.6:  # the other order, same body
            other = self.dynamic[key][3]
            if other not in self.aliases.setdefault(key, []):
                self.aliases[key].append(other)
            return other
        return acr or name

    def the(self, key, printed):
        """The mention with the article it takes in running text."""
        name, acr, _ = self.lookup(key)
        if key in NO_THE:
            return printed
        if key in self.dynamic:  # "the Ministry of Labour of Ghana", "the Ghana Ministry of Labour", but "MoLE"
            return printed if printed == acr else "the " + printed
        return "the " + printed if key in THE_ACRONYMS or not acr or printed.startswith(name) else printed

    def mention(self, key):
        return self.the(key, self.org(key))

    def fill(self, tpl):
        rng = self.rng
        out = tpl
        out = re.sub(r"\{O:(\w+)\}", lambda m: self.org(m.group(1)), out)
        y = rng.randint(2008, 2021)
        out = out.replace("{Y2}", str(y + rng.randint(1, 4))).replace("{Y}", str(y))
        out = out.replace("{N2}", str(rng.randint(1, 3))).replace("{N}", str(rng.randint(2, 9)))
        out = out.replace("{C}", self.cname(rng.choice(self.countries), article=True))
        out = out.replace("{R}", self.region["name"])
        # "the the" when the template says "the {O:..}" with a bare acronym: keep it simple
        out = out.replace("the the ", "the ")
        return out[0].upper() + out[1:]

    def partner(self, pool=None):
        if pool:
            free = [k for k in pool if k not in self.orgs_seen] or pool
            return self.rng.choice(free)
        while self.partner_pool:
            k = self.partner_pool.pop()
            if k not in self.orgs_seen:
                return k
        return "undp"

    def party(self, key):
        name, acr, _ = self.lookup(key)
        return acr or name

    def partnership(self):
        """One partnership sentence (or two): its text and its truth, with the phrasing family."""
        rng = self.rng
        year = rng.randint(2012, 2024)
        purpose = rng.choice(PURPOSES)
        roll = rng.random()
        if roll < 0.14:  # three or four parties
            inst, tpl = rng.choice(MULTI_PARTY_TEMPLATES)
            keys = ["ilo"] + [self.partner() for _ in range(rng.randint(2, 3))]
            if rng.random() < 0.3:
                keys[rng.randint(1, len(keys) - 1)] = self.ministry()
            rng.shuffle(keys)
            ms = [self.mention(k) for k in keys]
            text = tpl.format(P=", ".join(ms[:-1]) + " and " + ms[-1], Y=year, purpose=purpose)
            truth = {"parties": [self.party(k) for k in keys], "instrument": inst, "year": year, "phrasing": "multi-party"}
        elif roll < 0.26:  # a donor named by its country, through its agency
            iso, agency = rng.choice(DONORS)
            country = self.cname(iso, article=True)
            if agency:
                text = f"{country}, through {self.mention(agency)}, has supported {self.mention('ilo')}'s work to {purpose} since {year}."
                parties = [self.party(agency), "ILO"]
            else:
                text = f"The Government of {country} has funded the work of {self.mention('ilo')} to {purpose} since {year}."
                parties = [f"country:{iso}", "ILO"]
            truth = {"parties": parties, "instrument": "funding", "year": year, "phrasing": "through-donor", "donor_country": iso}
        elif roll < 0.36:  # under the X/Y Partnership Agreement 2014–2018
            agency = rng.choice(["seco", "koica", "sida", "norad", "jica", "danida", "giz"])
            end = year + rng.randint(2, 4)
            acr = ORGS[agency][1]
            text = (f"Under the ILO/{acr} Partnership Agreement {year}–{end}, {self.mention(agency)} supports work to {purpose}.")
            self.orgs_seen.setdefault(agency, ORGS[agency][:2])
            truth = {"parties": ["ILO", acr], "instrument": "partnership_agreement", "year": year, "end_year": end,
                     "phrasing": "under-named-agreement"}
        elif roll < 0.44:  # a contribution agreement
            donor = rng.choice(["eu", "sida", "norad", "koica", "afdb"])
            d = self.mention(donor)
            text = f"In {year}, {d} and {self.mention('ilo')} signed a contribution agreement for a programme to {purpose}."
            truth = {"parties": [self.party(donor), "ILO"], "instrument": "funding", "year": year, "phrasing": "contribution-agreement"}
        elif roll < 0.56:  # across two sentences
            inst, tpl = rng.choice(TWO_SENTENCE_TEMPLATES)
            a, b = "ilo", (self.ministry() if rng.random() < 0.3 else self.partner())
            if rng.random() < 0.5:
                a, b = b, a
            text = tpl.format(A=self.mention(a), B=self.mention(b), Y=year, purpose=purpose)
            truth = {"parties": [self.party(a), self.party(b)], "instrument": inst, "year": year, "phrasing": "two-sentence"}
        else:
            inst, phrasing, tpl = rng.choice(PARTNERSHIP_TEMPLATES)
            a_key = "ilo" if rng.random() < 0.6 else self.partner()
            if inst == "public_private_partnership" and rng.random() < 0.7:
                b_key = self.partner(COMPANIES)
            elif rng.random() < 0.2:
                b_key = self.ministry()
            else:
                b_key = self.partner()
            if inst == "funding":
                a_key, b_key = b_key, "ilo"
            text = tpl.format(A=self.mention(a_key), B=self.mention(b_key), Y=year, purpose=purpose)
            truth = {"parties": [self.party(a_key), self.party(b_key)], "instrument": inst, "year": year, "phrasing": phrasing}
        return text[0].upper() + text[1:], truth

    def unseen_partnership(self, templates=None):
        """One partnership in a phrasing family the rules were not written against (``templates``,
        UNSEEN_PARTNERSHIP_TEMPLATES by default): (text, bullet items or None, an earlier sentence or None, truth)."""
        rng = self.rng
        family, inst, tpl, n = rng.choice(templates or UNSEEN_PARTNERSHIP_TEMPLATES)
        year = rng.randint(2012, 2024)
        purpose = rng.choice(PURPOSES)
        truth = {"instrument": inst, "year": year, "phrasing": f"unseen-{family}"}
        earlier = items = None
        if family in ("donor-financed", "co-funded", "donor-since", "backed-by", "provided-funding", "received-funding"):
            donors = []
            for iso, agency in rng.sample(DONORS, 2 if "{D2}" in tpl else 1):
                if agency and rng.random() < 0.7:
                    donors.append((self.mention(agency), self.party(agency)))
                else:
                    donors.append((f"the Government of {self.cname(iso, article=True)}", f"country:{iso}"))
            text = tpl.format(D=donors[0][0], D2=donors[-1][0], ILO=self.mention("ilo"), Y=year, purpose=purpose)
            truth["parties"] = [party for _, party in donors] + ["ILO"]
            return text[0].upper() + text[1:], None, None, truth
        count = n or rng.randint(2, 3)
        keys = ["ilo"] + [self.ministry() if rng.random() < 0.2 else self.partner() for _ in range(count - 1)]
        rng.shuffle(keys)
        if family == "acronym-elsewhere":
            # a partner with an acronym, defined in another block before the partnership names it by the acronym only
            with_acronym = [k for k in ORGS if ORGS[k][1] and k not in self.orgs_seen and k not in ("ilo", "ilc")]
            key = rng.choice(with_acronym)
            keys[keys.index(next(k for k in keys if k != "ilo"))] = key
            earlier = f"{self.org(key)} is one of the bodies the programme works with."
        mentions = [self.mention(k) for k in keys]
        truth["parties"] = [self.party(k) for k in keys]
        listed = ", ".join(mentions[:-1]) + " and " + mentions[-1]
        if family == "listed":
            items = [m[0].upper() + m[1:] if m.startswith("the ") else m for m in mentions]
            text = tpl.format(Y=year, purpose=purpose)
        else:
            fill = {"P": listed, "Y": year, "purpose": purpose}
            fill.update(zip("ABC", mentions, strict=False))  # two or three parties
            text = tpl.format(**fill)
        return text[0].upper() + text[1:], items, earlier, truth

    def partnership_table(self):
        """A table whose rows state partnerships of the ILO: partner, agreement, year."""
        rng = self.rng
        rows, truths = [], []
        for _ in range(rng.randint(2, 3)):
            inst = rng.choice(sorted(INSTRUMENT_LABELS))
            key = self.partner(COMPANIES) if inst == "public_private_partnership" else (
                self.ministry() if rng.random() < 0.25 else self.partner(LOCAL_PARTNERS + [k for k in self.partner_pool[:6]]))
            year = rng.randint(2012, 2024)
            rows.append([self.org(key), INSTRUMENT_LABELS[inst], str(year)])
            truths.append({"parties": ["ILO", self.party(key)], "instrument": inst, "year": year, "phrasing": "table-row"})
        return {"type": "table", "header": ["Partner", "Agreement with the ILO", "Year"], "rows": rows,
                "caption": "Table 2. Partnership agreements"}, truths

    def local_paragraph(self):
        """Running text that names local bodies: NGOs, councils, schools, a ministry in one order and then the other."""
        rng = self.rng
        l1, l2 = rng.sample([k for k in LOCAL_PARTNERS if k not in self.orgs_seen] or LOCAL_PARTNERS, 2)
        m = self.ministry()
        tpl = rng.choice([
            "In {C}, courses are delivered together with {L1} and {L2}, which reach workers that public services rarely see. {M} chairs the steering committee, and officials of {M2} take part in every review.",
            "{L1} hosts the help desk of the programme, and {L2} trains its community facilitators. {M} has endorsed the approach; a joint review with {M2} is planned.",
            "{M} leads the work, with {L1} and {L2} as implementing partners. Each quarter, {M2} publishes the results.",
        ])
        out = tpl.replace("{C}", self.cname(rng.choice(self.countries), article=True))
        out = out.replace("{L1}", self.mention(l1)).replace("{L2}", self.mention(l2))
        out = out.replace("{M}", self.mention(m), 1).replace("{M2}", self.mention(m))
        out = re.sub(r"(^|\. )the ", lambda mm: mm.group(1) + "The ", out)
        return out[0].upper() + out[1:]

    def truth_orgs(self):
        out = []
        for k, (n, a) in self.orgs_seen.items():
            kind = self.lookup(k)[2]
            o = {"name": n, "acronym": a, "known_to_data": known_to_data(n, a), "kind": kind}
            if self.aliases.get(k):
                o["aliases"] = self.aliases[k]
            if k in self.dynamic:
                o["country"] = k.split("-")[1]
            out.append(o)
        return out


def compose(rng, long_list=False, phrasings="zoo"):
    """One brochure's content: a dict with title, sections of blocks, and entity truth. ``long_list``: one
    list of six or more items (a design that breaks lists across columns and pages asks for it).
    ``phrasings``: "zoo" (the partnership phrasing families below), "unseen", "unseen2", "unseen3" or "unseen4"
    (every brochure has a partners section, its partnerships only in the families of
    UNSEEN_PARTNERSHIP_TEMPLATES, UNSEEN_ROUND2_TEMPLATES, UNSEEN_ROUND3_TEMPLATES or UNSEEN_ROUND4_TEMPLATES; the draws before
    that section are the same as for "zoo")."""
    topic_key = rng.choice(sorted(TOPICS))
    topic = TOPICS[topic_key]
    region_key = rng.choice(sorted(REGIONS))
    region = REGIONS[region_key]
    countries = rng.sample(region["countries"], k=min(len(region["countries"]), rng.randint(1, 3)))
    comp = Composer(rng, countries, region_key)
    title = comp.fill(rng.choice(topic["titles"]))
    partnerships = []
    intro = (f"The {comp.org('ilo')} brings together governments, employers and workers of 187 member States "
             f"to set labour standards and promote decent work for all women and men.")
    sections = []
    heads = rng.sample(topic["heads"], k=rng.randint(3, 4))
    paras = list(topic["paras"])
    rng.shuffle(paras)
    bullets = list(topic["bullets"])
    rng.shuffle(bullets)
    extras = ["table", "quote", "partners", "contact", "links"]
    rng.shuffle(extras)
    extras = extras[: rng.randint(3, 5)]
    if phrasings in ("unseen", "unseen2", "unseen3", "unseen4") and "partners" not in extras:
        extras.append("partners")
    for i, h in enumerate(heads):
        blocks = []
        if i == 0:
            blocks.append({"type": "para", "text": intro})
        if paras:
            blocks.append({"type": "para", "text": comp.fill(paras.pop())})
        if i == 1 and rng.random() < 0.6:
            blocks.append({"type": "para", "text": comp.local_paragraph()})
        if i == 1 or (i == 2 and rng.random() < 0.5):
            n = min(rng.randint(6, 7) if long_list and i == 1 else rng.randint(3, 4), len(bullets))
            items = [(bullets.pop(), 1) for _ in range(n)]
            if len(items) >= 2 and rng.random() < 0.35:  # a nested list
                items.insert(1, ("in rural areas first", 2))
                items.insert(2, ("then in the towns", 2))
            if len(items) >= 2:
                blocks.append({"type": "bullets", "items": items})
        sub = None
        if i == 2 and rng.random() < 0.5 and paras:
            sub = {"heading": comp.fill(rng.choice(["Lessons learned", "A closer look", "Case study: {C}", "Facts and figures"])),
                   "level": 2, "blocks": [{"type": "para", "text": comp.fill(paras.pop())}]}
        if i == 1 and rng.random() < 0.5:  # years as ranges
            y1 = rng.randint(2016, 2023)
            y2 = y1 + rng.randint(3, 5)
            blocks.append({"type": "para", "text": rng.choice([
                f"The second phase of the programme runs from {y1} to {y2}, in line with the Decent Work Country Programme {y1 - 1}–{y2 - 1}.",
                f"The national action plan for {y1}–{y2} sets targets that the government reports on every year.",
                f"Over the period {y1}-{y2}, the programme aims to reach {rng.randint(2, 9)}0,000 workers and their families.",
            ])})
        sections.append({"heading": h, "level": 1, "blocks": blocks})
        if sub:
            sections.append(sub)
    # extras go into the sections (or their own)
    for ex in extras:
        if ex == "table":
            inds = rng.sample(TABLE_INDICATORS, k=rng.randint(2, 4))
            cols = [comp.cname(c) for c in countries][:3]
            if len(cols) == 1:
                cols = [f"{comp.cname(countries[0])}, {a}" for a in ("baseline", "latest")]
            header = ["Indicator"] + cols
            rows = [[name] + [str(rng.randint(lo, hi)) for _ in cols] for name, lo, hi in inds]
            rng.choice(sections)["blocks"].append({"type": "table", "header": header, "rows": rows,
                                                   "caption": "Table 1. Key indicators"})
        elif ex == "quote":
            sp, role = rng.choice(QUOTE_SPEAKERS)
            where = comp.cname(rng.choice(countries), article=True)
            rng.choice(sections)["blocks"].append({"type": "quote", "text": rng.choice(QUOTES), "speaker": sp,
                                                   "role": f"{role}, {where}"})
        elif ex == "partners" and phrasings in ("unseen", "unseen2", "unseen3", "unseen4"):
            blocks = []
            for _ in range(rng.randint(2, 3)):
                templates = {"unseen2": UNSEEN_ROUND2_TEMPLATES, "unseen3": UNSEEN_ROUND3_TEMPLATES,
                             "unseen4": UNSEEN_ROUND4_TEMPLATES}.get(phrasings)
                text, items, earlier, tr = comp.unseen_partnership(templates)
                blocks.append({"type": "para", "text": text})
                if items:
                    blocks.append({"type": "bullets", "items": [(item, 1) for item in items]})
                if earlier:  # in the first section, before the partners section names the body by its acronym
                    sections[0]["blocks"].append({"type": "para", "text": earlier})
                partnerships.append(tr)
            if phrasings == "unseen4" and rng.random() < 0.7:  # a sentence that states no partnership
                a, b = comp.partner(), comp.partner()
                distractor = rng.choice(ROUND4_DISTRACTORS).format(A=comp.mention(a), B=comp.mention(b), Y=rng.randint(2012, 2024))
                blocks.insert(rng.randint(0, len(blocks)), {"type": "para", "text": distractor[0].upper() + distractor[1:]})
            sections.append({"heading": rng.choice(["Our partners", "Working together", "Partnerships"]), "level": 1,
                             "blocks": blocks})
        elif ex == "partners":
            ps = []
            for _ in range(rng.randint(1, 3)):
                t, tr = comp.partnership()
                ps.append(t)
                partnerships.append(tr)
            blocks = [{"type": "para", "text": " ".join(ps)}]
            if rng.random() < 0.3:  # partnerships stated in table rows
                table, trs = comp.partnership_table()
                blocks.append(table)
                partnerships += trs
            sections.append({"heading": rng.choice(["Our partners", "Working together", "Partnerships"]), "level": 1,
                             "blocks": blocks})
        elif ex == "contact":
            name, role = rng.choice(PEOPLE)
            first, last = name.split(" ", 1)
            email = f"{last.split()[-1].lower()}@ilo.org" if rng.random() < 0.5 else f"{first.lower()}.{last.split()[-1].lower()}@ilo.org"
            cc = region["cc"]
            phone = f"{cc} {rng.randint(200, 899)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            sections.append({"heading": rng.choice(["Contact", "Contact us", "For more information"]), "level": 1,
                             "blocks": [{"type": "contact", "name": name, "role": role, "org": region["office"],
                                         "city": region["city"], "email": email, "phone": phone}]})
            comp.orgs_seen.setdefault("ilo", ORGS["ilo"][:2])
        elif ex == "links":
            res = rng.sample(RESOURCES, k=rng.randint(2, 4))
            sections.append({"heading": rng.choice(["Resources", "Further reading", "Useful links"]), "level": 1,
                             "blocks": [{"type": "links", "items": res}]})
    return {"topic": topic_key, "region": region_key, "title": title, "sections": sections,
            "orgs": comp.truth_orgs(),
            "themes": topic["themes"], "partnerships": partnerships}
