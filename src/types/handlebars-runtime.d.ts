// Types for Handlebars' runtime build, whose own declaration file declares nothing: the full API without the compiler.
declare module 'handlebars/runtime.js' {
  import type Handlebars from 'handlebars';

  type HandlebarsRuntime = Omit<typeof Handlebars, 'compile' | 'precompile' | 'parse' | 'parseWithoutProcessing' | 'create'> & {
    create(): HandlebarsRuntime;
  };
  const runtime: HandlebarsRuntime;
  export default runtime;
}
