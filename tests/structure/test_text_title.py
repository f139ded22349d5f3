"""The title of plain text as a scored choice over the first page (pipeline.structure.text_title)."""

from __future__ import annotations

import pipeline
from pipeline.model import Block, Line
from pipeline.structure.text_title import (
    DEFAULT_TITLE_WEIGHTS,
    TITLE_CUES,
    TitleWeights,
    choose_text_title,
    is_title_case,
    text_title_candidates,
    title_head_lines,
)

BODY = ("The International Labour Organization brings together governments, employers and workers of 187\n"
        "member States to set labour standards and promote decent work for all women and men.\n")


def _title(tmp_path, text):
    path = tmp_path / "brochure.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.extract(path).title


def test_a_masthead_in_capitals_and_an_organization_line_above_the_title_are_passed_over(tmp_path):
    text = ("SKILLS NEWSLETTER\n\nILO Country Office for Ethiopia and Somalia\n\nRecognizing Skills Learned at Work in Ethiopia\n\n"
            f"Overview\n{BODY}")
    assert _title(tmp_path, text) == "Recognizing Skills Learned at Work in Ethiopia"


def test_a_cover_panel_read_after_a_contact_panel_still_gives_the_title(tmp_path):
    # a tri-fold whose cover panel comes last on the page: the contact panel's name is no title
    text = (f"Who we work with\n{BODY}\nContact us\n\nAmina Diallo\nProgramme Officer\ndiallo@ilo.org\n\n"
            "Roads that Build\nLivelihoods in Malawi\n\nMost rural roads in Malawi are earth or gravel tracks that wash out every\n"
            "rainy season, and building them with local labour creates jobs where they are needed.\n")
    assert _title(tmp_path, text) == "Roads that Build Livelihoods in Malawi"


def test_a_series_line_run_into_the_title_by_the_line_joiner_is_cut_off(tmp_path):
    text = ("Closing the Gender Pay Gap in Georgia\nNewsletter of the Equal Pay project for decent work in the region · Issue 3\n\n"
            f"1 Overview\n{BODY}")
    assert _title(tmp_path, text) == "Closing the Gender Pay Gap in Georgia"


def test_a_title_wrapped_before_its_last_word_keeps_it(tmp_path):
    text = f"Programme Update\n\nClimate Action and Decent Work in the Arab\nStates\nTools and guidance\n{BODY}"
    assert _title(tmp_path, text) == "Climate Action and Decent Work in the Arab States"


def test_a_sentence_case_title_in_french_over_its_kicker(tmp_path):
    text = ("Note d'orientation 12\n\nLa protection sociale pour tous en Afrique centrale\n\nCe que nous faisons\n"
            "L'Organisation internationale du Travail rassemble les gouvernements, les employeurs et les travailleurs.\n")
    assert _title(tmp_path, text) == "La protection sociale pour tous en Afrique centrale"


FRENCH_BODY = ("L'Organisation internationale du Travail rassemble les gouvernements, les employeurs et les\n"
               "travailleurs de 187 États membres pour établir des normes du travail.\n")


def test_a_french_title_wrapped_before_names_keeps_them(tmp_path):
    # sentence case: the second line is in capitals only because it names places
    text = ("Note d'information\n\nAction climatique et travail décent dans l'océan\nIndien et les Caraïbes\n\n"
            f"UN CLIMAT QUI CHANGE\n{FRENCH_BODY}")
    assert _title(tmp_path, text) == "Action climatique et travail décent dans l'océan Indien et les Caraïbes"


def test_a_french_title_wrapped_after_a_preposition_keeps_its_last_line(tmp_path):
    text = f"Migrer en toute\nsécurité depuis\nMadagascar\n\nNotre action\n{FRENCH_BODY}"
    assert _title(tmp_path, text) == "Migrer en toute sécurité depuis Madagascar"


def test_a_french_title_does_not_run_on_into_a_one_word_heading(tmp_path):
    text = f"Des emplois décents pour les jeunes du Niger\nRésultats\n\nNotre démarche\n{FRENCH_BODY}"
    assert _title(tmp_path, text) == "Des emplois décents pour les jeunes du Niger"


def _blocks(*texts):
    return [Block(text=text, lines=[Line(text=text, number=n, page=1)], gap_before=1.0, gap_after=1.0) for n, text in enumerate(texts)]


def test_each_cue_moves_the_choice_and_the_weights_are_settings():
    blocks = _blocks("TOGETHER FOR SOCIAL JUSTICE", "Closing the Gender Pay Gap in Georgia", "Why it matters")
    candidates = text_title_candidates(blocks, lambda index: 0)
    assert choose_text_title(candidates).text == "Closing the Gender Pay Gap in Georgia"
    # with capitals rewarded and title case not, the masthead wins: the choice is the weights'
    flipped = TitleWeights(capitals=3.0, title_case=0.0)
    assert choose_text_title(candidates, flipped).text == "TOGETHER FOR SOCIAL JUSTICE"
    assert {"case", "length", "position", "organization", "person", "kicker"} <= set(TITLE_CUES)
    assert DEFAULT_TITLE_WEIGHTS.letter_spaced < DEFAULT_TITLE_WEIGHTS.capitals < 0


