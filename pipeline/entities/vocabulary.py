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
    """Known organizations by id (``org:ilo``)."""
    return {org["id"]: org for org in data_file("organizations.json")["organizations"]}


def surface_forms(org_id: str) -> set[str]:
    """The names the data gives a known organization itself: name, aliases, acronym (empty if unknown)."""
    org = organizations().get(org_id)
    return {org["name"], *org["aliases"], org["acronym"]} - {None} if org else set()


@cache
def countries() -> dict[str, CountryInfo]:
    """Every ISO 3166-1 country by alpha-2 code, with pycountry's name."""
    return {c.alpha_2: CountryInfo(c.name, c.alpha_2, c.alpha_3) for c in pycountry.countries}


@cache
def country_names() -> dict[str, str]:
    """Every way a text writes a country -> alpha-2: pycountry's names plus the UN/ILO alias table.
    Names with a comma ("Korea, Republic of") are catalogue forms and are left out."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value:
                names[value] = country.alpha_2
    names.update(data_file("countries.json")["aliases"])
    return names


@cache
def regions() -> dict[str, dict]:
    return {region["id"]: region for region in data_file("regions.json")["regions"]}


@cache
def themes() -> dict[str, dict]:
    return {theme["id"]: theme for theme in data_file("themes.json")["themes"]}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"
