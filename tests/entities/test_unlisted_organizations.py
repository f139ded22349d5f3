"""Organizations the data files do not list, found by the shape of their names (issue 18). The names
here are made up for the tests: none is in pipeline/data/organizations.json."""

from __future__ import annotations

import pytest

from pipeline.entities import annotate, entities_of
from pipeline.entities.vocabulary import organizations
from pipeline.model import TextBlock


def found(*texts: str):
    return entities_of(annotate([TextBlock(f"s1.p{i + 1}", "paragraph", text) for i, text in enumerate(texts)])).organizations


def names(*texts: str) -> list[str]:
    return [org.name for org in found(*texts)]


def test_the_names_are_not_in_the_data():
    listed = {text for org in organizations().values() for text in [org["name"], *org["aliases"]]}
    for name in ("Federation of Lakeland Employers' Organisations", "Brightwater Apparel Group", "Harrow Textiles Limited",
                 "Tessaly Cooks' Club", "Northvale Growers Forum", "Ministry of Fisheries of Namibia"):
        assert name not in listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive and a plural head inside the of-phrase
        ("The Federation of Lakeland Employers' Organisations (FOLEO) met.", ["Federation of Lakeland Employers' Organisations"]),
        ("The Federation of Lakeland Employers’ Organisations met.", ["Federation of Lakeland Employers’ Organisations"]),
        # a company with no acronym, and its legal form
        ("Brightwater Apparel Group trains its workers.", ["Brightwater Apparel Group"]),
        ("Harrow Textiles Limited and Korvo AG signed.", ["Harrow Textiles Limited", "Korvo AG"]),
        # a possessive before the head
        ("The Tessaly Cooks' Club opened a kitchen.", ["Tessaly Cooks' Club"]),
        ("The Pacific Growers' Network for Fair Trade met.", ["Pacific Growers' Network for Fair Trade"]),
        # head words the data files add: forum, coalition, committee, school
        ("The Northvale Growers Forum and the Riverside Coalition of Women Farmers agreed.",
         ["Northvale Growers Forum", "Riverside Coalition of Women Farmers"]),
        # "and" between two bodies is no part of either name
        ("The Ministry of Fisheries and Harrow Textiles Limited agreed.", ["Ministry of Fisheries", "Harrow Textiles Limited"]),
        ("The Ministry of Fisheries and Marine Resources agreed.", ["Ministry of Fisheries and Marine Resources"]),
        # before a legal form, "and" between two names of two words or more joins two companies
        ("Lakeland Delta Contracting and Tessaly Ready Mix Co. signed.", ["Lakeland Delta Contracting", "Tessaly Ready Mix Co."]),
        ("Harrow and Brightwater Ltd signed.", ["Harrow and Brightwater Ltd"]),
        # no noun of its kind before it
        ("The NGO Lakeland Growers Association trains cooks.", ["Lakeland Growers Association"]),
        # "City of": a city's council only before its of-phrase
        ("The City of Lakeville signed; the offices in Tessaly City did not.", ["City of Lakeville"]),
        # ... and only as a party, an agent, the subject of a verb of agency or before a council word: else the place
        ("Workers in the City of Lakeville earn more.", []),
        ("Rents in the Town of Tessaly rose.", []),
        ("Rents in Lakeville and the City of Tessaly rose.", []),
        ("A forum of the ILO and the City of Lakeville on jobs.", ["International Labour Organization", "City of Lakeville"]),
        ("The ILO signed an agreement with the City of Lakeville.", ["International Labour Organization", "City of Lakeville"]),
        ("The scheme is run by the Town of Tessaly.", ["Town of Tessaly"]),
        ("The City of Lakeville has launched a job centre.", ["City of Lakeville"]),
        ("Mayors of the City of Lakeville Metropolitan Municipality met.", ["City of Lakeville Metropolitan Municipality"]),
    ],
)
def test_names_built_on_organization_words(text, expected):
    assert names(text) == expected


def test_a_forum_one_is_at_is_a_meeting_not_a_body():
    assert names("Mara Lind, speaking at the Northvale Growers Forum, Windhoek, 2019") == []
    assert names("The Northvale Growers Forum signed the agreement.") == ["Northvale Growers Forum"]


def test_an_acronym_defined_before_its_name():
    orgs = found("NGF (Northvale Growers Forum) was founded in 2001.", "NGF members sell fish.")
    assert [(org.name, org.acronym, len(org.mentions)) for org in orgs] == [("Northvale Growers Forum", "NGF", 3)]


def test_the_variants_of_a_ministry_named_by_its_country_are_one_body_of_that_country():
    orgs = found("Namibia’s Ministry of Fisheries opened the port.",
                 "The Ministry of Fisheries of Namibia and Chad's Ministry of Fisheries.")
    assert [(org.name, org.country, org.kind, len(org.mentions)) for org in orgs] == [
        ("Namibia’s Ministry of Fisheries", "NA", "government", 2),
        ("Chad's Ministry of Fisheries", "TD", "government", 1),
    ]


def test_kinds_guessed_from_the_words():
    kinds = {org.name: org.kind for org in found("Harrow Textiles Limited, the Federation of Lakeland Employers' Organisations "
                                                  "and the Lakeland Dockworkers Union met.")}
    assert kinds == {"Harrow Textiles Limited": "company", "Federation of Lakeland Employers' Organisations": "employers_organization",
                     "Lakeland Dockworkers Union": "workers_organization"}


@pytest.mark.parametrize("text, country", [
    ("The Colombia Ministry of Labour, Employment and Social Security opened an office.", "CO"),
    ("The Ministry of Labour, Employment and Social Security of Jordan opened an office.", "JO"),
])
def test_a_listed_ministry_named_with_another_country_is_that_countrys_own(text, country):
    """The data lists Nepal's "Ministry of Labour, Employment and Social Security": the same words with
    another country's name are that country's ministry, found by shape, not Nepal's."""
    assert organizations()["org:moless"]["country"] == "NP"
    [ministry] = found(text)
    assert (ministry.known, ministry.country) == (False, country)
    assert "Ministry of Labour, Employment and Social Security" in ministry.name


