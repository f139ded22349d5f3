"""Entities and partnerships of brochures in French and Spanish: each page read with its language's
resources, the same bodies and themes under the same ids whichever language names them."""

from __future__ import annotations

from pipeline.entities import annotate, block_languages_of, entities_of, find_entities
from pipeline.model import Document, Section, Source, TextBlock
from pipeline.record import Paragraph
from pipeline.relations import find_partnerships


def entities(language: str, *texts: str):
    return entities_of(annotate([TextBlock(f"s1.p{i + 1}", "paragraph", text) for i, text in enumerate(texts)], language))


def orgs(language: str, *texts: str) -> dict[str, tuple[str, list[str]]]:
    return {o.id: (o.name, [m.text for m in o.mentions]) for o in entities(language, *texts).organizations}


def partnerships(*paragraphs: str):
    """What the relations stage finds in the paragraphs of one section (the brochure's language told from them)."""
    section = Section(id="s1", heading="Partenaires", level=1,
                      paragraphs=[Paragraph(id=f"s1.p{i + 1}", text=t) for i, t in enumerate(paragraphs)])
    document = Document(source=Source(path="x.txt", media_type="text/plain", sha256="0" * 64, size_bytes=1), title=None,
                        publisher=None, sections=[section])
    return [([p.acronym or p.name for p in found.parties], found.instrument, found.year, found.end_year)
            for found in find_partnerships(find_entities(document)).partnerships]


def test_one_body_one_id_whichever_language_names_it():
    fr = orgs("fr", "L'Organisation internationale du Travail (OIT) et la Banque africaine de développement (BAD) travaillent avec "
                    "l'UEMOA, la CEDEAO et l'Union européenne. Le BIT en est le secrétariat.")
    assert fr["org:ilo"] == ("International Labour Organization", ["Organisation internationale du Travail", "OIT", "BIT"])
    assert {"org:afdb", "org:uemoa", "org:ecowas", "org:eu"} <= set(fr)
    es = orgs("es", "La Organización Internacional del Trabajo (OIT), el BID y el PNUD con la Unión Europea.")
    assert {"org:ilo", "org:idb", "org:undp", "org:eu"} == set(es)
    en = orgs("en", "The ILO and the Inter-American Development Bank (IDB).")
    assert set(en) == {"org:ilo", "org:idb"}


def test_the_un_system_and_the_development_banks_by_their_french_and_spanish_names():
    fr = orgs("fr", "Le Fonds monétaire international, l'OCDE, la Société financière internationale et l'Organisation mondiale "
                    "du commerce (OMC) travaillent avec la Coopération suisse.")
    assert {"org:imf", "org:oecd", "org:ifc", "org:wto", "org:sdc"} <= set(fr)
    es = orgs("es", "El Fondo Monetario Internacional (FMI), la COSUDE y la Organización Mundial del Comercio trabajan con la "
                    "Confederación Sindical de Trabajadores y Trabajadoras de las Américas (CSA).")
    assert {"org:imf", "org:sdc", "org:wto", "org:tuca"} <= set(es)


def test_the_french_tokenizer_splits_elisions_so_names_after_them_are_found():
    found = orgs("fr", "Le programme de l'OIT et d'ONU Femmes, avec l'appui de l'AFD.")
    assert {"org:ilo", "org:un-women", "org:afd"} <= set(found)


def test_names_that_open_with_their_head_word_run_on_as_the_language_builds_them():
    found = {name for name, _ in orgs("fr", "La Caisse nationale de sécurité sociale soutient les artisans. Le Ministère du Travail, "
                                            "du Dialogue social et des Relations avec les Institutions préside le comité. "
                                            "Le Réseau des femmes entrepreneures du Sahel forme des apprenties.").values()}
    assert {"Caisse nationale de sécurité sociale",
            "Ministère du Travail, du Dialogue social et des Relations avec les Institutions",
            "Réseau des femmes entrepreneures du Sahel"} <= found
    found = {name for name, _ in orgs("es", "El Ministerio de Trabajo y Promoción del Empleo del Perú apoya a la Federación Nacional "
                                            "de Trabajadoras del Hogar y a la Empresa Cafetalera del Valle S.A. en Lima.").values()}
    assert {"Ministerio de Trabajo y Promoción del Empleo del Perú", "Federación Nacional de Trabajadoras del Hogar",
            "Empresa Cafetalera del Valle S.A."} <= found


