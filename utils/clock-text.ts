/**
 * Finds times of day in page text so they can be masked at night.
 *
 * The detector is deliberately lexical: one precompiled regex proposes candidates and a few
 * checks of the neighbouring characters throw out the look-alikes. It runs over every text node
 * of large pages, so it never builds strings or arrays except for the result (and, rarely, the
 * word before a scripture-looking candidate).
 *
 * What counts as a reading, and why:
 *
 * - `H:MM`, `HH:MM`, `H:MM:SS`, optionally with fractional seconds (`12:00:00.000`,
 *   `23:42:05,123`) and an am/pm suffix in any common spelling (`pm`, `PM`, `p.m.`, `p. m.`),
 *   separated by nothing, a space, a no-break space or a narrow no-break space. Hours 0–23,
 *   minutes and seconds 00–59. The range covers the suffix, because the suffix is half of what
 *   the clock says. An am/pm after an hour above 12 cannot belong to it (`13:00 am Bahnhof` is
 *   German for "13:00 at the station"), so the range then stops before it.
 * - `23h42`, `7h05` (French and Portuguese style), hours 0–23.
 * - `11.42 pm` and `23.42 Uhr`/`uur`: a dot between hours and minutes is a decimal or a version
 *   too often to stand alone, so it needs one of those words after it.
 * - A bare hour with a suffix: `11 pm`, `7am`, `11 a.m.` (1–12), `23 Uhr` (0–23),
 *   `11 o'clock` (1–12), and the first hour of a range such as `9–11 pm` or `8–20 Uhr`.
 *   `Uhr`, `uur` and `o'clock` carry no information, so they stay outside the range.
 * - A lone number is never a reading (`11`, `2026`), however late it is.
 *
 * Ambiguous cases, decided:
 *
 * - Ratios: a time always has two minute digits, so `16:9`, `4:3`, `21:9`, `3:1` and tennis
 *   or football scores like `6:4` are not readings. `16:10` is a valid time and is masked:
 *   nothing in the characters tells it apart, and at night we lean toward hiding.
 * - Durations: a colon pair is masked exactly when it is a valid time of day. A video's
 *   `12:07` is hidden, its `45:10` is not, `125:30` and `48:00:00` are not. Handball scores
 *   such as `21:19` are masked for the same reason. A fraction right after the minutes
 *   (`1:42.35`) marks a stopwatch reading and is not a time. `1h30` is masked like `23h42`
 *   unless a unit letter follows (`1h30m`).
 * - Scripture: `John 3:16` reads as a valid time, so a chapter:verse pair is left alone when
 *   the word right before it (optionally abbreviated with a dot) is a known book name and the
 *   chapter exists in that book. The chapter check keeps chat lines like `John 23:42` (John has
 *   21 chapters) masked. Verses never have a leading zero, so `Mark 10:00` is a time. English
 *   names only, plus the Quran; other languages' book names are masked as times.
 * - Code and logs: timestamps in logs, JSON and ISO 8601 (`2026-11-27T23:42:05Z`) are real
 *   readings and are masked, fractional seconds included. What is excluded is structure that
 *   only looks like a time: `file.ts:12:34` (a colon before it), `items[10:20]` (a bracket
 *   right after an identifier is a slice), `127.0.0.1:8080`, `host:3000`, UTC offsets
 *   (`+05:30`, `UTC-08:00`) and anything glued to letters or digits (`a11:42b`, `x23h42`).
 *   The one colon allowed before a reading is the one after a year, as in Apache's
 *   `27/Nov/2026:23:42:05`, and only with seconds.
 * - Letters of scripts written without spaces (Han, Kana, Hangul) do not glue: `下午11:42`.
 *
 * Known gaps: `noon`, `midnight`, spelled-out times, `23時42分`, `23 h 42`, `kl. 23.42`, and
 * German "am" after an hour (`Seite 11 am Ende` is read as 11 am).
 */

/** A half-open character range `[start, end)` into the searched string. */
export type ClockRange = [start: number, end: number];

// Space, no-break space, narrow no-break space (Chrome's toLocaleTimeString) and thin space.
const SEP = '[ \\u00a0\\u202f\\u2009]';
const MERIDIEM = `[aApP](?:[mM]|\\.${SEP}?[mM]\\.?)(?![\\p{L}\\p{N}])`;
const UNIT = `(?:Uhr|uur)(?![\\p{L}\\p{N}])`;