def test_a_listed_ministry_named_with_its_own_country_stays_the_listed_one():
    [ministry] = found("The Nepal Ministry of Labour, Employment and Social Security opened an office.")
    assert (ministry.id, ministry.known) == ("org:moless", True)


def test_a_name_opening_with_an_abbreviation_keeps_it():
    assert "St. Mary's Vocational School" in names("In 2019 the ILO and St. Mary's Vocational School trained welders.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country whose name the run of capitals does not hold whole: "of", a hyphen, an elision
        ("The Republic of Moldova Ministry of Fisheries met.", ["Republic of Moldova Ministry of Fisheries"]),
        ("The Timor-Leste Ministry of Fisheries met.", ["Timor-Leste Ministry of Fisheries"]),
        ("The Ministry of Fisheries of Côte d'Ivoire met.", ["Ministry of Fisheries of Côte d'Ivoire"]),
        # a country that is also a person's name, before a head word
        ("The Jordan Ministry of Fisheries met.", ["Jordan Ministry of Fisheries"]),
        # a place name with a lower-case particle
        ("The Dar es Salaam Institute of Marine Studies met.", ["Dar es Salaam Institute of Marine Studies"]),
        # a name that opens with a word and a preposition, after an article; without the article, no
        ("Members of the Women in Coastal Trades Resource Centre met.", ["Women in Coastal Trades Resource Centre"]),
        ("Support for Lakeland Dockworkers Union members grew.", ["Lakeland Dockworkers Union"]),
        # head words of public bodies and more legal forms
        ("The Northvale Employment Service and the Lakeland Labour Court met Harrow Shipping Pvt Ltd.",
         ["Northvale Employment Service", "Lakeland Labour Court", "Harrow Shipping Pvt Ltd."]),
        # a full stop after a legal form may end the sentence: the next one's name is another
        ("They met Harrow Shipping Pvt Ltd. The Labour Inspectorate of Tessaly joined.",
         ["Harrow Shipping Pvt Ltd.", "Labour Inspectorate of Tessaly"]),
        # head words: polytechnic, assembly, municipality, collective, compact
        ("The Northvale Polytechnic for Solar Energy and the Lakeland Metropolitan Assembly met.",
         ["Northvale Polytechnic for Solar Energy", "Lakeland Metropolitan Assembly"]),
        ("Tessaly Metropolitan Municipality and the Harrow Street Vendors' Collective met.",
         ["Tessaly Metropolitan Municipality", "Harrow Street Vendors' Collective"]),
    ],
)
def test_names_with_their_country_place_names_and_more_head_words(text, expected):
    assert names(text) == expected


def test_a_person_named_like_a_country_is_still_a_person():
    assert [c.iso_alpha2 for c in entities_of(annotate([TextBlock("s1.p1", "paragraph", "Michael Jordan Smith spoke.")])).countries] == []


def test_a_name_cut_at_its_blocks_end_is_the_body_whose_name_it_starts():
    orgs = found("The Lakeland Agency for Coastal Development Cooperation (LACDC) trains fishers.", "The Lakeland Agency for Coastal")
    assert [(org.name, len(org.mentions)) for org in orgs] == [("Lakeland Agency for Coastal Development Cooperation", 3)]
    # inside a block, a shorter name is a body of its own
    orgs = found("The Lakeland Agency for Coastal Development Cooperation met.", "The Lakeland Agency for Coastal Affairs met.")
    assert len(orgs) == 2


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_head_words_are_found_where_the_look_behind_pattern_finds_them(language):
    # OrganizationFinder looks for head words without the pattern's look-behind (faster) and tests
    # it after each match: the same matches as the pattern, on every text of the samples and zoo
    from pipeline.entities.nlp import brochure_nlp
    from tests.conftest import ROOT

    finder = dict(brochure_nlp(language).pipeline)["brochure_organizations"]
    texts = [path.read_text(encoding="utf-8") for path in sorted(ROOT.glob("samples/*.txt")) + sorted(ROOT.glob("tests/zoo/corpus*/*.txt"))]
    texts += ["xBank Bank", "aTrade Union Congress", ".Bank of", "Ltd.Bank", "_Bank", "²Bank", "ſBank", "Bank_", "Bank", ""]
    for text in texts:
        assert [m.span() for m in finder._head_search.finditer(text)] == [m.span() for m in finder.head_pattern.finditer(text)]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_head_first_openings_are_the_tokens_a_walk_over_the_doc_finds(language):
    # _head_word_indices tests each distinct word once: the same tokens as a test of every token
    from pipeline.entities.components import _capitalised
    from pipeline.entities.nlp import brochure_nlp
    from tests.conftest import ROOT

    nlp = brochure_nlp(language)
    finder = dict(nlp.pipeline)["brochure_organizations"]
    finders = [finder, *finder.quoted_finders]
    paths = sorted(ROOT.glob("samples/*.txt")) + sorted(ROOT.glob("tests/zoo/corpus-*/*.txt"))[:40]
    texts = [path.read_text(encoding="utf-8") for path in paths]
    texts += ["le ministère du Travail et la Fédération des syndicats", "MINISTÈRE Ministère ministère", "", "Banque 2020 Banque",
              "the Provincial Government of Punjab", "el Gobierno Regional de San Martín"]
    for text in texts:
        doc = nlp.make_doc(text)
        for each in finders:
            walked = [t.i for t in doc
                      if (_capitalised(t) and each._opens_name(t.text)) or (t.lower_ in each.lower_case_heads and t.is_lower)]
            assert each._head_word_indices(doc) == walked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of portfolios after the of-phrase; not a list of other bodies or countries
        ("The Ministry of Fisheries, Harbours and Coastal Affairs (MFHCA) met.", ["Ministry of Fisheries, Harbours and Coastal Affairs"]),
        ("The Ministry of Fisheries, Harbours, and Coastal Affairs met.", ["Ministry of Fisheries, Harbours, and Coastal Affairs"]),
        ("The Ministry of Fisheries, Harrow Textiles Limited and Korvo AG met.",
         ["Ministry of Fisheries", "Harrow Textiles Limited", "Korvo AG"]),
        ("The Ministry of Fisheries, Namibia and Angola met.", ["Ministry of Fisheries"]),
        # a region after "of": part of the name
        ("The Development Bank of Southern Africa lends.", ["Development Bank of Southern Africa"]),
        # legal forms: in parentheses, with full stops, in two parts; a hyphenated word; "and" inside a name
        ("Erongo Fish Packers (Pty) Ltd and Kestrel-Vale Garments LLC signed.",
         ["Erongo Fish Packers (Pty) Ltd", "Kestrel-Vale Garments LLC"]),
        ("Lakeland Steel and Wire Pvt. Ltd. hires.", ["Lakeland Steel and Wire Pvt. Ltd."]),
        ("Tessaly Data Systems Co., Ltd. and Harrow Pay d.o.o. joined.", ["Tessaly Data Systems Co., Ltd.", "Harrow Pay d.o.o."]),
        ("The Coastal Skills Testing and Certification Centre opened.", ["Coastal Skills Testing and Certification Centre"]),
        ("The Accord on Safe Harbours in the Fishing Industry and Bluefin Logistics Inc. signed.",
         ["Accord on Safe Harbours in the Fishing Industry", "Bluefin Logistics Inc."]),
        # a noun of its kind introduces a name with no head word
        ("The local NGO Terre et Mer runs it; the company In 2024 grew.", ["Terre et Mer"]),
        ("The exporter Harrow Vale Berries and the app Tessimo signed.", ["Harrow Vale Berries", "Tessimo"]),
        # "and" after a head word, or before an acronym, starts another body
        ("The Lakeland Dockworkers Association and Hope for Harbour Families met.", ["Lakeland Dockworkers Association"]),
        # a theme's words are no body
        ("The project Promoting Freedom of Association in Export Zones ends.", []),
    ],
)
def test_names_with_portfolios_legal_forms_and_joined_words(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # no head word: the acronym's letters spell the capitalised words, in either order
        (("The Lakeland Current Convention (LCC) met.", "LCC ships"), [("Lakeland Current Convention", "LCC", 3)]),
        (("KUT-A (Kestrel Unitaria de Trabajadores – Auténtica) joined.", "KUT-A signed."),
         [("Kestrel Unitaria de Trabajadores – Auténtica", "KUT-A", 3)]),
        # ... but a theme's or an instrument's name is no body, nor a country's
        (("Technical and Vocational Education and Training (TVET) grows.",), []),
        (("A Memorandum of Understanding (MoU) was signed.",), []),
        (("The United Kingdom (UK) funds it.",), []),
        # letters that do not spell the words: nothing
        (("The Lakeland Current Convention (XYZ) met.",), []),
    ],
)
def test_names_an_acronym_definition_spells(texts, expected):
    assert [(org.name, org.acronym, len(org.mentions)) for org in found(*texts)] == expected


