import init, { run } from './pkg/hello.js';
init().then(() => run());
