import fs from 'node:fs';
import { expect } from '@playwright/test';

interface Mail {
  to: string[];
  subject: string;
  text: string;
}

// The host appends every email the silo sends through SMTP to this file, one JSON object a line.
function mails(): Mail[] {
  const file = process.env.VRSS_MAIL_FILE;
  if (!file) throw new Error('VRSS_MAIL_FILE is not set: the tests run through global-setup.ts.');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Mail);
}

/** The first link in the newest email to `to` whose subject contains `subject`, once it has arrived. */
export async function emailedLink(to: string, subject: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(() => {
      const mail = mails()
        .filter((m) => m.to.includes(to) && m.subject.includes(subject))
        .at(-1);
      link = mail ? /https?:\/\/\S+/.exec(mail.text)?.[0] : undefined;
      return link;
    }, { message: `an email "${subject}" to ${to}` })
    .toBeTruthy();
  return link!;
}