def test_an_acronym_definition_closes_a_name_of_lower_case_words():
    found = orgs("fr", "L'Agence pour l'emploi des jeunes (AEJ) accompagne les diplômés. L'AEJ a ouvert dix guichets.")
    name, mentions = next(v for v in found.values() if v[0].startswith("Agence"))
    assert name == "Agence pour l'emploi des jeunes" and mentions == ["Agence pour l'emploi des jeunes", "AEJ", "AEJ"]


def test_an_office_of_a_known_body_is_that_body_not_a_body_of_its_own():
    found = orgs("fr", "Le Bureau régional de l'OIT pour l'Afrique et le Bureau de pays de l'OIT à Dakar.")
    assert set(found) == {"org:ilo"}


def test_an_office_named_head_first_is_a_unit_of_its_body_with_the_place_it_serves():
    # (the places are the language's office_place_links: "pour", "à", "para", "en")
    text = "Le Bureau de pays de l’OIT pour la Tanzanie, le Burundi et le Kenya appuie le Bureau de l’OIT à Lakeville."
    [ilo] = entities("fr", text).organizations
    assert (ilo.id, ilo.units) == ("org:ilo", ["Bureau de pays de l’OIT pour la Tanzanie, le Burundi et le Kenya",
                                               "Bureau de l’OIT à Lakeville"])
    found = entities("es", "La Oficina de la OIT para América Central, Haití y Panamá.")
    [ilo] = found.organizations
    assert ilo.units == ["Oficina de la OIT para América Central, Haití y Panamá"]
    assert {c.iso_alpha2 for c in found.countries} == {"HT", "PA"}
    # the places it serves stay mentions of their own, regions as well as countries
    for language, text, office in (("fr", "Le Bureau de l’OIT pour le Sahel appuie les jeunes.", "Bureau de l’OIT pour le Sahel"),
                                   ("es", "La Oficina de la OIT para el Sahel apoya.", "Oficina de la OIT para el Sahel")):
        found = entities(language, text)
        assert [o.units for o in found.organizations] == [[office]]
        assert [(r.id, [m.text for m in r.mentions]) for r in found.regions] == [("sahel", ["Sahel"])]
    # a list that does not close on a place is not the office's: "y la Fundación ..." is another body
    found = orgs("es", "La Oficina de la OIT en Lakeville y la Fundación Tessaly firmaron.")
    assert found["org:ilo"][1] == ["Oficina de la OIT en Lakeville"] and len(found) == 2


def test_regional_and_local_government_bodies_have_head_words():
    found = {name for name, _ in orgs("es", "El Ayuntamiento de Lakeville y la Consejería de Pesca firmaron.").values()}
    assert {"Ayuntamiento de Lakeville", "Consejería de Pesca"} <= found


def test_a_list_of_portfolios_may_hold_an_item_with_a_genitive():
    found = {name for name, _ in orgs("es", "El Ministerio de Trabajo, Fomento de Empleo y Seguridad Social y la OIT firmaron.").values()}
    assert "Ministerio de Trabajo, Fomento de Empleo y Seguridad Social" in found
    # a head word alone as an item, and an item with two genitives
    found = {name for name, _ in orgs("es", "La Consejería de Pesca, Empresa y Trabajo Autónomo de la Junta de Lakeland firmó.").values()}
    assert found == {"Consejería de Pesca, Empresa y Trabajo Autónomo de la Junta de Lakeland"}


