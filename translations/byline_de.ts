<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Byline::AnalyzeCommand</name>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="+77"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+153"/>
        <location line="+4"/>
        <source>byline analyze: cannot write %1: %2</source>
        <translation>byline analyze: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Analyse an article: entities, quotes, sources and timeline.</source>
        <translation>Einen Artikel analysieren: Entitäten, Zitate, Quellen und Zeitleiste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article to analyse (text, Markdown, HTML or PDF); several files or folders analyse in parallel into the folder given with -o.</source>
        <translation>Der zu analysierende Artikel (Text, Markdown, HTML oder PDF); mehrere Dateien oder Ordner werden parallel in den mit -o angegebenen Ordner analysiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output format: json, markdown, brat or w3c (W3C Web Annotation JSON-LD).</source>
        <translation>Ausgabeformat: json, markdown, brat oder w3c (W3C Web Annotation JSON-LD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE instead of standard output. For brat (required): FILE.txt and FILE.ann, a trailing .txt or .ann in FILE being dropped.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben. Für brat (erforderlich): DATEI.txt und DATEI.ann; ein .txt oder .ann am Ende von DATEI entfällt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown only: fill this template file instead of the built-in layout.</source>
        <translation>Nur Markdown: diese Vorlagendatei statt des eingebauten Layouts füllen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication date (YYYY-MM-DD) relative dates are resolved against.</source>
        <translation>Veröffentlichungsdatum (JJJJ-MM-TT), auf das sich relative Datumsangaben beziehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Analyse N articles at once (default: one per core).</source>
        <translation>N Artikel gleichzeitig analysieren (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave out the notes and corrections stored in the library for this article.</source>
        <translation>Die in der Bibliothek für diesen Artikel gespeicherten Notizen und Korrekturen weglassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown only: headings, labels and type names in English, whatever the language of the messages.</source>
        <translation>Nur Markdown: Überschriften, Beschriftungen und Typnamen auf Englisch, unabhängig von der Sprache der Meldungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>byline analyze: give an article file (see byline analyze --help).</source>
        <translation>byline analyze: Geben Sie eine Artikeldatei an (siehe byline analyze --help).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byline analyze: unknown format &quot;%1&quot;.</source>
        <translation>byline analyze: unbekanntes Format „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>byline analyze: --format brat writes two files; give their name with -o FILE.</source>
        <translation>byline analyze: --format brat schreibt zwei Dateien; geben Sie ihren Namen mit -o DATEI an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>byline analyze: cannot read the template %1.</source>
        <translation>byline analyze: die Vorlage %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>byline analyze: --published needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>byline analyze: --published erwartet ein Datum im Format JJJJ-MM-TT, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>byline analyze: several articles need an output folder: -o OUTDIR.</source>
        <translation>byline analyze: mehrere Artikel brauchen einen Ausgabeordner: -o AUSGABEORDNER.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byline analyze: -j needs a number of jobs.</source>
        <translation>byline analyze: -j erwartet eine Anzahl von Jobs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not write the brat files</source>
        <translation>die brat-Dateien konnten nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>byline analyze: notes and corrections left out: %1</source>
        <translation>byline analyze: Notizen und Korrekturen weggelassen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>byline analyze: %1</source>
        <translation>byline analyze: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>byline analyze: cannot write the output: %1</source>
        <translation>byline analyze: die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Byline::AnnotationActions</name>
    <message>
        <location filename="../ui/annotationactions.cpp" line="+300"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;Entity…</source>
        <translation>Als &amp;Entität markieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Highlight</source>
        <translation>&amp;Hervorheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight Co&amp;lour</source>
        <translation>Herv&amp;orhebungsfarbe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as &amp;Quote…</source>
        <translation>Als Zitat &amp;markieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Sour&amp;ce…</source>
        <translation>Als &amp;Quelle markieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar&amp;k as Date…</source>
        <translation>Als &amp;Datum markieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ismiss Quote</source>
        <translation>Z&amp;itat verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss S&amp;ource…</source>
        <translation>Que&amp;lle verwerfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss D&amp;ate…</source>
        <translation>Datum verwer&amp;fen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;type Entity…</source>
        <translation>&amp;Typ der Entität ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me Entity…</source>
        <translation>Entität &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer&amp;ge Entity Into…</source>
        <translation>Entität &amp;zusammenführen mit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;plit Alias Off…</source>
        <translation>Alias &amp;abtrennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss Entity…</source>
        <translation>Entität &amp;verwerfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Speaker…</source>
        <translation>&amp;Sprecher ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Date &amp;Value…</source>
        <translation>Datumswert &amp;ändern…</translation>
    </message>
</context>
<context>
    <name>Byline::AnnotationPanel</name>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="+82"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ent&amp;ities</source>
        <translation>&amp;Entitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes</source>
        <translation>&amp;Zitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>Zeit&amp;leiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>Byline::AnnotationStore</name>
    <message>
        <location filename="../app/io/annotationstore.cpp" line="+138"/>
        <source>The annotation library %1 cannot be read (%2) and could not be moved aside.</source>
        <translation>Die Annotationsbibliothek %1 kann nicht gelesen werden (%2) und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 could not be read (%2). It was moved to %3 and a new, empty library was started.</source>
        <translation>Die Annotationsbibliothek %1 konnte nicht gelesen werden (%2). Sie wurde nach %3 verschoben und eine neue, leere Bibliothek wurde angelegt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The folder %1 for the annotation library cannot be created.</source>
        <translation>Der Ordner %1 für die Annotationsbibliothek kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library cannot be created in %1: the folder is not writable.</source>
        <translation>Die Annotationsbibliothek kann in %1 nicht angelegt werden: der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The annotation library %1 cannot be read: permission denied.</source>
        <translation>Die Annotationsbibliothek %1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 cannot be opened: %2</source>
        <translation>Die Annotationsbibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 cannot be read: %2</source>
        <translation>Die Annotationsbibliothek %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integrity check failed</source>
        <translation>Integritätsprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 is damaged (%2).</source>
        <translation>Die Annotationsbibliothek %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The annotation library %1 is read-only: your notes and corrections are shown but changes will not be saved.</source>
        <translation>Die Annotationsbibliothek %1 ist schreibgeschützt: Ihre Notizen und Korrekturen werden angezeigt, Änderungen aber nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The annotation library %1 cannot use a write-ahead log: %2</source>
        <translation>Die Annotationsbibliothek %1 kann kein Write-Ahead-Log verwenden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>The annotation library %1 cannot be written: %2</source>
        <translation>Die Annotationsbibliothek %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The annotation library %1 cannot be set up: %2</source>
        <translation>Die Annotationsbibliothek %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The article could not be recorded in the annotation library %1: %2</source>
        <translation>Der Artikel konnte nicht in der Annotationsbibliothek %1 erfasst werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The note was not saved: no annotation library is open.</source>
        <translation>Die Notiz wurde nicht gespeichert: keine Annotationsbibliothek geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note was not saved: the annotation library %1 is read-only.</source>
        <translation>Die Notiz wurde nicht gespeichert: die Annotationsbibliothek %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The note was not saved in the annotation library %1: %2</source>
        <translation>Die Notiz wurde nicht in der Annotationsbibliothek %1 gespeichert: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The note was not deleted: no annotation library is open.</source>
        <translation>Die Notiz wurde nicht gelöscht: keine Annotationsbibliothek geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note was not deleted: the annotation library %1 is read-only.</source>
        <translation>Die Notiz wurde nicht gelöscht: die Annotationsbibliothek %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The note was not deleted from the annotation library %1: %2</source>
        <translation>Die Notiz wurde nicht aus der Annotationsbibliothek %1 gelöscht: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The correction was not saved: no annotation library is open.</source>
        <translation>Die Korrektur wurde nicht gespeichert: keine Annotationsbibliothek geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The correction was not saved: the annotation library %1 is read-only.</source>
        <translation>Die Korrektur wurde nicht gespeichert: die Annotationsbibliothek %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The correction was not saved in the annotation library %1: %2</source>
        <translation>Die Korrektur wurde nicht in der Annotationsbibliothek %1 gespeichert: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The publication date was not saved: the annotation library is not writable.</source>
        <translation>Das Veröffentlichungsdatum wurde nicht gespeichert: die Annotationsbibliothek ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The publication date was not saved in the annotation library %1: %2</source>
        <translation>Das Veröffentlichungsdatum wurde nicht in der Annotationsbibliothek %1 gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleLoader</name>
    <message>
        <location filename="../app/io/articleloader.cpp" line="+38"/>
        <source>The file %1 is not a text file: it contains binary data. Open a plain-text, Markdown, HTML or PDF article.</source>
        <translation>Die Datei %1 ist keine Textdatei: sie enthält Binärdaten. Öffnen Sie einen Artikel als Text, Markdown, HTML oder PDF.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 is empty: there is no article text to show.</source>
        <translation>Die Datei %1 ist leer: es gibt keinen Artikeltext anzuzeigen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The file %1 does not exist. It may have been moved, renamed or deleted.</source>
        <translation>Die Datei %1 existiert nicht. Sie wurde möglicherweise verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder, not an article file. Choose a file inside it.</source>
        <translation>%1 ist ein Ordner, keine Artikeldatei. Wählen Sie eine Datei darin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is too large (%2; the limit is %3). Open a smaller file or raise the limit in the settings.</source>
        <translation>Die Datei %1 ist zu groß (%2; die Grenze liegt bei %3). Öffnen Sie eine kleinere Datei oder erhöhen Sie die Grenze in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 cannot be read (%2). Check that you are allowed to open it.</source>
        <translation>Die Datei %1 kann nicht gelesen werden (%2). Prüfen Sie, ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file %1 is larger than the limit of %2. Open a smaller file or raise the limit in the settings.</source>
        <translation>Die Datei %1 ist größer als die Grenze von %2. Öffnen Sie eine kleinere Datei oder erhöhen Sie die Grenze in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf)</source>
        <translation>Artikel (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text (*.txt *.text)</source>
        <translation>Reiner Text (*.txt *.text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html *.htm *.xhtml)</source>
        <translation>Webseiten (*.html *.htm *.xhtml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/io/htmlloader.cpp" line="+674"/>
        <source>The web page %1 cannot be read: it is not valid HTML.</source>
        <translation>Die Webseite %1 kann nicht gelesen werden: sie ist kein gültiges HTML.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The web page %1 contains no article text. Save the page again once it has fully loaded, or copy its text into a .txt file.</source>
        <translation>Die Webseite %1 enthält keinen Artikeltext. Speichern Sie die Seite erneut, wenn sie vollständig geladen ist, oder kopieren Sie ihren Text in eine .txt-Datei.</translation>
    </message>
    <message>
        <location filename="../app/io/pdfloader.cpp" line="+242"/>
        <source>The file %1 is not a valid PDF document; it may be damaged or incomplete. Try downloading it again.</source>
        <translation>Die Datei %1 ist kein gültiges PDF-Dokument; sie ist möglicherweise beschädigt oder unvollständig. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF %1 is protected by a password, and Byline cannot open protected documents. Save a copy without the password and open that.</source>
        <translation>Das PDF %1 ist durch ein Passwort geschützt, und Byline kann geschützte Dokumente nicht öffnen. Speichern Sie eine Kopie ohne Passwort und öffnen Sie diese.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+47"/>
        <source>The PDF %1 has no text — it may be a scanned image. Run it through text recognition (OCR) and open the result.</source>
        <translation>Das PDF %1 enthält keinen Text — es ist möglicherweise ein gescanntes Bild. Wenden Sie Texterkennung (OCR) an und öffnen Sie das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../app/io/textloader.cpp" line="+124"/>
        <source>The file %1 looks like text in the %2 encoding, which Byline cannot convert. Save it as UTF-8 and open it again.</source>
        <translation>Die Datei %1 scheint Text in der Kodierung %2 zu sein, die Byline nicht umwandeln kann. Speichern Sie sie als UTF-8 und öffnen Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleView</name>
    <message>
        <location filename="../ui/articleview.cpp" line="+613"/>
        <source>1 mention</source>
        <translation>1 Erwähnung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mentions</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>found by: %1</source>
        <translation>gefunden durch: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>unknown speaker</source>
        <translation>unbekannter Sprecher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote (%1) by %2</source>
        <translation>Zitat (%1) von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
</context>
<context>
    <name>Byline::BatchAnalyzer</name>
    <message>
        <location filename="../app/cli/batchanalyzer.cpp" line="+59"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot create the folder for %1</source>
        <translation>der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Analysed %1 of %2 articles (%3 MB) in %4 s with %5 threads.</source>
        <translation>%1 von %2 Artikeln (%3 MB) in %4 s mit %5 Threads analysiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>failed: %1: %2</source>
        <translation>fehlgeschlagen: %1: %2</translation>
    </message>
</context>
<context>
    <name>Byline::BenchCommand</name>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="+85"/>
        <source>Measure analysis throughput and memory.</source>
        <translation>Analysedurchsatz und Speicherbedarf messen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add every .txt under DIR to the benchmark corpus.</source>
        <translation>Jede .txt-Datei unter VERZ dem Benchmark-Korpus hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Megabytes of article text to analyse (default 20).</source>
        <translation>Megabyte Artikeltext, die analysiert werden (Standard 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also analyse single articles of 1, 10 and 100 MB.</source>
        <translation>Außerdem einzelne Artikel mit 1, 10 und 100 MB analysieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --scaling: the article sizes in MB, comma-separated (default 1,10,100).</source>
        <translation>Mit --scaling: die Artikelgrößen in MB, durch Kommas getrennt (Standard 1,10,100).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>byline bench: --size needs a positive number of megabytes.</source>
        <translation>byline bench: --size erwartet eine positive Anzahl Megabyte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>byline bench: --scaling-sizes needs positive whole numbers of megabytes.</source>
        <translation>byline bench: --scaling-sizes braucht positive ganze Zahlen von Megabyte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>byline bench: the corpus folder %1 does not exist.</source>
        <translation>byline bench: der Korpusordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>byline bench: no articles to analyse.</source>
        <translation>byline bench: keine Artikel zu analysieren.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Corpus: %1 distinct articles (%2 MB), analysed %3 articles, %4 MB of text on one thread</source>
        <translation>Korpus: %1 verschiedene Artikel (%2 MB), %3 Artikel analysiert, %4 MB Text auf einem Thread</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(stages timed in a second pass, sum %1 s, which includes reading the clock around every stage; the whole pipeline in the first pass, as the program runs it, without those reads)</source>
        <translation>(Stufen in einem zweiten Durchlauf gemessen, Summe %1 s, einschließlich des Uhrlesens um jede Stufe; die ganze Pipeline im ersten Durchlauf, wie das Programm sie ausführt, ohne diese Uhrzugriffe)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>analyse CPU s</source>
        <translation>Analyse CPU s</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>MB/s per core</source>
        <translation>MB/s pro Kern</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Times are CPU seconds of the analysing thread, so a busy machine does not distort them (wall clock of the whole-pipeline pass: %1 s).</source>
        <translation>Die Zeiten sind CPU-Sekunden des analysierenden Threads, damit ein ausgelasteter Rechner sie nicht verfälscht (Echtzeit des Durchlaufs der ganzen Pipeline: %1 s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU s</source>
        <translation>CPU s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>whole pipeline</source>
        <translation>gesamte Pipeline</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load s</source>
        <translation>Laden s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak RSS / text</source>
        <translation>Spitzen-RSS / Text</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>byline bench: cannot write %1</source>
        <translation>byline bench: %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(peak RSS / text: growth of the process&apos;s peak resident memory over its size before loading, per byte of text)</source>
        <translation>(Spitzen-RSS / Text: Zuwachs des maximalen residenten Speichers des Prozesses gegenüber seiner Größe vor dem Laden, je Byte Text)</translation>
    </message>
</context>
<context>
    <name>Byline::BratReader</name>
    <message>
        <location filename="../app/export/bratreader.cpp" line="+39"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no tab after the id</source>
        <translation>kein Tabulator nach der ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed line &quot;%1&quot;</source>
        <translation>fehlerhafte Zeile „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id %1 is used twice</source>
        <translation>die ID %1 wird doppelt verwendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a T line needs a type, offsets and the text</source>
        <translation>eine T-Zeile braucht einen Typ, Offsets und den Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bad offsets &quot;%1&quot;</source>
        <translation>ungültige Offsets „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fragment %1 ends before it starts</source>
        <translation>das Fragment %1 endet, bevor es beginnt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an R line needs a type, Arg1: and Arg2:</source>
        <translation>eine R-Zeile braucht einen Typ, Arg1: und Arg2:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an attribute line needs a name, a target and at most one value</source>
        <translation>eine Attributzeile braucht einen Namen, ein Ziel und höchstens einen Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a note needs a type, a target and the text</source>
        <translation>eine Notiz braucht einen Typ, ein Ziel und den Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an equivalence needs a type and at least two annotations</source>
        <translation>eine Äquivalenz braucht einen Typ und mindestens zwei Annotationen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: %2 refers to no annotation</source>
        <translation>Zeile %1: %2 verweist auf keine Annotation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 ends at %2, after the end of the text (%3)</source>
        <translation>%1 endet bei %2, nach dem Ende des Textes (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has the text &quot;%2&quot; but the article says &quot;%3&quot;</source>
        <translation>%1 hat den Text „%2“, aber im Artikel steht „%3“</translation>
    </message>
</context>
<context>
    <name>Byline::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+25"/>
        <source>Usage: byline [FILE...]                 open the articles in the reader
       byline analyze FILE [options]    analyse an article without a display
       byline bench [options]           measure analysis throughput
       byline eval GOLD_DIR [--json]    score the analysis against a gold corpus
       byline --screenshot OUT.png FILE  save an image of the reader showing FILE
       byline --help | --version

Run &quot;byline COMMAND --help&quot; for the options of a command.
</source>
        <translation>Aufruf: byline [DATEI…]                 die Artikel im Reader öffnen
        byline analyze DATEI [Optionen]  einen Artikel ohne Anzeige analysieren
        byline bench [Optionen]          den Analysedurchsatz messen
        byline eval GOLD_VERZ [--json]   die Analyse an einem Gold-Korpus bewerten
        byline --screenshot AUS.png DATEI  ein Bild des Readers mit DATEI speichern
        byline --help | --version

„byline BEFEHL --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>byline: the %1 command is not available yet.
</source>
        <translation>byline: der Befehl %1 ist noch nicht verfügbar.
</translation>
    </message>
</context>
<context>
    <name>Byline::CorrectionDialog</name>
    <message>
        <location filename="../ui/correctiondialog.cpp" line="+23"/>
        <source>Direct (the words in quotation marks)</source>
        <translation>Direkt (die Worte in Anführungszeichen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirect (reported speech)</source>
        <translation>Indirekt (indirekte Rede)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial (a few words quoted in a sentence)</source>
        <translation>Teilweise (einige Worte in einem Satz zitiert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News agency</source>
        <translation>Nachrichtenagentur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Amtsperson oder Behörde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document or report</source>
        <translation>Dokument oder Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurring (set)</source>
        <translation>Wiederkehrend (Menge)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Mark as Entity</source>
        <translation>Als Entität markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is an entity.</source>
        <translation>„%1“ ist eine Entität.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <location line="+36"/>
        <location line="+69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+61"/>
        <location line="+42"/>
        <location line="+28"/>
        <location line="+17"/>
        <location line="+27"/>
        <source>Apply to &amp;every occurrence of “%1”</source>
        <translation>Auf &amp;jedes Vorkommen von „%1“ anwenden</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Change Entity Type</source>
        <translation>Entitätstyp ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is “%1”?</source>
        <translation>Was ist „%1“?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name every mention of “%1” is listed under.</source>
        <translation>Der Name, unter dem jede Erwähnung von „%1“ aufgeführt wird.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge Entities</source>
        <translation>Entitäten zusammenführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which entity is the same as “%1”?</source>
        <translation>Welche Entität ist dieselbe wie „%1“?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Same as:</source>
        <translation>&amp;Dieselbe wie:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Split Alias</source>
        <translation>Alias abtrennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is not “%2” but an entity of its own.</source>
        <translation>„%1“ ist nicht „%2“, sondern eine eigene Entität.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss Entity</source>
        <translation>Entität verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is not an entity: “%1”.</source>
        <translation>Dies ist keine Entität: „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss &amp;every mention of “%1”</source>
        <translation>&amp;Jede Erwähnung von „%1“ verwerfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change Speaker</source>
        <translation>Sprecher ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who said “%1”? Leave empty for nobody.</source>
        <translation>Wer hat „%1“ gesagt? Leer lassen für niemanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Sprecher:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Change Date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When is “%1”? A TimeML value: 2021-11-15, 2021-W46, 2021-11, P3W.</source>
        <translation>Wann ist „%1“? Ein TimeML-Wert: 2021-11-15, 2021-W46, 2021-11, P3W.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mark as Quote</source>
        <translation>Als Zitat markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is a quote.</source>
        <translation>„%1“ ist ein Zitat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+16"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Mark as Source</source>
        <translation>Als Quelle markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” names a source the article relies on.</source>
        <translation>„%1“ nennt eine Quelle, auf die sich der Artikel stützt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark as Date</source>
        <translation>Als Datum markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a time expression. Its TimeML value: 2021-11-15, 2021-W46, 2021-11, P3W; empty when unknown.</source>
        <translation>„%1“ ist eine Zeitangabe. Ihr TimeML-Wert: 2021-11-15, 2021-W46, 2021-11, P3W; leer, wenn unbekannt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dismiss Source</source>
        <translation>Quelle verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a source: “%1”.</source>
        <translation>Dies ist keine Quelle: „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss &amp;every citation of “%1”</source>
        <translation>&amp;Jede Nennung von „%1“ verwerfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dismiss Date</source>
        <translation>Datum verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is not a time expression: “%1”.</source>
        <translation>Dies ist keine Zeitangabe: „%1“.</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
</context>
<context>
    <name>Byline::Document</name>
    <message>
        <location filename="../app/model/document.cpp" line="+102"/>
        <source>Add Highlight</source>
        <translation>Hervorhebung hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change Entity Type</source>
        <translation>Entitätstyp ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Entities</source>
        <translation>Entitäten zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split Alias</source>
        <translation>Alias abtrennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Entity</source>
        <translation>Entität verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Entity</source>
        <translation>Als Entität markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Speaker</source>
        <translation>Sprecher ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Quote</source>
        <translation>Als Zitat markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Source</source>
        <translation>Als Quelle markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Date</source>
        <translation>Als Datum markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Quote</source>
        <translation>Zitat verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Source</source>
        <translation>Quelle verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Date</source>
        <translation>Datum verwerfen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Withdraw Correction</source>
        <translation>Korrektur zurücknehmen</translation>
    </message>
</context>
<context>
    <name>Byline::EntityModel</name>
    <message>
        <location filename="../ui/entitymodel.cpp" line="+291"/>
        <source>%1 — also: %2</source>
        <translation>%1 — auch: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>found by: %1</source>
        <translation>gefunden durch: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
</context>
<context>
    <name>Byline::EntityPane</name>
    <message>
        <location filename="../ui/entitypane.cpp" line="+59"/>
        <source>No entities found.</source>
        <translation>Keine Entitäten gefunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter entities…</source>
        <translation>Entitäten filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only entities whose name or alias contains this text</source>
        <translation>Nur Entitäten anzeigen, deren Name oder Alias diesen Text enthält</translation>
    </message>
</context>
<context>
    <name>Byline::EntityScorer</name>
    <message>
        <location filename="../app/cli/entityscorer.cpp" line="+141"/>
        <source>Entities: name mentions; outlet scored as organization; gold &quot;unknown&quot; not scored.</source>
        <translation>Entitäten: Namenserwähnungen; Medien als Organisation bewertet; Gold „unknown“ nicht bewertet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>match</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FN</source>
        <translation>FN</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
</context>
<context>
    <name>Byline::EvalCommand</name>
    <message>
        <location filename="../app/cli/evalcommand.cpp" line="+106"/>
        <source>Score the analysis against a gold corpus (NAME.txt + NAME.gold.json).</source>
        <translation>Die Analyse an einem Gold-Korpus bewerten (NAME.txt + NAME.gold.json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder of gold documents; sub-folders are reported as corpora.</source>
        <translation>Ordner mit Gold-Dokumenten; Unterordner werden als Korpora ausgewiesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the scores as JSON.</source>
        <translation>Die Bewertung als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the scores, list every error per document (missed and wrong quotes, attributions, speakers).</source>
        <translation>Nach den Ergebnissen jeden Fehler je Dokument auflisten (verpasste und falsche Zitate, Zuschreibungen, Sprecher).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>byline eval: give exactly one gold folder (see byline eval --help).</source>
        <translation>byline eval: Geben Sie genau einen Gold-Ordner an (siehe byline eval --help).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>byline eval: the folder %1 does not exist.</source>
        <translation>byline eval: der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>byline eval: no NAME.gold.json files under %1.</source>
        <translation>byline eval: keine NAME.gold.json-Dateien unter %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read %1 or its .txt</source>
        <translation>%1 oder die zugehörige .txt kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n gold document(s) under %1</source>
        <translation>
            <numerusform>%n Gold-Dokument unter %1</numerusform>
            <numerusform>%n Gold-Dokumente unter %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
</context>
<context>
    <name>Byline::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+44"/>
        <location line="+215"/>
        <source>Export Annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Entities</source>
        <translation>&amp;Entitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes</source>
        <translation>&amp;Zitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>Zeit&amp;leiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraph after each quote</source>
        <translation>Absatz nach jedem Zitat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context excerpts:</source>
        <translation>Kontextauszüge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML: title, source, counts</source>
        <translation>YAML: Titel, Quelle, Anzahlen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Front matter:</source>
        <translation>Front Matter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep headings and labels in English</source>
        <translation>Überschriften und Beschriftungen auf Englisch lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the export speaks the interface language.</source>
        <translation>Aus: Der Export spricht die Sprache der Oberfläche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level of the title heading; sections are one level deeper.</source>
        <translation>Ebene der Titelüberschrift; Abschnitte liegen eine Ebene tiefer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Heading level:</source>
        <translation>Überschrift&amp;ebene:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in layout</source>
        <translation>Eingebautes Layout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Te&amp;mplate:</source>
        <translation>Vor&amp;lage:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>In die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Choose a Template</source>
        <translation>Vorlage auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown templates (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown-Vorlagen (*.md *.markdown *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Annotations</source>
        <translation>Annotationen speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>Byline::Exporter</name>
    <message>
        <location filename="../app/export/exporter.cpp" line="+25"/>
        <source>The output is not writable.</source>
        <translation>Die Ausgabe ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write the output: %1</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Byline::FindBar</name>
    <message>
        <location filename="../ui/findbar.cpp" line="+80"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Find in article…</source>
        <translation>Im Artikel suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>Byline::FocusBar</name>
    <message>
        <location filename="../ui/focusbar.cpp" line="+56"/>
        <source>1 mention</source>
        <translation>1 Erwähnung</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n mentions</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Previous mention (Shift+F3)</source>
        <translation>Vorherige Erwähnung (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next mention (F3)</source>
        <translation>Nächste Erwähnung (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following this entity (Esc)</source>
        <translation>Dieser Entität nicht mehr folgen (Esc)</translation>
    </message>
</context>
<context>
    <name>Byline::Labels</name>
    <message>
        <location filename="../ui/labels.cpp" line="+16"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>indirect</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>News agencies</source>
        <translation>Nachrichtenagenturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officials and official bodies</source>
        <translation>Amtsträger und Behörden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymous sources</source>
        <translation>Anonyme Quellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>absolute</source>
        <translation>absolut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the publication date</source>
        <translation>ab dem Veröffentlichungsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from an earlier date</source>
        <translation>ab einem früheren Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unresolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the past</source>
        <translation>die Vergangenheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the future</source>
        <translation>die Zukunft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decades</source>
        <translation>Jahrzehnte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 decade</source>
        <translation>1 Jahrzehnt</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n decades</source>
        <translation>
            <numerusform>%n Jahrzehnt</numerusform>
            <numerusform>%n Jahrzehnte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>centuries</source>
        <translation>Jahrhunderte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 century</source>
        <translation>1 Jahrhundert</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n centuries</source>
        <translation>
            <numerusform>%n Jahrhundert</numerusform>
            <numerusform>%n Jahrhunderte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::LegendBar</name>
    <message>
        <location filename="../ui/legendbar.cpp" line="+88"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the highlighting of %1</source>
        <translation>Hervorhebung von %1 ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>Byline::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+304"/>
        <location line="+26"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Annotations…</source>
        <translation>Annotationen &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Notes as &amp;W3C…</source>
        <translation>Notizen als &amp;W3C exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Notes…</source>
        <translation>Notizen &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel s&amp;uchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt Mention or Match</source>
        <translation>Nä&amp;chste Erwähnung oder Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Mention or Match</source>
        <translation>&amp;Vorherige Erwähnung oder Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Focus</source>
        <translation>Fokus auf&amp;heben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Panel</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Entities</source>
        <translation>Zu den &amp;Entitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Quotes</source>
        <translation>Zu den &amp;Zitaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Sources</source>
        <translation>Zu den &amp;Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Timeline</source>
        <translation>Zur Zeit&amp;leiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Notes</source>
        <translation>Zu den &amp;Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Article</source>
        <translation>Zum &amp;Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Byline</source>
        <translation>Ü&amp;ber Byline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the analysis of this article (Esc)</source>
        <translation>Die Analyse dieses Artikels abbrechen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysing the article…</source>
        <translation>Artikel wird analysiert…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Cannot open article</source>
        <translation>Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Analysis cancelled.</source>
        <translation>Analyse abgebrochen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No article open.</source>
        <translation>Kein Artikel geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysing…</source>
        <translation>Wird analysiert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysis not available yet.</source>
        <translation>Analyse noch nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 entity</source>
        <translation>1 Entität</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entities</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 quote</source>
        <translation>1 Zitat</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n quotes</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 source</source>
        <translation>1 Quelle</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 date</source>
        <translation>1 Datum</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n dates</source>
        <translation>
            <numerusform>%n Datum</numerusform>
            <numerusform>%n Daten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About Byline</source>
        <translation>Über Byline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Byline %1&lt;/h3&gt;&lt;p&gt;A reader for news articles: who is named, who said what, which sources the article leans on, and when things happened.&lt;/p&gt;&lt;p&gt;Runs offline. Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Byline %1&lt;/h3&gt;&lt;p&gt;Ein Reader für Nachrichtenartikel: wer genannt wird, wer was gesagt hat, auf welche Quellen sich der Artikel stützt und wann etwas geschah.&lt;/p&gt;&lt;p&gt;Arbeitet offline. Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Library not available</source>
        <translation>Bibliothek nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes and corrections cannot be saved in this session.
%1</source>
        <translation>Ihre Notizen und Korrekturen können in dieser Sitzung nicht gespeichert werden.
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export Notes as W3C Web Annotations</source>
        <translation>Notizen als W3C-Web-Annotationen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON-LD (*.jsonld *.json)</source>
        <translation>JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export notes</source>
        <translation>Notizen können nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes exported to %1.</source>
        <translation>Notizen nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>W3C-Web-Annotationen (*.jsonld *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Cannot import notes</source>
        <translation>Notizen können nicht importiert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 note imported.</source>
        <translation>1 Notiz importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n notes imported.</source>
        <translation>
            <numerusform>%n Notiz importiert.</numerusform>
            <numerusform>%n Notizen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open link</source>
        <translation>Link kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is not a link to an article.</source>
        <translation>%1 ist kein Link auf einen Artikel.</translation>
    </message>
</context>
<context>
    <name>Byline::MarkdownExporter</name>
    <message>
        <location filename="../app/export/markdownexporter.cpp" line="+44"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News agencies</source>
        <translation>Nachrichtenagenturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials and official bodies</source>
        <translation>Amtsträger und Behörden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymous sources</source>
        <translation>Anonyme Quellen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First mention</source>
        <translation>Erste Erwähnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via</source>
        <translation>über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In context</source>
        <translation>Im Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unattributed</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unresolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Outlet: %1</source>
        <translation>Medium: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities: %1</source>
        <translation>Entitäten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes: %1 (speakers: %2)</source>
        <translation>Zitate: %1 (Sprecher: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources: %1 (anonymous: %2)</source>
        <translation>Quellen: %1 (anonym: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline: %1</source>
        <translation>Zeitleiste: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the template %1: %2</source>
        <translation>Die Vorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The template %1 is not valid. %2</source>
        <translation>Die Vorlage %1 ist ungültig. %2</translation>
    </message>
</context>
<context>
    <name>Byline::NoteDialog</name>
    <message>
        <location filename="../ui/notedialog.cpp" line="+27"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On “%1”</source>
        <translation>Zu „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note (leave empty for a plain highlight)</source>
        <translation>Ihre Notiz (leer lassen für eine reine Hervorhebung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
</context>
<context>
    <name>Byline::NotesModel</name>
    <message>
        <location filename="../ui/notesmodel.cpp" line="+63"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found in the article any more: “%1”</source>
        <translation>Nicht mehr im Artikel gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On “%1”</source>
        <translation>Zu „%1“</translation>
    </message>
</context>
<context>
    <name>Byline::NotesPanel</name>
    <message>
        <location filename="../ui/notespanel.cpp" line="+37"/>
        <source>No notes yet. Select words in the article and choose Add Note… (Ctrl+M) from the Edit menu or the context menu.</source>
        <translation>Noch keine Notizen. Wählen Sie Wörter im Artikel aus und wählen Sie „Notiz hinzufügen…“ (Ctrl+M) im Menü „Bearbeiten“ oder im Kontextmenü.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only notes with this tag</source>
        <translation>Nur Notizen mit diesem Schlagwort anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected note</source>
        <translation>Die ausgewählte Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected note (can be undone)</source>
        <translation>Die ausgewählte Notiz löschen (kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Byline::PanelPage</name>
    <message>
        <location filename="../ui/panelpage.cpp" line="+74"/>
        <source>Open an article to see what it contains.</source>
        <translation>Öffnen Sie einen Artikel, um zu sehen, was er enthält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysis not available yet.</source>
        <translation>Analyse noch nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysing…</source>
        <translation>Wird analysiert…</translation>
    </message>
</context>
<context>
    <name>Byline::QuoteModel</name>
    <message>
        <location filename="../ui/quotemodel.cpp" line="+133"/>
        <source>(unattributed)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>found by: %1</source>
        <translation>gefunden durch: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Byline::QuotePane</name>
    <message>
        <location filename="../ui/quotepane.cpp" line="+85"/>
        <source>No quotes found.</source>
        <translation>Keine Zitate gefunden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All speakers</source>
        <translation>Alle Sprecher</translation>
    </message>
</context>
<context>
    <name>Byline::QuoteScorer</name>
    <message numerus="yes">
        <location filename="../app/cli/quotescorer.cpp" line="+254"/>
        <source>Quotes (%n document(s))
</source>
        <translation>
            <numerusform>Zitate (%n Dokument)
</numerusform>
            <numerusform>Zitate (%n Dokumente)
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>Ausbeute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attributions</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaker accuracy %1 (%2 of %3 found quotes with a gold speaker)
</source>
        <translation>Sprechergenauigkeit %1 (%2 von %3 gefundenen Zitaten mit Gold-Sprecher)
</translation>
    </message>
</context>
<context>
    <name>Byline::RecentFiles</name>
    <message>
        <location filename="../ui/recentfiles.cpp" line="+73"/>
        <source>No recent articles</source>
        <translation>Keine zuletzt geöffneten Artikel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
</context>
<context>
    <name>Byline::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="+18"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>menu only (Alt + underlined letters)</source>
        <translation>nur im Menü (Alt + unterstrichene Buchstaben)</translation>
    </message>
</context>
<context>
    <name>Byline::SourceModel</name>
    <message>
        <location filename="../ui/sourcemodel.cpp" line="+288"/>
        <source>Anonymous source: the article does not say who this is.</source>
        <translation>Anonyme Quelle: der Artikel sagt nicht, wer das ist.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 claim rests on this citation</source>
        <translation>1 Aussage stützt sich auf diese Quellenangabe</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n claims rest on this citation</source>
        <translation>
            <numerusform>%n Aussage stützt sich auf diese Quellenangabe</numerusform>
            <numerusform>%n Aussagen stützen sich auf diese Quellenangabe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Citations</source>
        <translation>Quellenangaben</translation>
    </message>
</context>
<context>
    <name>Byline::SourcePane</name>
    <message>
        <location filename="../ui/sourcepane.cpp" line="+50"/>
        <source>No sources found.</source>
        <translation>Keine Quellen gefunden.</translation>
    </message>
</context>
<context>
    <name>Byline::TemplateEngine</name>
    <message>
        <location filename="../app/export/templateengine.cpp" line="+118"/>
        <source>Template line %1: %2</source>
        <translation>Vorlage Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot; on the same line.</source>
        <translation>„{{“ wird nicht in derselben Zeile durch „}}“ geschlossen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;{{/%1}}&quot; closes no section.</source>
        <translation>„{{/%1}}“ schließt keinen Abschnitt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{{/%1}}&quot; does not match the section &quot;%2&quot; opened on line %3.</source>
        <translation>„{{/%1}}“ passt nicht zum Abschnitt „%2“, der in Zeile %3 geöffnet wurde.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown filter &quot;%1&quot;.</source>
        <translation>unbekannter Filter „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid name.</source>
        <translation>„%1“ ist kein gültiger Name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sections are nested more than %1 deep.</source>
        <translation>Abschnitte sind tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the section &quot;%1&quot; is never closed.</source>
        <translation>der Abschnitt „%1“ wird nie geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default filter &quot;%1&quot; is not registered.</source>
        <translation>Der Standardfilter „%1“ ist nicht registriert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The export was stopped: the template makes more than %1 characters. Sections nested inside repeated sections repeat for every item; simplify the template.</source>
        <translation>Der Export wurde abgebrochen: Die Vorlage erzeugt mehr als %1 Zeichen. Abschnitte in wiederholten Abschnitten wiederholen sich für jeden Eintrag; vereinfachen Sie die Vorlage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export was stopped after %1 steps: sections nested inside repeated sections repeat for every item; simplify the template.</source>
        <translation>Der Export wurde nach %1 Schritten abgebrochen: Abschnitte in wiederholten Abschnitten wiederholen sich für jeden Eintrag; vereinfachen Sie die Vorlage.</translation>
    </message>
</context>
<context>
    <name>Byline::TimelineModel</name>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="+157"/>
        <source>unresolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found by: %1</source>
        <translation>gefunden durch: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>Byline::TimelinePane</name>
    <message>
        <location filename="../ui/timelinepane.cpp" line="+115"/>
        <source>No dates or times found.</source>
        <translation>Keine Datums- oder Zeitangaben gefunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date the article was published; relative dates (&quot;last month&quot;) are resolved against it</source>
        <translation>Das Veröffentlichungsdatum des Artikels; relative Datumsangaben („letzten Monat“) beziehen sich darauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the publication date</source>
        <translation>Das Veröffentlichungsdatum vergessen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>from the file&apos;s metadata</source>
        <translation>aus den Metadaten der Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the dateline</source>
        <translation>aus der Ortsmarke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set by you</source>
        <translation>von Ihnen festgelegt</translation>
    </message>
</context>
<context>
    <name>Byline::TimexScorer</name>
    <message>
        <location filename="../app/cli/timexscorer.cpp" line="+112"/>
        <source>Time expressions (TempEval-3), documents: %1</source>
        <translation>Zeitausdrücke (TempEval-3), Dokumente: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recall</source>
        <translation>Ausbeute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strict span</source>
        <translation>exakter Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relaxed span</source>
        <translation>lockerer Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type accuracy on relaxed matches: %1</source>
        <translation>Typgenauigkeit bei lockeren Treffern: %1</translation>
    </message>
</context>
<context>
    <name>Byline::W3cNotesIo</name>
    <message>
        <location filename="../app/export/w3cnotesio.cpp" line="+132"/>
        <source>Could not write the annotations: %1</source>
        <translation>Die Annotationen konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is not JSON: %1</source>
        <translation>Die Datei ist kein JSON: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no W3C Web Annotations.</source>
        <translation>Die Datei enthält keine W3C-Web-Annotationen.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Import Annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
</context>
<context>
    <name>Byline::runGui</name>
    <message>
        <location filename="../ui/guimain.cpp" line="+36"/>
        <source>A reader for news articles.</source>
        <translation>Ein Reader für Nachrichtenartikel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open FILE, wait until it is shown and analysed, save an image of the window to OUT.png and quit.</source>
        <translation>DATEI öffnen, warten, bis sie angezeigt und analysiert ist, ein Bild des Fensters in OUT.png speichern und beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Panel tab to show: entities, quotes, sources, timeline or notes.</source>
        <translation>Anzuzeigender Reiter: entities, quotes, sources, timeline oder notes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print how long opening took until the text was shown and until the analysis was done.</source>
        <translation>Ausgeben, wie lange das Öffnen dauerte, bis der Text angezeigt und bis die Analyse fertig war.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Articles to open.</source>
        <translation>Zu öffnende Artikel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown tab: %1</source>
        <translation>Unbekannter Reiter: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot needs exactly one article.</source>
        <translation>--screenshot braucht genau einen Artikel.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
</TS>