def test_the_variants_of_a_name_are_one_body():
    # with and without its country (one country only), and by its head word alone
    orgs = found("Namibia’s Ministry of Fisheries, Harbours and Coastal Affairs leads.",
                 "The Ministry of Fisheries, Harbours and Coastal Affairs said so.",
                 "The Lakeland Livelihoods Trust builds roads; a partnership with the Trust followed.")
    assert [(org.name, len(org.mentions)) for org in orgs] == [
        ("Namibia’s Ministry of Fisheries, Harbours and Coastal Affairs", 2), ("Lakeland Livelihoods Trust", 2)]
    # a name without its list of portfolios is the full one
    orgs = found("The Ministry of Fisheries met.", "The Ministry of Fisheries, Harbours and Coastal Affairs agreed.")
    assert [(org.name, len(org.mentions)) for org in orgs] == [("Ministry of Fisheries, Harbours and Coastal Affairs", 2)]


def test_a_listed_body_named_with_its_country_another_way_is_the_listed_one():
    data = organizations()["org:ministry-of-labour-and-employment-bangladesh"]
    assert (data["name"], data["country"]) == ("Ministry of Labour and Employment (Bangladesh)", "BD")
    [ministry] = found("The Ministry of Labour and Employment of Bangladesh met the Bangladesh Ministry of Labour and Employment.")
    assert (ministry.id, len(ministry.mentions), ministry.units) == ("org:ministry-of-labour-and-employment-bangladesh", 2, [])


def test_a_listed_name_in_capitals_is_the_listed_body():
    [ilo] = found("INTERNATIONAL LABOUR ORGANIZATION · COUNTRY BRIEF")
    assert ilo.id == "org:ilo"


def test_a_name_cut_at_its_blocks_start_is_the_body_whose_name_it_ends():
    orgs = found("The Northvale Coastal Fishers Union (NCFU) trains fishers.", "Coastal Fishers Union")
    assert [(org.name, len(org.mentions)) for org in orgs] == [("Northvale Coastal Fishers Union", 3)]
    # inside a block, it is a body of its own
    assert len(found("The Northvale Coastal Fishers Union met.", "The Coastal Fishers Union met.")) == 2


def test_an_office_named_right_after_its_body_is_a_unit_of_that_body():
    [ilo] = found("International Labour Organization · Country Office for Lakeland and Tessaly · 2025")
    assert (ilo.id, ilo.units) == ("org:ilo", ["Country Office for Lakeland and Tessaly"])
    [ilo] = found("Published by the ILO Decent Work Team and Office for the Tessaly Islands.")
    assert ilo.units == ["Office for the Tessaly Islands"]
    # an office serving a list of countries keeps the whole list; a list that names a body ends before it
    [ilo] = found("The ILO Country Office for Nigeria, Ghana, Liberia and Sierra Leone trains inspectors.")
    assert ilo.units == ["ILO Country Office for Nigeria, Ghana, Liberia and Sierra Leone"]
    assert [org.name for org in found("The Lakeland Social Security Office for Ghana and the Ministry of Fisheries met.")] == [
        "Lakeland Social Security Office for Ghana", "Ministry of Fisheries"]
    # "and the": another body
    orgs = found("In 2019 the ILO and the Lakeland Social Security Office signed.")
    assert [org.name for org in orgs] == ["International Labour Organization", "Lakeland Social Security Office"]


