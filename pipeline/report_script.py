"""The one small script of the report's pages, inline (no file, no network): sorting and filtering
of tables, and the links between a block of the extracted text and its box on the source page.

The pages read in full without it: the controls it drives are ``hidden`` until it runs. The page's
Content-Security-Policy allows exactly this script, by its hash (`SCRIPT_CSP`), and no other.

What it drives, by markup the report writes:
- ``table.sortable``: a click on a column heading sorts the body rows by that column (a cell's
  ``data-sort`` when it has one, else its text; numbers as numbers), again to reverse;
- ``.filters[data-for=<table id>]``: its ``input[type=search]`` keeps the rows holding every word
  typed (in their text or their ``data-search``); each ``select[data-attr]`` the rows whose
  ``data-<attr>`` is the value chosen; each ``input[type=checkbox][data-attr]`` that is ticked the
  rows whose ``data-<attr>`` is "1"; ``[data-shown]`` in it says how many rows are shown;
- ``a.box[data-block]`` over a source page and the elements ``[data-box]`` of the text: a click on
  either marks both (class ``active``), scrolls the other into view and puts ``#blk-<id>`` in the
  address, so a link to a block shows its box too.
"""

from __future__ import annotations

import base64
import hashlib

SCRIPT = r"""
(function () {
  "use strict";
  function sortValue(row, column) {
    var cell = row.cells[column];
    if (!cell) { return ""; }
    var value = cell.getAttribute("data-sort");
    return value !== null ? value : cell.textContent.trim();
  }
  var NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;
  function compare(a, b) {
    if (NUMBER.test(a) && NUMBER.test(b)) { return parseFloat(a) - parseFloat(b); }
    return a.localeCompare(b, undefined, {numeric: true, sensitivity: "base"});
  }
  function makeSortable(table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (head, column) {
      head.classList.add("sort");
      head.tabIndex = 0;
      head.title = "Sort by this column";
      function sort() {
        var ascending = head.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (other) { other.removeAttribute("aria-sort"); });
        head.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (x, y) {
          var order = compare(sortValue(x, column), sortValue(y, column));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      head.addEventListener("click", sort);
      head.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
      });
    });
  }
  function makeFilters(filters) {
    var table = document.getElementById(filters.getAttribute("data-for"));
    if (!table) { return; }
    filters.hidden = false;
    var controls = filters.querySelectorAll("input, select");
    function apply() {
      var rows = table.tBodies[0].rows, shown = 0;
      var search = filters.querySelector("input[type=search]");
      var words = search ? search.value.toLowerCase().split(/\s+/).filter(Boolean) : [];
      Array.prototype.forEach.call(rows, function (row) {
        var keep = true;
        if (words.length) {
          var text = (row.textContent + " " + (row.getAttribute("data-search") || "")).toLowerCase();
          keep = words.every(function (word) { return text.indexOf(word) !== -1; });
        }
        Array.prototype.forEach.call(controls, function (control) {
          var attr = control.getAttribute("data-attr");
          if (!keep || !attr) { return; }
          var value = row.getAttribute("data-" + attr);
          if (control.type === "checkbox") { keep = !control.checked || value === "1"; }
          else if (control.value !== "") { keep = value === control.value; }
        });
        row.hidden = !keep;
        shown += keep ? 1 : 0;
      });
      var counter = filters.querySelector("[data-shown]");
      if (counter) { counter.textContent = shown + " of " + rows.length + " shown"; }
    }
    Array.prototype.forEach.call(controls, function (control) {
      control.addEventListener(control.type === "search" ? "input" : "change", apply);
    });
    apply();
  }
  function boxOf(id) {
    var boxes = document.querySelectorAll("a.box[data-block]");
    for (var i = 0; i < boxes.length; i++) { if (boxes[i].getAttribute("data-block") === id) { return boxes[i]; } }
    return null;
  }
  function scrollInto(panel, element) {
    var top = element.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    panel.scrollTop += top - panel.clientHeight / 3;
  }
  function mark(id, from) {
    Array.prototype.forEach.call(document.querySelectorAll(".active"), function (old) { old.classList.remove("active"); });
    var block = document.getElementById("blk-" + id);
    var box = boxOf(id);
    if (block) { block.classList.add("active"); }
    if (box) { box.classList.add("active"); }
    if (from === "box" && block) { block.scrollIntoView({block: "center"}); }
    var panel = document.querySelector(".source-panel");
    if (from !== "box" && box && panel) { scrollInto(panel, box); }
    if (history.replaceState) { history.replaceState(null, "", "#blk-" + id); }
  }
  function linkBoxes() {
    Array.prototype.forEach.call(document.querySelectorAll("a.box[data-block]"), function (box) {
      box.addEventListener("click", function (event) { event.preventDefault(); mark(box.getAttribute("data-block"), "box"); });
    });
    document.addEventListener("click", function (event) {
      if (event.target.closest("a, .source-panel")) { return; }
      var block = event.target.closest("[data-box]");
      if (block) { mark(block.getAttribute("data-box"), "text"); }
    });
    var hash = decodeURIComponent(location.hash || "");
    if (hash.indexOf("#blk-") === 0 && boxOf(hash.slice(5))) { mark(hash.slice(5), "link"); }
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), makeSortable);
  Array.prototype.forEach.call(document.querySelectorAll(".filters[data-for]"), makeFilters);
  linkBoxes();
}());
""".strip()

SCRIPT_CSP = "'sha256-" + base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii") + "'"
"""The script's hash as a CSP source: ``script-src`` allows this script and nothing else."""
