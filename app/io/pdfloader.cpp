// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// poppler-qt5's annotation header still uses QLinkedList, which Qt 5.15 hides once 5.15 deprecations are
// disabled; this file alone lowers the bar, before the first Qt header.
#if defined(QT_MAJOR_VERSION) && QT_MAJOR_VERSION == 5 && defined(QT_DISABLE_DEPRECATED_BEFORE)
#undef QT_DISABLE_DEPRECATED_BEFORE
#define QT_DISABLE_DEPRECATED_BEFORE 0x050E00
#endif

#include "pdfloader.h"

#include "../analysis/resources.h"
#include "blockclassifier.h"
#include "draftblock.h"

#include <QCoreApplication>
#include <QHash>
#include <QRectF>
#include <QRegularExpression>
#include <QSet>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <poppler-qt6.h>
#else
#include <poppler-qt5.h>
#endif

#include <algorithm>
#include <cmath>
#include <memory>

namespace Byline {

namespace {

struct Line
{
    QString text;
    QRectF box;
    double height = 0; ///< median word height: the font size, about
};

const QSet<QString> &wordList()
{
    // Loaded on first use only: most PDFs need it for a handful of line ends, text files never.
    // The committed common-words list (SCOWL via wamerican, licence in its header), not the
    // system's /usr/share/dict/words, which only some machines have.
    static const QSet<QString> words = [] {
        const QStringList lines = Resources::instance().lines(QStringLiteral("gazetteers/common-words.txt"));
        QSet<QString> set;
        set.reserve(int(lines.size()));
        for (const QString &l : lines)
            set.insert(l.trimmed().toLower());
        return set;
    }();
    return words;
}

// Fonts shape "fl", "fi"… into ligature glyphs that extract as U+FB00–U+FB06; the reader wants letters.
QString expandLigatures(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0xFB00 && c <= 0xFB06) {
            const QString letters = text.mid(i, 1).normalized(QString::NormalizationForm_KC);
            text.replace(i, 1, letters);
            i += letters.size() - 1;
        }
    }
    return text;
}

void silencePoppler(const QString &, const QVariant &)
{
    // Poppler reports every damaged xref on stderr; the loader's own error sentence says it better.
}

QList<Line> pageLines(Poppler::Page *page)
{
    QList<Line> lines;
    Line current;
    QList<double> heights;
    const auto finish = [&]() {
        if (!current.text.trimmed().isEmpty()) {
            std::sort(heights.begin(), heights.end());
            current.height = heights.isEmpty() ? current.box.height() : heights.at(heights.size() / 2);
            current.text = expandLigatures(current.text).simplified();
            lines.append(current);
        }
        current = Line();
        heights.clear();
    };
    const auto add = [&](Poppler::TextBox *box, Poppler::TextBox *next) {
        const QRectF r = box->boundingBox();
        current.text += box->text();
        current.box = current.box.isNull() ? r : current.box.united(r);
        heights.append(r.height());
        // Poppler chains the words of one line with nextWord(); a word box below the line also starts a new one.
        const bool lineEnd = !next || box->nextWord() != next || next->boundingBox().top() > r.bottom();
        if (lineEnd)
            finish();
        else if (box->hasSpaceAfter())
            current.text += QLatin1Char(' ');
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
    for (size_t i = 0; i < boxes.size(); ++i)
        add(boxes[i].get(), i + 1 < boxes.size() ? boxes[i + 1].get() : nullptr);
#else
    const QList<Poppler::TextBox *> boxes = page->textList();
    for (int i = 0; i < boxes.size(); ++i)
        add(boxes.at(i), i + 1 < boxes.size() ? boxes.at(i + 1) : nullptr);
    qDeleteAll(boxes);
#endif
    finish();
    return lines;
}

QString furnitureKey(const QString &text)
{
    QString key = text.toLower();
    key.replace(QRegularExpression(QStringLiteral("\\d+")), QStringLiteral("#"));
    return key.simplified();
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:page\\s+)?[-\u2013\u2014]?\\s*\\d{1,4}\\s*[-\u2013\u2014]?(?:\\s*(?:of|/)\\s*\\d{1,4})?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text.trimmed()).hasMatch();
}

