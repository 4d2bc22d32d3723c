// Upload page: drag and drop onto the drop zone, and a size check before sending.
// Without JavaScript the plain file input and submit button work the same.
(function () {
  var form = document.getElementById('upload-form');
  if (!form) { return; }
  var drop = document.getElementById('drop');
  var input = document.getElementById('file');
  var chosen = document.getElementById('chosen');
  var error = document.getElementById('client-error');
  var submit = document.getElementById('upload-submit');
  var max = parseInt(form.getAttribute('data-max-bytes'), 10);

  function check() {
    error.hidden = true;
    var f = input.files && input.files[0];
    chosen.textContent = f ? f.name + ' (' + Math.ceil(f.size / 1024) + ' KB)' : '';
    if (f && f.size > max) {
      error.textContent = error.getAttribute('data-too-large');
      error.hidden = false;
      return false;
    }
    if (f && !/\.xlsx$/i.test(f.name)) {
      error.textContent = error.getAttribute('data-not-xlsx');
      error.hidden = false;
      return false;
    }
    return true;
  }

  input.addEventListener('change', check);
  ['dragenter', 'dragover'].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove('over'); });
  });
  drop.addEventListener('drop', function (e) {
    if (e.dataTransfer && e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      check();
    }
  });
  form.addEventListener('submit', function (e) {
    if (!check()) { e.preventDefault(); return; }
    submit.disabled = true;
    submit.textContent = submit.getAttribute('data-busy');
  });
})();
