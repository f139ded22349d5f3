"""The report in a real browser (Chromium from Debian, driven by selenium through Debian's
chromium-driver): the index filters to "needs attention", searches and sorts; a brochure page links
a block to its box on the source page and back. Skipped on a machine without them, never in CI
(``CI=true``): .ci/run installs them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pipeline.report import write_report
from tests.conftest import GOLDEN, ROOT

FACTSHEET = "migrant-workers-factsheet.pdf.json"
RECORDS = ("partnerships-for-decent-work.json", "social-protection-mekong.json", "green-jobs-leaflet.pdf.json", FACTSHEET)


def _browser():
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        webdriver = None
    if chromium is None or driver is None or webdriver is None:
        missing = "chromium" if chromium is None else "chromedriver (chromium-driver)" if driver is None else "selenium"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{missing} is missing in CI: .ci/run installs it")
        pytest.skip(f"{missing} is not installed; the browser test needs it")
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1500,1000", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"):
        options.add_argument(flag)
    options.binary_location = chromium
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(driver), options=options)


@pytest.fixture(scope="module")
def browser():
    driver = _browser()
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("records")
    for name in RECORDS:
        shutil.copy(GOLDEN / name, folder / name)
    out = tmp_path_factory.mktemp("report")
    write_report(folder, out, sources=[ROOT])
    return out


def _errors(browser) -> list[str]:
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def _shown(browser) -> list[str]:
    from selenium.webdriver.common.by import By

    return [row.find_elements(By.TAG_NAME, "td")[2].text.split("\n")[0]
            for row in browser.find_elements(By.CSS_SELECTOR, "#documents-table tbody tr") if row.is_displayed()]


def test_the_index_filters_to_needs_attention_searches_and_sorts(browser, report):
    from selenium.webdriver.common.by import By

    browser.get((report / "index.html").as_uri())
    assert _shown(browser) == ["migrant-workers-factsheet.pdf.json", "social-protection-mekong.json",
                               "green-jobs-leaflet.pdf.json", "partnerships-for-decent-work.json"]
    attention = browser.find_element(By.CSS_SELECTOR, ".filters input[data-attr=attention]")
    assert attention.is_displayed()  # the script showed the controls
    attention.click()
    # the factsheet sets a table apart; Mekong names organizations not in the data
    assert _shown(browser) == ["migrant-workers-factsheet.pdf.json", "social-protection-mekong.json"]
    assert browser.find_element(By.CSS_SELECTOR, "[data-shown]").text == "2 of 4 shown"
    attention.click()
    search = browser.find_element(By.CSS_SELECTOR, ".filters input[type=search]")
    search.send_keys("mtuc")  # an organization's acronym (Malaysian Trades Union Congress), found through the row's data-search
    assert _shown(browser) == ["migrant-workers-factsheet.pdf.json"]
    search.clear()
    search.send_keys(" ")
    assert len(_shown(browser)) == 4
    head = browser.find_element(By.XPATH, "//table[@id='documents-table']//th[normalize-space()='Bullets']")
    head.click()
    column = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#documents-table thead th")].index("Bullets")
    values = [int(row.find_elements(By.TAG_NAME, "td")[column].text)
              for row in browser.find_elements(By.CSS_SELECTOR, "#documents-table tbody tr")]
    assert values == sorted(values) and head.get_attribute("aria-sort") == "ascending"
    head.click()
    assert head.get_attribute("aria-sort") == "descending"
    assert _errors(browser) == []


def test_a_block_and_its_box_on_the_source_page_are_linked_both_ways(browser, report):
    from selenium.webdriver.common.by import By

    browser.get((report / "migrant-workers-factsheet.pdf.html").as_uri())
    pictures = browser.find_elements(By.CSS_SELECTOR, ".source-panel img")
    assert len(pictures) == 2 and all(browser.execute_script("return arguments[0].naturalWidth", p) > 0 for p in pictures)
    paragraph = browser.find_element(By.CSS_SELECTOR, "p.para[data-box]")
    block = paragraph.get_attribute("data-box")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", paragraph)
    paragraph.click()
    box = browser.find_element(By.CSS_SELECTOR, f'a.box[data-block="{block}"]')
    assert "active" in box.get_attribute("class").split() and "active" in paragraph.get_attribute("class").split()
    panel = browser.find_element(By.CSS_SELECTOR, ".source-panel")
    inside = browser.execute_script(
        "var b = arguments[0].getBoundingClientRect(), p = arguments[1].getBoundingClientRect();"
        "return b.top >= p.top && b.bottom <= p.bottom && b.height > 0;", box, panel)
    assert inside, "the box was not scrolled into the source panel's view"
    assert browser.current_url.endswith(f"#blk-{block}")

    other = next(b for b in browser.find_elements(By.CSS_SELECTOR, "a.box[data-block]")
                 if b.get_attribute("data-block") != block and b.is_displayed())
    target = other.get_attribute("data-block")
    other.click()
    assert "active" in other.get_attribute("class").split()
    assert "active" not in box.get_attribute("class").split()  # one block at a time
    element = browser.find_element(By.ID, f"blk-{target}")
    assert "active" in element.get_attribute("class").split()
    assert browser.execute_script("var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight;", element)
    assert _errors(browser) == []


def test_a_link_to_a_block_shows_its_box(browser, report):
    from selenium.webdriver.common.by import By

    browser.get((report / "partnerships.html").as_uri())
    evidence = next(a for a in browser.find_elements(By.CSS_SELECTOR, "a.blocks")
                    if "migrant-workers-factsheet" in a.get_attribute("href"))
    block = evidence.get_attribute("href").rsplit("#blk-", 1)[1]
    evidence.click()
    boxes = browser.find_elements(By.CSS_SELECTOR, f'a.box[data-block="{block}"]')
    element = browser.find_element(By.ID, f"blk-{block}")
    if boxes:  # the evidence is a block with a box: both marked on arrival
        assert "active" in boxes[0].get_attribute("class").split() and "active" in element.get_attribute("class").split()
    assert _errors(browser) == []


def test_the_batch_s_partnerships_filter_to_those_to_review(browser, report):
    from selenium.webdriver.common.by import By

    browser.get((report / "partnerships.html").as_uri())
    rows = browser.find_elements(By.CSS_SELECTOR, "#partnerships-table tbody tr")
    to_review = browser.find_element(By.CSS_SELECTOR, ".filters input[data-attr=review]")
    to_review.click()
    shown = [row for row in rows if row.is_displayed()]
    # Mekong's letter of intent with the Social Security Office (a party found by its shape) only
    assert len(shown) == 1 < len(rows)
    assert "Social Security Office" in shown[0].text and "party not in data" in shown[0].text
    to_review.click()
    assert all(row.is_displayed() for row in rows)
    assert _errors(browser) == []
