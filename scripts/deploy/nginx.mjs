#!/usr/bin/env node
/**
 * Serves the built site with Debian's nginx and the shipped configuration (deploy/nginx/), as
 * production would, on 127.0.0.1 only:
 *
 *   npm run serve:nginx                     http://127.0.0.1:8080/
 *   npm run serve:nginx -- --port 9000      or NGINX_PORT=9000
 *   npm run serve:nginx -- --dist .tmp/x    another build (default dist/, or SITE_DIR)
 *   npm run serve:nginx -- --log            access log on stdout
 *   npm run serve:nginx -- --check          only `nginx -t`
 *
 * Everything nginx writes (pid file, temp folders, the generated includes for this dist/) goes to
 * <temp folder>/dortmund-nginx-<port>/, removed on exit; the error log goes to stderr. Runs
 * as any user. Started as root, nginx would drop its workers to "nobody", who cannot read a site
 * inside a folder only its owner may enter (a home folder, a private temp folder); so this local
 * config runs the workers as the owner of the site folder instead (`user` below). The shipped
 * production config (deploy/nginx/) is not changed by this. The former sites answer when a
 * request carries their Host header: curl -H 'Host: visit.dortmund.de' http://127.0.0.1:8080/kokerei-hansa/
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from './generate.mjs';
import { precompress } from './precompress.mjs';
import { BROTLI_MODULE, findNginx } from '../system-check.mjs';

export { findNginx };
const INSTALL = 'apt-get update && apt-get install -y nginx libnginx-mod-http-brotli-static';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}
const flag = (name) => process.argv.includes(`--${name}`);

/**
 * User and group name of a numeric id (getent), or null when the system has no name for it.
 * @param {string} database
 * @param {number} id
 * @returns {string | null}
 */
function nameOf(database, id) {
  const r = spawnSync('getent', [database, String(id)], { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout.split(':')[0] || null) : null;
}

/**
 * The `user` directive of the local config: when nginx starts as root, its workers run as the owner
 * (user and group) of the site folder, who can read it wherever it lies; otherwise nginx keeps its
 * own user and the directive is left out (it only applies to a master started as root).
 * @param {string} siteRoot
 * @param {{ root?: boolean, owner?: { uid: number, gid: number }, names?: (database: string, id: number) => string | null }} [machine]
 * @returns {string} the directive with its line break, or ''
 */
export function workerUser(siteRoot, { root = process.getuid?.() === 0, owner = statSync(siteRoot), names = nameOf } = {}) {
  if (!root) return '';
  const user = names('passwd', owner.uid);
  const group = names('group', owner.gid);
  if (!user || !group) throw new Error(`${siteRoot} belongs to uid ${owner.uid}, gid ${owner.gid}, which have no names on this system; nginx's workers need a named user that may read it`);
  return `user ${user} ${group};\n`;
}

/** True if a process with this id runs. */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a self-contained nginx prefix for one run, one folder per port (a run that was killed
 * leaves at most that one behind, and the next run on the port replaces it): conf/nginx.conf (the
 * local servers below), conf/dortmund/ (a copy of deploy/nginx/) and conf/dortmund/generated/ (for
 * this dist/).
 */
export function preparePrefix({ dist, port, log = false, brotli = existsSync(BROTLI_MODULE) }) {
  const prefix = join(tmpdir(), `dortmund-nginx-${port}`);
  const pidFile = join(prefix, 'nginx.pid');
  if (existsSync(pidFile) && alive(Number(readFileSync(pidFile, 'utf8')))) {
    throw new Error(`nginx already runs from ${prefix} (pid ${readFileSync(pidFile, 'utf8').trim()}); stop it or choose another --port`);
  }
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix);
  chmodSync(prefix, 0o755); // workers (the site's owner, when started as root) must reach the temp folders
  const conf = join(prefix, 'conf');
  cpSync('deploy/nginx', join(conf, 'dortmund'), { recursive: true });
  if (!brotli) writeFileSync(join(conf, 'dortmund/snippets/brotli.conf'), '# libnginx-mod-http-brotli-static is not installed: gzip only.\n');
  let generated;
  try {
    generated = generate({ dist, outDir: null, nginxDir: join(conf, 'dortmund/generated'), distFiles: false });
  } catch (error) {
    rmSync(prefix, { recursive: true, force: true });
    throw error;
  }
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, 'temp', dir), { recursive: true });
  const root = resolve(dist);
  const user = workerUser(root);
  const listen = `listen 127.0.0.1:${port}`;
  writeFileSync(
    join(conf, 'nginx.conf'),
    `# Local run of the portal (scripts/deploy/nginx.mjs); production uses deploy/nginx/portal.conf.
${brotli ? `load_module ${BROTLI_MODULE};\n` : ''}${user}daemon off;
worker_processes 2;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events {
    worker_connections 512;
}
http {
    access_log ${log ? '/dev/stdout' : 'off'};
    client_body_temp_path ${prefix}/temp/client_body;
    proxy_temp_path ${prefix}/temp/proxy;
    fastcgi_temp_path ${prefix}/temp/fastcgi;
    uwsgi_temp_path ${prefix}/temp/uwsgi;
    scgi_temp_path ${prefix}/temp/scgi;
    include dortmund/http.conf;

    # The portal; also answers for 127.0.0.1 and localhost, so a browser can open it directly.
    server {
        ${listen} default_server;
        include dortmund/generated/portal-server-name.conf;
        server_name localhost 127.0.0.1;
        root ${root};
        include dortmund/snippets/portal-site.conf;
    }
    # The other spelling of the portal's host.
    server {
        ${listen};
        include dortmund/generated/portal-alias-server-name.conf;
        server_tokens off;
        include dortmund/generated/security-headers-other-hosts.conf;
        return 301 $do_portal_origin$request_uri;
    }
    # The former sites.
    server {
        ${listen};
        include dortmund/generated/legacy-server-names.conf;
        root ${root};
        include dortmund/snippets/legacy-site.conf;
    }
}
`,
  );
  return { prefix, config: join(conf, 'nginx.conf'), generated, brotli };
}

