// The script inside an archive's page, kept as text because it runs in whatever browser opens the
// file years from now, not in Alliance: plain ES2020 with WebCrypto, DecompressionStream and
// hash-wasm's Argon2id (inlined beside it), and DOM building with textContent only, so no record's
// text is ever read as markup. It is hashed into the page's CSP (archive-html.ts); the e2e test
// (test/e2e/archive.spec.ts) opens a written archive in Chromium and reads it through this script.
// The derivations mirror db/key-file.ts, db/recovery-key.ts and core/archive/seal.ts.
export const VIEWER_SCRIPT = String.raw`(function () {
  'use strict';
  var WRONG = 'That passphrase or recovery key does not open this archive.';
  var DAMAGED = 'This archive file is damaged or incomplete: the passphrase is right, but its records cannot ' +
    'all be read. Open another copy of the file.';
  var enc = new TextEncoder();
  var byId = function (id) { return document.getElementById(id); };
  function bytes(b64) {
    var bin = atob(b64);
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function joined(a, b) {
    var out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  }
  async function aesOpen(keyBytes, iv, data, aad) {
    var key = await crypto.subtle.importKey('raw', keyBytes, 'AES-GCM', false, ['decrypt']);
    var plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv, additionalData: enc.encode(aad) }, key, data);
    return new Uint8Array(plain);
  }
  async function hkdf(ikm, salt, info) {
    var key = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
    var bits = await crypto.subtle.deriveBits(
      { name: 'HKDF', hash: 'SHA-256', salt: salt, info: enc.encode(info) }, key, 256);
    return new Uint8Array(bits);
  }
  async function argon2id(secret, k) {
    // The same bounds the app keeps: a file asking for more is damaged or hostile.
    if (k.memoryKiB > 262144 || k.iterations > 32 || k.parallelism > 4) throw new Error('bounds');
    return hashwasm.argon2id({
      password: secret.normalize('NFKC'), salt: bytes(k.salt), parallelism: k.parallelism,
      iterations: k.iterations, memorySize: k.memoryKiB, hashLength: 32, outputType: 'binary'
    });
  }
  var ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  // As the app reads a recovery key: any case, spaces or dashes, O read as 0, I and L as 1.
  function recoveryBytes(input) {
    var clean = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
    if (clean.length !== 32) return null;
    var bits = 0, value = 0, out = [];
    for (var i = 0; i < clean.length; i++) {
      var d = ALPHABET.indexOf(clean[i]);
      if (d < 0) return null;
      value = ((value << 5) | d) & 0xffff;
      bits += 5;
      if (bits >= 8) { out.push((value >>> (bits - 8)) & 0xff); bits -= 8; }
    }
    return new Uint8Array(out);
  }
  function unwrap(keyBytes, w, aad) {
    var data = w.tag ? joined(bytes(w.data), bytes(w.tag)) : bytes(w.data);
    return aesOpen(keyBytes, bytes(w.iv), data, aad);
  }
  async function fromVaultKey(dataKey, slot) {
    var k = await hkdf(dataKey, bytes(slot.hkdfSalt), 'alliance archive key v1');
    return unwrap(k, slot.wrap, 'alliance-archive/v1/' + slot.kind);
  }
  async function contentKey(slot, secret, recovery) {
    if (slot.kind === 'vault-recovery') {
      if (!recovery) return null;
      var rk = await hkdf(recovery, bytes(slot.recoverySalt), 'alliance recovery key v1');
      return fromVaultKey(await unwrap(rk, slot.vaultWrap, 'alliance-vault-keys/v1/recovery'), slot);
    }
    if (slot.kind === 'vault-passphrase') {
      var pk = await argon2id(secret, slot.kdf);
      return fromVaultKey(await unwrap(pk, slot.vaultWrap, 'alliance-vault-keys/v1/passphrase'), slot);
    }
    if (slot.kind === 'passphrase') {
      return unwrap(await argon2id(secret, slot.kdf), slot.wrap, 'alliance-archive/v1/passphrase');
    }
    return null;
  }
  async function piece(key, line, index) {
    var dot = line.indexOf('.');
    var gz = await aesOpen(key, bytes(line.slice(0, dot)), bytes(line.slice(dot + 1)),
      'alliance-archive/v1/piece/' + index);
    var stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'));
    return JSON.parse(await new Response(stream).text());
  }
  async function findKey(head, secret) {
    var recovery = recoveryBytes(secret);
    // A recovery key is tried on its own slot first; anything else only on the passphrase slots.
    var slots = head.slots.slice().sort(function (a, b) {
      return (b.kind === 'vault-recovery' ? 1 : 0) - (a.kind === 'vault-recovery' ? 1 : 0);
    });
    for (var i = 0; i < slots.length; i++) {
      if (slots[i].kind === 'vault-recovery' && !recovery) continue;
      try {
        var key = await contentKey(slots[i], secret, recovery);
        if (key) return key;
      } catch (e) { /* not this slot */ }
    }
    return null;
  }
  // The records, or null for a wrong secret; a damaged or cut-short file throws. The pieces are the
  // front, then each supervisee's sections a few hundred rows at a time, then the count (pieces.ts).
  async function open(secret) {
    var head = JSON.parse(byId('archive-head').textContent);
    var key = await findKey(head, secret);
    if (!key) return null;
    // From here the key derivation is done: the benchmark times the rest (docs/performance.md).
    performance.mark('archive-key');
    var lines = byId('archive-body').textContent.split('\n').map(function (l) { return l.trim(); })
      .filter(function (l) { return l.length > 0; });
    var front = await piece(key, lines[0], 0);
    var last = await piece(key, lines[lines.length - 1], lines.length - 1);
    if (last.end !== lines.length - 1) throw new Error('incomplete');
    // The pieces are opened side by side (WebCrypto and the decompressor run off the page's thread),
    // then put together in their order.
    var parts = await Promise.all(lines.slice(1, -1).map(function (line, n) { return piece(key, line, n + 1); }));
    var people = [];
    for (var i = 0; i < parts.length; i++) {
      var part = parts[i];
      var person = people[part.p] || (people[part.p] = { name: part.name, sections: [] });
      if (!part.section) continue;
      var section = person.sections[part.k];
      if (!section) person.sections[part.k] = part.section;
      else if (section.kind === 'table') section.rows = section.rows.concat(part.section.rows);
      else section.items = section.items.concat(part.section.items);
    }
    if (people.length !== front.people) throw new Error('incomplete');
    return { title: front.title, exportedAt: front.exportedAt, people: people, vault: front.vault };
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function section(s) {
    var box = el('section', null, 'part');
    box.appendChild(el('h3', s.title));
    if (s.note) box.appendChild(el('p', s.note, 'note'));
    if (s.kind === 'table') {
      if (!s.rows.length) { box.appendChild(el('p', 'None recorded.', 'note')); return box; }
      var t = el('table');
      t.setAttribute('aria-label', s.title);
      var hr = el('tr');
      s.columns.forEach(function (c) { var th = el('th', c); th.scope = 'col'; hr.appendChild(th); });
      t.appendChild(el('thead')).appendChild(hr);
      var body = t.appendChild(el('tbody'));
      s.rows.forEach(function (r) {
        var tr = body.appendChild(el('tr'));
        r.forEach(function (c) { tr.appendChild(el('td', c)); });
      });
      box.appendChild(t);
      return box;
    }
    if (!s.items.length) { box.appendChild(el('p', 'None recorded.', 'note')); return box; }
    s.items.forEach(function (item) {
      var art = box.appendChild(el('article', null, 'record'));
      art.appendChild(el('h4', item.heading));
      var dl = art.appendChild(el('dl'));
      item.fields.forEach(function (f) { dl.appendChild(el('dt', f[0])); dl.appendChild(el('dd', f[1])); });
    });
    return box;
  }
  function show(doc) {
    var main = byId('records');
    main.textContent = '';
    var title = main.appendChild(el('h1', 'Alliance archive: ' + doc.title));
    title.tabIndex = -1;
    main.appendChild(el('p', 'Written ' + doc.exportedAt.slice(0, 10) + '. ' + doc.people.length +
      (doc.people.length === 1 ? ' supervisee.' : ' supervisees.'), 'note'));
    var print = main.appendChild(el('button', 'Print', 'no-print'));
    print.type = 'button';
    print.addEventListener('click', function () { window.print(); });
    if (doc.people.length > 1) {
      var nav = main.appendChild(el('nav'));
      nav.setAttribute('aria-label', 'Supervisees');
      var ul = nav.appendChild(el('ul'));
      doc.people.forEach(function (p, i) {
        var a = ul.appendChild(el('li')).appendChild(el('a', p.name));
        a.href = '#person-' + i;
      });
    }
    doc.people.forEach(function (p, i) {
      var box = main.appendChild(el('section', null, 'person'));
      box.id = 'person-' + i;
      box.setAttribute('aria-label', p.name);
      box.appendChild(el('h2', p.name));
      p.sections.forEach(function (s) { box.appendChild(section(s)); });
    });
    if (doc.vault.length) {
      var own = main.appendChild(el('section', null, 'person'));
      own.setAttribute('aria-label', 'The supervisor');
      own.appendChild(el('h2', 'The supervisor'));
      doc.vault.forEach(function (s) { own.appendChild(section(s)); });
    }
    byId('unlock').hidden = true;
    main.hidden = false;
    title.focus();
    performance.mark('archive-shown');
  }
  byId('unlock').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var input = byId('secret');
    var said = byId('said');
    var button = byId('open');
    said.textContent = 'Opening… this takes a few seconds.';
    button.disabled = true;
    open(input.value).then(function (doc) {
      if (!doc) { said.textContent = WRONG; button.disabled = false; input.focus(); return; }
      input.value = '';
      said.textContent = '';
      show(doc);
    }, function () {
      said.textContent = DAMAGED;
      button.disabled = false;
    });
  });
})();
`;
