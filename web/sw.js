// Kaohe's service worker: after the first visit the app opens with no
// network (a link opened on a train still works). Cache-first for the
// app's own files; scripts/build.sh writes the build id (a hash of the
// files) and the file list below, so a new version installs under a new
// cache name and the old caches are deleted when it activates. Nothing
// here sees personnel data: it lives in localStorage and in the URL
// fragment, which never reaches a server or this worker's requests.
'use strict';

const BUILD_ID = '__KAOHE_BUILD_ID__';
const FILES = ["__KAOHE_FILES__"];
const PREFIX = 'kaohe-';
const CACHE = PREFIX + BUILD_ID;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // cache: 'reload' bypasses the HTTP cache, so the files match this build.
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Pages (any query; the fragment never reaches here) are index.html.
      const key = request.mode === 'navigate' ? 'index.html' : request;
      const hit = await cache.match(key, { ignoreSearch: true });
      return hit || fetch(request);
    }),
  );
});
