"""Contact panels (pipeline/structure/contacts.py): fields by label or by shape, several people in
one panel, one person on one line, and what a panel must not swallow."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.structure.contacts import line_fields
from tests.conftest import extract_text


@pytest.mark.parametrize(("line", "fields", "pieces"), [
    ("Tel: +66 2 288 1234 | Fax: +66 2 280 1735", [("phone", "+66 2 288 1234"), ("fax", "+66 2 280 1735")], []),
    ("Aigerim Sultanova, National Programme Officer, Bishkek sultanova@ilo.org +996 312 62 45 10",
     [("email", "sultanova@ilo.org"), ("phone", "+996 312 62 45 10")], ["Aigerim Sultanova, National Programme Officer, Bishkek"]),
    ("baptiste@ilo.org · +1 868 625 0524", [("email", "baptiste@ilo.org"), ("phone", "+1 868 625 0524")], []),
    ("Mere Tuilau, Programme Officer, Suva – tuilau@ilo.org – +679 331 3866",
     [("email", "tuilau@ilo.org"), ("phone", "+679 331 3866")], ["Mere Tuilau, Programme Officer, Suva"]),
    ("More: www.ilo.org/centralasia/disability", [("url", "www.ilo.org/centralasia/disability")], ["More"]),
    ("Email: trnge@o.", [], []),  # a damaged address is no field
    ("The index rose by +12.5 points in 2023", [], ["The index rose by +12.5 points in 2023"]),  # a figure, not a phone
])
def test_a_line_s_fields_by_label_or_by_shape(line, fields, pieces):
    assert line_fields(line) == (fields, pieces)


def contacts_of(tmp_path: Path, panel: str):
    text = ("Skills for the ports\n\nThe programme trains dock workers in three ports and works with the employers "
            "on safety.\n\n" + panel + "\n")
    return [(c.name, c.role, c.email, c.phone) for c in extract_text(tmp_path, text).contacts]


def test_two_people_in_one_panel_are_two_contacts(tmp_path):
    panel = ("Contacts\n"
             "Amina Yusuf, Programme Manager, Dar es Salaam\namina@ilo.org\n+255 22 219 6700\n"
             "Peter Okello, National Officer, Kampala\nokello@ilo.org\n+256 41 434 2600")
    assert contacts_of(tmp_path, panel) == [
        ("Amina Yusuf", "Programme Manager, Dar es Salaam", "amina@ilo.org", "+255 22 219 6700"),
        ("Peter Okello", "National Officer, Kampala", "okello@ilo.org", "+256 41 434 2600")]


def test_one_person_a_line_with_the_fields_at_its_end(tmp_path):
    panel = ("Contacts\nAmina Yusuf, Programme Manager, Dar es Salaam amina@ilo.org +255 22 219 6700\n"
             "Peter Okello, National Officer, Kampala | okello@ilo.org | +256 41 434 2600")
    assert contacts_of(tmp_path, panel) == [
        ("Amina Yusuf", "Programme Manager, Dar es Salaam", "amina@ilo.org", "+255 22 219 6700"),
        ("Peter Okello", "National Officer, Kampala", "okello@ilo.org", "+256 41 434 2600")]


def test_a_contact_named_after_the_intro_on_its_line(tmp_path):
    assert contacts_of(tmp_path, "Who to ask\n\nContact: Anna Petrosyan, anna@ilo.org") == [("Anna Petrosyan", None, "anna@ilo.org", None)]


def test_a_panel_swallows_neither_a_sentence_nor_the_resources_after_it(tmp_path):
    text = ("Skills for the ports\n\nContact us\n\nResources\n\nPort safety guide\nhttps://www.ilo.org/ports/safety\n\n"
            "Amina Yusuf\nProgramme Manager\namina@ilo.org\n+255 22 219 6700\n\n"
            "Find out more\nhttps://www.ilo.org/ports\n")
    record = extract_text(tmp_path, text)
    assert [(c.name, c.email, c.phone, c.url) for c in record.contacts] == [("Amina Yusuf", "amina@ilo.org", "+255 22 219 6700", None)]
    assert {link.url for link in record.links} >= {"https://www.ilo.org/ports/safety", "https://www.ilo.org/ports"}


def test_a_panel_s_web_address_is_the_contact_s_and_a_link_too(tmp_path):
    text = ("Skills for the ports\n\nContact\n\nAmina Yusuf, Programme Manager\namina@ilo.org\nwww.ilo.org/daressalaam\n\n"
            "Peter Okello, National Officer\nokello@ilo.org\nMore: www.ilo.org/ports\n")
    record = extract_text(tmp_path, text)
    assert [(c.name, c.url) for c in record.contacts] == [("Amina Yusuf", "www.ilo.org/daressalaam"), ("Peter Okello", None)]
    # links are URLs with a scheme: every address printed, once (the sections' first, then the panels')
    assert [(link.title, link.url) for link in record.links] == [("More", "http://www.ilo.org/ports"), (None, "http://www.ilo.org/daressalaam")]
