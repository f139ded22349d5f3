"""`brochure diff`: what changed between two records or two output folders (pipeline/diff.py).

The inputs are the golden records in tests/golden/, edited in known ways; the pipeline is not run."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path

import pytest

from pipeline.diff import (
    Change,
    DiffError,
    DiffReport,
    change_lines,
    diff_command,
    diff_exit_status,
    diff_paths,
    diff_records,
    format_change,
    format_report,
    report_to_json,
    word_diff,
)
from pipeline.record import BrochureRecord, DroppedText, FurnitureLine, Table

GOLDEN = Path(__file__).resolve().parent / "golden"
REFERENCE = GOLDEN / "partnerships-for-decent-work.json"
FACTSHEET = GOLDEN / "migrant-workers-factsheet.pdf.json"  # one table, T1 on page 2: a header row, 3 body rows
EXAMPLES = "Some examples of partnerships"
T1 = json.loads(FACTSHEET.read_text(encoding="utf-8"))["tables"][0]["id"]
"""The factsheet's table's id (a digest of its header row: pipeline/ids.py)."""


def load(path: Path = REFERENCE) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def section(record: dict, heading: str) -> dict:
    return next(s for s in record["sections"] if s["heading"] == heading)


def lines(old: dict, new: dict) -> list[str]:
    return [format_change(change) for change in diff_records(old, new)]


def write(path: Path, record: dict | BrochureRecord) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = record.model_dump(mode="json") if isinstance(record, BrochureRecord) else record
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def factsheet() -> BrochureRecord:
    """The factsheet's golden record, as a model: change a copy (``model_copy(deep=True)``)."""
    return BrochureRecord.model_validate(load(FACTSHEET))


def cases_table() -> Table:
    return Table(id="t2", page=2, pages=[2], section="s3", caption="Table 2. Cases by kind",
                 header_rows=[["Kind", "Cases"]], rows=[["Unpaid wages", "4,000"], ["Passports kept", None]])


def with_content_moved_to_furniture(record: BrochureRecord, characters: int) -> BrochureRecord:
    """A copy of ``record`` whose page 2 has ``characters`` of its content set apart as furniture."""
    changed = record.model_copy(deep=True)
    page = changed.pages[1]
    page.content -= characters
    page.furniture += characters
    return changed


# ----------------------------------------------------------------------------------- known edits

@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.name)
def test_a_record_diffed_with_itself_is_empty(path: Path) -> None:
    record = load(path)
    assert diff_records(record, copy.deepcopy(record)) == []


def test_renamed_heading() -> None:
    old = load()
    new = copy.deepcopy(old)
    section(new, "Resources")["heading"] = "Further reading"
    assert lines(old, new) == ["heading renamed: 'Resources' -> 'Further reading'"]
    (change,) = diff_records(old, new)
    assert (change.kind, change.before, change.after) == ("heading_renamed", "Resources", "Further reading")


def test_one_word_of_a_bullet_changed() -> None:
    old = load()
    new = copy.deepcopy(old)
    bullet = section(new, EXAMPLES)["bullets"][2]
    bullet["text"] = bullet["text"].replace("Korea", "China")
    assert lines(old, new) == [f"bullet changed in '{EXAMPLES}' #3: ... as Japan, [-Korea-]{{+China+}}, (and ..."]
    (change,) = diff_records(old, new)
    assert change.kind == "bullet_changed" and change.index == 3 and change.where == EXAMPLES
    assert "Korea" in change.before and "China" in change.after


def test_an_inserted_bullet_is_one_added_bullet_not_all_changed() -> None:
    old = load()
    new = copy.deepcopy(old)
    text = "The ILO and China signed a cooperation agreement in 2012 on skills."
    section(new, EXAMPLES)["bullets"].insert(3, {"id": "s3.b9", "text": text, "marker": "•", "level": 1})
    assert lines(old, new) == [f"bullet added in '{EXAMPLES}' #4: '{text}'"]