def test_countries_and_themes_in_the_language_of_the_page():
    fr = entities("fr", "Au Sénégal, en Côte d'Ivoire et au Pérou, la protection sociale et le travail des enfants.")
    assert sorted(c.iso_alpha2 for c in fr.countries) == ["CI", "PE", "SN"]
    assert {"social-protection", "child-labour"} <= {t.id for t in fr.themes}
    es = entities("es", "En el Perú y Bolivia, el empleo juvenil y las trabajadoras del hogar.")
    assert sorted(c.iso_alpha2 for c in es.countries) == ["BO", "PE"]
    assert {"youth-employment", "domestic-workers"} <= {t.id for t in es.themes}
    # French words mean nothing to the English resources
    assert not entities("en", "la protection sociale au Sénégal").themes


def test_dates_and_ranges_in_french_and_spanish_give_their_years():
    years = [y.value for y in entities("fr", "Lancé le 1er janvier 2019, le plan court de 2021 à 2025 ; plus de 2000 travailleurs.").years]
    assert years == [2019, 2021, 2025]
    years = [y.value for y in entities("es", "Entre 2015 y 2017, y desde el 15 de marzo de 2021 hasta 2026; unos 2000 jóvenes.").years]
    assert years == [2015, 2017, 2021, 2026]


def test_partnerships_in_french():
    assert partnerships(
        "En 2019, l'OIT et la Banque africaine de développement (BAD) ont signé un protocole d'accord pour étendre la protection sociale.",
        "De 2021 à 2025, l'OIT, l'UEMOA et l'Union européenne mènent un programme conjoint pour renforcer l'inspection du travail.",
        "La Fédération des employeurs de l'Afrique de l'Ouest (FEAO) a conclu un accord de coopération avec le BIT en 2017.",
        "Une lettre d'intention signée par l'OIT et la CEDEAO en 2016 engage les deux parties.",
        "Avec le financement du PNUD, l'OIT œuvre depuis 2015 à créer des emplois verts.",
    ) == [(["ILO", "AfDB"], "memorandum_of_understanding", 2019, None),
          (["ILO", "WAEMU", "EU"], "programme", 2021, 2025),
          (["FEAO", "ILO"], "cooperation_agreement", 2017, None),
          (["ILO", "ECOWAS"], "letter_of_intent", 2016, None),
          (["ILO", "UNDP"], "funding", 2015, None)]


def test_partnerships_in_spanish():
    assert partnerships(
        "Las personas jóvenes del país son las más afectadas por el desempleo y por la informalidad, según los datos del ministerio.",
        "En 2018, la OIT y el Banco Interamericano de Desarrollo (BID) firmaron un memorando de entendimiento para promover el empleo.",
        "Entre 2015 y 2017, la OIT, el PNUD y la Unión Europea ejecutaron un programa conjunto para fortalecer la inspección.",
        "Un convenio de cooperación entre la OIT y la CEPAL, firmado en 2020, busca mejorar las estadísticas.",
    ) == [(["ILO", "IDB"], "memorandum_of_understanding", 2018, None),
          (["ILO", "UNDP", "EU"], "programme", 2015, 2017),
          (["ILO", "ECLAC"], "cooperation_agreement", 2020, None)]


def test_a_page_in_another_language_is_read_with_that_languages_resources():
    english = "The programme of the ILO works with governments, employers and workers in the region and their partners. " * 3
    spanish = ("La OIT y el BID firmaron un memorando de entendimiento en 2018 para promover el empleo juvenil en el Perú "
               "y en los países de la región. ") * 2
    blocks = [TextBlock("p1", "paragraph", english, page=1), TextBlock("p2", "paragraph", english, page=1),
              TextBlock("p3", "paragraph", spanish, page=2)]
    language, by_block = block_languages_of(blocks)
    assert language == "en" and by_block == {"p1": "en", "p2": "en", "p3": "es"}
    found = entities_of([v for lang in ("en", "es") for v in annotate([b for b in blocks if by_block[b.id] == lang], lang)])
    assert "youth-employment" in {t.id for t in found.themes}  # "empleo juvenil": the Spanish vocabulary read page 2
    assert {"org:ilo", "org:idb"} <= {o.id for o in found.organizations}


