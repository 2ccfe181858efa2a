import { describe, expect, it } from 'vitest';
import { evidenceOf, normalize } from './normalize.ts';
import { FIXTURE_GENUINE, FIXTURE_PITCHES } from './test-fixtures.ts';
import { findTactics, TACTIC_IDS, TACTIC_TABLE } from './tactics.ts';
import { findLinks } from './links.ts';

const tacticsOf = (text: string) => findTactics(normalize(text));
const ids = (text: string) => tacticsOf(text).map((h) => h.id);

// Each tactic: messages that must trigger it, and near-misses that must not.
const CASES: Record<string, { yes: string[]; no: string[] }> = {
  'false-rapport': {
    yes: ['I came across your profile and had to reach out', 'We have several mutual connections in fintech', 'Hope this message finds you well!', 'Vi tu perfil y me encantó', "J'ai vu votre profil sur LinkedIn", "We have so much in common, let's link up and chat a bit more", 'we’ve got a lot in common!'],
    no: ['I came across a bug in the release', 'Thanks for the intro yesterday', 'Our two datasets have few columns in common'],
  },
  flattery: {
    yes: ['Your impressive background caught my eye', 'someone with your experience would love this', 'I am really impressed by your work'],
    no: ['The demo was impressive, thanks for sharing the repo'],
  },
  'income-claim': {
    yes: ['Make $5,000/month from your phone', 'Earn 𝐩𝐚𝐬𝐬𝐢𝐯𝐞 income today', 'Reach financial freedom in 90 days', 'Gana dinero desde casa', 'passives Einkommen aufbauen', 'I made 10k per month'],
    no: ['The invoice is $500, due next month', 'Our income statement is attached'],
  },
  opportunity: {
    yes: ['I have an exciting opportunity for you', 'Are you open to new income streams?', 'Looking for motivated people to partner with'],
    no: ['Thanks for the opportunity to present last week'],
  },
  mlm: {
    yes: ['Join my team and be your own boss', 'We are growing our network marketing business', 'Become a brand ambassador'],
    no: ['My team shipped the release on Friday'],
  },
  crypto: {
    yes: ['Invest in Bitcoin with guaranteed returns', 'Join our forex $1gn4l$ group', 'Our trading bot does the work', 'Aprende sobre criptomonedas'],
    no: ['The cryptography lecture was great'],
  },
  'quick-call': {
    yes: ['Open to a quick call this week?', 'Can we hop on a zoom?', 'Do you have 15 minutes on Thursday?', 'un appel rapide demain ?'],
    no: ['Call me when you land'],
  },
  urgency: {
    yes: ['Limited spots available', 'Only 3 spots left!', 'Act now before it is gone', 'Offer expires tonight', 'última oportunidad'],
    no: ['I will send it by tomorrow'],
  },
  'link-drop': {
    yes: ['Details here: hxxps://evil[.]com/x', 'visit example dot com', 'wa(.)me/123456', 'grab it at bit.ly/abc', 'link in bio'],
    no: ['ok.so what now', 'email me at bob@corp.com', 'see you at 3.30'],
  },
  'vague-recruiter': {
    yes: ['My client is a fast-growing fintech', 'An exciting role that matches your profile', 'Would you be open to new opportunities?', 'competitive salary and equity'],
    no: ['The new role on my team is posted on our careers page'],
  },
  'lead-gen': {
    yes: ['We help B2B SaaS founders book more meetings', 'We generate qualified leads for agencies', 'Scale your agency with done-for-you outreach'],
    no: ['We help each other move house'],
  },
  'webinar-funnel': {
    yes: ['Join our free masterclass on Tuesday', 'Save your seat for the live training', 'Register now!'],
    no: ['The training data is in the bucket'],
  },
  'follow-up-bump': {
    yes: ['Just following up on my last message', 'Bumping this to the top of your inbox', 'Did you get a chance to look at it?', 'gentle reminder'],
    no: ['Follow the steps in the readme'],
  },
  'pick-your-brain': {
    yes: ['Would love to pick your brain', 'I would love your thoughts on our deck', 'Can I ask you a few questions?'],
    no: ['Your brain must be tired after that marathon'],
  },
  'book-a-demo': {
    yes: ['Book a demo here', 'Can I show you how it works?', 'Start a free trial today', 'Our platform helps teams ship faster'],
    no: ['I saw the demo at the meetup, very cool'],
  },
};

