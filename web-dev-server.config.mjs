import { jsonModulePlugin } from './scripts/dev-plugins.mjs';

const port = Number(process.env.PORT ?? 8000);

/** Serves the demo (which loads the built bundle) at http://localhost:8000/demo/. */
export default {
  rootDir: '.',
  port,
  hostname: 'localhost',
  nodeResolve: true,
  plugins: [jsonModulePlugin()],
  middleware: [
    function rootToDemo(context, next) {
      if (context.path === '/' || context.path === '/index.html') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
