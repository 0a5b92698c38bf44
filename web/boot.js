/* Kaohe boot: a feature check in plain ES5, so that a browser too old to run
 * the app shows a readable message instead of a blank page. When the check
 * passes, start.js (an ES module) loads the WebAssembly app. */
(function () {
  'use strict';
  function supported() {
    try {
      if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') return false;
      // The app's wasm uses multi-value, bulk memory and reference types
      // (checked in `make test` with wasm-tools validate); this module uses
      // all three, so an engine without them fails here, not on a blank page.
      if (!WebAssembly.validate(new Uint8Array([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        0x01, 0x06, 0x01, 0x60, 0x00, 0x02, 0x7f, 0x7f,
        0x03, 0x02, 0x01, 0x00,
        0x0c, 0x01, 0x00,
        0x0a, 0x0b, 0x01, 0x09, 0x00, 0x41, 0x00, 0x41, 0x00, 0xd0, 0x70, 0x1a, 0x0b
      ]))) return false;
      if (typeof Promise === 'undefined' || typeof TextDecoder === 'undefined') return false;
      if (!('noModule' in document.createElement('script'))) return false;
      return true;
    } catch (e) {
      return false;
    }
  }
  function show(zh, en) {
    var el = document.getElementById('boot-message');
    if (!el) return;
    el.className = 'boot-message boot-error';
    el.setAttribute('role', 'alert');
    el.innerHTML = '';
    var p1 = document.createElement('strong');
    p1.appendChild(document.createTextNode(zh));
    var p2 = document.createElement('span');
    p2.setAttribute('lang', 'en');
    p2.appendChild(document.createTextNode(en));
    el.appendChild(p1);
    el.appendChild(document.createElement('br'));
    el.appendChild(p2);
  }
  window.kaoheBootFailed = function (detail) {
    show('计算器未能加载，请刷新页面重试。' + (detail ? '（' + detail + '）' : ''),
         'The calculator failed to load; please reload the page.' + (detail ? ' (' + detail + ')' : ''));
  };
  function start() {
    if (!supported()) {
      show('您的浏览器版本过旧，无法运行本计算器。请使用较新版本的浏览器（见说明中的最低版本）。',
           'This browser is too old to run the calculator. Please use a newer browser (see the minimum versions in the README).');
      return;
    }
    var s = document.createElement('script');
    s.type = 'module';
    s.src = 'start.js';
    document.head.appendChild(s);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
