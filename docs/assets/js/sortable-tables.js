/* LLM Sizes: sortable tables (pipeline/tables.py marks them `ls-sortable`).
   Progressive enhancement: without this script every table reads as written, smallest first.
   Each header becomes a button; cells are compared by their `data-sort` value (numbers or text),
   unknown values (empty data-sort) stay last in both directions, and aria-sort tells the state. */
(function () {
  "use strict";

  var collator = new Intl.Collator(document.documentElement.lang || undefined,
                                   { numeric: true, sensitivity: "base" });

  function key(cell) {
    if (!cell) return "";
    var value = cell.getAttribute("data-sort");
    return value !== null ? value : cell.textContent.trim();
  }

  function sortBy(table, headers, index) {
    var header = headers[index];
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var numeric = header.getAttribute("data-sort-type") === "number";
    var body = table.tBodies[0];
    var rows = Array.prototype.map.call(body.rows, function (row, position) {
      return { row: row, key: key(row.cells[index]), position: position };
    });
    rows.sort(function (a, b) {
      if (a.key === "" || b.key === "") {
        return (a.key === "") - (b.key === "") || a.position - b.position;
      }
      var order = numeric ? parseFloat(a.key) - parseFloat(b.key) : collator.compare(a.key, b.key);
      return (ascending ? order : -order) || a.position - b.position;
    });
    rows.forEach(function (item) { body.appendChild(item.row); });
    headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  function enhance(table) {
    if (!table.tHead || !table.tBodies.length || table.hasAttribute("data-sortable-ready")) return;
    table.setAttribute("data-sortable-ready", "");
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (header, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "ls-sort";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, headers, index); });
    });
  }

  function enhanceAll() {
    Array.prototype.forEach.call(document.querySelectorAll("table.ls-sortable"), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhanceAll);
  } else {
    enhanceAll();
  }
})();
