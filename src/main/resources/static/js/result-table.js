// The result page's tables: sort by a column (click its header), filter by text, criterion not passed
// and district, failing communes first, and print. No library, nothing loaded from the network.
(function () {
  'use strict';
  function rowsOf(table) { return Array.prototype.slice.call(table.tBodies[0].rows); }
  function sortBy(table, index, type, descending) {
    var rows = rowsOf(table);
    rows.sort(function (a, b) {
      var x = a.cells[index].getAttribute('data-sort') || a.cells[index].textContent.trim();
      var y = b.cells[index].getAttribute('data-sort') || b.cells[index].textContent.trim();
      var c = type === 'number' ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y, 'vi');
      return descending ? -c : c;
    });
    rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
  }
  function filter(table) {
    var box = document.querySelector('[data-table="' + table.id + '"]');
    var text = (box.querySelector('.rt-search').value || '').toLowerCase();
    var criterion = box.querySelector('.rt-criterion').value;
    var districtSelect = box.querySelector('.rt-district');
    var district = districtSelect ? districtSelect.value : '';
    rowsOf(table).forEach(function (r) {
      var show = (!text || r.textContent.toLowerCase().indexOf(text) >= 0)
        && (!district || r.getAttribute('data-district') === district);
      if (show && criterion) {
        var cell = r.querySelector('td[data-cell-criterion="' + criterion + '"]');
        var outcome = cell ? cell.getAttribute('data-outcome') : '';
        show = !!outcome && outcome !== 'PASS';
      }
      r.hidden = !show;
    });
  }
  document.querySelectorAll('table.result-table').forEach(function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, i) {
      th.setAttribute('aria-sort', 'none');
      th.addEventListener('click', function () {
        var descending = th.getAttribute('aria-sort') === 'ascending';
        Array.prototype.forEach.call(headers, function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        sortBy(table, i, th.getAttribute('data-type'), descending);
      });
    });
  });
  document.querySelectorAll('.rt-search, .rt-criterion, .rt-district').forEach(function (el) {
    el.addEventListener('input', function () { filter(document.getElementById(el.getAttribute('data-for'))); });
    el.addEventListener('change', function () { filter(document.getElementById(el.getAttribute('data-for'))); });
  });
  document.querySelectorAll('.rt-failing').forEach(function (b) {
    b.addEventListener('click', function () {
      var table = document.getElementById(b.getAttribute('data-for'));
      var rows = rowsOf(table);
      rows.sort(function (a, c) {
        return parseInt(c.getAttribute('data-not-passing'), 10) - parseInt(a.getAttribute('data-not-passing'), 10);
      });
      rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
    });
  });
  document.querySelectorAll('.rt-print').forEach(function (b) {
    b.addEventListener('click', function () { window.print(); });
  });
}());