def test_french_ministries_in_lower_case_and_names_after_their_acronym():
    found = orgs("fr", "Le ministère du Travail et de la Protection sociale du Bénin et l'ONFPE (Office national de la formation "
                       "professionnelle et de l'emploi) forment des inspecteurs. Le ministère a publié un rapport.")
    names = {name for name, _ in found.values()}
    assert "ministère du Travail et de la Protection sociale du Bénin" in names
    assert "Office national de la formation professionnelle et de l'emploi" in names
    assert "ministère" not in names  # a lower-case head alone names nobody


def test_a_name_ends_before_an_acronym_after_et_and_before_a_verb_after_its_country():
    fr = {name for name, _ in orgs("fr", "En 2019, la Mairie de Bouaké, le Ministère du Travail et de la Protection sociale du "
                                         "Congo et l'ONFPE ont signé un protocole d'accord.").values()}
    assert "Ministère du Travail et de la Protection sociale du Congo" in fr
    es = {name for name, _ in orgs("es", "El Ministerio de Desarrollo Social de Honduras lidera el trabajo con la OIT.").values()}
    assert "Ministerio de Desarrollo Social de Honduras" in es


def test_a_central_union_is_a_workers_organization_in_spanish():
    found = orgs("es", "La Central Unitaria de Trabajadores del Perú (CUTP) y la OIT firmaron un convenio de cooperación.")
    assert ("Central Unitaria de Trabajadores del Perú", ["Central Unitaria de Trabajadores del Perú", "CUTP"]) in found.values()


FRENCH_CONTEXT = ("Dans les pays de la région, la plupart des travailleurs et des travailleuses ne disposent d'aucune protection "
                  "sociale et travaillent dans l'économie informelle.")
SPANISH_CONTEXT = ("En los países de la región, la mayoría de las trabajadoras y los trabajadores no tiene protección social y "
                   "trabaja en la economía informal.")


def test_french_and_spanish_passives_agent_phrases_and_dated_joint_verbs():
    assert partnerships(
        FRENCH_CONTEXT,
        "Un protocole d'accord a été signé en 2016 par la Confédération nationale des travailleurs du bâtiment (CNTB) et l'OIT afin "
        "de créer des emplois verts.",
        "Grâce au financement de l'Agence française de développement (AFD), l'OIT peut depuis 2014 former des inspecteurs du travail.",
    ) == [(["CNTB", "ILO"], "memorandum_of_understanding", 2016, None), (["ILO", "AFD"], "funding", 2014, None)]
    assert partnerships(
        SPANISH_CONTEXT,
        "El memorando de entendimiento fue firmado en 2022 por la OIT y la Fundación Futuro Andino para fortalecer la inspección.",
        "La OIT y la Red de Jóvenes Emprendedores del Sur suscribieron en 2019 un convenio de cooperación para promover el empleo.",
        "Gracias al apoyo de la Agencia Española de Cooperación Internacional para el Desarrollo (AECID), la OIT capacita desde "
        "2015 a inspectores del trabajo.",
    ) == [(["ILO", "Fundación Futuro Andino"], "memorandum_of_understanding", 2022, None),
          (["ILO", "Red de Jóvenes Emprendedores del Sur"], "cooperation_agreement", 2019, None),
          (["ILO", "AECID"], "funding", 2015, None)]


def test_a_table_of_agreements_is_read_with_its_languages_instruments(tmp_path):
    from tests.test_partnership_rules import annotated_with_table, table_summary

    text = ("Nos partenaires\n\nL'Organisation internationale du Travail (OIT) travaille avec de nombreux partenaires dans "
            "les pays de la région. Elle forme les inspecteurs du travail et les partenaires sociaux.\n")
    rows = [["Fondation Sahel Avenir", "Protocole d'accord", "2015"], ["UNICEF", "Accord de coopération", "2019"]]
    annotated = annotated_with_table(tmp_path, text, [["Partenaire", "Accord avec l'OIT", "Année"]], rows)
    assert table_summary(annotated) == [("cooperation_agreement", ["ILO", "UNICEF"], 2019),
                                        ("memorandum_of_understanding", ["Fondation Sahel Avenir", "ILO"], 2015)]