function waitForPort(port, timeoutMs) {
  const started = Date.now();
  return new Promise((done, fail) => {
    const attempt = () => {
      const req = request({ host: '127.0.0.1', port, path: '/', method: 'HEAD' }, (res) => {
        res.resume();
        done(res.statusCode);
      });
      req.on('error', () => (Date.now() - started > timeoutMs ? fail(new Error(`nothing answers on 127.0.0.1:${port}`)) : setTimeout(attempt, 100)));
      req.end();
    };
    attempt();
  });
}

/** Resolves if nothing listens on 127.0.0.1:port, so nginx's "Address already in use" cannot be mistaken for success. */
function portFree(port) {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', () => fail(new Error(`127.0.0.1:${port} is in use; choose another --port (or NGINX_PORT)`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(undefined)));
  });
}

function hasPrecompressed(dir) {
  return readdirSync(dir, { withFileTypes: true }).some((e) => (e.isDirectory() ? hasPrecompressed(join(dir, e.name)) : e.name.endsWith('.br')));
}

async function main() {
  const port = Number(option('port', process.env.NGINX_PORT ?? 8080));
  const dist = option('dist', process.env.SITE_DIR ?? 'dist');
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be a port number, not "${option('port')}"`);
  const nginx = findNginx();
  if (!nginx) throw new Error(`nginx is not installed. On Debian, as root: ${INSTALL}`);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/ holds no built site: run \`npm run build\` first`);
  if (!flag('check')) await portFree(port);
  if (!hasPrecompressed(dist)) {
    console.log(`${dist}/ has no .br/.gz files (built before precompression was part of the build); writing them now.`);
    await precompress(dist);
  }
  const { prefix, config, brotli } = preparePrefix({ dist, port, log: flag('log') });
  if (!brotli) console.warn(`Warning: ${BROTLI_MODULE} is missing, so nginx sends gzip only. Install it with: ${INSTALL}`);
  const cleanup = () => rmSync(prefix, { recursive: true, force: true });

  const test = spawnSync(nginx, ['-t', '-q', '-p', prefix, '-c', config, '-e', 'stderr'], { stdio: 'inherit' });
  if (test.error) {
    cleanup();
    throw new Error(`${nginx} could not be started: ${test.error.message}`);
  }
  if (test.status !== 0 || flag('check')) {
    cleanup();
    if (test.status === 0) console.log('nginx configuration OK');
    process.exit(test.status ?? 1);
  }

  const child = spawn(nginx, ['-p', prefix, '-c', config, '-e', 'stderr'], { stdio: 'inherit' });
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal === 'SIGINT' ? 'SIGQUIT' : 'SIGTERM');
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('exit', () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    cleanup();
  });
  child.on('exit', (code, signal) => {
    cleanup();
    process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
  });
  await waitForPort(port, 10_000);
  console.log(`nginx ${nginx} serves ${resolve(dist)} on http://127.0.0.1:${port}/ (Ctrl-C stops). Former sites answer by Host header, e.g.\n  curl -sI -H 'Host: www.dortmund-tourismus.de' http://127.0.0.1:${port}/`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`serve:nginx: ${error.message}`);
    process.exit(1);
  });
}
