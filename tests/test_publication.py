"""Publication metadata (pipeline/publication.py): year, ISBN/ISSN, publication codes, office,
language of the text and of each page, and the work key that links a brochure's PDF and text."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

import pipeline
from pipeline.publication import find_codes, find_isbns, find_issns, language_of, languages_of_parts
from tests.conftest import ROOT, extract_text, sample_record

ZOO = ROOT / "tests" / "zoo" / "corpus"


@pytest.mark.parametrize(("text", "expected"), [
    ("ISBN 978-0-306-40615-7 (print)", ["9780306406157"]),
    ("ISBN: 978 0 306 40615 7", ["9780306406157"]),
    ("ISBN 0-306-40615-2", ["9780306406157"]),  # an ISBN-10, converted
    ("ISBN 978-0-306-40615-8", []),  # a wrong check digit
    ("ISBN 0-306-40615-3", []),
    ("ISBN 978-92-2-030925-4 (web pdf)", ["9789220309254"]),
    ("Call 978-0-306-40615-7 now", []),  # no ISBN label: a phone number, a figure
])
def test_isbns_are_checksum_validated(text, expected):
    assert find_isbns(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ISSN 0378-5955", ["0378-5955"]),
    ("ISSN 2049-3630 (online)", ["2049-3630"]),
    ("ISSN 0378-5956", []),
    ("ISSN: 2227-720X", ["2227-720X"]),
    ("ISSN 2227-7201", []),
])
def test_issns_are_checksum_validated(text, expected):
    assert find_issns(text) == expected


def test_publication_codes_but_not_named_pairs():
    assert find_codes("Fact sheet ILO-PIC/FS/YE/07, June 2012") == ["ILO-PIC/FS/YE/07"]
    assert find_codes("The ILO/ADB Memorandum of Understanding and the ILO/EU/ADB partnership") == []


def test_year_isbn_code_and_office_from_the_imprint(tmp_path):
    text = ("Decent Work for Fishers\n\nILO Country Office for the Philippines\n\n"
            "Fishers on Philippine vessels work long hours far from shore, and the ILO works with the "
            "Government on inspection of their working conditions.\n\n"
            "Printed in the Philippines, 2019\n\nCopyright © International Labour Organization 2018\n\n"
            "ISBN 978-0-306-40615-7 (print)\n\nILO-PIC/FS/PH/03\n")
    publication = extract_text(tmp_path, text).publication
    assert (publication.year, publication.year_evidence) == (2018, "Copyright © International Labour Organization 2018")
    assert publication.isbn == ["9780306406157"] and publication.codes == ["ILO-PIC/FS/PH/03"]
    assert publication.office.ref == "org:ilo" and publication.office.name == "ILO Country Office for the Philippines"
    assert publication.language == "en"


def test_a_code_is_read_only_where_it_starts_a_word_and_a_later_year_cue_counts_without_a_copyright(tmp_path):
    # (the code's pattern opens with a look-behind and is searched without it, pipeline.anchors: a
    # match right after a letter or a slash is still none; a year cue whose words are absent is skipped)
    text = ("Decent Work for Fishers\n\nFishers on Philippine vessels work long hours far from shore, and the "
            "ILO works with the Government on inspection.\n\nRef. XILO-PIC/FS/PH/01 and see/ILO-PIC/FS/PH/02.\n\n"
            "First published 2017\n\nILO-PIC/FS/PH/03\n")
    publication = extract_text(tmp_path, text).publication
    assert publication.codes == ["ILO-PIC/FS/PH/03"]
    assert (publication.year, publication.year_evidence) == (2017, "First published 2017")


def test_an_isbn_is_read_within_one_piece_of_text(tmp_path):
    # the record's pieces are searched as one text: a label in one paragraph and digits in the next
    # are no ISBN (the pattern's "(print ...)" would take the separator between them)
    text = ("Decent Work for Fishers\n\nFishers on Philippine vessels work long hours far from shore, and the "
            "ILO works with the Government on inspection.\n\nSee the ISBN (print\n\n) 978-0-306-40615-7 is a figure.\n\n"
            "Copyright © International Labour Organization 2018\n\nISSN 0378-5955\n")
    publication = extract_text(tmp_path, text).publication
    assert publication.isbn == [] and publication.issn == ["0378-5955"] and publication.year == 2018


def test_the_reference_sample_is_in_english_and_published_by_the_ilo():
    publication = sample_record("partnerships-for-decent-work.txt").publication
    assert publication.language == "en" and publication.office.ref == "org:ilo"
    domestic = sample_record("domestic-workers-arab-states.txt").publication
    assert domestic.year == 2021  # "Copyright © International Labour Organization 2021"


def test_a_page_in_another_language_is_flagged(tmp_path):
    english = ("Social Protection for All\n\nThe ILO works with governments, employers and workers to extend social "
               "protection to the workers of the informal economy, and to their families, in the region.\n")
    french = ("Protection sociale pour tous\n\nLe BIT travaille avec les gouvernements et les partenaires sociaux pour "
              "étendre la protection sociale aux travailleurs de l'économie informelle et à leurs familles dans la région. "
              "Les programmes sont mis en œuvre avec les ministères du travail.\n")
    record = extract_text(tmp_path, f"{english}\f{english}\f{french}")
    assert [page.language for page in record.pages] == ["en", "en", "fr"]
    assert record.publication.language == "en"
    assert "page 3 is in another language (fr) than the brochure (en)" in record.warnings


@pytest.mark.parametrize(("code", "text"), [
    ("es", "La Organización Internacional del Trabajo trabaja con los gobiernos y los interlocutores sociales para promover "
           "el trabajo decente en la región, y también apoya a las cooperativas de los países más pobres desde hace años."),
    ("pt", "A Organização Internacional do Trabalho trabalha com os governos e os parceiros sociais para promover o trabalho "
           "digno na região, e também apoia as cooperativas dos países mais pobres, com mais emprego para os jovens."),
    ("de", "Die Internationale Arbeitsorganisation arbeitet mit den Regierungen und den Sozialpartnern zusammen, um "
           "menschenwürdige Arbeit in der Region zu fördern, und sie unterstützt auch die Genossenschaften der ärmsten Länder."),
    ("fr", "L’Organisation internationale du Travail travaille avec les gouvernements et les partenaires sociaux pour "
           "promouvoir le travail décent dans la région, et elle soutient aussi les coopératives des pays les plus pauvres."),
    ("id", "Organisasi Perburuhan Internasional bekerja sama dengan pemerintah dan mitra sosial untuk mempromosikan pekerjaan "
           "yang layak di kawasan ini, dan juga mendukung koperasi di negara-negara termiskin."),
])
def test_the_language_of_one_paragraph(code, text):
    assert language_of(text) == code


_ENGLISH = ("The International Labour Organization works with the governments and the social partners of the region "
            "to promote decent work, and it supports the cooperatives of the poorest countries with their members.")
_FRENCH = ("L’Organisation internationale du Travail travaille avec les gouvernements et les partenaires sociaux pour "
           "promouvoir le travail décent dans la région, et elle soutient aussi les coopératives des pays les plus pauvres.")


@pytest.mark.parametrize("parts", [
    [_FRENCH, _ENGLISH, _ENGLISH],  # the whole is English though its first page is not
    [_ENGLISH, _FRENCH, _FRENCH],
    [_ENGLISH, _FRENCH],  # as many words of each: no language
    [_FRENCH, "", "Contact: Tel 1234"],
    ["منظمة العمل الدولية تعمل مع الحكومات", _ENGLISH],  # a script: the whole text is read
    [_ENGLISH * 400, _FRENCH * 500],  # long enough to be sampled
])
def test_the_language_of_a_whole_text_from_its_parts(parts):
    whole = " ".join(parts)
    told, by_part = languages_of_parts(dict(enumerate(parts)), whole)
    assert told == language_of(whole)
    assert by_part == {index: language_of(part) for index, part in enumerate(parts)}


def test_language_of_scripts_and_too_little_text():
    assert language_of("منظمة العمل الدولية تعمل مع الحكومات") == "ar"
    assert language_of("องค์การแรงงานระหว่างประเทศ") == "th"
    assert language_of("Contact: Tel 1234") is None


def test_the_pdf_and_the_text_of_one_brochure_share_a_work_key_and_others_do_not():
    """Ten zoo brochures share the title "Towards the Elimination of Child Labour": each brochure's
    PDF and text agree on the key, and no two of them share one. (bench/work_keys.py measures the
    whole zoo.)"""
    title = "Towards the Elimination of Child Labour"
    ids = sorted(p.name.removesuffix(".truth.json") for p in ZOO.glob("*.truth.json")
                 if json.loads(p.read_text(encoding="utf-8"))["title"] == title)[:5]
    assert len(ids) == 5
    owners = defaultdict(set)
    for doc_id in ids:
        keys = {pipeline.extract(ZOO / f"{doc_id}.{kind}").publication.work_key for kind in ("pdf", "txt")}
        assert len(keys) == 1, doc_id
        owners[keys.pop()].add(doc_id)
    assert all(len(docs) == 1 for docs in owners.values()), owners


def test_the_reference_pdf_and_text_share_a_work_key():
    assert (sample_record("partnerships-for-decent-work.pdf").publication.work_key
            == sample_record("partnerships-for-decent-work.txt").publication.work_key)
    keys = {sample_record(name).publication.work_key for name in ("cooperatives-east-africa.txt", "social-protection-mekong.txt",
                                                                 "partnerships-for-decent-work.txt", "youth-employment-pacific.txt")}
    assert len(keys) == 4


def test_an_isbn_decides_the_work_key(tmp_path):
    body = "Green Jobs\n\nThe ILO promotes green jobs in {} with the ministries of labour and environment since 20{}.\n\nISBN {}\n"
    one = extract_text(tmp_path, body.format("Viet Nam", "15", "978-0-306-40615-7"), "one.txt").publication.work_key
    same = extract_text(tmp_path, body.format("Viet Nam", "16", "978-0-306-40615-7"), "same.txt").publication.work_key
    other = extract_text(tmp_path, body.format("Viet Nam", "15", "0-8044-2957-X"), "other.txt").publication.work_key
    assert one == same != other


def test_without_a_publisher_line_a_published_by_phrase_names_the_office(tmp_path):
    text = ("Wage Notes\n\nMinimum wages rose in six countries of the region in 2023, and the ILO supported "
            "the wage boards of three of them with data and training.\n\n"
            "Wage Notes is published by the ILO Decent Work Team for the Caribbean, Port of Spain.\n")
    record = extract_text(tmp_path, text)
    assert record.publisher is None
    assert record.publication.office.model_dump() == {"ref": "org:ilo", "name": "ILO Decent Work Team for the Caribbean"}
    goods = extract_text(tmp_path, "Garments\n\nShirts produced by workers in three factories were sold in 2022.\n", "goods.txt")
    assert goods.publication.office is None  # "produced by" names no organization: no office


def test_the_record_tells_the_languages_the_entities_words_tell_without_them():
    # with_publication counts only the words of what the record adds to the blocks the entities
    # stage read (AnnotatedDocument.page_words): the same languages as reading all of the record's
    from pipeline.build import build_record
    from pipeline.entities import find_entities
    from pipeline.layout import layout
    from pipeline.load import load
    from pipeline.publication import record_languages
    from pipeline.relations import find_partnerships
    from pipeline.structure import structure
    from tests.conftest import ROOT

    paths = [*sorted((ROOT / "samples").glob("*.txt")), ROOT / "samples" / "migrant-workers-factsheet.pdf",
             *sorted((ROOT / "tests" / "zoo" / "corpus-fr").glob("*.txt"))[:4]]
    for path in paths:
        annotated = find_partnerships(find_entities(structure(layout(load(path)))))
        assert annotated.page_words is not None
        record = build_record(annotated)
        assert record_languages(record, words=annotated.page_words) == record_languages(record), path.name
        # words read of other text (another brochure's) are not taken for this record's
        other = find_entities(structure(layout(load(ROOT / "samples" / "protection-sociale-afrique-ouest.txt"))))
        assert record_languages(record, words=other.page_words) == record_languages(record), path.name


def test_a_spanish_brochure_of_few_sentences_is_spanish_though_dutch_shares_its_commonest_words():
    # (Dutch lists "de" and "en", French "la" and "un": counted for them, a short Spanish text told no language)
    text = ("Fondo de Empleo de Tessimo. Registro de trabajadores de la planta de Harrow en 2024: 300 personas. "
            "Cuota de la cooperativa en la región de Harrow: un pago al mes. Programa de la OIT en el país de Tessimo.")
    assert language_of(text) == "es"
