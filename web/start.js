// Loads the WebAssembly app and mounts it (see boot.js for the feature check).
import init, { run } from './pkg/kaohe.js';

init()
  .then(() => run())
  .catch((err) => {
    console.error(err);
    window.kaoheBootFailed(String(err && err.message ? err.message : err));
  });