// Removes running headers and footers: edge lines (two at the top, two at the bottom) that recur.
void removeFurniture(QList<QList<Line>> &pages)
{
    constexpr int kEdge = 2;
    const auto isEdge = [](int index, int count) { return index < kEdge || index >= count - kEdge; };
    QHash<QString, int> counts;
    for (const QList<Line> &lines : std::as_const(pages)) {
        QSet<QString> seen;
        for (int i = 0; i < lines.size(); ++i)
            if (isEdge(i, int(lines.size())))
                seen.insert(furnitureKey(lines.at(i).text));
        for (const QString &key : std::as_const(seen))
            ++counts[key];
    }
    const int needed = qMax(2, int(std::ceil(pages.size() / 2.0)));
    for (QList<Line> &lines : pages) {
        QList<Line> kept;
        for (int i = 0; i < lines.size(); ++i) {
            const bool edge = isEdge(i, int(lines.size()));
            if (edge && (counts.value(furnitureKey(lines.at(i).text)) >= needed || isPageNumber(lines.at(i).text)))
                continue;
            kept.append(lines.at(i));
        }
        lines = kept;
    }
}

bool endsParagraph(const QString &text)
{
    static const QString finals = QStringLiteral(".!?:\"\u201D\u2019)");
    return !text.isEmpty() && finals.contains(text.back());
}

struct Paragraph
{
    QString text;
    double height = 0;
};

QList<Paragraph> paragraphs(const QList<QList<Line>> &pages)
{
    QList<Paragraph> out;
    bool open = false;
    for (const QList<Line> &lines : pages) {
        const Line *prev = nullptr;
        double left = 0;
        for (const Line &line : lines) {
            bool startNew = !open;
            if (prev) {
                const double gap = line.box.top() - prev->box.bottom();
                const double size = qMax(prev->height, 1.0);
                startNew = startNew || gap > 0.6 * size || std::abs(line.height - prev->height) > 0.2 * size
                    || line.box.left() > left + 1.5 * size || line.box.top() < prev->box.top();
            } else if (open) {
                // First line of a page: it continues the last paragraph only mid-sentence, in the same type.
                startNew = endsParagraph(out.last().text)
                    || std::abs(line.height - out.last().height) > 0.2 * out.last().height
                    || !line.text.at(0).isLower();
            }
            if (startNew) {
                out.append(Paragraph { line.text, line.height });
                left = line.box.left();
            } else {
                Paragraph &p = out.last();
                p.text = p.text.endsWith(QLatin1Char('-')) || p.text.endsWith(QChar(0x00AD))
                    ? PdfLoader::joinHyphenated(p.text, line.text)
                    : p.text + QLatin1Char(' ') + line.text;
                left = qMin(left, line.box.left());
            }
            open = true;
            prev = &line;
        }
    }
    return out;
}
} // namespace

QString PdfLoader::joinHyphenated(const QString &left, const QString &right)
{
    if (left.endsWith(QChar(0x00AD)))
        return left.left(left.size() - 1) + right;
    const QString stem = left.left(left.size() - 1);
    int a = int(stem.size());
    while (a > 0 && stem.at(a - 1).isLetter())
        --a;
    int b = 0;
    while (b < right.size() && right.at(b).isLetter())
        ++b;
    const QString head = stem.mid(a);
    const QString tail = right.left(b);
    if (head.isEmpty() || tail.isEmpty() || !tail.at(0).isLower())
        return left + right; // "2020-" + "21", "Franco-" + "German": a real hyphen
    const QString joined = (head + tail).toLower();
    const QSet<QString> &words = wordList();
    bool keepHyphen = head.compare(tail, Qt::CaseInsensitive) == 0; // win-win, so-so
    if (!keepHyphen && !words.isEmpty())
        keepHyphen = !words.contains(joined) && words.contains(head.toLower()) && words.contains(tail.toLower());
    return keepHyphen ? left + right : stem + right;
}