def test_a_removed_bullet() -> None:
    old = load()
    new = copy.deepcopy(old)
    removed = section(new, EXAMPLES)["bullets"].pop(0)
    (change,) = diff_records(old, new)
    assert (change.kind, change.index, change.before) == ("bullet_removed", 1, removed["text"])


def test_an_inserted_and_a_changed_bullet_side_by_side() -> None:
    old = load()
    new = copy.deepcopy(old)
    bullets = section(new, EXAMPLES)["bullets"]
    bullets[2]["text"] = bullets[2]["text"].replace("Korea", "China")
    bullets.insert(2, {"id": "s3.b9", "text": "A new bullet about something else entirely.", "marker": "•", "level": 1})
    assert [(c.kind, c.index) for c in diff_records(old, new)] == [("bullet_added", 3), ("bullet_changed", 4)]


def test_a_removed_country() -> None:
    old = load()
    new = copy.deepcopy(old)
    new["entities"]["countries"] = [c for c in new["entities"]["countries"] if c["iso_alpha2"] != "KR"]
    assert lines(old, new) == ["country removed: KR (Korea, Republic of)"]
    assert diff_records(old, new) == [Change("entity_removed", "country", before="KR", detail="Korea, Republic of")]


def test_an_added_organization_year_and_theme() -> None:
    old = load()
    new = copy.deepcopy(old)
    entities = new["entities"]
    entities["organizations"].append({"id": "org:wfp", "name": "World Food Programme", "acronym": "WFP", "kind": "un_agency",
                                      "known": True, "mentions": []})
    entities["years"].append({"value": 2031, "mentions": []})
    entities["themes"].pop(0)
    assert lines(old, new) == [
        "organization added: org:wfp (World Food Programme)",
        "year added: 2031",
        "theme removed: decent-work (Decent work)",
    ]


def test_an_added_and_a_changed_partnership() -> None:
    old = load()
    new = copy.deepcopy(old)
    new["partnerships"].append({
        "id": "r99", "name": None, "instrument": "cooperation_agreement",
        "parties": [{"ref": "org:ilo", "name": "International Labour Organization", "acronym": "ILO"},
                    {"ref": "country:CN", "name": "China", "iso_alpha2": "CN"}],
        "year": 2012, "end_year": None, "themes": [], "evidence": [{"block": "s3.b4", "text": "..."}],
    })
    first = new["partnerships"][0]
    year = first["year"]
    first["year"] = 2031
    first["parties"].reverse()  # the key is the set of parties: their order does not matter
    names = " + ".join(p["acronym"] or p["name"] for p in first["parties"])
    assert lines(old, new) == [
        f"partnership changed: {first['instrument'].replace('_', ' ')}: {names}: year {year or '(none)'} -> 2031",
        "partnership added: cooperation agreement: ILO + China (2012)",
    ]
    added = diff_records(old, new)[1]
    assert added.where == "cooperation_agreement: org:ilo + country:CN"


def test_a_removed_partnership_and_more_evidence() -> None:
    old = load()
    new = copy.deepcopy(old)
    gone = new["partnerships"].pop(1)
    evidence = new["partnerships"][0]["evidence"]
    evidence.append({"block": "s3.b1", "text": "again"})
    kinds = [(c.kind, c.field, c.before, c.after) for c in diff_records(old, new)]
    assert kinds == [("partnership_removed", None, None, None),
                     ("partnership_changed", "evidence", str(len(evidence) - 1), str(len(evidence)))]
    assert diff_records(old, new)[0].where == f"{gone['instrument']}: " + " + ".join(p["ref"] for p in gone["parties"])