// Groups: 1 hour, 2 minutes after a colon, 3 seconds, 4 minutes after `h`, 5 minutes after a dot,
// 6 the am/pm suffix with its separator. When none of 2, 4 and 5 matched, the hour stands alone
// and the lookahead has already seen a suffix, a unit or a range after it.
const CLOCK_RE = new RegExp(
  '(\\d{1,2})(?:' +
    ':(\\d\\d)(?::(\\d\\d)(?:[.,]\\d{1,9})?)?' +
    '|h(\\d\\d)' +
    `|\\.(\\d\\d)(?=${SEP}?(?:[aApP]\\.?${SEP}?[mM]|${UNIT}))` +
    `|(?=${SEP}?(?:${MERIDIEM}|${UNIT}|o['’]clock|[-–—]${SEP}?\\d{1,2}(?:[:.h]\\d\\d)?${SEP}?(?:${MERIDIEM}|${UNIT})))` +
    `)(${SEP}?${MERIDIEM})?`,
  'gu',
);

// A superset of what CLOCK_RE can match, so a miss here is a guaranteed miss there. Minutes
// always have two digits, so ratios (`16:9`) and versions (`2.3.1`) are turned away here, before
// the costlier regex: on large pages most digits are not times.
/** The source of the candidate regex, where a reading may start (the bench's floor uses it too). */
export const MAYBE_SOURCE =
  "\\d(?::\\d\\d|h\\d\\d|\\.\\d\\d[ \\u00a0\\u202f\\u2009]?[aApPUu]|[ \\u00a0\\u202f\\u2009]?(?:[aApP]\\.?[ \\u00a0\\u202f\\u2009]?[mM]|[-–—]|Uhr|uur|o['’]))";
const MAYBE_RE = new RegExp(MAYBE_SOURCE);
const MAYBE_ALL_RE = new RegExp(MAYBE_SOURCE, 'g');

// Letters and digits that glue to a number and make it part of a word. Scripts written
// without spaces are left out, since a time sits right next to their words.
const GLUE_RE =
  /(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}]/u;

const NO_TIMES: ClockRange[] = Object.freeze([]) as unknown as ClockRange[];

// Chapters per book (the larger when a book has numbered parts). Books with more chapters than
// a clock has hours could hold any chapter:verse that looks like a time. Abbreviations that are
// also common words before a time are left out: German `Sa.` (Saturday) for Samuel, `Am` for Amos.
const BOOK_CHAPTERS: ReadonlyMap<string, number> = (() => {
  const books: Array<[number, ...string[]]> = [
    [50, 'Genesis', 'Gen'],
    [40, 'Exodus', 'Exod', 'Ex'],
    [27, 'Leviticus', 'Lev'],
    [36, 'Numbers', 'Num'],
    [34, 'Deuteronomy', 'Deut', 'Dt'],
    [24, 'Joshua', 'Josh'],
    [21, 'Judges', 'Judg'],
    [4, 'Ruth'],
    [31, 'Samuel', 'Sam'],
    [25, 'Kings', 'Kgs'],
    [36, 'Chronicles', 'Chron', 'Chr'],
    [10, 'Ezra'],
    [13, 'Nehemiah', 'Neh'],
    [10, 'Esther', 'Esth'],
    [42, 'Job'],
    [150, 'Psalms', 'Psalm', 'Ps', 'Psa'],
    [31, 'Proverbs', 'Prov', 'Pr'],
    [12, 'Ecclesiastes', 'Eccl', 'Eccles', 'Qoheleth'],
    [8, 'Songs', 'Song', 'Solomon', 'Canticles'],
    [66, 'Isaiah', 'Isa'],
    [52, 'Jeremiah', 'Jer'],
    [5, 'Lamentations', 'Lam'],
    [48, 'Ezekiel', 'Ezek'],
    [12, 'Daniel', 'Dan'],
    [14, 'Hosea', 'Hos'],
    [3, 'Joel'],
    [9, 'Amos'],
    [1, 'Obadiah', 'Obad'],
    [4, 'Jonah'],
    [7, 'Micah', 'Mic'],
    [3, 'Nahum', 'Nah'],
    [3, 'Habakkuk', 'Hab'],
    [3, 'Zephaniah', 'Zeph'],
    [2, 'Haggai', 'Hag'],
    [14, 'Zechariah', 'Zech'],
    [4, 'Malachi', 'Mal'],
    [28, 'Matthew', 'Matt', 'Mt'],
    [16, 'Mark', 'Mk'],
    [24, 'Luke', 'Lk'],
    [21, 'John', 'Jn'],
    [28, 'Acts'],
    [16, 'Romans', 'Rom'],
    [16, 'Corinthians', 'Cor'],
    [6, 'Galatians', 'Gal'],
    [6, 'Ephesians', 'Eph'],
    [4, 'Philippians', 'Phil'],
    [4, 'Colossians', 'Col'],
    [5, 'Thessalonians', 'Thess'],
    [6, 'Timothy', 'Tim'],
    [3, 'Titus'],
    [1, 'Philemon', 'Phlm'],
    [13, 'Hebrews', 'Heb'],
    [5, 'James', 'Jas'],
    [5, 'Peter', 'Pet'],
    [1, 'Jude'],
    [22, 'Revelation', 'Rev'],
    [114, 'Quran', 'Koran', 'Surah', 'Sura'],
  ];
  const map = new Map<string, number>();
  for (const [chapters, ...names] of books) for (const name of names) map.set(name, chapters);
  return map;
})();