def test_the_small_words_of_a_name_are_the_lexicons(monkeypatch):
    """The conjunctions and prepositions inside an English-built name come from the lexicon's
    ``name_links``, not from the code: without "and" among them, "Ministry of Trade and Industry"
    ends at "Trade"; without "for", "Council for Lakeland Fisheries" is cut to "Council"."""
    import spacy

    from pipeline.entities import components

    real = components.language_data
    english = real("lexicon.json", "en")
    nlp = spacy.blank("en")
    doc_text = "The Ministry of Trade and Industry and the Council for Lakeland Fisheries met."

    def shaped(**links) -> list[str]:
        changed = {**english, "name_links": {**english["name_links"], **links}}
        with monkeypatch.context() as patch:
            patch.setattr(components, "language_data", lambda name, language: changed if name == "lexicon.json" else real(name, language))
            finder = components.OrganizationFinder(nlp, "en")
        doc = finder(nlp(doc_text))
        return [span.text for span in components.marks_of(doc).entities]

    assert shaped() == ["Ministry of Trade and Industry", "Council for Lakeland Fisheries"]
    assert shaped(conjunctions=["&"]) == ["Ministry of Trade", "Council for Lakeland Fisheries"]
    assert "Council for Lakeland Fisheries" not in shaped(prepositions=["of", "on", "in"])


def found_in(language: str, *texts: str):
    blocks = [TextBlock(f"s1.p{i + 1}", "paragraph", text) for i, text in enumerate(texts)]
    return entities_of(annotate(blocks, language)).organizations


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a body of a French- or Spanish-speaking country quoted as its language writes it, head first,
        # with its acronym: in English, and each in the other's brochures
        ("en", "In 2023 the Union générale des travailleurs de Lakeland d’Ouest (UGTLO) signed with the ILO.",
         [("Union générale des travailleurs de Lakeland d’Ouest", "UGTLO"), ("International Labour Organization", "ILO")]),
        ("en", "The Association des employeurs de Tessaly (AET) and the Ministère de la Pêche, du Travail et de l’Emploi met.",
         [("Association des employeurs de Tessaly", "AET"), ("Ministère de la Pêche, du Travail et de l’Emploi", None)]),
        ("en", "The Fundación Mujer Tessalina and the Centro de Estudios Harrow trained fishers.",
         [("Fundación Mujer Tessalina", None), ("Centro de Estudios Harrow", None)]),
        ("es", "La Union des pêcheurs d’Anjouvale (UPA) firmó una carta.", [("Union des pêcheurs d’Anjouvale", "UPA")]),
        ("fr", "L’Instituto Tessalino para el Desarrollo de la Mujer (ITDM) a signé.",
         [("Instituto Tessalino para el Desarrollo de la Mujer", "ITDM")]),
        # an English heading is no name of another language: no head-first name without a word of that language
        ("en", "Red Flags for Employers and Central Ideas.", []),
    ],
)
def test_names_of_another_language_quoted_head_first(language, text, expected):
    assert [(org.name, org.acronym) for org in found_in(language, text)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a name with no head word listed with a body (its acronym between) is a body, in any language
        ("en", "In 2025 the Lakeland Federation of Trade Unions (LFTU) and Business Lakeland signed a letter of intent.",
         ["Lakeland Federation of Trade Unions", "Business Lakeland"]),
        ("fr", "Trois entreprises, Harrow Knits Ltd, Tessaly Textiles et Port-Harrow Garments, ont écrit.",
         ["Harrow Knits Ltd", "Tessaly Textiles", "Port-Harrow Garments"]),
        ("es", "La Corporación Tessalina, Brightwater Foods y la OIT suscribieron un acuerdo.",
         ["Corporación Tessalina", "Brightwater Foods", "International Labour Organization"]),
        # ... not a country, an of-phrase's words, a name going on past its line, an address, a person with a body's role
        ("en", "The ILO, South Africa and Namibia met.", ["International Labour Organization"]),
        ("en", "The Ministry of Labour and the ILO agreed.", ["Ministry of Labour", "International Labour Organization"]),
        ("en", "The ILO and the Lakeland Gesellschaft\nfür Arbeit agreed.", ["International Labour Organization"]),
        ("en", "Lakeland University, Victor Lane 1290, Harrow.", ["Lakeland University"]),
        ("en", "Jane Tessaly, ILO Country Director, spoke.", ["International Labour Organization"]),
    ],
)
def test_names_listed_with_a_body(language, text, expected):
    assert [org.name for org in found_in(language, text)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # words joined by a hyphen, which the tokenizer splits, stay in a head-first name
        ("fr", "L’Université Marien-Tessaly et la Chambre de commerce de Pointe-Harrow ont signé.",
         ["Université Marien-Tessaly", "Chambre de commerce de Pointe-Harrow"]),
        ("fr", "L’Office lakelandais de l’emploi et de la main-d’œuvre a signé.", ["Office lakelandais de l’emploi et de la main-d’œuvre"]),
        # an adjective joined to the one before it by "et"
        ("fr", "Le Ministère de l’Enseignement technique et professionnel a signé.",
         ["Ministère de l’Enseignement technique et professionnel"]),
        # ... but a capitalised body after "et" is another one
        ("fr", "L’Office lakelandais de l’emploi et la Chambre de commerce de Tessaly ont signé.",
         ["Office lakelandais de l’emploi", "Chambre de commerce de Tessaly"]),
    ],
)
def test_head_first_names_with_hyphens_and_joined_words(language, text, expected):
    assert [org.name for org in found_in(language, text)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # head words of places that act as bodies: embassies, hotels and resorts, clinics, parishes, schemes
        ("en", "The Embassy of Tessaly and the Lakeview Harbour Hotel met.", ["Embassy of Tessaly", "Lakeview Harbour Hotel"]),
        ("en", "The Northvale Health Insurance Scheme pays the Lakeland Eye Clinic.",
         ["Northvale Health Insurance Scheme", "Lakeland Eye Clinic"]),
        ("fr", "L’Ambassade de Tessaly et l’Hôpital de district de Harrow ont signé.",
         ["Ambassade de Tessaly", "Hôpital de district de Harrow"]),
        ("es", "La Embajada de Tessaly y la Defensoría del Pueblo de Harrow firmaron.",
         ["Embajada de Tessaly", "Defensoría del Pueblo de Harrow"]),
        ("es", "El Museo Textil de Harrow y la Parroquia de San Lakeland firmaron.",
         ["Museo Textil de Harrow", "Parroquia de San Lakeland"]),
    ],
)
def test_head_words_of_places_that_act_as_bodies(language, text, expected):
    assert [org.name for org in found_in(language, text)] == expected