def test_title_head_lines_needs_a_line_in_another_case_under_it():
    def block(*lines):
        return Block(text=" ".join(lines), lines=[Line(text=line, number=n, page=1) for n, line in enumerate(lines)])

    assert title_head_lines(block("Safe and Healthy Work in Lebanon", "A short guide to what the programme does")) == 1
    assert title_head_lines(block("The programme trained 300 young people in trades such as", "Solar installation and repair.")) is None


def test_title_case_reads_elided_words_by_their_own_letter():
    assert is_title_case("Safe Labour Migration from Côte d'Ivoire")
    assert not is_title_case("Tools and guidance")


def _every_candidate_scored(candidates, weights):
    """The choice as the score of every candidate gives it: the highest, the earlier on a tie."""
    from pipeline.structure.text_title import title_score

    scored = [(title_score(c, weights), -c.position, -i) for i, c in enumerate(candidates)]
    return candidates[max(range(len(candidates)), key=scored.__getitem__)] if candidates else None


def test_passing_over_candidates_that_cannot_win_chooses_as_scoring_them_all():
    # choose_text_title reads its dearest cues only for candidates that may still win: the same
    # choice, on every text of the zoo and the blind sets, under the weights and under weights that
    # reward what they penalise (so that the deferred cues' bounds are their weights)
    from pipeline.layout import layout
    from pipeline.load import load
    from pipeline.structure import _title_extra
    from tests.conftest import ROOT

    rewarding = TitleWeights(kicker=2.0, person=1.0, organization=0.5, role=3.0, contact=1.5, heads_body=0.25)
    paths = sorted((ROOT / "tests" / "zoo" / "corpus").glob("*.txt")) + sorted((ROOT / "tests").glob("blind*/*.txt"))
    assert len(paths) > 100
    for path in paths:
        blocks = layout(load(path)).blocks
        candidates = text_title_candidates(blocks, lambda index, blocks=blocks: _title_extra(blocks, index))
        for weights in (DEFAULT_TITLE_WEIGHTS, rewarding, TitleWeights(position=1.0, title_case=-1.0)):
            assert choose_text_title(candidates, weights) is _every_candidate_scored(candidates, weights), path.name


def test_an_organization_named_in_title_case_gets_no_title_case_credit(tmp_path):
    text = ("ILO Harare\n\nInternational Labour Organization\n\nA just transition for the coal communities of the valley\n\n"
            f"The challenge\n{BODY}")
    assert _title(tmp_path, text) == "A just transition for the coal communities of the valley"


def test_names_of_people_or_a_project_in_title_case_get_no_title_case_credit(tmp_path):
    # capitalised words with no function word are a name by nature (the facilitators of a course, a
    # campaign's name): their case says nothing of a title, and the sentence-case title wins
    text = ("Training agenda, March 2026\n\nSafe shifts at the quayside\n\n"
            "Facilitators\n\nKofi Mensah\nAdjoa Boateng\n\n" f"About the course\n{BODY}")
    assert _title(tmp_path, text) == "Safe shifts at the quayside"
    campaign = f"Cosecha Justa\n\nAgua, sombra y contrato en las fincas de café\n\nLo que cambia\n{BODY}"
    assert _title(tmp_path, campaign) == "Agua, sombra y contrato en las fincas de café"
    # five capitalised words or more are an English title in title case, no name
    english = f"Fair Recruitment Pathways Pacific Islands\n\nA guide for partners and workers\n\nWhat we do\n{BODY}"
    assert _title(tmp_path, english) == "Fair Recruitment Pathways Pacific Islands"


def test_a_key_figure_and_an_event_line_are_no_title(tmp_path):
    figures = f"148 000 jobseekers registered\n\nEmployment services closer to the jobseekers\nContext\n{BODY}"
    assert _title(tmp_path, figures) == "Employment services closer to the jobseekers"
    event = f"Thursday 20 November 2025, 08:30–12:30 Convention Hall B\n\nLabour force survey: launch of the results\n\nAgenda\n{BODY}"
    assert _title(tmp_path, event) == "Labour force survey: launch of the results"


def test_a_title_wrapped_before_its_last_word_keeps_it_when_white_space_follows(tmp_path):
    text = f"Decent Work at Sea:\nNamibia's Fishing\nFleet\n\n⚓ Project updates and inspection guides\n\nThe challenge\n{BODY}"
    assert _title(tmp_path, text) == "Decent Work at Sea: Namibia's Fishing Fleet"


