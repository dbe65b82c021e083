// Derives data/lexicon/*.tsv from Debian packages. Run by hand (never in CI: the app and CI read
// only the committed TSV files), after
//   apt-get install dict-freedict-dan-eng dict-freedict-eng-dan dict-freedict-fin-eng \
//     dict-freedict-eng-fin wordnet-base mythes-da
// with
//   npx tsx scripts/build-lexicon.ts
//
// Every file is a table of "key\tvalue" lines sorted by key in code-unit order (lib/matching/lexicon.ts
// bisects it), under one "#" comment line:
//   en-wordnet.tsv          English lemma → noun synsets \t verb synsets (first 3 noun / 2 verb senses,
//                           in WordNet's frequency order; single words, and phrases a translation names)
//   wordnet-hypernyms.tsv   noun synset → hypernyms one level up \t two levels up
//   wordnet-exceptions.tsv  "n:form" / "v:form" → base forms (WordNet's irregular forms)
//   da-en.tsv, fi-en.tsv    folded word → English lemmas "lemma[/n|v]|…"; "~" marks the last word
//                           of a phrase WordNet lacks, "=" a translation through a Danish synonym
//   da-stems.tsv, fi-stems.tsv  Snowball stem → the folded words with that stem (where it differs)
// Sources, versions and licences: docs/lexicon.md.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { byCodeUnits, enLemmaForm, foldWord, morphy, SortedTable, stemWord, type Lexicon } from '@/lib/matching/lexicon';

const DICTD = '/usr/share/dictd';
const WORDNET = '/usr/share/wordnet';
const OUT = path.join(process.cwd(), 'data', 'lexicon');

const NOUN_SENSES = 3;
const VERB_SENSES = 2;
const MAX_TRANSLATIONS = 6;

type Pos = 'n' | 'v';

// ---------------- WordNet ----------------

type WnIndex = Map<string, string[]>; // lemma → synset offsets (all senses, frequency order)