def test_spanish_head_words_of_corporations_and_under_secretariats():
    orgs = found_in("es", "La Corporación Tessalina de la Madera (CTM) y la Subsecretaría de Trabajo de Lakeland firmaron.")
    assert [(org.name, org.acronym, org.kind) for org in orgs] == [
        ("Corporación Tessalina de la Madera", "CTM", "company"), ("Subsecretaría de Trabajo de Lakeland", None, "government")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known body quoted head first in its own language, capitalised another way, is that body
        ("The Agence Française de Développement (AFD) funds the Tessaly fisheries programme.",
         [("org:afd", "Agence française de développement", True)]),
        ("The AFD funds it. The Agence Française de Développement also trains Tessaly fishers.",
         [("org:afd", "Agence française de développement", True)]),
        # a country's name in another language is no body
        ("The ILO works with the Union des Comores on fisheries.", [("org:ilo", "International Labour Organization", True)]),
    ],
)
def test_a_quoted_name_of_a_known_body_or_a_country(text, expected):
    assert [(org.id, org.name, org.known) for org in found_in("en", text)] == expected


def test_a_quoted_name_whose_acronym_is_a_known_bodys_is_that_body():
    [afd] = found_in("en", "The Agence de Développement de Tessaly (AFD) funds fishers.")
    assert (afd.id, afd.known) == ("org:afd", True)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a person listed with a body is no body
        ("en", "The ILO and John Harrowby met.", ["International Labour Organization"]),
        ("fr", "Le BIT et Jean Tessier ont présenté le rapport.", ["International Labour Organization"]),
        # nor a place: a country's or region's name, a run opening with "Greater" or ending in a place word
        ("en", "The ILO, UNICEF and Greater Northvale will host the forum.",
         ["International Labour Organization", "United Nations Children's Fund"]),
        ("en", "The ILO and Harrow District will host the forum.", ["International Labour Organization"]),
        ("en", "The ILO and Latin America and the Caribbean met.", ["International Labour Organization"]),
        # nor words qualifying the lower-case noun after them
        ("en", "UNDP and Harbour Mosque volunteers cleaned the beach.", ["United Nations Development Programme"]),
        ("en", "The ILO and Tessaly Traders workers met.", ["International Labour Organization"]),
        # ... while a body's name listed so still is one
        ("en", "The ILO and Tessaly Traders signed.", ["International Labour Organization", "Tessaly Traders"]),
    ],
)
def test_no_person_or_place_listed_with_a_body_is_a_body(language, text, expected):
    assert [org.name for org in found_in(language, text)] == expected


def test_after_an_elision_a_head_first_name_goes_on_only_with_a_capitalised_word():
    orgs = found_in("en", "The Confédération générale du travail d’une part and the ILO signed.")
    assert [org.name for org in orgs] == ["Confédération générale du travail", "International Labour Organization"]
    assert [org.name for org in found_in("en", "The Union des pêcheurs d’Anjouvale (UPA) signed.")] == ["Union des pêcheurs d’Anjouvale"]


def test_an_office_folded_into_its_body_takes_its_acronyms_along():
    """The acronyms the brochure defined for an office named apart from its body stand for the body
    once the office is the body's unit (OrganizationResolver._fold_offices)."""
    from pipeline.entities.organizations import OrganizationResolver, _name_key

    text = "International Labour Organization · Country Office for Lakeland and Tessaly · 2025"
    resolver = OrganizationResolver(annotate([TextBlock("s1.p1", "paragraph", text)], "en"))
    resolver.acronym_targets["COLT"] = _name_key("Country Office for Lakeland and Tessaly")
    [ilo] = resolver.organizations()
    assert (ilo.id, ilo.units) == ("org:ilo", ["Country Office for Lakeland and Tessaly"])
    assert resolver.acronym_targets["COLT"] == "org:ilo"


def test_a_lower_case_word_after_an_elision_runs_on_to_a_capitalised_one():
    orgs = found_in("es", "La Union des distillateurs d’épices d’Anjouvale (UDEA) firmó una carta con la OIT.")
    assert [(org.name, org.acronym) for org in orgs] == [("Union des distillateurs d’épices d’Anjouvale", "UDEA"),
                                                         ("International Labour Organization", "ILO")]


def test_a_company_named_after_a_business_village_listed_with_a_body_is_one():
    orgs = found_in("en", "In 2025 Harrow Plastics Co. and Tessaly Logistics Village signed a letter of intent.")
    assert "Tessaly Logistics Village" in [org.name for org in orgs]