def test_all_known_edits_together_in_reading_order() -> None:
    old = load()
    new = copy.deepcopy(old)
    new["title"] = "Partnerships for Decent Work & Growth"
    section(new, "Resources")["heading"] = "Further reading"
    bullets = section(new, EXAMPLES)["bullets"]
    bullets[2]["text"] = bullets[2]["text"].replace("Korea", "China")
    bullets.insert(3, {"id": "s3.b9", "text": "An inserted bullet.", "marker": "•", "level": 1})
    paragraph = section(new, "What are partnerships?")["paragraphs"][0]
    paragraph["text"] = paragraph["text"].replace("growing number", "large number")
    new["entities"]["countries"] = [c for c in new["entities"]["countries"] if c["iso_alpha2"] != "KR"]
    assert lines(old, new) == [
        "title changed: 'Partnerships for Decent Work' -> 'Partnerships for Decent Work & Growth'",
        "paragraph changed in 'What are partnerships?' #1: ... engaged in a [-growing-]{+large+} number of formal ...",
        f"bullet changed in '{EXAMPLES}' #3: ... as Japan, [-Korea-]{{+China+}}, (and ...",
        f"bullet added in '{EXAMPLES}' #4: 'An inserted bullet.'",
        "heading renamed: 'Resources' -> 'Further reading'",
        "country removed: KR (Korea, Republic of)",
    ]


def test_added_and_removed_sections_and_nested_levels() -> None:
    old = load(GOLDEN / "safe-work-garments-bangladesh.json")
    new = copy.deepcopy(old)
    removed = new["sections"].pop(3)  # "4. Further reading"
    new["sections"].append({"id": "s9", "heading": "6. Annex", "level": 1, "paragraphs": [{"id": "s9.p1", "text": "Tables."}],
                            "bullets": [], "subsections": []})
    new["sections"][1]["bullets"][3]["level"] = 1
    assert lines(old, new) == [
        "bullet level changed in '2. What the programme does' #4: 2 -> 1",
        f"heading removed: '{removed['heading']}' (0 paragraphs, 0 bullets)",
        "heading added: '6. Annex' (1 paragraph, 0 bullets)",
    ]


def test_moved_sections_and_bullets() -> None:
    old = load()
    new = copy.deepcopy(old)
    new["sections"].insert(0, new["sections"].pop(2))  # "Some examples of partnerships" first, as the PDF reads it
    bullets = section(new, EXAMPLES)["bullets"]
    bullets.append(bullets.pop(0))
    assert lines(old, new) == [
        f"heading moved: '{EXAMPLES}' (section 3 -> 1)",
        f"bullet moved in '{EXAMPLES}' #1 -> #7: 'In 2010 the ILO signed a letter of intent with the…'",
    ]


def test_quotes_links_and_warnings() -> None:
    old = load()
    new = copy.deepcopy(old)
    new["quotes"][1]["speaker"] = "António Guterres"
    new["links"].pop(0)
    new["warnings"].append("a bullet list continues after the contact panel")
    assert lines(old, new) == [
        "quote #2 speaker changed: 'Ban Ki-moon' -> 'António Guterres'",
        "link removed: 'Better Work' <http://www.betterwork.org/>",
        "warning added: 'a bullet list continues after the contact panel'",
    ]


def test_whitespace_only_changes_are_not_changes() -> None:
    old = load()
    new = copy.deepcopy(old)
    bullet = section(new, EXAMPLES)["bullets"][0]
    bullet["text"] = bullet["text"].replace(" ", "  ")
    assert diff_records(old, new) == []


# ------------------------------------------------------------------- tables, furniture, accounting

def test_a_changed_table_cell() -> None:
    old = factsheet()
    new = old.model_copy(deep=True)
    new.tables[0].rows[1][1] = "12"  # Thailand's centres: body row 2 is row 3 (the header row is row 1)
    assert lines(old, new) == [f"table {T1} row 3 changed: Thailand | [-10-]{{+12+}} | 18,750"]
    (change,) = diff_records(old, new)
    assert (change.kind, change.where, change.index, change.field) == ("table_row_changed", T1, 3, "c2")
    assert (change.before, change.after) == ("Thailand | 10 | 18,750", "Thailand | 12 | 18,750")


