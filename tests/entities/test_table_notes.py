"""A table's caption and source note are text the entities stage reads: a body named only there ("Source:
Instituto Nacional de Estadística (INE)") is one of the brochure's organizations, its mentions in the
note's own block (``<table>.source``, ``<table>.caption``; pipeline/ids.py)."""

from __future__ import annotations

from pipeline.entities import find_entities
from pipeline.ids import caption_id, host_block, source_note_id
from pipeline.model import Document, Section, Source
from pipeline.record import Paragraph, Table


def document(table: Table) -> Document:
    section = Section(id="s1", heading="Figures", level=1, paragraphs=[Paragraph(id="s1.p1", text="Workers registered each year.")])
    return Document(source=Source(path="x.txt", media_type="text/plain", sha256="0" * 64, size_bytes=1), title=None,
                    publisher=None, sections=[section], tables=[table])


def test_a_body_named_only_in_a_tables_source_note_or_caption_is_found_there():
    table = Table(id="t1", caption="Table 1. Members of the Harrow Dockworkers Union", header_rows=[["Year", "Workers"]],
                  rows=[["2024", "300"]], source_note="Source: Tessaly Bureau of Statistics (TBS); union records.")
    found = {org.name: [m.block for m in org.mentions] for org in find_entities(document(table)).entities.organizations}
    assert found == {"Harrow Dockworkers Union": [caption_id("t1")], "Tessaly Bureau of Statistics": [source_note_id("t1")] * 2}


def test_a_tables_notes_stand_in_their_table():
    assert host_block(caption_id("t3")) == "t3" and host_block(source_note_id("t3")) == "t3"