def names_in(language: str, *texts: str) -> list[str]:
    blocks = [TextBlock(f"s1.p{i + 1}", "paragraph", text) for i, text in enumerate(texts)]
    return [org.name for org in entities_of(annotate(blocks, language)).organizations]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a government qualified as sub-national is a body; its kind is a government's
    ("en", "In 2019 the Provincial Government of Punjab and the ILO signed a letter of intent.", "Provincial Government of Punjab"),
    ("en", "The Kiambu District Local Government runs the scheme.", "Kiambu District Local Government"),
    ("es", "En 2020, el Gobierno Regional de San Martín y la OIT firmaron un convenio.", "Gobierno Regional de San Martín"),
    # head-first local governments before a proper name (one with a hyphen too)
    ("fr", "En 2021, la Municipalité de Sfax et l'OIT ont signé un accord.", "Municipalité de Sfax"),
    ("fr", "Un jumelage unit la coopérative à la Ville de Saint-Nazaire depuis 2021.", "Ville de Saint-Nazaire"),
    ("es", "En 2022, la Intendencia de Tacuarembó y la OIT firmaron un memorando.", "Intendencia de Tacuarembó"),
    ("es", "La Gobernación de San Pedro apoya el programa.", "Gobernación de San Pedro"),
])
def test_sub_national_governments_are_bodies(language, text, expected):
    found_names = names_in(language, text)
    assert expected in found_names
    assert [org.kind for org in entities_of(annotate([TextBlock("s1.p1", "paragraph", text)], language)).organizations
            if org.name == expected] == ["government"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Government of Norway and the ILO signed an agreement in 2019."),  # the country (a country in the record)
    ("es", "En 2019, el Gobierno de Canadá y la OIT firmaron un acuerdo."),
    ("es", "GOBIERNO LOCAL"),  # a heading: no proper name in it
    ("fr", "La Ville de naissance compte."),  # no proper name after the link
])
def test_a_national_government_or_a_place_word_alone_is_no_body_of_its_own(language, text):
    assert not [name for name in names_in(language, text) if name.split()[0].lower() in ("government", "gobierno", "ville")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # "Government" inside a ministry's portfolios is no head word there
    ("en", "The Ministry of Local Government and Rural Development of Zambia signed it.",
     ["Ministry of Local Government and Rural Development of Zambia"]),
    # "y la" / "et la" opens another body, a list of countries goes on
    ("es", "El Gobierno Municipal de Juárez y la Ciudad de El Paso firmaron.", ["Gobierno Municipal de Juárez"]),
    ("fr", "Le Bureau de pays de l'OIT pour le Togo et le Bénin appuie le projet.", None),
    # an article right before a head-first head opens the name ("... à Sfax" ends the line before)
    ("fr", "Enquête auprès de 700 ouvrières à Sfax La Municipalité de Sfax signe un accord.", ["Municipalité de Sfax"]),
    # an acronym after "et l’" is another body
    ("fr", "La Municipalité de Sfax et l’UTAP signent un accord.", ["Municipalité de Sfax"]),
])
def test_names_end_where_another_body_opens(language, text, expected):
    found_names = names_in(language, text)
    if expected is None:  # (the office's name keeps both countries)
        assert not any(name.endswith("pour le Togo") for name in found_names)
    else:
        overlapping = [name for name in found_names if any(e.startswith(name) or name.startswith(e) for e in expected)]
        assert overlapping == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a party after "<instrument> with": no head word, no acronym
        ("en", "In 2023 the union signed a memorandum of understanding with Kestrel Foods on night shifts.", ["Kestrel Foods"]),
        ("fr", "La coopérative a signé une lettre d’intention avec Harbourline Traders en 2025.", ["Harbourline Traders"]),
        ("es", "El sindicato firmó una carta de intención con Tamarindo Logística en 2024.", ["Tamarindo Logística"]),
        # parties before a signing verb whose instrument follows: listed, one word, with "&", beside a known body
        ("en", "Last month, Marlow Bay Council and Kanyam Tea Estate Pvt. Ltd. exchanged a letter of intent.",
         ["Marlow Bay Council", "Kanyam Tea Estate Pvt. Ltd."]),
        ("en", "Tecnoval signed a letter of intent with the ILO in 2025.", ["Tecnoval", "International Labour Organization"]),
        ("fr", "Torréfaction Bernard & Fils a signé une lettre d’intention avec le BIT.",
         ["Torréfaction Bernard & Fils", "International Labour Organization"]),
        ("en", "The ILO and Meltwater Recycling signed a letter of intent.", ["International Labour Organization", "Meltwater Recycling"]),
        # a classifier before the name is no part of it
        ("fr", "L’ONG Tany Vaovao a signé une convention avec le BIT.", ["Tany Vaovao", "International Labour Organization"]),
    ],
)
def test_a_party_of_an_instrument_is_a_body_where_it_stands(language, text, expected):
    assert sorted(names_in(language, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Employers and workers signed an agreement on overtime; employers pay the fares.",  # words the text writes in lower case
        "Jane Roe signed a letter of intent with the ILO.",  # a person
        "The Ministry signed a memorandum of understanding with Namibia.",  # a head word alone, a country
        "GFOTU signed a letter of intent with the ILO in October.",  # (a month after an acronym is no part of a name)
        "Workers signed the agreement. In March signed copies of the MOUs arrived.",
    ],
)
def test_what_stands_where_a_party_does_is_not_always_a_body(text):
    assert not set(names_in("en", text)) - {"International Labour Organization", "GFOTU"}
    assert "GFOTU in October" not in names_in("en", text)


