// Lets a script run server code outside Next the way the tests do (vitest aliases `server-only`
// to a stub): `tsx --import ./scripts/server-only/register.mjs script.ts`. Only the marker package
// `server-only` is replaced; every other package resolves as in any Node program.
//
// Why not `--conditions=react-server`: that condition resolves *every* package to its React Server
// Components build, which only works inside Next's bundler. next-intl's RSC entry imports its
// client provider (a "use client" module the bundler would turn into a reference); plain Node
// follows the import into use-intl/react, which needs `useEffect` — absent from React's RSC build —
// and the script dies before it starts ("react has no export useEffect"). Any script whose imports
// reach next-intl (the DAL does, through mail and notifications) broke that way.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