def test_rows_added_removed_and_the_caption_of_a_table() -> None:
    old = factsheet()
    new = old.model_copy(deep=True)
    table = new.tables[0]
    table.caption = "Table 1. Workers assisted"
    table.rows.pop(0)  # Malaysia
    table.rows.append(["Lao PDR", "2", "1,100"])
    table.header_rows[0][2] = "Workers helped"
    assert lines(old, new) == [
        f"table {T1} caption changed: (none) -> 'Table 1. Workers assisted'",
        f"table {T1} 'Table 1. Workers assisted' row 1 changed: "
        "Country | Migrant Worker Resource Centres | [-Workers assisted-]{+Workers helped+}",
        f"table {T1} 'Table 1. Workers assisted' row 2 removed: 'Malaysia | 6 | 12,400'",
        f"table {T1} 'Table 1. Workers assisted' row 4 added: 'Lao PDR | 2 | 1,100'",
    ]


def test_an_added_table_is_one_change_even_before_the_others() -> None:
    old = factsheet()
    new = old.model_copy(deep=True)
    new.tables.append(cases_table())
    assert lines(old, new) == ["table added: t2 'Table 2. Cases by kind' (page 2; 1 header row, 2 rows, 2 columns)"]
    assert lines(new, old) == ["table removed: t2 'Table 2. Cases by kind' (page 2; 1 header row, 2 rows, 2 columns)"]
    # inserted first, it takes id t1 and the old t1 becomes t2: paired by content, not by id
    first = old.model_copy(deep=True)
    first.tables[0].id = "t2"
    first.tables.insert(0, cases_table().model_copy(update={"id": "t1"}))
    assert [(c.kind, c.where) for c in diff_records(old, first)] == [("table_added", "t1")]


def test_whitespace_inside_cells_is_not_a_change() -> None:
    old = factsheet()
    new = old.model_copy(deep=True)
    new.tables[0].header_rows[0][1] = "Migrant  Worker\nResource Centres"
    assert diff_records(old, new) == []


def test_furniture_lines_added_and_removed() -> None:
    old = factsheet()
    new = old.model_copy(deep=True)
    new.furniture.pop(0)
    new.furniture.append(FurnitureLine(page=2, text="Labour Migration in ASEAN · factsheet"))
    assert lines(old, new) == [
        "furniture removed from page 1: '1'",
        "furniture added on page 2: 'Labour Migration in ASEAN · factsheet'",
    ]
    assert [(c.kind, c.where, c.index) for c in diff_records(old, new)] == [
        ("furniture_removed", "page 1", 1), ("furniture_added", "page 2", 2)]


def test_an_accounting_change_is_one_line_per_page_and_one_change_per_part() -> None:
    old = factsheet()
    new = with_content_moved_to_furniture(old, 199)
    new.warnings.append("page 2: 17% of its characters were set apart as furniture (running headers, footers, page numbers); "
                        "it may be misread")
    new.pages[0].content -= 40
    new.pages[0].dropped = [DroppedText(reason="glyphs without a Unicode mapping", characters=40)]
    changes = diff_records(old, new)
    assert [(c.kind, c.where, c.index, c.field, c.before, c.after) for c in changes if c.kind == "page_changed"] == [
        ("page_changed", "page 1", 1, "content", "1860", "1820"),
        ("page_changed", "page 1", 1, "dropped", "0", "40 (glyphs without a Unicode mapping)"),
        ("page_changed", "page 2", 2, "content", "1101", "902"),
        ("page_changed", "page 2", 2, "furniture", "1", "200"),
    ]
    assert change_lines(changes) == [
        "page 1: content 1860 -> 1820 characters, dropped 0 -> 40 (glyphs without a Unicode mapping)",
        "page 2: content 1101 -> 902 characters, furniture 1 -> 200 characters",
        "warning added: 'page 2: 17% of its characters were set apart as furniture (running headers, footers, page numbers); "
        "it may…'",
    ]
    assert format_change(changes[2]) == "page 2: content 1101 -> 902 characters"


