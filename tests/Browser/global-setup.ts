import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

// Starts tests/Testing.BrowserHost (built by `dotnet build Vrss.sln -c Release`, as test.sh does first): a throwaway
// PostgreSQL and one silo serving the built client. Waits for the line naming its address, then for /health/ready;
// tells the tests where it is through the environment (workers inherit it). The returned function stops it by closing
// its standard input, the way the host is told to shut down cleanly.
const repository = path.resolve(__dirname, '../..');
const hostDll = path.join(repository, 'tests/Testing.BrowserHost/bin/Release/net10.0/Vrss.Testing.BrowserHost.dll');
const startDeadlineMs = 120_000; // turns a host that never comes up into a failure with its log, not a hang

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!fs.existsSync(hostDll)) {
    throw new Error(`${hostDll} is missing: run \`dotnet build Vrss.sln -c Release\` first (test.sh does).`);
  }

  const results = process.env.VRSS_TEST_RESULTS ?? path.join(repository, 'TestResults');
  fs.mkdirSync(results, { recursive: true });
  const logFile = path.join(results, 'browser-host.log');
  const mailFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vrss-browser-')), 'mail.jsonl');
  const args = [hostDll, '--mail', mailFile];
  if (process.env.VRSS_CLIENT_DIST) args.push('--client', process.env.VRSS_CLIENT_DIST);

  const log = fs.createWriteStream(logFile);
  const host = spawn('dotnet', args, { cwd: repository, stdio: ['pipe', 'pipe', 'pipe'] });
  host.stderr!.pipe(log);
  const exited = new Promise<number | null>((resolve) => host.on('exit', (code) => resolve(code)));

  try {
    const baseUrl = await readAddress(host, exited, log, logFile);
    await waitUntilReady(baseUrl, exited, logFile);
    process.env.VRSS_BASE_URL = baseUrl;
    process.env.VRSS_MAIL_FILE = mailFile;
  } catch (error) {
    host.kill('SIGTERM');
    await exited;
    throw error;
  }

  return async () => {
    host.stdin!.end();
    const killer = setTimeout(() => host.kill('SIGKILL'), 60_000);
    const code = await exited;
    clearTimeout(killer);
    log.end();
    if (code !== 0) throw new Error(`The browser host exited with ${code}; see ${logFile}.`);
  };
}

function readAddress(host: ChildProcess, exited: Promise<number | null>, log: fs.WriteStream, logFile: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: host.stdout! });
    const timer = setTimeout(() => reject(new Error(`The browser host did not start in time; see ${logFile}.`)), startDeadlineMs);
    lines.on('line', (line) => {
      log.write(`[stdout] ${line}\n`);
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The browser host exited with ${code} before it listened; see ${logFile}:\n${tail(logFile)}`));
    });
  });
}

async function waitUntilReady(baseUrl: string, exited: Promise<number | null>, logFile: string): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + startDeadlineMs;
  for (;;) {
    if (gone) throw new Error(`The browser host exited before it was ready; see ${logFile}:\n${tail(logFile)}`);
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${baseUrl}/health/ready never answered 200; see ${logFile}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-40).join('\n');
  } catch {
    return '';
  }
}