/**
 * Cheap test that `text` could hold a time of day: a digit followed by `:`, `h`, `.`, am/pm,
 * a range dash or a clock word. Never false when {@link findClockTimes} would find something,
 * so callers can skip a text node's bookkeeping when it is false.
 */
export function mayContainClockTime(text: string): boolean {
  return MAYBE_RE.test(text);
}

/**
 * Every offset in `text` where a reading may start, in order: the places
 * {@link mayContainClockTime} would notice. Lets a caller holding many strings joined into one
 * find the few worth a closer look with a single regex pass.
 */
export function clockCandidateOffsets(text: string): number[] {
  const offsets: number[] = [];
  MAYBE_ALL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MAYBE_ALL_RE.exec(text)) !== null) {
    offsets.push(m.index);
    // Overlapping: a look-alike must not swallow the start of a real reading after it.
    MAYBE_ALL_RE.lastIndex = m.index + 1;
  }
  return offsets;
}

/**
 * The ranges of every time-of-day reading in `text`, sorted and non-overlapping, each
 * `[start, end)` in UTF-16 code units. The rules and the ambiguous cases are described at the
 * top of this file.
 *
 * When nothing is found the result is a shared frozen empty array: read it, don't mutate it.
 */
export function findClockTimes(text: string): ClockRange[] {
  let found: ClockRange[] | undefined;
  CLOCK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLOCK_RE.exec(text)) !== null) {
    const start = m.index;
    const end = accept(text, m, start);
    if (end < 0) {
      // A rejected candidate may hide a real one inside it (`2026:23:42:05`), so step one
      // character on rather than past it; the neighbour checks stop inner look-alikes.
      CLOCK_RE.lastIndex = start + 1;
      continue;
    }
    (found ??= []).push([start, end]);
  }
  return found ?? NO_TIMES;
}

/** The end of the reading the candidate stands for, or -1 when it is not one. */
function accept(text: string, m: RegExpExecArray, start: number): number {
  const hour = toNumber(m[1]!);
  const colonMinutes = m[2];
  const seconds = m[3];
  const hMinutes = m[4];
  const dotMinutes = m[5];
  const suffix = m[6];
  const end = start + m[0].length;

  if (!startsCleanly(text, start, seconds !== undefined)) return -1;

  if (colonMinutes !== undefined || hMinutes !== undefined) {
    const minutes = colonMinutes ?? hMinutes!;
    if (hour > 23 || toNumber(minutes) > 59) return -1;
    if (seconds !== undefined && toNumber(seconds) > 59) return -1;
    if (suffix !== undefined) return hour > 12 ? end - suffix.length : end;
    if (!endsCleanly(text, end)) return -1;
    if (
      colonMinutes !== undefined &&
      seconds === undefined &&
      isScripture(text, start, m[1]!, colonMinutes)
    ) {
      return -1;
    }
    return end;
  }

  if (dotMinutes !== undefined) {
    if (toNumber(dotMinutes) > 59) return -1;
    if (suffix !== undefined) return hour >= 1 && hour <= 12 ? end : -1;
    return hour <= 23 && unitFollows(text, end) ? end : -1;
  }

  if (suffix !== undefined) return hour >= 1 && hour <= 12 ? end : -1;
  if (text.charCodeAt(skipSeparator(text, end)) === 0x6f /* o'clock */) {
    return hour >= 1 && hour <= 12 ? end : -1;
  }
  return hour <= 23 ? end : -1;
}