def test_a_french_or_spanish_sentence_refers_back_to_the_parties_of_the_one_before():
    assert partnerships(
        FRENCH_CONTEXT + " En 2019, l'OIT, la Confédération nationale des travailleurs du bâtiment (CNTB) et l'UEMOA se sont "
        "engagées à former les jeunes. Cet accord de coopération court jusqu'en 2023.",
    ) == [(["ILO", "CNTB", "WAEMU"], "cooperation_agreement", 2019, 2023)]  # "jusqu'en 2023" ends it; the year is the commitment's
    assert partnerships(
        SPANISH_CONTEXT + " La OIT trabaja con la Fundación Futuro Andino desde hace años. Su convenio de cooperación, firmado en "
        "2018, abarca la formación de jóvenes.",
    ) == [(["ILO", "Fundación Futuro Andino"], "cooperation_agreement", 2018, None)]


def test_a_name_after_its_acronym_needs_no_letters_in_common_and_a_date_may_precede_between():
    found = orgs("fr", "L'OIT travaille avec l'AFPI (Institut de formation professionnelle et de promotion agricole) et la FISA "
                       "(Fédération indépendante des syndicats agricoles) depuis 2015.")
    names = {name for name, _ in found.values()}
    assert {"Institut de formation professionnelle et de promotion agricole", "Fédération indépendante des syndicats agricoles"} <= names
    assert partnerships(FRENCH_CONTEXT, "Un accord de coopération signé en 2019 entre l'OIT et la Fédération indépendante des "
                                        "syndicats agricoles (FISA) vise à renforcer le dialogue social.") == \
        [(["ILO", "FISA"], "cooperation_agreement", 2019, None)]


def test_a_date_with_its_day_and_month_between_the_verb_and_the_parties():
    assert partnerships(FRENCH_CONTEXT, "Un protocole d'accord a été signé le 14 février 2022 par l'OIT et la Fondation Sahel "
                                        "Avenir pour former les jeunes.") == \
        [(["ILO", "Fondation Sahel Avenir"], "memorandum_of_understanding", 2022, None)]
    assert partnerships(SPANISH_CONTEXT, "La OIT y la Fundación Futuro Andino firmaron el 3 de marzo de 2021 un memorando de "
                                         "entendimiento para promover el empleo juvenil.") == \
        [(["ILO", "Fundación Futuro Andino"], "memorandum_of_understanding", 2021, None)]


def test_a_with_that_names_nobody_after_a_dated_instrument_leaves_the_verb_its_parties():
    assert partnerships(SPANISH_CONTEXT, "La OIT y la Fundación Futuro Andino firmaron un acuerdo de cooperación en 2021 con el fin "
                                         "de apoyar a las mujeres emprendedoras.") == \
        [(["ILO", "Fundación Futuro Andino"], "cooperation_agreement", 2021, None)]


def test_an_instrument_dated_by_its_participle_then_a_verb_that_binds_its_parties():
    # the parties after the instrument: "lie A et B", "une a A y B" (instruments.json connectors "binds")
    assert partnerships(FRENCH_CONTEXT, "L'accord de coopération signé en 2018 lie l'OIT et la Fondation Sahel Avenir, qui "
                                        "s'engagent à former les jeunes.") == \
        [(["ILO", "Fondation Sahel Avenir"], "cooperation_agreement", 2018, None)]
    assert partnerships(SPANISH_CONTEXT, "La alianza público-privada creada en 2020 une a la OIT y la Fundación Futuro Andino con "
                                         "el objetivo de promover el empleo juvenil.") == \
        [(["ILO", "Fundación Futuro Andino"], "public_private_partnership", 2020, None)]