function readWnIndex(pos: 'noun' | 'verb'): WnIndex {
  const idx: WnIndex = new Map();
  for (const line of fs.readFileSync(path.join(WORDNET, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const synsetCnt = Number(f[2]);
    const pCnt = Number(f[3]);
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
    const offsets = f.slice(4 + pCnt + 2, 4 + pCnt + 2 + synsetCnt);
    idx.set(f[0]!, offsets);
  }
  return idx;
}

/** noun synset offset → its hypernym offsets (@ and @i). */
function readNounHypernyms(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of fs.readFileSync(path.join(WORDNET, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const wCnt = parseInt(f[3]!, 16);
    let i = 4 + 2 * wCnt;
    const pCnt = Number(f[i]);
    i++;
    const hyp: string[] = [];
    for (let p = 0; p < pCnt; p++, i += 4) {
      const sym = f[i];
      if ((sym === '@' || sym === '@i') && f[i + 2] === 'n') hyp.push(f[i + 1]!);
    }
    out.set(f[0]!, hyp);
  }
  return out;
}

function readExceptions(): Map<Pos, Map<string, string[]>> {
  const out = new Map<Pos, Map<string, string[]>>();
  for (const [pos, file] of [
    ['n', 'noun.exc'],
    ['v', 'verb.exc'],
  ] as const) {
    const m = new Map<string, string[]>();
    for (const line of fs.readFileSync(path.join(WORDNET, file), 'utf8').split('\n')) {
      const [form, ...bases] = line.trim().split(' ');
      if (form && bases.length) m.set(form, bases);
    }
    out.set(pos, m);
  }
  return out;
}

// ---------------- FreeDict (dictd format) ----------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64num = (s: string) => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

type Entry = { head: string; pos: Pos | null; translations: string[] };

/** Entries of a FreeDict dictd dictionary: headword, part of speech, translation strings in order. */
function readFreedict(name: string): Entry[] {
  const dict = zlib.gunzipSync(fs.readFileSync(path.join(DICTD, `${name}.dict.dz`)));
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (const line of fs.readFileSync(path.join(DICTD, `${name}.index`), 'utf8').split('\n')) {
    const [word, off, len] = line.split('\t');
    if (!word || !off || !len || word.startsWith('00database') || word.startsWith('00-database')) continue;
    const id = `${off}:${len}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const start = b64num(off);
    const text = dict.subarray(start, start + b64num(len)).toString('utf8');
    entries.push(...parseEntry(text));
  }
  return entries;
}

// "trukki /trˈukːɪ/ <n>", then translation lines ("1. stock"), each followed by a gloss line in
// the source language (fin-eng, eng-fin; dan-eng has none).
function parseEntry(text: string): Entry[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const first = lines[0];
  if (!first) return [];
  const head = first.split(/\s+[/<]/)[0]!.trim(); // "crane //kɹeɪn// <n>"
  const posTag = /<([^>]*)>/.exec(first)?.[1] ?? '';
  const pos: Pos | null = /^n\b|noun/.test(posTag) ? 'n' : /^v\b|verb/.test(posTag) ? 'v' : null;
  // The first line is the first sense's translation, numbered or not ("fish 2." leaves sense 2
  // without one); later numbered lines are further senses; the others are glosses.
  const transLines = lines
    .slice(1)
    .filter((l, i) => i === 0 || /^\s*\d+\.\s/.test(l))
    .map((l) => l.replace(/^\s*\d+\.\s*/, '').replace(/\s+\d+\.\s*$/, ''));
  const translations: string[] = [];
  for (const l of transLines) {
    for (const t of l.split(/[,;]/)) {
      const clean = t
        .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ')
        .replace(/^\s*(to|a|an|the)\s+/i, '')
        .replace(/[!?.:"“”]/g, '')
        .trim();
      if (clean && clean.length <= 40) translations.push(clean);
    }
  }
  return head ? [{ head, pos, translations }] : [];
}

// ---------------- Danish thesaurus (mythes-da) ----------------

/** A translation without its flags and part of speech: "~=room/n" → "room". */
const bare = (t: string) => t.replace(/^[~=]+/, '').replace(/\/[nv]$/, '');

const MYTHES_DA = '/usr/share/mythes/th_da_DK.dat';

/**
 * Danish words FreeDict lacks, translated through the LibreOffice Danish thesaurus: the
 * translations of their synonyms (first three senses) that FreeDict knows, flagged "=" (weaker).
 * A synonym that is an English word WordNet knows ("gaffeltruck" → "truck") is its own
 * translation. Narrower terms ("underbegreb") are not used, nor is their inverse, a broader term:
 * tried, it mostly led to the top of the hierarchy ("revisor" → person, "rengøre" → gøre).
 */
function addDanishThesaurus(map: Map<string, string[]>, wordnetLemma: (l: string) => string | null) {
  const synonyms = new Map<string, string[]>();
  const lines = fs.readFileSync(MYTHES_DA, 'utf8').split('\n');
  for (let i = 1; i < lines.length;) {
    const [head, countStr] = lines[i]!.split('|');
    const count = Number(countStr);
    i++;
    if (!head || !Number.isFinite(count)) continue;
    const w = foldWord(head);
    for (let k = 0; k < count && i < lines.length; k++, i++) {
      for (const item of lines[i]!.split('|').slice(1)) {
        const narrower = item.includes('(underbegreb)');
        const term = item.replace(/\([^)]*\)/g, '').trim();
        if (!term || /\s/.test(term)) continue;
        const f = foldWord(term);
        if (!narrower && k < 3) synonyms.set(w, [...(synonyms.get(w) ?? []), f]);
      }
    }
  }
  const stemsKnown = new Set([...map.keys()].map((w) => stemWord(w, 'da')));
  const added = new Map<string, string[]>();
  for (const w of synonyms.keys()) {
    if (map.has(w) || stemsKnown.has(stemWord(w, 'da')) || /[^a-z]/.test(w)) continue;
    const out: string[] = [];
    const push = (flag: string, t: string) => {
      if (out.length < MAX_TRANSLATIONS && !out.some((x) => bare(x) === bare(t))) out.push(flag + t.replace(/^=+/, ''));
    };
    for (const syn of synonyms.get(w) ?? []) {
      const trans = map.get(syn);
      if (trans) for (const t of trans.slice(0, 2)) push('=', t);
      else {
        const lemma = wordnetLemma(syn);
        if (lemma) push('=', lemma);
      }
    }
    if (out.length) added.set(w, out);
  }
  for (const [w, t] of added) map.set(w, t);
  console.log(`da thesaurus: ${added.size} words added through synonyms`);
}

// ---------------- build ----------------

const tableOf = (rows: [string, string][]) =>
  new SortedTable(
    rows
      .sort(([a], [b]) => byCodeUnits(a, b))
      .map(([k, v]) => `${k}\t${v}`)
      .join('\n') + '\n',
  );

const WORDNET_NOTICE = 'WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. WordNet 3.0 licence (data/lexicon/README.md)';
const SOURCE: Record<string, string> = {
  wordnet: `derived from WordNet 3.0 (Debian wordnet-base). ${WORDNET_NOTICE}`,
  da: 'derived from FreeDict dan-eng 0.3.1 and eng-dan 0.1.0 (Joe Hansen and FreeDict contributors) and the LibreOffice Danish thesaurus (Foreningen for frit tilgængelige sprogværktøjer, mythes-da). Licence: GPL-3.0-or-later',
  fi: 'derived from FreeDict fin-eng and eng-fin 2022.11.18 (Karl Bartel; WikDict, from Wiktionary via DBnary). Licence: CC BY-SA 3.0',
};

/** Writes a table sorted as SortedTable bisects it, under a comment naming its sources and licence. */
function writeTable(file: string, rows: [string, string][], source: string) {
  rows.sort(([a], [b]) => byCodeUnits(a, b));
  const header = `# ${file}: built by scripts/build-lexicon.ts, ${source}. See docs/lexicon.md.\n`;
  fs.writeFileSync(path.join(OUT, file), header + rows.map(([k, v]) => `${k}\t${v}`).join('\n') + '\n');
}

function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const nounIdx = readWnIndex('noun');
  const verbIdx = readWnIndex('verb');
  const exc = readExceptions();
  console.log(`WordNet: ${nounIdx.size} noun lemmas, ${verbIdx.size} verb lemmas`);

  // A Lexicon over the whole of WordNet's index, so that morphy() here is the one the module runs.
  const en = new Map<string, { n: string[]; v: string[] }>();
  for (const [l, s] of nounIdx) en.set(l, { n: s.slice(0, NOUN_SENSES), v: [] });
  for (const [l, s] of verbIdx) {
    const e = en.get(l) ?? { n: [], v: [] };
    e.v = s.slice(0, VERB_SENSES);
    en.set(l, e);
  }
  const enTable = tableOf([...en].map(([l, e]) => [l, `${e.n.join(' ')}\t${e.v.join(' ')}`]));
  const excTable = tableOf([...exc].flatMap(([pos, m]) => [...m].map(([f, b]): [string, string] => [`${pos}:${f}`, b.join(' ')])));
  const empty = { words: tableOf([]), stems: tableOf([]) };
  const lex: Lexicon = { en: enTable, hyper: tableOf([]), exc: excTable, da: empty, fi: empty };
  const known = (lemma: string) => morphy(lemma, 'n', lex).length > 0 || morphy(lemma, 'v', lex).length > 0;

  /** A translation as an English lemma WordNet knows ("lemma[/pos]"), or its last word ("~head"), or null. */
  const toLemma = (t: string, pos: Pos | null): string | null => {
    const lemma = enLemmaForm(t);
    if (!lemma || /[^a-z_']/.test(lemma)) return null;
    const suffix = pos ? `/${pos}` : '';
    if (known(lemma)) return lemma + suffix;
    const words = lemma.split('_');
    const last = words[words.length - 1]!;
    if (words.length > 1 && last.length >= 3 && known(last)) return `~${last}${suffix}`;
    return null;
  };

  const usedLemmas = new Set<string>();
  const bilingual = (lang: 'da' | 'fi', forward: string, reverse: string) => {
    // folded word → translations in order: the forward dictionary first, then the reverse one inverted
    const map = new Map<string, string[]>();
    const put = (word: string, lemma: string | null) => {
      if (!lemma) return;
      const folded = foldWord(word);
      if (folded.length < 2 || /[^a-z]/.test(folded)) return;
      const list = map.get(folded) ?? [];
      if (list.length >= MAX_TRANSLATIONS || list.some((x) => bare(x) === bare(lemma))) return;
      list.push(lemma);
      map.set(folded, list);
    };
    const fwd = readFreedict(forward);
    for (const e of fwd) {
      if (/\s/.test(e.head.trim())) continue; // word-level lookups only
      for (const t of e.translations) put(e.head, toLemma(t, e.pos));
    }
    const rev = readFreedict(reverse);
    for (const e of rev) {
      const lemma = toLemma(e.head, e.pos);
      for (const t of e.translations) if (!/\s/.test(t)) put(t, lemma);
    }
    if (lang === 'da') addDanishThesaurus(map, (lemma) => (known(lemma) ? lemma : null));
    const rows: [string, string][] = [];
    const stems = new Map<string, string[]>();
    for (const [word, trans] of map) {
      const stem = stemWord(word, lang);
      if (stem !== word) stems.set(stem, [...(stems.get(stem) ?? []), word]);
      for (const t of trans) usedLemmas.add(bare(t));
      rows.push([word, trans.join('|')]);
    }
    writeTable(`${lang}-en.tsv`, rows, SOURCE[lang]!);
    writeTable(
      `${lang}-stems.tsv`,
      [...stems].map(([st, words]) => [st, words.sort(byCodeUnits).join(' ')]),
      SOURCE[lang]!,
    );
    console.log(`${lang}-en.tsv: ${rows.length} words (${fwd.length} + ${rev.length} dictionary entries), ${stems.size} stems`);
  };
  bilingual('da', 'freedict-dan-eng', 'freedict-eng-dan');
  bilingual('fi', 'freedict-fin-eng', 'freedict-eng-fin');

  // English lemmas kept: single words (what lexicalKeys is asked about) and phrases a translation names.
  const enRows: [string, string][] = [];
  const nounSyns = new Set<string>();
  for (const [lemma, e] of en) {
    if (lemma.includes('_') && !usedLemmas.has(lemma)) continue;
    if (/[^a-z_'-]/.test(lemma)) continue;
    for (const s of e.n) nounSyns.add(s);
    enRows.push([lemma, `${e.n.join(' ')}\t${e.v.join(' ')}`.replace(/\t+$/, '')]);
  }
  writeTable('en-wordnet.tsv', enRows, SOURCE.wordnet!);
  console.log(`en-wordnet.tsv: ${enRows.length} lemmas, ${nounSyns.size} noun synsets`);

  const hyp = readNounHypernyms();
  const hypRows: [string, string][] = [];
  for (const s of nounSyns) {
    const h1 = hyp.get(s) ?? [];
    const h2 = [...new Set(h1.flatMap((h) => hyp.get(h) ?? []))];
    if (h1.length) hypRows.push([s, `${h1.join(' ')}\t${h2.join(' ')}`.replace(/\t+$/, '')]);
  }
  writeTable('wordnet-hypernyms.tsv', hypRows, SOURCE.wordnet!);
  console.log(`wordnet-hypernyms.tsv: ${hypRows.length} synsets`);

  const excRows: [string, string][] = [];
  for (const pos of ['n', 'v'] as const) {
    for (const [form, bases] of exc.get(pos)!) {
      const kept = bases.filter((b) => (en.get(b)?.[pos].length ?? 0) > 0);
      if (kept.length && !form.includes('_')) excRows.push([`${pos}:${form}`, kept.join(' ')]);
    }
  }
  writeTable('wordnet-exceptions.tsv', excRows, SOURCE.wordnet!);
  console.log(`wordnet-exceptions.tsv: ${excRows.length} forms`);
}

main();