/** False when the character before `start` makes the number part of something else. */
function startsCleanly(text: string, start: number, hasSeconds: boolean): boolean {
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  const twoBefore = start >= 2 ? text.charCodeAt(start - 2) : NaN;
  if (isDigit(before)) return false;
  if (isGlue(before)) {
    // ISO 8601 joins date and time with a T: 2026-11-27T23:42.
    return before === 0x54 /* T */ && isDigit(twoBefore);
  }
  switch (before) {
    case 0x3a /* : */:
      // Only a year may sit before the colon (Apache's 27/Nov/2026:23:42:05); file:line:col,
      // IPv6 and MAC addresses must not.
      return hasSeconds && isYearBefore(text, start - 1);
    case 0x2e /* . */:
    case 0x2c /* , */:
      return !isDigit(twoBefore);
    case 0x2b /* + */:
    case 0xb1 /* ± */:
    case 0x24 /* $ */:
    case 0xa3 /* £ */:
    case 0x20ac /* € */:
    case 0xa5 /* ¥ */:
    case 0x5f /* _ */:
      return false;
    case 0x2d /* - */:
    case 0x2212 /* − */:
      // UTC-08:00 is an offset; after anything else a dash joins a range (10:00-11:30, 5am-11pm).
      return !isZoneBefore(text, start - 1);
    case 0x5b /* [ */:
      // items[10:20] is a slice; [23:42] at the start of a chat line is a timestamp.
      return !isGlue(twoBefore) && !isDigit(twoBefore) && twoBefore !== 0x5d; /* ] */
    default:
      return true;
  }
}

/** False when the character after `end` makes the reading part of something else. */
function endsCleanly(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const after = text.charCodeAt(end);
  const next = text.charCodeAt(end + 1);
  // 23:42h and 23:42Z are written as times; 1h30m and 11:42b are not.
  if (after === 0x68 /* h */ || after === 0x5a /* Z */) return !isGlue(next) && !isDigit(next);
  if (isDigit(after) || isGlue(after) || after === 0x5f /* _ */) return false;
  // 11:42:5, 1:42.35 and 12:30,5 continue as numbers; 11:42. and 11:42, end a sentence.
  if (after === 0x3a || after === 0x2e || after === 0x2c) return !isDigit(next);
  return true;
}

function isScripture(text: string, start: number, chapterText: string, verseText: string): boolean {
  if (verseText.charCodeAt(0) === 0x30 || chapterText.charCodeAt(0) === 0x30) return false;
  const space = text.charCodeAt(start - 1);
  if (space !== 0x20 && space !== 0xa0) return false;
  let wordEnd = start - 1;
  if (text.charCodeAt(wordEnd - 1) === 0x2e /* Rom. 8:28 */) wordEnd--;
  let wordStart = wordEnd;
  while (
    wordStart > 0 &&
    wordEnd - wordStart < 16 &&
    isAsciiLetter(text.charCodeAt(wordStart - 1))
  ) {
    wordStart--;
  }
  if (wordStart === wordEnd || wordEnd - wordStart >= 16) return false;
  const first = text.charCodeAt(wordStart);
  if (first < 0x41 || first > 0x5a) return false;
  if (wordStart > 0 && isGlue(text.charCodeAt(wordStart - 1))) return false;
  const chapters = BOOK_CHAPTERS.get(text.slice(wordStart, wordEnd));
  const chapter = toNumber(chapterText);
  return chapters !== undefined && chapter >= 1 && chapter <= chapters;
}

function isYearBefore(text: string, colon: number): boolean {
  if (colon < 4) return false;
  for (let i = colon - 4; i < colon; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return colon === 4 || !isDigit(text.charCodeAt(colon - 5));
}

function isZoneBefore(text: string, sign: number): boolean {
  return sign >= 3 && (text.startsWith('UTC', sign - 3) || text.startsWith('GMT', sign - 3));
}

function unitFollows(text: string, end: number): boolean {
  const at = skipSeparator(text, end);
  return text.startsWith('Uhr', at) || text.startsWith('uur', at);
}

function skipSeparator(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 ? at + 1 : at;
}

function toNumber(digits: string): number {
  const first = digits.charCodeAt(0) - 0x30;
  return digits.length === 1 ? first : first * 10 + digits.charCodeAt(1) - 0x30;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// NaN (outside the string) is never glue.
function isGlue(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  return c === c && GLUE_RE.test(String.fromCharCode(c));
}
