"""The shipped vocabularies load and are well-formed: ids unique, codes real, kinds and pillars
from the contract's lists."""

from __future__ import annotations

import re
import typing

import pycountry

from pipeline.record import OrganizationKind, Pillar
from pipeline.resources import data_file


def test_organizations():
    orgs = data_file("organizations.json")["organizations"]
    assert len(orgs) >= 150
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)) and ids == sorted(ids)
    kinds = set(typing.get_args(OrganizationKind))
    surface_forms: dict[str, str] = {}
    for org in orgs:
        assert re.fullmatch(r"org:[a-z0-9-]+", org["id"]) and org["name"]
        assert org["kind"] in kinds, org
        assert org["country"] is None or pycountry.countries.get(alpha_2=org["country"]), org
        assert org.get("parent") in (None, *ids)
        wikidata = org["identifiers"].get("wikidata")
        assert wikidata is None or re.fullmatch(r"Q[1-9][0-9]*", wikidata)
        for form in [org["name"], *org["aliases"], *([org["acronym"]] if org["acronym"] else [])]:
            assert surface_forms.setdefault(form, org["id"]) == org["id"], f"{form!r} names two organizations"
    ilo = next(o for o in orgs if o["id"] == "org:ilo")
    assert ilo["identifiers"] == {"wikidata": "Q54129", "iati": "XM-DAC-41302"}
    adb = next(o for o in orgs if o["id"] == "org:adb")
    assert adb["identifiers"]["iati"] == "XM-DAC-46004"


def test_countries():
    data = data_file("countries.json")
    for alias, code in data["aliases"].items():
        assert pycountry.countries.get(alpha_2=code), alias
    assert data["aliases"]["Korea"] == "KR" and data["aliases"]["Lao PDR"] == "LA"
    assert {"Georgia", "Jordan", "Chad"} <= set(data["person_names"])
    assert "West Papua" in data["not_countries"]


def test_regions():
    regions = data_file("regions.json")["regions"]
    ids = [r["id"] for r in regions]
    assert len(ids) >= 20 and len(ids) == len(set(ids))
    names = {r["name"] for r in regions} | {a for r in regions for a in r["aliases"]}
    assert not names & set(data_file("countries.json")["aliases"]), "a region must never be a country"


def test_themes():
    themes = data_file("themes.json")["themes"]
    assert len(themes) >= 60
    ids = [t["id"] for t in themes]
    assert len(ids) == len(set(ids))
    pillars = set(typing.get_args(Pillar))
    for theme in themes:
        assert theme["label"] and theme["synonyms"], theme
        assert theme["pillar"] is None or theme["pillar"] in pillars
        assert all(re.fullmatch(r"\d{1,2}\.[0-9a-z]{1,2}", target) for target in theme["sdg_targets"]), theme
        assert all(s == s.lower() for s in theme["synonyms"]), theme
    by_id = {t["id"]: t for t in themes}
    for required in ("social-protection", "labour-migration", "green-jobs", "youth-employment", "child-labour",
                     "forced-labour", "occupational-safety-health", "social-dialogue", "tripartism", "labour-inspection",
                     "wages", "gender-equality", "just-transition", "informal-economy"):
        assert required in by_id
    assert "8.7" in by_id["child-labour"]["sdg_targets"]


def test_lexicon_lists_are_lowercase_words():
    lexicon = data_file("lexicon.json")
    for key in ("organization_words", "role_words", "address_words", "line_end_continuations"):
        assert all(word == word.lower() for word in lexicon[key]), key