def test_a_title_may_open_with_a_year_but_a_key_figure_is_no_title(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text("International Labour Organization\n\n2030 Agenda for Decent Work in Asia\n\nA guide for partners\n\nIntroduction\n\n"
                    "The programme works with partners across the region to improve conditions for workers in every sector.\n",
                    encoding="utf-8")
    assert pipeline.extract(path).title == "2030 Agenda for Decent Work in Asia"
    from pipeline.structure.text_title import _KEY_FIGURE_START

    assert _KEY_FIGURE_START.match("148 000 jobseekers registered") and _KEY_FIGURE_START.match("60% of them are women")


def test_a_title_over_its_dateline_ends_above_it_and_wins_over_later_headings(tmp_path):
    # a sentence-case title wrapped over three lines right over its place and project line, a
    # heading set apart further on: the dateline under the title says which is the title
    text = ("Decent work for street\ntraders in the towns of the\nRiver Delta region\nKarvania · Fair Stalls project, 2022–2025\n\n"
            f"Results so far\n\n{BODY}")
    assert _title(tmp_path, text) == "Decent work for street traders in the towns of the River Delta region"


def test_a_line_in_lower_case_with_a_dash_or_slash_goes_on_with_the_title(tmp_path):
    # a dash or a slash between words is no dateline when the line starts in lower case: it is the
    # title's second line (a dateline under it still ends the title)
    for second in ("in tea estates – the southern hills", "in tea estates / the southern hills"):
        text = f"Protecting seasonal pickers\n{second}\n\nWhat we do\n{BODY}\nResults\n\n{BODY}"
        assert _title(tmp_path, text) == f"Protecting seasonal pickers {second}"
    text = f"Protecting seasonal pickers\nKarvania · Harvest Safe project, 2023–2026\n\nWhat we do\n{BODY}"
    assert _title(tmp_path, text) == "Protecting seasonal pickers"


def test_a_title_is_not_cut_after_a_line_ending_in_a_preposition(tmp_path):
    text = ("Nouvelles du travail · Valdonie\n\nUn travail décent pour\nles tisseuses de soie à\nKorvane et Delmir\n"
            f"Valdonie · Projet Fil Juste, 2024-2028\nL'enjeu\n{FRENCH_BODY}")
    assert _title(tmp_path, text) == "Un travail décent pour les tisseuses de soie à Korvane et Delmir"


def test_a_picture_caption_is_no_title(tmp_path):
    text = (f"Safer, fairer work in shea butter\ncooperatives in the north\n\n{BODY}\nPhoto 1: Talvenne\n\nPhoto 2: Morsac\n\n"
            f"Joint committees\n\n{BODY}")
    assert _title(tmp_path, text) == "Safer, fairer work in shea butter cooperatives in the north"


def test_the_line_right_after_a_masthead_is_the_title_though_its_deck_runs_under_it(tmp_path):
    # the deck under the title is running text with no white space between: after a masthead that
    # does not make the title a heading over a section (a later set-apart heading is no title)
    text = ("REBUILD BULLETIN\nNews from the storm recovery programme in Varesh · Issue 2 · March 2026\n\n"
            f"After the storm, jobs that rebuild\n{BODY}{BODY}\nFrom sites to skills\n\n{BODY}")
    assert _title(tmp_path, text) == "After the storm, jobs that rebuild"
    # with no masthead over it, a line in capitals may be the title itself (test_front_matter keeps that)
    assert _title(tmp_path, f"SAFE WORK IN LEBANON\n\nWhy it matters\n{BODY}") == "SAFE WORK IN LEBANON"


def test_a_numbered_line_after_a_masthead_does_not_lead_the_page():
    # it is the first section's heading ("1 Context"), not a title the masthead stands over
    def block(text, number):
        return Block(text=text, lines=[Line(text, number)], gap_before=1, gap_after=1)

    masthead = [block("SKILLS BRIEF", 1), block("International Labour Organization · Country Office · November 2025", 2)]
    for text, leads in (("1 Context", False), ("Recognizing the skills workers already have", True)):
        blocks = [*masthead, block(text, 3), block(BODY.replace("\n", " ").strip(), 4)]
        [candidate] = [c for c in text_title_candidates(blocks, lambda index: 0) if c.text == text]
        assert candidate.leads is leads

class _ComparedText(str):
    """A block's text that counts how often its case-folded form is compared for equality."""

    compared = 0

    def casefold(self) -> str:
        return _ComparedText(str.casefold(self))

    def __eq__(self, other) -> bool:
        _ComparedText.compared += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def test_the_repeats_of_each_first_page_line_are_counted_once_for_the_page(monkeypatch):
    """How often a candidate's text recurs on the first page (a repeated masthead is no title) was
    counted by comparing it with every other block: quadratic in the page's blocks (a contact list
    of 10,000 lines: 16 s). The counts are the same; the comparisons stay a few per block."""
    monkeypatch.setattr(_ComparedText, "compared", 0)
    texts = ["Decent Work in Asia", *(f"Tel: +41 22 799 {n:04d}" for n in range(400)), "Decent Work in Asia"]
    blocks = _blocks(*(_ComparedText(text) for text in texts))
    candidates = text_title_candidates(blocks, lambda index: 0)
    assert {c.text: c.repeats for c in candidates}["Decent Work in Asia"] == 2
    assert _ComparedText.compared < 10 * len(blocks)
