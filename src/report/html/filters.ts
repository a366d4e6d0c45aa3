/**
 * The inline script behind the filter buttons. Rows carry their tags in `data-tags`; choosing a
 * filter hides every row without that tag. The form stays hidden unless this script runs, so a
 * reader without scripts sees every row and no dead controls.
 */
export const filterScript = `
(function () {
  var form = document.getElementById('filters');
  var status = document.getElementById('filter-status');
  if (!form || !status) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody tr[data-tags]'));
  // Rows that only point elsewhere (where a moved paragraph used to stand) follow the filter but are not counted.
  var counted = rows.filter(function (row) { return !row.hasAttribute('data-aux'); });
  function apply() {
    var chosen = form.querySelector('input[name="show"]:checked');
    var tag = chosen ? chosen.value : 'all';
    var label = chosen ? chosen.getAttribute('data-name') : '';
    var shown = 0;
    rows.forEach(function (row) {
      var visible = tag === 'all' || (' ' + row.getAttribute('data-tags') + ' ').indexOf(' ' + tag + ' ') >= 0;
      row.hidden = !visible;
      if (visible && !row.hasAttribute('data-aux')) shown += 1;
    });
    status.textContent = 'Showing ' + shown + ' of ' + counted.length + ' rows' + (tag === 'all' ? '.' : ': ' + label + '.');
  }
  form.addEventListener('change', apply);
  form.hidden = false;
  apply();
})();
`
