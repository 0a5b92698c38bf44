// Loads the WebAssembly app and mounts it (see boot.js for the feature check),
// then registers the service worker (sw.js) for offline use. Service workers
// need a secure context: https, or http on localhost / 127.0.0.1.
import init, { run } from './pkg/kaohe.js';

function registerServiceWorker() {
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);
  if (!('serviceWorker' in navigator) || !(location.protocol === 'https:' || (location.protocol === 'http:' && local))) {
    return;
  }
  navigator.serviceWorker.register('sw.js').catch((err) => {
    // Offline use is a bonus: the app works without it.
    console.warn('Kaohe: the service worker was not registered:', err);
  });
}

init()
  .then(() => {
    run();
    registerServiceWorker();
  })
  .catch((err) => {
    console.error(err);
    window.kaoheBootFailed(String(err && err.message ? err.message : err));
  });