def test_pages_added_and_a_record_without_accounting() -> None:
    old = factsheet()
    new = old.model_copy(deep=True)
    new.pages.append(new.pages[1].model_copy(update={"page": 3, "characters": 10, "content": 9, "tables": 0, "furniture": 1}))
    assert lines(old, new) == ["page 3 added: 10 characters: content 9, furniture 1"]
    assert lines(new, old) == ["page 3 removed: 10 characters: content 9, furniture 1"]
    # a 1.0.0 record has no accounting: one change, not every page added
    data = load(FACTSHEET)
    for name in ("tables", "furniture", "pages"):
        del data[name]
    data["schema_version"] = "1.0.0"
    assert lines(data, old) == [
        f"table added: {T1} (page 2; 1 header row, 3 rows, 3 columns)",
        "furniture added on page 1: '1'",
        "furniture added on page 2: '2'",
        "page accounting added (the old record has none): 2 pages, 3076 characters",
    ]


def test_tables_furniture_and_accounting_in_the_report_and_its_json(tmp_path: Path) -> None:
    old = factsheet()
    new = with_content_moved_to_furniture(old, 199)
    new.tables[0].rows[1][1] = "12"
    new.tables.append(cases_table())
    new.furniture.append(FurnitureLine(page=2, text="TRIANGLE in ASEAN"))
    write(tmp_path / "a" / "factsheet.json", old)
    write(tmp_path / "b" / "factsheet.json", new)
    report = diff_paths(tmp_path / "a", tmp_path / "b")
    assert format_report(report) == (
        "factsheet.json\n"
        f"  table {T1} row 3 changed: Thailand | [-10-]{{+12+}} | 18,750\n"
        "  table added: t2 'Table 2. Cases by kind' (page 2; 1 header row, 2 rows, 2 columns)\n"
        "  furniture added on page 2: 'TRIANGLE in ASEAN'\n"
        "  page 2: content 1101 -> 902 characters, furniture 1 -> 200 characters\n"
        "1 document compared: 1 changed\n"
    )
    out, err = io.StringIO(), io.StringIO()
    assert diff_command(tmp_path / "a", tmp_path / "b", as_json=True, stdout=out, stderr=err) == 1
    changes = json.loads(out.getvalue())["documents"][0]["changes"]
    assert changes == report_to_json(report)["documents"][0]["changes"]
    blank = {"where": None, "before": None, "after": None, "words": None, "index": None, "field": None, "detail": None}
    assert changes == [
        {**blank, "kind": "table_row_changed", "where": T1, "before": "Thailand | 10 | 18,750", "after": "Thailand | 12 | 18,750",
         "words": "Thailand | [-10-]{+12+} | 18,750", "index": 3, "field": "c2"},
        {**blank, "kind": "table_added", "where": "t2", "after": "Table 2. Cases by kind",
         "detail": "page 2; 1 header row, 2 rows, 2 columns"},
        {**blank, "kind": "furniture_added", "where": "page 2", "after": "TRIANGLE in ASEAN", "index": 2},
        {**blank, "kind": "page_changed", "where": "page 2", "before": "1101", "after": "902", "index": 2, "field": "content"},
        {**blank, "kind": "page_changed", "where": "page 2", "before": "1", "after": "200", "index": 2, "field": "furniture"},
    ]


def test_word_diff() -> None:
    assert word_diff("a b c", "a b c") == ""
    assert word_diff("one two three", "one 2 three") == "one [-two-]{+2+} three"
    assert word_diff("one two three", "one three") == "one [-two-] three"
    assert word_diff("one three", "one two three") == "one {+two+} three"
    long = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12"
    assert word_diff(long, long.replace("w2", "X").replace("w11", "Y")) == "w1 [-w2-]{+X+} w3 w4 w5 ... w8 w9 w10 [-w11-]{+Y+} w12"