def test_a_short_name_in_brackets_and_an_acronym_before_a_dash_define_the_body():
    orgs = {org.name: org.acronym for org in found(
        "The Asociación Hotelera de Tenerife (Ashotel) met. Later, Ashotel signed a letter of intent with the ILO.",
        "KORPLAN – the Korean Planning Association for Business – signed a memorandum with the ILO.")}
    assert orgs["Asociación Hotelera de Tenerife"] == "Ashotel"
    assert orgs["Korean Planning Association for Business"] == "KORPLAN"
    assert "Ashotel" not in orgs and "KORPLAN" not in orgs


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an apposition that says what the body is, closed by a comma, names a body with no head word
        ("en", "Tessimo, a delivery app, sent the union a letter.", ["Tessimo"]),
        ("en", "Harrow Vale, a resort in Lakeland Atoll, and the Lakeland Hotel Workers Union met.",
         ["Harrow Vale", "Lakeland Hotel Workers Union"]),
        ("fr", "Enfin, Tessal Agro, un groupe laitier de Harrow, a écrit.", ["Tessal Agro"]),
        ("es", "Florivale, la asociación de productores de flores, firmó.", ["Florivale"]),
        # ... not a sentence's opening word, a person with a role, a country or a place, a clause's verb
        ("en", "Today, a cooperative in Harrow, which opened in May, grew.", []),
        ("en", "Tendai Moyo, a cooperative member, spoke.", []),
        ("en", "Kenya, a country of traders, grew.", []),
        ("fr", "Ensuite, la coopérative, qui compte 40 membres, a grandi.", []),
        ("fr", "Harrowville, une commune rurale du Sud, a grandi.", []),
        ("fr", "Tessimo, a créé une coopérative, dit-on.", []),
        # ... nor an apposition left open to its clause's end
        ("en", "Tessimo, a delivery app that pays by the trip.", []),
    ],
)
def test_an_apposition_says_a_name_is_a_body(language, text, expected):
    assert [org.name for org in found_in(language, text)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Elle travaille avec l’exportateur Tessal Café et la banque Harrow Crédit.", ["Tessal Café", "Harrow Crédit"]),
    ("es", "Firmó con la aseguradora Harrow Vida y la cadena Tessimo.", ["Harrow Vida", "Tessimo"]),
])
def test_a_noun_of_its_kind_introduces_a_name_in_every_language(language, text, expected):
    assert [org.name for org in found_in(language, text)] == expected


@pytest.mark.parametrize(("language", "texts", "expected"), [
    # a ministry named by its country's adjective and by its country is one body, named as first printed in full
    ("en", ("The Ministry of Fisheries and Marine Resources of Namibia opened the port.",
            "The Namibian Ministry of Fisheries and Marine Resources is not a party."),
     [("Ministry of Fisheries and Marine Resources of Namibia", "NA", 2)]),
    ("fr", ("Le Ministère de l’Emploi et de la Formation du Sénégal a ouvert le port.",
            "Le ministère sénégalais de l’Emploi et de la Formation n’est pas partie."),
     [("Ministère de l’Emploi et de la Formation du Sénégal", "SN", 2)]),
    ("es", ("El Ministerio de Pesca y Acuicultura de Bolivia abrió el puerto.",
            "El Ministerio boliviano de Pesca y Acuicultura no es parte."),
     [("Ministerio de Pesca y Acuicultura de Bolivia", "BO", 2)]),
    # an adjective two countries share names neither: two bodies
    ("fr", ("Le Ministère de la Pêche de la République du Congo a ouvert le port.",
            "Le ministère congolais de la Pêche n’est pas partie."),
     [("Ministère de la Pêche de la République du Congo", "CG", 1), ("ministère congolais de la Pêche", None, 1)]),
])
def test_a_ministry_named_by_its_countrys_adjective_is_the_one_named_by_its_country(language, texts, expected):
    assert [(org.name, org.country, len(org.mentions)) for org in found_in(language, *texts)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a count and a plural noun of their kind list bodies with no head word
    ("en", "Two companies, Harrow Vale Energy and Tessimo Power, have hosted apprentices.", ["Harrow Vale Energy", "Tessimo Power"]),
    ("en", "Three hotels: Harrow Vale, Lakeview Inn and Tessaly Lodge.", ["Harrow Vale", "Lakeview Inn", "Tessaly Lodge"]),
    ("es", "Tres empresas compradoras —Harrow Berries, Tessimo Foods y la cadena Lakeview del Norte— firmaron.",
     ["Harrow Berries", "Tessimo Foods", "Lakeview del Norte"]),
    # ... not places, nor a list that never closes or is not joined by "and"
    ("en", "Two companies, in Harrow and Tessaly, hire.", []),
    ("en", "Two companies, Harrow Vale, Tessimo Power, hire.", []),
])
def test_a_count_and_a_plural_noun_of_their_kind_list_bodies(language, text, expected):
    assert [org.name for org in found_in(language, text)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a broadcaster's words open or close its name, a frequency after them
    ("en", "Listeners heard it on Radio Harrow Vale, and Tessimo Sound FM 91.3 covered it.",
     ["Radio Harrow Vale", "Tessimo Sound FM 91.3"]),
    ("fr", "Radio Tessal’Ilo diffuse les messages.", ["Radio Tessal’Ilo"]),
    ("es", "Radio Tessimo Estéreo y la cooperativa firmaron un convenio.", ["Radio Tessimo Estéreo"]),
    # a family firm's "&" and its last word, a legal form after it or written first
    ("en", "Harrow Nuts & Sons Ltd buys from the cooperative.", ["Harrow Nuts & Sons Ltd"]),
    ("fr", "Tessal & Fils répare les presses.", ["Tessal & Fils"]),
    ("es", "Ortega & Hijos y el sindicato firmaron.", ["Ortega & Hijos"]),
    ("en", "PT Harrow Makmur pays on time.", ["PT Harrow Makmur"]),
    # legal forms of more countries
    ("en", "Tessimo Boats Lda. and Harrow Cable sh.p.k. signed.", ["Tessimo Boats Lda.", "Harrow Cable sh.p.k."]),
    ("en", "Harrow Hides & Leather W.L.L. funds the crèche.", ["Harrow Hides & Leather W.L.L."]),
    # ... not a time, a noun in lower case, a word after the opener that is no name, a sentence's opening word
    ("en", "At 10 AM the radio station opens; Radio and television reach everyone.", []),
    ("en", "Today Tessimo Sound FM starts.", ["Tessimo Sound FM"]),
])
def test_a_trades_words_shape_a_name_with_no_head_word(language, text, expected):
    assert [org.name for org in found_in(language, text)] == expected


def test_a_family_firm_and_a_legal_form_written_first_are_companies():
    orgs = found_in("en", "Harrow Nuts & Sons and PT Tessimo Jaya signed.")
    assert [(org.name, org.kind) for org in orgs] == [("Harrow Nuts & Sons", "company"), ("PT Tessimo Jaya", "company")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # head words French and Spanish write in lower case name a body before a proper name, the noun kept
    ("fr", "Le syndicat a signé avec la coopérative Tessal de Harrow et le lycée technique de Lakeville.",
     ["coopérative Tessal de Harrow", "lycée technique de Lakeville"]),
    ("es", "Firmó con el hospital de Tessimo y la parroquia de San Harrow.", ["hospital de Tessimo", "parroquia de San Harrow"]),
    # ... not before a lower-case word only, nor as a body's own unit named by its acronym
    ("fr", "Elle est soignée à l’hôpital de district.", []),
    ("es", "Fue atendida en el hospital del HSSI.", []),
])
def test_lower_case_head_words_before_a_proper_name(language, text, expected):
    assert [org.name for org in found_in(language, text)] == expected