def test_an_instrument_dated_by_its_participle_then_signed_by_its_parties():
    # "lancé en 2021 ... par": the dating participle, then the passive with the present's auxiliary ("est", "es")
    assert partnerships(FRENCH_CONTEXT, "Le programme conjoint lancé en 2021 est signé par l'OIT et la Fondation Sahel Avenir "
                                        "pour former les jeunes.") == \
        [(["ILO", "Fondation Sahel Avenir"], "programme", 2021, None)]
    assert partnerships(SPANISH_CONTEXT, "El memorando de entendimiento creado en 2019 es firmado por la OIT y la Fundación "
                                         "Futuro Andino para promover el empleo juvenil.") == \
        [(["ILO", "Fundación Futuro Andino"], "memorandum_of_understanding", 2019, None)]


def test_head_first_names_with_a_list_of_portfolios():
    def names(language, text):
        return [name for name, _ in orgs(language, text).values()]

    assert names("fr", "Le Ministère des Pêches, de l’Aquaculture et de la Mer signe.") == [
        "Ministère des Pêches, de l’Aquaculture et de la Mer"]
    assert names("fr", "L’Union lakelandaise de la pêche, du commerce et de l’artisanat signe.") == [
        "Union lakelandaise de la pêche, du commerce et de l’artisanat"]
    assert names("es", "El Ministerio de Pesca, Puertos y Asuntos Costeros y la Federación Lakeland firmaron.") == [
        "Ministerio de Pesca, Puertos y Asuntos Costeros", "Federación Lakeland"]
    # bare lower-case words, and countries, are no portfolios
    assert names("es", "El Ministerio de Pesca, sindicatos y empleadores firmaron.") == ["Ministerio de Pesca"]
    assert names("es", "La Oficina para Centroamérica, Panamá y Haití firmó.") == ["Oficina para Centroamérica"]


def test_a_unit_of_another_body_ends_a_head_first_name():
    names = [name for name, _ in orgs("es", "El Departamento de Pesca Artesanal del Ministerio de Pesca y Acuicultura firmó.").values()]
    assert names == ["Departamento de Pesca Artesanal", "Ministerio de Pesca y Acuicultura"]
    # a link without its article does not: "de Cámaras"
    assert [name for name, _ in orgs("es", "La Unión Lakeland de Cámaras y Asociaciones del Sector Pesquero firmó.").values()] == [
        "Unión Lakeland de Cámaras y Asociaciones del Sector Pesquero"]


def test_a_hyphenated_word_in_a_name_its_acronym_closes():
    assert [(name, texts) for name, texts in orgs("fr", "La Banque nord-lakelandaise de pêche (BNLP) prête. La BNLP aide.").values()] == [
        ("Banque nord-lakelandaise de pêche", ["Banque nord-lakelandaise de pêche", "BNLP", "BNLP"])]


def test_a_body_of_one_country_with_a_name_others_share_needs_its_country_nearby():
    """"INA" (Costa Rica's Instituto Nacional de Aprendizaje) or "Instituto Nacional de Formación
    Profesional" (Honduras's INFOP, and other countries' too) are that body only where its country is
    named near them (data key ``needs_country``); an acronym also after its body's full name."""
    assert "org:ina-costa-rica" not in orgs("es", "El INA forma a los jóvenes del país.")
    assert "org:ina-costa-rica" in orgs("es", "En Costa Rica, el INA forma a los jóvenes.")
    assert "org:infop" not in orgs("es", "El Instituto Nacional de Formación Profesional de la provincia forma a los jóvenes.")
    assert "org:infop" in orgs("es", "En Honduras, el Instituto Nacional de Formación Profesional forma a los jóvenes.")
    assert "org:senati" not in orgs("es", "El SENATI forma a los jóvenes.")
    found = orgs("es", "El Servicio Nacional de Adiestramiento en Trabajo Industrial (SENATI) forma a los jóvenes. El SENATI crece.")
    assert found["org:senati"][1] == ["Servicio Nacional de Adiestramiento en Trabajo Industrial", "SENATI", "SENATI"]
