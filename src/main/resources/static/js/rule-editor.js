// The rule editor: the file's text area becomes a CodeMirror editor (served by the app from its WebJar) with
// the highlighting of the file's kind — YAML for manifest and parameters, DRL for rules, properties for
// messages. Without JavaScript the plain text area still works; the form posts the same field either way.
(function () {
  'use strict';
  var area = document.getElementById('content');
  if (!area || typeof CodeMirror === 'undefined') {
    return;
  }
  if (!CodeMirror.modes.drl && CodeMirror.defineSimpleMode) {
    CodeMirror.defineSimpleMode('drl', {
      start: [
        {regex: /"(?:[^\\"]|\\.)*"/, token: 'string'},
        {regex: /\/\/.*/, token: 'comment'},
        {regex: /\/\*/, token: 'comment', next: 'comment'},
        {regex: /@[A-Za-z]+/, token: 'meta'},
        {regex: /\b(?:package|import|rule|when|then|end|not|exists|from|accumulate|collect|eval|and|or|salience|function|global|query|dialect|no-loop|lock-on-active|agenda-group|insert|modify|retract|delete|new|return|true|false|null|in|matches|memberOf|contains)\b/,
          token: 'keyword'},
        {regex: /\$[A-Za-z_][A-Za-z0-9_]*/, token: 'variable-2'},
        {regex: /\b[A-Z][A-Za-z0-9_]*\b/, token: 'type'},
        {regex: /-?\d+(?:\.\d+)?/, token: 'number'}
      ],
      comment: [
        {regex: /.*?\*\//, token: 'comment', next: 'start'},
        {regex: /.*/, token: 'comment'}
      ],
      meta: {lineComment: '//'}
    });
  }
  var editor = CodeMirror.fromTextArea(area, {
    mode: area.getAttribute('data-mode') || 'text/plain',
    lineNumbers: true,
    indentUnit: 2,
    tabSize: 4,
    indentWithTabs: false,
    lineWrapping: false,
    viewportMargin: Infinity,
    extraKeys: {Tab: function (cm) { cm.replaceSelection('  '); }}
  });
  editor.getWrapperElement().setAttribute('data-editor', 'codemirror');
  // a line named in a check problem (#L14) is shown and selected
  var m = /^#L(\d+)$/.exec(window.location.hash);
  if (m) {
    var line = Math.max(0, parseInt(m[1], 10) - 1);
    editor.setSelection({line: line, ch: 0}, {line: line, ch: editor.getLine(line) ? editor.getLine(line).length : 0});
    editor.scrollIntoView({line: line, ch: 0}, 100);
  }
})();