# --------------------------------------------------------------------------------------- folders

def test_folders_are_matched_by_sha256_even_when_file_names_differ(tmp_path: Path) -> None:
    reference, mekong, pacific = load(), load(GOLDEN / "social-protection-mekong.json"), load(GOLDEN / "youth-employment-pacific.json")
    write(tmp_path / "old" / "partnerships-for-decent-work.json", reference)
    write(tmp_path / "old" / "mekong.json", mekong)
    write(tmp_path / "old" / "pacific.json", pacific)
    (tmp_path / "old" / "records.jsonl").write_text("not looked at\n", encoding="utf-8")
    (tmp_path / "old" / "manifest.json").write_text('{"documents": []}', encoding="utf-8")
    changed = copy.deepcopy(reference)
    section(changed, "Resources")["heading"] = "Further reading"
    write(tmp_path / "new" / "renamed-brochure.json", changed)  # same source, another name
    write(tmp_path / "new" / "mekong.json", mekong)
    write(tmp_path / "new" / "bangladesh.json", load(GOLDEN / "safe-work-garments-bangladesh.json"))

    report = diff_paths(tmp_path / "old", tmp_path / "new")
    assert [(d.name, d.status) for d in report.documents] == [
        ("bangladesh.json", "added"),
        ("mekong.json", "unchanged"),
        ("pacific.json", "removed"),
        ("partnerships-for-decent-work.json -> renamed-brochure.json", "changed"),
    ]
    assert format_report(report) == (
        "bangladesh.json: document added\n"
        "mekong.json: no changes\n"
        "pacific.json: document removed\n"
        "partnerships-for-decent-work.json -> renamed-brochure.json\n"
        "  heading renamed: 'Resources' -> 'Further reading'\n"
        "4 documents compared: 1 changed, 1 unchanged, 1 added, 1 removed\n"
    )
    assert diff_exit_status(report) == 1


def test_folders_fall_back_to_file_names_when_the_source_changed(tmp_path: Path) -> None:
    old = load()
    new = copy.deepcopy(old)
    new["source"]["sha256"] = "0" * 64
    write(tmp_path / "a" / "brochure.json", old)
    write(tmp_path / "b" / "brochure.json", new)
    (document,) = diff_paths(tmp_path / "a", tmp_path / "b").documents
    assert document.status == "changed"
    assert [c.kind for c in document.changes] == ["source"]


def test_identical_folders_and_files(tmp_path: Path) -> None:
    for path in GOLDEN.glob("*.json"):
        write(tmp_path / "a" / path.name, load(path))
        write(tmp_path / "b" / path.name, load(path))
    report = diff_paths(tmp_path / "a", tmp_path / "b")
    assert diff_exit_status(report) == 0 and not report.changed
    count = len(list(GOLDEN.glob("*.json")))
    assert format_report(report).endswith(f"{count} documents compared: {count} unchanged\n")
    assert diff_exit_status(diff_paths(REFERENCE, tmp_path / "b" / REFERENCE.name)) == 0


# ----------------------------------------------------------------------------- output and errors

def test_exit_status() -> None:
    assert diff_exit_status(DiffReport("a", "b", ())) == 0
    old = load()
    new = copy.deepcopy(old)
    new["title"] = "Another title"
    report = DiffReport("a", "b", (diff_paths_document(old, new),))
    assert diff_exit_status(report) == 1


def diff_paths_document(old: dict, new: dict):
    from pipeline.diff import DocumentDiff

    changes = tuple(diff_records(old, new))
    return DocumentDiff("x.json", "changed" if changes else "unchanged", "a/x.json", "b/x.json", changes)


