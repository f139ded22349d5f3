"""pipeline/languages.py: each language's resources laid over the English files, and cue text."""

from __future__ import annotations

import pytest

from pipeline.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, cue_text, cue_words, language_data, own_data, supported
from pipeline.resources import data_file


def test_a_language_file_adds_its_keys_to_the_english_file_and_keeps_the_rest():
    english = data_file("lexicon.json")
    french = language_data("lexicon.json", "fr")
    # lists: the English items first, then the language's own
    assert french["contact_intros"][: len(english["contact_intros"])] == english["contact_intros"]
    assert "pour plus d'informations, veuillez contacter" in french["contact_intros"]
    # mappings: merged key by key
    assert french["organization_heads"]["ministry"] == "government" and french["organization_heads"]["ministère"] == "government"
    # a key only English has is there unchanged
    assert french["event_heads"] == english["event_heads"]
    assert language_data("lexicon.json", "en") == english


def test_an_unsupported_language_reads_the_english_resources():
    assert supported("de") == DEFAULT_LANGUAGE and supported(None) == DEFAULT_LANGUAGE and supported("es") == "es"
    assert language_data("instruments.json", "de") == data_file("instruments.json")
    assert own_data("lexicon.json", "en") == {}


def test_cue_words_are_every_languages_words_english_first():
    labels = cue_words("lexicon.json", "contact_intros")
    assert labels[0] == data_file("lexicon.json")["contact_intros"][0]
    assert "para más información" in labels and "pour plus d'informations" in labels
    assert len(labels) == len(set(labels))


@pytest.mark.parametrize(("printed", "read"), [
    ("Tél.\u00a0: +221 33 869 92 00", "Tél.: +221 33 869 92 00"),
    ("Courriel : dakar@ilo.org", "Courriel: dakar@ilo.org"),
    ("coopératives\u202f;", "coopératives;"),
    ("le programme «\u00a0Protéger pour produire\u00a0»", 'le programme "Protéger pour produire"'),
    ("Email: a@b.org", "Email: a@b.org"),
])
def test_cue_text_reads_french_typography_as_plain_punctuation(printed, read):
    assert cue_text(printed) == read


@pytest.mark.parametrize("language", [lang for lang in SUPPORTED_LANGUAGES if lang != DEFAULT_LANGUAGE])
def test_every_languages_data_names_only_ids_the_data_has(language):
    """A language's aliases and theme words point at bodies and themes that exist (a typo in an id
    would otherwise fail only when a brochure in that language is read)."""
    from pipeline.entities.vocabulary import organizations, themes

    known = organizations()
    for org_id in own_data("organizations.json", language).get("aliases", {}):
        assert org_id in known, org_id
    vocabulary = themes(language)
    for theme_id in own_data("themes.json", language).get("themes", {}):
        assert theme_id in vocabulary, theme_id
    for org in own_data("organizations.json", language).get("organizations", []):
        assert not org.get("identifiers"), f"{org['id']}: an identifier nobody could check offline"


def test_warm_up_builds_a_pipeline_per_language():
    from pipeline.entities.nlp import brochure_nlp
    from pipeline.extract import warm_up

    warm_up()
    assert [brochure_nlp(lang).lang for lang in SUPPORTED_LANGUAGES] == list(SUPPORTED_LANGUAGES)
    assert brochure_nlp("fr") is brochure_nlp("fr") and brochure_nlp("fr") is not brochure_nlp("es")