LoadResult PdfLoader::load(const QByteArray &bytes, const QString &fileName)
{
    LoadResult r;
    static const bool silenced = (Poppler::setDebugErrorFunction(silencePoppler, QVariant()), true);
    Q_UNUSED(silenced)
    std::unique_ptr<Poppler::Document> doc(Poppler::Document::loadFromData(bytes));
    if (!doc) {
        r.error = QCoreApplication::translate("Byline::ArticleLoader",
            "The file %1 is not a valid PDF document; it may be damaged or incomplete. Try downloading it again.")
                      .arg(fileName);
        return r;
    }
    if (doc->isLocked()) {
        r.error = QCoreApplication::translate("Byline::ArticleLoader",
            "The PDF %1 is protected by a password, and Byline cannot open protected documents. "
            "Save a copy without the password and open that.")
                      .arg(fileName);
        return r;
    }
    QList<QList<Line>> pages;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page(doc->page(i));
        if (page)
            pages.append(pageLines(page.get()));
    }
    const int pagesWithText
        = int(std::count_if(pages.cbegin(), pages.cend(), [](const QList<Line> &l) { return !l.isEmpty(); }));
    if (pagesWithText == 0) {
        r.error = QCoreApplication::translate("Byline::ArticleLoader",
            "The PDF %1 has no text \u2014 it may be a scanned image. Run it through text recognition (OCR) and open "
            "the result.")
                      .arg(fileName);
        return r;
    }
    removeFurniture(pages);
    const QList<Paragraph> paras = paragraphs(pages);

    // Body type is the size most of the text is set in; the title and headings are larger.
    QHash<int, int> charsBySize;
    for (const Paragraph &p : paras)
        charsBySize[qRound(p.height * 2)] += int(p.text.size());
    int bodyKey = 0;
    for (auto it = charsBySize.cbegin(); it != charsBySize.cend(); ++it)
        if (it.value() > charsBySize.value(bodyKey))
            bodyKey = it.key();
    const double body = bodyKey / 2.0;

    QList<DraftBlock> blocks;
    bool title = false;
    for (int i = 0; i < paras.size(); ++i) {
        const Paragraph &p = paras.at(i);
        DraftBlock b { p.text, BlockRole::Paragraph, 0, false };
        if (p.height > 1.15 * body && p.text.size() <= 200) {
            if (i == 0) {
                b.role = BlockRole::Title;
                b.level = 1;
                title = true;
            } else {
                b.role = BlockRole::Heading;
                b.level = 2;
            }
            b.fixed = true;
        }
        blocks.append(b);
    }
    const QString infoTitle = doc->info(QStringLiteral("Title")).simplified();
    const bool usefulInfoTitle = !infoTitle.isEmpty() && !infoTitle.contains(QLatin1String(".doc"))
        && !infoTitle.contains(QLatin1String(".pdf")) && !infoTitle.startsWith(QLatin1String("Microsoft"));
    BlockClassifier::Options options;
    options.detectTitle = !title;
    const BlockClassifier &classifier = BlockClassifier::instance();
    classifier.classify(blocks, options);

    Article article = articleFromDrafts(blocks);
    if (article.isEmpty()) {
        r.error = QCoreApplication::translate("Byline::ArticleLoader",
            "The PDF %1 has no text \u2014 it may be a scanned image. Run it through text recognition (OCR) and open "
            "the result.")
                      .arg(fileName);
        return r;
    }
    article.meta.format = QStringLiteral("pdf");
    for (const Block &b : article.blocks)
        if (b.role == BlockRole::Title && article.meta.title.isEmpty())
            article.meta.title = article.textOf(b.range);
    if (article.meta.title.isEmpty() && usefulInfoTitle)
        article.meta.title = infoTitle;
    const QString author = doc->info(QStringLiteral("Author")).simplified();
    if (!author.isEmpty())
        article.meta.authors << author;
    for (const Block &b : article.blocks)
        if (b.role == BlockRole::Byline && article.meta.authors.isEmpty())
            article.meta.authors = classifier.authorsFromByline(article.textOf(b.range));
    r.article = article;
    return r;
}

} // namespace Byline