def test_a_legal_form_after_a_comma_ends_the_name():
    assert [org.name for org in found_in("en", "Harrow Services, Lda. and Tessimo Boats, S.A. did not sign.")] == [
        "Harrow Services, Lda.", "Tessimo Boats, S.A."]


def test_a_french_dative_link_runs_a_name_on_to_a_lower_case_word_only():
    orgs = found_in("fr", "L’Agence tessalienne d’appui au développement rural (ATADR) forme les femmes de la coopérative de Harrow, "
                          "au Lakeland.")
    assert [(org.name, org.acronym) for org in orgs] == [
        ("Agence tessalienne d’appui au développement rural", "ATADR"), ("coopérative de Harrow", None)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a trade's noun ends a company's name the English way, or opens it the French and Spanish way
    ("en", "Lunch comes from Harrow’s Kitchen and the buses from Tessimo Transport.", ["Harrow’s Kitchen", "Tessimo Transport"]),
    ("es", "Transportes Tessimo y Panadería La Harrowana cobran por pedido.", ["Transportes Tessimo", "Panadería La Harrowana"]),
    ("fr", "La Boulangerie Tessal Fall fournit le pain.", ["Boulangerie Tessal Fall"]),
    # ... only beside a word the brochure never writes in lower case
    ("en", "Public Transport is slow and public transport is late.", []),
])
def test_a_trades_noun_shapes_a_companys_name(language, text, expected):
    assert [org.name for org in found_in(language, text)] == expected


def test_a_trades_noun_does_not_end_a_name_that_goes_on_over_a_line_break():
    names = [org.name for org in found_in("en", "The ILO and the Harrow Construction\nWorkers Union agreed.")]
    assert "Harrow Construction" not in names and names


def test_a_name_a_trades_noun_shapes_is_a_company_but_a_ministry_of_that_trade_is_the_ministrys():
    orgs = found_in("en", "Tessimo Valley Logistics and the Ministry of Harrow Transport met.")
    assert [(org.name, org.kind) for org in orgs] == [
        ("Tessimo Valley Logistics", "company"), ("Ministry of Harrow Transport", "government")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # head words of local and regional bodies: a "personería", a "gestora", a "generalitat", a "casa" of culture, a province
    ("es", "La Personería Municipal de Tessimo y la Casa de la Cultura de Harrow firmaron.",
     ["Personería Municipal de Tessimo", "Casa de la Cultura de Harrow"]),
    ("fr", "La Province de Tessal et le syndicat ont signé.", ["Province de Tessal"]),
    # ... a domestic workers' federation keeps its "del Hogar" (no head word)
    ("es", "La Federación Nacional de Trabajadoras del Hogar de Tessimo firmó.",
     ["Federación Nacional de Trabajadoras del Hogar de Tessimo"]),
])
def test_head_words_of_local_and_regional_bodies(language, text, expected):
    assert [org.name for org in found_in(language, text)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a local government's head word in lower case names it before its place's name, hyphenated or not
    ("fr", "La mairie de Tessal et le conseil régional du Harrow ont signé avec la paroisse Saint-Tessal de Harrow.",
     ["mairie de Tessal", "conseil régional du Harrow", "paroisse Saint-Tessal de Harrow"]),
    ("es", "La alcaldía de Tessimo firmó.", ["alcaldía de Tessimo"]),
])
def test_lower_case_heads_of_local_governments_and_hyphenated_names(language, text, expected):
    assert [org.name for org in found_in(language, text)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a sentence's first word before lower-case words alone says what a body is
    ("es", "Sindicato rural. Comité paritario de seguridad.", []),
    ("fr", "Coopératives actives : 40.", []),
    # ... the same words in running text, or after a colon, name one
    ("fr", "Elle travaille avec la Banque tessalienne de développement.", ["Banque tessalienne de développement"]),
    ("fr", "Source : Institut tessalien de la statistique.", ["Institut tessalien de la statistique"]),
])
def test_a_head_first_name_opening_a_sentence_needs_a_proper_name(language, text, expected):
    assert [org.name for org in found_in(language, text)] == expected


@pytest.mark.parametrize(("language", "texts", "expected"), [
    # a ministry named by its head word and some of its portfolios is the one ministry of its country that names them all
    ("fr", ("Le Ministère de la Fonction publique, du Travail et des Lois sociales de Madagascar a été invité.",
            "Le ministère malgache du Travail ne l’a pas fait."),
     [("Ministère de la Fonction publique, du Travail et des Lois sociales de Madagascar", 2)]),
    ("es", ("El Ministerio del Trabajo de Colombia asistió.", "El Ministerio de Trabajo no ha firmado nada."),
     [("Ministerio del Trabajo de Colombia", 2)]),
    # ... not two bodies of no country named alike
    ("es", ("La Caja de Seguro Social de Tessimo y la Caja Tessimense de Seguro Social firmaron.",),
     [("Caja de Seguro Social de Tessimo", 1), ("Caja Tessimense de Seguro Social", 1)]),
])
def test_a_ministry_named_by_some_of_its_portfolios_is_the_one_that_names_them_all(language, texts, expected):
    assert [(org.name, len(org.mentions)) for org in found_in(language, *texts)] == expected


def test_a_head_first_name_written_with_and_without_its_capital_is_one_body():
    orgs = found_in("fr", "Le Ministère des Affaires sociales forme les agents.", "Le ministère des Affaires sociales paie les soins.")
    assert [(org.name, len(org.mentions)) for org in orgs] == [("Ministère des Affaires sociales", 2)]