describe('findTactics', () => {
  it('covers every tactic in the table with cases', () => {
    expect(Object.keys(CASES).sort()).toEqual([...TACTIC_IDS].sort());
  });

  it('has stable, unique ids', () => {
    expect(new Set(TACTIC_IDS).size).toBe(TACTIC_IDS.length);
    expect(TACTIC_IDS).toEqual(expect.arrayContaining(['false-rapport', 'income-claim', 'link-drop', 'book-a-demo']));
  });

  it('keeps patterns free of capturing groups (the combined scan numbers one group per tactic)', () => {
    for (const row of TACTIC_TABLE) for (const p of row.patterns) expect(p).not.toMatch(/(^|[^\\])\((?!\?)/);
  });

  for (const [id, { yes, no }] of Object.entries(CASES)) {
    it.each(yes)(`${id}: finds it in %j with evidence from the original`, (text) => {
      const hit = tacticsOf(text).find((h) => h.id === id);
      expect(hit).toBeDefined();
      expect(hit!.evidence.length).toBeGreaterThan(0);
      expect(text.includes(hit!.evidence)).toBe(true);
    });
    it.each(no)(`${id}: not in %j`, (text) => {
      expect(ids(text)).not.toContain(id);
    });
  }

  it('quotes obfuscated evidence exactly as written', () => {
    const hit = tacticsOf('Earn 𝐩𝐚𝐬𝐬𝐢𝐯𝐞 income now').find((h) => h.id === 'income-claim');
    expect(hit?.evidence).toBe('𝐩𝐚𝐬𝐬𝐢𝐯𝐞 income');
  });

  it('finds the same first match per tactic as running each pattern alone', () => {
    const text = 'Hope this message finds you well. We help SaaS founders book demos. Quick call? Limited spots! bit.ly/x';
    const n = normalize(text);
    for (const hit of findTactics(n)) {
      const row = TACTIC_TABLE.find((r) => r.id === hit.id)!;
      const alone = new RegExp(row.patterns.map((p) => `(?:${p.replaceAll("'", "['’]")})`).join('|')).exec(n.folded);
      if (alone) expect(text.toLowerCase()).toContain(alone[0].trim().slice(0, 4));
    }
    expect(ids('Congrats on the new role!')).toEqual([]);
  });

  it("leaves word boundaries to each tactic's own pattern (the scan drops them)", () => {
    // Each pattern matches here only without its trailing or inner \b: the scan finds a candidate, the tactic rejects it.
    expect(ids('We are like-mindedness experts')).not.toContain('false-rapport');
    expect(ids('So much in commonality between us')).not.toContain('false-rapport');
    expect(ids('I saw yourself at the meetup')).not.toContain('false-rapport');
    expect(ids('We are like-minded, so much in common')).toContain('false-rapport');
  });

  it('gives each tactic the leftmost match of its own patterns, evidence included', () => {
    const texts = [...FIXTURE_PITCHES, ...FIXTURE_GENUINE, ...Object.values(CASES).flatMap((c) => [...c.yes, ...c.no])];
    for (const text of texts) {
      const n = normalize(text);
      const links = findLinks(n.text);
      const expected = TACTIC_TABLE.flatMap((row) => {
        const m = new RegExp(row.patterns.map((p) => `(?:${p.replaceAll("'", "['’]")})`).join('|')).exec(n.folded);
        const span = m ? [m.index, m.index + m[0].length] : row.id === 'link-drop' && links[0] ? [links[0].start, links[0].end] : null;
        return span ? [{ id: row.id, evidence: evidenceOf(n, span[0]!, span[1]!) }] : [];
      });
      expect(findTactics(n, links)).toEqual(expected);
    }
  });
});

describe('findLinks', () => {
  it.each([
    ['hxxps://evil[.]com/path', 'evil.com', true],
    ['site[.]com', 'site.com', true],
    ['example dot com', 'example.com', true],
    ['wa(.)me/123', 'wa.me', true],
    ['https://calendly.com/x/15min', 'calendly.com', false],
    ['www.example.org', 'example.org', false],
  ])('%s', (text, host, defanged) => {
    const [link] = findLinks(normalize(text).text);
    expect(link?.host).toBe(host);
    expect(link?.defanged).toBe(defanged);
  });

  it('knows shorteners, messengers and booking pages', () => {
    expect(findLinks('bit.ly/abc t.me/x calendly.com/me').map((l) => l.kind)).toEqual(['shortener', 'messenger', 'booking']);
  });

  it('scans long hostile input in linear time', () => {
    expect(findLinks('a'.repeat(200_000) + ' ' + 'b.'.repeat(100_000))).toBeInstanceOf(Array);
  });
});
