"""The domain vocabularies of pipeline/data/ as lookup tables: organizations, countries, regions,
themes. Built once per process with the spaCy pipeline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

from pipeline.resources import data_file


@dataclass(frozen=True, slots=True)
class CountryInfo:
    name: str
    alpha2: str
    alpha3: str


@cache
def organizations() -> dict[str, dict]:
    """Known organizations by id (``org:ilo``): the shipped data, with a registry's own list merged
    over it when the run has one (pipeline.registry, ``--organizations``)."""
    from pipeline.registry import merged_over

    return merged_over(_with_other_languages({org["id"]: org for org in data_file("organizations.json")["organizations"]}))


def _with_other_languages(known: dict[str, dict]) -> dict[str, dict]:
    """``known`` with every language's names of the same bodies (pipeline/data/<language>/
    organizations.json "aliases": id -> names, "OIT", "Banque africaine de développement") and the
    bodies only those files list. One body, one id, whichever language names it."""
    from pipeline.languages import SUPPORTED_LANGUAGES, own_data

    known = {org_id: dict(org) for org_id, org in known.items()}
    for language in SUPPORTED_LANGUAGES:
        extra = own_data("organizations.json", language)
        for org in extra.get("organizations", []):
            known.setdefault(org["id"], {"aliases": [], "acronym": None, "country": None, "identifiers": {}, **org})
        for org_id, names in extra.get("aliases", {}).items():
            org = known[org_id]  # an alias of a body no file lists is a mistake in the data: fail loudly
            org["aliases"] = [*org["aliases"], *(n for n in names if n not in org["aliases"] and n != org["name"])]
    return known


def surface_forms(org_id: str) -> set[str]:
    """The names the data gives a known organization itself: name, aliases, acronym (empty if unknown)."""
    org = organizations().get(org_id)
    return {org["name"], *org["aliases"], org["acronym"]} - {None} if org else set()


@cache
def countries() -> dict[str, CountryInfo]:
    """Every ISO 3166-1 country by alpha-2 code, with pycountry's name."""
    return {c.alpha_2: CountryInfo(c.name, c.alpha_2, c.alpha_3) for c in pycountry.countries}


@cache
def country_names(language: str = "en") -> dict[str, str]:
    """Every way a text writes a country -> alpha-2: pycountry's names plus the UN/ILO alias table;
    in another language also pycountry's translations (its iso3166-1 catalogue) and that language's
    alias table (pipeline/data/<language>/countries.json). Names with a comma ("Korea, Republic of")
    are catalogue forms and are left out."""
    from pipeline.languages import DEFAULT_LANGUAGE, own_data

    names: dict[str, str] = {}
    translate = _country_translation(language) if language != DEFAULT_LANGUAGE else None
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value:
                names[value] = country.alpha_2
                if translate is not None and "," not in (translated := translate(value)):
                    names[translated] = country.alpha_2
    names.update(data_file("countries.json")["aliases"])
    names.update(own_data("countries.json", language).get("aliases", {}))
    return names


def _country_translation(language: str):
    """pycountry's translation of country names into ``language`` (identity when it has none)."""
    import gettext

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
    except OSError:
        return lambda name: name


@cache
def regions() -> dict[str, dict]:
    return {region["id"]: region for region in data_file("regions.json")["regions"]}


@cache
def themes(language: str = "en") -> dict[str, dict]:
    """The theme vocabulary by id. In another language each theme also has that language's label
    and synonyms (pipeline/data/<language>/themes.json: id -> {label, synonyms}) to be found by,
    under the same id; the record keeps the vocabulary's own label."""
    from pipeline.languages import own_data

    vocabulary = {theme["id"]: theme for theme in data_file("themes.json")["themes"]}
    for theme_id, words in own_data("themes.json", language).get("themes", {}).items():
        theme = vocabulary[theme_id]  # a translation of a theme the vocabulary has not: fail loudly
        vocabulary[theme_id] = {**theme, "synonyms": [*theme["synonyms"], words["label"], *words.get("synonyms", [])]}
    return vocabulary


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"