def test_json_output_says_the_same_as_the_text(tmp_path: Path) -> None:
    old = load()
    new = copy.deepcopy(old)
    section(new, "Resources")["heading"] = "Further reading"
    report = diff_paths(write(tmp_path / "old.json", old), write(tmp_path / "new.json", new))
    data = report_to_json(report)
    json.dumps(data)  # JSON-ready
    assert data["changed"] is True
    assert data["summary"] == {"documents": 1, "changed": 1, "unchanged": 0, "added": 0, "removed": 0}
    (document,) = data["documents"]
    assert document["name"] == "old.json -> new.json"
    assert document["changes"] == [{"kind": "heading_renamed", "where": "Further reading", "before": "Resources",
                                    "after": "Further reading", "words": None, "index": None, "field": None, "detail": None}]


def test_diff_command_exit_codes(tmp_path: Path) -> None:
    old = write(tmp_path / "old.json", load())
    changed = load()
    changed["title"] = "Other"
    new = write(tmp_path / "new.json", changed)
    out, err = io.StringIO(), io.StringIO()
    assert diff_command(old, old, stdout=out, stderr=err) == 0
    assert diff_command(old, new, stdout=out, stderr=err) == 1
    out = io.StringIO()
    assert diff_command(old, new, as_json=True, stdout=out, stderr=err) == 1
    assert json.loads(out.getvalue())["documents"][0]["changes"][0]["kind"] == "title"
    err = io.StringIO()
    assert diff_command(old, tmp_path / "missing.json", stdout=out, stderr=err) == 2
    assert "missing.json" in err.getvalue()


def test_bad_input_raises_a_diff_error_naming_the_file(tmp_path: Path) -> None:
    good = write(tmp_path / "good.json", load())
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    not_a_record = tmp_path / "list.json"
    not_a_record.write_text("[1, 2]", encoding="utf-8")
    for bad in (broken, not_a_record, tmp_path / "missing.json"):
        with pytest.raises(DiffError) as caught:
            diff_paths(good, bad)
        assert str(bad) in str(caught.value)
        assert isinstance(caught.value, ValueError)
    with pytest.raises(DiffError, match="folder"):
        diff_paths(good, tmp_path)
    folder = tmp_path / "folder"
    write(folder / "a.json", load())
    (folder / "b.json").write_text("{", encoding="utf-8")
    with pytest.raises(DiffError, match="b.json"):
        diff_paths(folder, folder)


def test_a_record_that_does_not_validate_is_a_diff_error_naming_the_field(tmp_path: Path) -> None:
    good = write(tmp_path / "good.json", load(FACTSHEET))
    data = load(FACTSHEET)
    data["tables"][0]["rows"][0][1] = 6  # a number where the model wants text
    bad = write(tmp_path / "bad.json", data)
    with pytest.raises(DiffError, match=r"bad\.json: not a valid brochure record: invalid at tables\[0\]\.rows\[0\]\[1\]"):
        diff_paths(good, bad)


def test_a_deliberate_rule_change_shows_as_exactly_that_change(monkeypatch, tmp_path):
    """QA's use: extract before and after a rule change, and the diff names only what the rule did.
    The change here: the relations stage no longer knows the phrase "letter of intent"."""
    import pipeline
    from pipeline import relations
    from pipeline.resources import data_file
    from tests.conftest import SAMPLES

    sample = SAMPLES / "partnerships-for-decent-work.txt"
    before = pipeline.extract(sample).model_dump(mode="json")

    def without_letters_of_intent(name):
        data = copy.deepcopy(data_file(name))
        if name == "instruments.json":
            del data["instruments"]["letter_of_intent"]
        return data

    monkeypatch.setattr(relations, "data_file", without_letters_of_intent)
    relations._instruments.cache_clear()
    try:
        after = pipeline.extract(sample).model_dump(mode="json")
    finally:
        relations._instruments.cache_clear()
    lines = [format_change(change) for change in diff_records(before, after)]
    assert lines == ["partnership removed: letter of intent: ILO + India + Brazil + South Africa (2010)"]
