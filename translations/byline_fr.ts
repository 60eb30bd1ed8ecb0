<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>byline analyze : impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Analyse an article: entities, quotes, sources and timeline.</source>
        <translation>Analyser un article : entités, citations, sources et chronologie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article to analyse (text, Markdown, HTML or PDF); several files or folders analyse in parallel into the folder given with -o.</source>
        <translation>L’article à analyser (texte, Markdown, HTML ou PDF) ; plusieurs fichiers ou dossiers sont analysés en parallèle vers le dossier donné avec -o.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output format: json, markdown, brat or w3c (W3C Web Annotation JSON-LD).</source>
        <translation>Format de sortie : json, markdown, brat ou w3c (W3C Web Annotation JSON-LD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE instead of standard output. For brat (required): FILE.txt and FILE.ann, a trailing .txt or .ann in FILE being dropped.</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard. Pour brat (obligatoire) : FICHIER.txt et FICHIER.ann, un .txt ou .ann final dans FICHIER étant ignoré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown only: fill this template file instead of the built-in layout.</source>
        <translation>Markdown uniquement : remplir ce fichier modèle au lieu de la mise en page intégrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication date (YYYY-MM-DD) relative dates are resolved against.</source>
        <translation>Date de publication (AAAA-MM-JJ) par rapport à laquelle les dates relatives sont résolues.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Analyse N articles at once (default: one per core).</source>
        <translation>Analyser N articles à la fois (par défaut : un par cœur).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave out the notes and corrections stored in the library for this article.</source>
        <translation>Ignorer les notes et corrections enregistrées dans la bibliothèque pour cet article.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown only: headings, labels and type names in English, whatever the language of the messages.</source>
        <translation>Markdown uniquement : titres, libellés et noms de types en anglais, quelle que soit la langue des messages.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>byline analyze: give an article file (see byline analyze --help).</source>
        <translation>byline analyze : indiquez un fichier d’article (voir byline analyze --help).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byline analyze: unknown format &quot;%1&quot;.</source>
        <translation>byline analyze : format « %1 » inconnu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>byline analyze: --format brat writes two files; give their name with -o FILE.</source>
        <translation>byline analyze : --format brat écrit deux fichiers ; donnez leur nom avec -o FICHIER.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>byline analyze: cannot read the template %1.</source>
        <translation>byline analyze : impossible de lire le modèle %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>byline analyze: --published needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>byline analyze : --published attend une date au format AAAA-MM-JJ, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>byline analyze: several articles need an output folder: -o OUTDIR.</source>
        <translation>byline analyze : plusieurs articles nécessitent un dossier de sortie : -o DOSSIER.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byline analyze: -j needs a number of jobs.</source>
        <translation>byline analyze : -j attend un nombre de tâches.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not write the brat files</source>
        <translation>impossible d’écrire les fichiers brat</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>byline analyze: notes and corrections left out: %1</source>
        <translation>byline analyze : notes et corrections ignorées : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>byline analyze: %1</source>
        <translation>byline analyze : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>byline analyze: cannot write the output: %1</source>
        <translation>byline analyze : impossible d’écrire la sortie : %1</translation>
    </message>
</context>
<context>
    <name>Byline::AnnotationActions</name>
    <message>
        <location filename="../ui/annotationactions.cpp" line="+300"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;Note…</source>
        <translation>A&amp;jouter une note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;Entity…</source>
        <translation>Marquer comme &amp;entité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Highlight</source>
        <translation>S&amp;urligner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight Co&amp;lour</source>
        <translation>Couleur de surli&amp;gnage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as &amp;Quote…</source>
        <translation>&amp;Marquer comme citation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Sour&amp;ce…</source>
        <translation>Marquer &amp;comme source…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar&amp;k as Date…</source>
        <translation>Mar&amp;quer comme date…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ismiss Quote</source>
        <translation>Écarter la c&amp;itation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss S&amp;ource…</source>
        <translation>Écarter &amp;la source…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss D&amp;ate…</source>
        <translation>Écarter la &amp;date…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;type Entity…</source>
        <translation>Changer le &amp;type de l&apos;entité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me Entity…</source>
        <translation>Re&amp;nommer l&apos;entité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer&amp;ge Entity Into…</source>
        <translation>&amp;Fusionner l&apos;entité avec…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;plit Alias Off…</source>
        <translation>&amp;Séparer un alias…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss Entity…</source>
        <translation>&amp;Écarter l&apos;entité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Speaker…</source>
        <translation>Changer l&apos;&amp;orateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Date &amp;Value…</source>
        <translation>Changer la &amp;valeur de la date…</translation>
    </message>
</context>
<context>
    <name>Byline::AnnotationPanel</name>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="+82"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ent&amp;ities</source>
        <translation>&amp;Entités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes</source>
        <translation>&amp;Citations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>Ch&amp;ronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>Byline::AnnotationStore</name>
    <message>
        <location filename="../app/io/annotationstore.cpp" line="+138"/>
        <source>The annotation library %1 cannot be read (%2) and could not be moved aside.</source>
        <translation>La bibliothèque d’annotations %1 est illisible (%2) et n’a pas pu être mise de côté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 could not be read (%2). It was moved to %3 and a new, empty library was started.</source>
        <translation>La bibliothèque d’annotations %1 n’a pas pu être lue (%2). Elle a été déplacée vers %3 et une nouvelle bibliothèque vide a été créée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The folder %1 for the annotation library cannot be created.</source>
        <translation>Impossible de créer le dossier %1 de la bibliothèque d’annotations.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library cannot be created in %1: the folder is not writable.</source>
        <translation>Impossible de créer la bibliothèque d’annotations dans %1 : le dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The annotation library %1 cannot be read: permission denied.</source>
        <translation>Impossible de lire la bibliothèque d’annotations %1 : permission refusée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir la bibliothèque d’annotations %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 cannot be read: %2</source>
        <translation>Impossible de lire la bibliothèque d’annotations %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integrity check failed</source>
        <translation>échec du contrôle d’intégrité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 is damaged (%2).</source>
        <translation>La bibliothèque d’annotations %1 est endommagée (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The annotation library %1 is read-only: your notes and corrections are shown but changes will not be saved.</source>
        <translation>La bibliothèque d’annotations %1 est en lecture seule : vos notes et corrections sont affichées mais les modifications ne seront pas enregistrées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The annotation library %1 cannot use a write-ahead log: %2</source>
        <translation>La bibliothèque d’annotations %1 ne peut pas utiliser de journal d’écriture anticipée : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>The annotation library %1 cannot be written: %2</source>
        <translation>Impossible d’écrire dans la bibliothèque d’annotations %1 : %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The annotation library %1 cannot be set up: %2</source>
        <translation>Impossible de configurer la bibliothèque d’annotations %1 : %2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The article could not be recorded in the annotation library %1: %2</source>
        <translation>L’article n’a pas pu être enregistré dans la bibliothèque d’annotations %1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The note was not saved: no annotation library is open.</source>
        <translation>La note n’a pas été enregistrée : aucune bibliothèque d’annotations n’est ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note was not saved: the annotation library %1 is read-only.</source>
        <translation>La note n’a pas été enregistrée : la bibliothèque d’annotations %1 est en lecture seule.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The note was not saved in the annotation library %1: %2</source>
        <translation>La note n’a pas été enregistrée dans la bibliothèque d’annotations %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The note was not deleted: no annotation library is open.</source>
        <translation>La note n’a pas été supprimée : aucune bibliothèque d’annotations n’est ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note was not deleted: the annotation library %1 is read-only.</source>
        <translation>La note n’a pas été supprimée : la bibliothèque d’annotations %1 est en lecture seule.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The note was not deleted from the annotation library %1: %2</source>
        <translation>La note n’a pas été supprimée de la bibliothèque d’annotations %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The correction was not saved: no annotation library is open.</source>
        <translation>La correction n’a pas été enregistrée : aucune bibliothèque d’annotations n’est ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The correction was not saved: the annotation library %1 is read-only.</source>
        <translation>La correction n’a pas été enregistrée : la bibliothèque d’annotations %1 est en lecture seule.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The correction was not saved in the annotation library %1: %2</source>
        <translation>La correction n’a pas été enregistrée dans la bibliothèque d’annotations %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The publication date was not saved: the annotation library is not writable.</source>
        <translation>La date de publication n’a pas été enregistrée : la bibliothèque d’annotations n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The publication date was not saved in the annotation library %1: %2</source>
        <translation>La date de publication n’a pas été enregistrée dans la bibliothèque d’annotations %1 : %2</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleLoader</name>
    <message>
        <location filename="../app/io/articleloader.cpp" line="+38"/>
        <source>The file %1 is not a text file: it contains binary data. Open a plain-text, Markdown, HTML or PDF article.</source>
        <translation>Le fichier %1 n’est pas un fichier texte : il contient des données binaires. Ouvrez un article en texte brut, Markdown, HTML ou PDF.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 is empty: there is no article text to show.</source>
        <translation>Le fichier %1 est vide : il n’y a aucun texte d’article à afficher.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The file %1 does not exist. It may have been moved, renamed or deleted.</source>
        <translation>Le fichier %1 n’existe pas. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder, not an article file. Choose a file inside it.</source>
        <translation>%1 est un dossier, pas un fichier d’article. Choisissez un fichier qu’il contient.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is too large (%2; the limit is %3). Open a smaller file or raise the limit in the settings.</source>
        <translation>Le fichier %1 est trop volumineux (%2 ; la limite est %3). Ouvrez un fichier plus petit ou augmentez la limite dans les paramètres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 cannot be read (%2). Check that you are allowed to open it.</source>
        <translation>Impossible de lire le fichier %1 (%2). Vérifiez que vous avez le droit de l’ouvrir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file %1 is larger than the limit of %2. Open a smaller file or raise the limit in the settings.</source>
        <translation>Le fichier %1 dépasse la limite de %2. Ouvrez un fichier plus petit ou augmentez la limite dans les paramètres.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf)</source>
        <translation>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text (*.txt *.text)</source>
        <translation>Texte brut (*.txt *.text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html *.htm *.xhtml)</source>
        <translation>Pages web (*.html *.htm *.xhtml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/io/htmlloader.cpp" line="+674"/>
        <source>The web page %1 cannot be read: it is not valid HTML.</source>
        <translation>Impossible de lire la page web %1 : ce n’est pas du HTML valide.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The web page %1 contains no article text. Save the page again once it has fully loaded, or copy its text into a .txt file.</source>
        <translation>La page web %1 ne contient aucun texte d’article. Enregistrez à nouveau la page une fois entièrement chargée, ou copiez son texte dans un fichier .txt.</translation>
    </message>
    <message>
        <location filename="../app/io/pdfloader.cpp" line="+242"/>
        <source>The file %1 is not a valid PDF document; it may be damaged or incomplete. Try downloading it again.</source>
        <translation>Le fichier %1 n’est pas un document PDF valide ; il est peut-être endommagé ou incomplet. Essayez de le télécharger à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF %1 is protected by a password, and Byline cannot open protected documents. Save a copy without the password and open that.</source>
        <translation>Le PDF %1 est protégé par un mot de passe et Byline ne peut pas ouvrir les documents protégés. Enregistrez une copie sans mot de passe et ouvrez-la.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+47"/>
        <source>The PDF %1 has no text — it may be a scanned image. Run it through text recognition (OCR) and open the result.</source>
        <translation>Le PDF %1 ne contient pas de texte — il s’agit peut-être d’une image numérisée. Passez-le à la reconnaissance de texte (OCR) et ouvrez le résultat.</translation>
    </message>
    <message>
        <location filename="../app/io/textloader.cpp" line="+124"/>
        <source>The file %1 looks like text in the %2 encoding, which Byline cannot convert. Save it as UTF-8 and open it again.</source>
        <translation>Le fichier %1 semble être du texte dans l’encodage %2, que Byline ne sait pas convertir. Enregistrez-le en UTF-8 et rouvrez-le.</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleView</name>
    <message>
        <location filename="../ui/articleview.cpp" line="+613"/>
        <source>1 mention</source>
        <translation>1 mention</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mentions</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>found by: %1</source>
        <translation>trouvé par : %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>unknown speaker</source>
        <translation>locuteur inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote (%1) by %2</source>
        <translation>Citation (%1) de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>non résolue</translation>
    </message>
</context>
<context>
    <name>Byline::BatchAnalyzer</name>
    <message>
        <location filename="../app/cli/batchanalyzer.cpp" line="+59"/>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot create the folder for %1</source>
        <translation>impossible de créer le dossier pour %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Analysed %1 of %2 articles (%3 MB) in %4 s with %5 threads.</source>
        <translation>%1 articles sur %2 (%3 Mo) analysés en %4 s avec %5 threads.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>failed: %1: %2</source>
        <translation>échec : %1 : %2</translation>
    </message>
</context>
<context>
    <name>Byline::BenchCommand</name>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="+85"/>
        <source>Measure analysis throughput and memory.</source>
        <translation>Mesurer le débit d’analyse et la mémoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add every .txt under DIR to the benchmark corpus.</source>
        <translation>Ajouter chaque .txt sous DIR au corpus de mesure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Megabytes of article text to analyse (default 20).</source>
        <translation>Mégaoctets de texte d’article à analyser (20 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also analyse single articles of 1, 10 and 100 MB.</source>
        <translation>Analyser aussi des articles isolés de 1, 10 et 100 Mo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --scaling: the article sizes in MB, comma-separated (default 1,10,100).</source>
        <translation>Avec --scaling : les tailles d’article en Mo, séparées par des virgules (par défaut 1,10,100).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>byline bench: --size needs a positive number of megabytes.</source>
        <translation>byline bench : --size attend un nombre positif de mégaoctets.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>byline bench: --scaling-sizes needs positive whole numbers of megabytes.</source>
        <translation>byline bench : --scaling-sizes demande des nombres entiers positifs de mégaoctets.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>byline bench: the corpus folder %1 does not exist.</source>
        <translation>byline bench : le dossier de corpus %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>byline bench: no articles to analyse.</source>
        <translation>byline bench : aucun article à analyser.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Corpus: %1 distinct articles (%2 MB), analysed %3 articles, %4 MB of text on one thread</source>
        <translation>Corpus : %1 articles distincts (%2 Mo), %3 articles analysés, %4 Mo de texte sur un thread</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(stages timed in a second pass, sum %1 s, which includes reading the clock around every stage; the whole pipeline in the first pass, as the program runs it, without those reads)</source>
        <translation>(étapes mesurées lors d’une seconde passe, somme %1 s, lecture de l’horloge autour de chaque étape comprise ; la chaîne entière lors de la première passe, telle que le programme l’exécute, sans ces lectures)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>analyse CPU s</source>
        <translation>analyse CPU s</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>MB/s per core</source>
        <translation>Mo/s par cœur</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Times are CPU seconds of the analysing thread, so a busy machine does not distort them (wall clock of the whole-pipeline pass: %1 s).</source>
        <translation>Les temps sont des secondes CPU du fil d’analyse, afin qu’une machine chargée ne les fausse pas (temps réel de la passe de la chaîne entière : %1 s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU s</source>
        <translation>CPU s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>whole pipeline</source>
        <translation>pipeline complet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load s</source>
        <translation>chargement s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MB/s</source>
        <translation>Mo/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak RSS / text</source>
        <translation>pic RSS / texte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>byline bench: cannot write %1</source>
        <translation>byline bench : impossible d’écrire %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(peak RSS / text: growth of the process&apos;s peak resident memory over its size before loading, per byte of text)</source>
        <translation>(pic RSS / texte : croissance de la mémoire résidente maximale du processus par rapport à sa taille avant le chargement, par octet de texte)</translation>
    </message>
</context>
<context>
    <name>Byline::BratReader</name>
    <message>
        <location filename="../app/export/bratreader.cpp" line="+39"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no tab after the id</source>
        <translation>pas de tabulation après l’identifiant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed line &quot;%1&quot;</source>
        <translation>ligne « %1 » mal formée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id %1 is used twice</source>
        <translation>l’identifiant %1 est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a T line needs a type, offsets and the text</source>
        <translation>une ligne T nécessite un type, des positions et le texte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bad offsets &quot;%1&quot;</source>
        <translation>positions « %1 » invalides</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fragment %1 ends before it starts</source>
        <translation>le fragment %1 se termine avant de commencer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an R line needs a type, Arg1: and Arg2:</source>
        <translation>une ligne R nécessite un type, Arg1: et Arg2:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an attribute line needs a name, a target and at most one value</source>
        <translation>une ligne d’attribut nécessite un nom, une cible et au plus une valeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a note needs a type, a target and the text</source>
        <translation>une note nécessite un type, une cible et le texte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an equivalence needs a type and at least two annotations</source>
        <translation>une équivalence nécessite un type et au moins deux annotations</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: %2 refers to no annotation</source>
        <translation>ligne %1 : %2 ne renvoie à aucune annotation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 ends at %2, after the end of the text (%3)</source>
        <translation>%1 se termine à %2, après la fin du texte (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has the text &quot;%2&quot; but the article says &quot;%3&quot;</source>
        <translation>%1 a le texte « %2 » mais l’article dit « %3 »</translation>
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
        <translation>Usage : byline [FICHIER…]                 ouvrir les articles dans le lecteur
        byline analyze FICHIER [options]  analyser un article sans affichage
        byline bench [options]            mesurer le débit d’analyse
        byline eval DOSSIER_GOLD [--json] évaluer l’analyse sur un corpus de référence
        byline --screenshot SORTIE.png FICHIER  enregistrer une image du lecteur affichant FICHIER
        byline --help | --version

Lancez « byline COMMANDE --help » pour les options d’une commande.
</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>byline: the %1 command is not available yet.
</source>
        <translation>byline : la commande %1 n’est pas encore disponible.
</translation>
    </message>
</context>
<context>
    <name>Byline::CorrectionDialog</name>
    <message>
        <location filename="../ui/correctiondialog.cpp" line="+23"/>
        <source>Direct (the words in quotation marks)</source>
        <translation>Directe (les mots entre guillemets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirect (reported speech)</source>
        <translation>Indirecte (discours rapporté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial (a few words quoted in a sentence)</source>
        <translation>Partielle (quelques mots cités dans une phrase)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News agency</source>
        <translation>Agence de presse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Source officielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document or report</source>
        <translation>Document ou rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurring (set)</source>
        <translation>Récurrente (ensemble)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Mark as Entity</source>
        <translation>Marquer comme entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is an entity.</source>
        <translation>« %1 » est une entité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <location line="+36"/>
        <location line="+69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+61"/>
        <location line="+42"/>
        <location line="+28"/>
        <location line="+17"/>
        <location line="+27"/>
        <source>Apply to &amp;every occurrence of “%1”</source>
        <translation>Appliquer à &amp;chaque occurrence de « %1 »</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Change Entity Type</source>
        <translation>Changer le type d’entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is “%1”?</source>
        <translation>Qu’est-ce que « %1 » ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename Entity</source>
        <translation>Renommer l’entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name every mention of “%1” is listed under.</source>
        <translation>Le nom sous lequel chaque mention de « %1 » est listée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge Entities</source>
        <translation>Fusionner des entités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which entity is the same as “%1”?</source>
        <translation>Quelle entité est la même que « %1 » ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Same as:</source>
        <translation>&amp;Identique à :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Split Alias</source>
        <translation>Séparer l’alias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is not “%2” but an entity of its own.</source>
        <translation>« %1 » n’est pas « %2 » mais une entité à part entière.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss Entity</source>
        <translation>Écarter l’entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is not an entity: “%1”.</source>
        <translation>Ceci n’est pas une entité : « %1 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss &amp;every mention of “%1”</source>
        <translation>Écarter &amp;chaque mention de « %1 »</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change Speaker</source>
        <translation>Changer le locuteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who said “%1”? Leave empty for nobody.</source>
        <translation>Qui a dit « %1 » ? Laisser vide pour personne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Locuteur :</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Change Date</source>
        <translation>Changer la date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When is “%1”? A TimeML value: 2021-11-15, 2021-W46, 2021-11, P3W.</source>
        <translation>Quand est « %1 » ? Une valeur TimeML : 2021-11-15, 2021-W46, 2021-11, P3W.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mark as Quote</source>
        <translation>Marquer comme citation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is a quote.</source>
        <translation>« %1 » est une citation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+16"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Mark as Source</source>
        <translation>Marquer comme source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” names a source the article relies on.</source>
        <translation>« %1 » nomme une source sur laquelle l’article s’appuie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark as Date</source>
        <translation>Marquer comme date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a time expression. Its TimeML value: 2021-11-15, 2021-W46, 2021-11, P3W; empty when unknown.</source>
        <translation>« %1 » est une expression temporelle. Sa valeur TimeML : 2021-11-15, 2021-W46, 2021-11, P3W ; vide si inconnue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dismiss Source</source>
        <translation>Écarter la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a source: “%1”.</source>
        <translation>Ceci n’est pas une source : « %1 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss &amp;every citation of “%1”</source>
        <translation>Écarter &amp;chaque mention de la source « %1 »</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dismiss Date</source>
        <translation>Écarter la date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is not a time expression: “%1”.</source>
        <translation>Ceci n’est pas une expression temporelle : « %1 ».</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
</context>
<context>
    <name>Byline::Document</name>
    <message>
        <location filename="../app/model/document.cpp" line="+102"/>
        <source>Add Highlight</source>
        <translation>Ajouter un surlignage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change Entity Type</source>
        <translation>Changer le type d’entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename Entity</source>
        <translation>Renommer l’entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Entities</source>
        <translation>Fusionner des entités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split Alias</source>
        <translation>Séparer l’alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Entity</source>
        <translation>Écarter l’entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Entity</source>
        <translation>Marquer comme entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Speaker</source>
        <translation>Changer le locuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Date</source>
        <translation>Changer la date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Quote</source>
        <translation>Marquer comme citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Source</source>
        <translation>Marquer comme source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Date</source>
        <translation>Marquer comme date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Quote</source>
        <translation>Écarter la citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Source</source>
        <translation>Écarter la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Date</source>
        <translation>Écarter la date</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Withdraw Correction</source>
        <translation>Retirer la correction</translation>
    </message>
</context>
<context>
    <name>Byline::EntityModel</name>
    <message>
        <location filename="../ui/entitymodel.cpp" line="+291"/>
        <source>%1 — also: %2</source>
        <translation>%1 — aussi : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>found by: %1</source>
        <translation>trouvé par : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
</context>
<context>
    <name>Byline::EntityPane</name>
    <message>
        <location filename="../ui/entitypane.cpp" line="+59"/>
        <source>No entities found.</source>
        <translation>Aucune entité trouvée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter entities…</source>
        <translation>Filtrer les entités…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only entities whose name or alias contains this text</source>
        <translation>N’afficher que les entités dont le nom ou un alias contient ce texte</translation>
    </message>
</context>
<context>
    <name>Byline::EntityScorer</name>
    <message>
        <location filename="../app/cli/entityscorer.cpp" line="+141"/>
        <source>Entities: name mentions; outlet scored as organization; gold &quot;unknown&quot; not scored.</source>
        <translation>Entités : mentions de nom ; médias évalués comme organisations ; « unknown » de référence non évalué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corpus</source>
        <translation>corpus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>match</source>
        <translation>correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>type</translation>
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
        <translation>VP</translation>
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
        <translation>total</translation>
    </message>
</context>
<context>
    <name>Byline::EvalCommand</name>
    <message>
        <location filename="../app/cli/evalcommand.cpp" line="+106"/>
        <source>Score the analysis against a gold corpus (NAME.txt + NAME.gold.json).</source>
        <translation>Évaluer l’analyse sur un corpus de référence (NOM.txt + NOM.gold.json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder of gold documents; sub-folders are reported as corpora.</source>
        <translation>Dossier de documents de référence ; les sous-dossiers sont présentés comme des corpus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the scores as JSON.</source>
        <translation>Afficher les scores en JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the scores, list every error per document (missed and wrong quotes, attributions, speakers).</source>
        <translation>Après les scores, lister chaque erreur par document (citations, attributions et locuteurs manqués ou faux).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>byline eval: give exactly one gold folder (see byline eval --help).</source>
        <translation>byline eval : indiquez exactement un dossier de référence (voir byline eval --help).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>byline eval: the folder %1 does not exist.</source>
        <translation>byline eval : le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>byline eval: no NAME.gold.json files under %1.</source>
        <translation>byline eval : aucun fichier NOM.gold.json sous %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read %1 or its .txt</source>
        <translation>impossible de lire %1 ou son .txt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n’est pas du JSON valide : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n gold document(s) under %1</source>
        <translation>
            <numerusform>%n document de référence sous %1</numerusform>
            <numerusform>%n documents de référence sous %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Errors (%1)</source>
        <translation>Erreurs (%1)</translation>
    </message>
</context>
<context>
    <name>Byline::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+44"/>
        <location line="+215"/>
        <source>Export Annotations</source>
        <translation>Exporter les annotations</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Entities</source>
        <translation>&amp;Entités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes</source>
        <translation>&amp;Citations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>Ch&amp;ronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraph after each quote</source>
        <translation>Paragraphe après chaque citation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context excerpts:</source>
        <translation>Extraits de contexte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML: title, source, counts</source>
        <translation>YAML : titre, source, décomptes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Front matter:</source>
        <translation>En-tête :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep headings and labels in English</source>
        <translation>Garder les titres et libellés en anglais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the export speaks the interface language.</source>
        <translation>Désactivé : l’export suit la langue de l’interface.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level of the title heading; sections are one level deeper.</source>
        <translation>Niveau du titre principal ; les sections sont un niveau en dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Heading level:</source>
        <translation>&amp;Niveau de titre :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in layout</source>
        <translation>Mise en page intégrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Choose a Template</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown templates (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Modèles Markdown (*.md *.markdown *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Annotations</source>
        <translation>Enregistrer les annotations</translation>
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
        <translation>La sortie n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write the output: %1</source>
        <translation>Impossible d’écrire la sortie : %1</translation>
    </message>
</context>
<context>
    <name>Byline::FindBar</name>
    <message>
        <location filename="../ui/findbar.cpp" line="+80"/>
        <source>No matches</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 match</source>
        <translation>1 correspondance</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Find in article…</source>
        <translation>Rechercher dans l’article…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Correspondance précédente (Maj+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3)</source>
        <translation>Correspondance suivante (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
</context>
<context>
    <name>Byline::FocusBar</name>
    <message>
        <location filename="../ui/focusbar.cpp" line="+56"/>
        <source>1 mention</source>
        <translation>1 mention</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n mentions</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Previous mention (Shift+F3)</source>
        <translation>Mention précédente (Maj+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next mention (F3)</source>
        <translation>Mention suivante (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following this entity (Esc)</source>
        <translation>Ne plus suivre cette entité (Échap)</translation>
    </message>
</context>
<context>
    <name>Byline::Labels</name>
    <message>
        <location filename="../ui/labels.cpp" line="+16"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Outlets</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>indirect</source>
        <translation>indirect</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>News agencies</source>
        <translation>Agences de presse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officials and official bodies</source>
        <translation>Responsables et organismes officiels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymous sources</source>
        <translation>Sources anonymes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>absolute</source>
        <translation>absolue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the publication date</source>
        <translation>depuis la date de publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from an earlier date</source>
        <translation>depuis une date antérieure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unresolved</source>
        <translation>non résolue</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the past</source>
        <translation>le passé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the future</source>
        <translation>l’avenir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>years</source>
        <translation>des années</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation>des mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n months</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weeks</source>
        <translation>des semaines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>des jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decades</source>
        <translation>des décennies</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 decade</source>
        <translation>1 décennie</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n decades</source>
        <translation>
            <numerusform>%n décennie</numerusform>
            <numerusform>%n décennies</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>centuries</source>
        <translation>des siècles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 century</source>
        <translation>1 siècle</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n centuries</source>
        <translation>
            <numerusform>%n siècle</numerusform>
            <numerusform>%n siècles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours</source>
        <translation>des heures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::LegendBar</name>
    <message>
        <location filename="../ui/legendbar.cpp" line="+88"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the highlighting of %1</source>
        <translation>Afficher ou masquer le surlignage des %1</translation>
    </message>
</context>
<context>
    <name>Byline::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+304"/>
        <location line="+26"/>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un document &amp;récent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Annotations…</source>
        <translation>&amp;Exporter les annotations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Notes as &amp;W3C…</source>
        <translation>Exporter les notes en &amp;W3C…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Notes…</source>
        <translation>&amp;Importer des notes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Rechercher dans l’article…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt Mention or Match</source>
        <translation>Mention ou correspondance &amp;suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Mention or Match</source>
        <translation>Mention ou correspondance &amp;précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Focus</source>
        <translation>E&amp;ffacer le suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoo&amp;m arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Panel</source>
        <translation>Affic&amp;her le panneau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Entities</source>
        <translation>Aller aux &amp;entités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Quotes</source>
        <translation>Aller aux &amp;citations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Sources</source>
        <translation>Aller aux s&amp;ources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Timeline</source>
        <translation>Aller à la chronolo&amp;gie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Notes</source>
        <translation>Aller aux &amp;notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Article</source>
        <translation>Aller à l’&amp;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Byline</source>
        <translation>À &amp;propos de Byline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the analysis of this article (Esc)</source>
        <translation>Arrêter l’analyse de cet article (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysing the article…</source>
        <translation>Analyse de l’article…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Cannot open article</source>
        <translation>Impossible d’ouvrir l’article</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Analysis cancelled.</source>
        <translation>Analyse annulée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No article open.</source>
        <translation>Aucun article ouvert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysis not available yet.</source>
        <translation>Analyse pas encore disponible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 entity</source>
        <translation>1 entité</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entities</source>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 quote</source>
        <translation>1 citation</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n quotes</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 source</source>
        <translation>1 source</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 date</source>
        <translation>1 date</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n dates</source>
        <translation>
            <numerusform>%n date</numerusform>
            <numerusform>%n dates</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Open Article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About Byline</source>
        <translation>À propos de Byline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Byline %1&lt;/h3&gt;&lt;p&gt;A reader for news articles: who is named, who said what, which sources the article leans on, and when things happened.&lt;/p&gt;&lt;p&gt;Runs offline. Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Byline %1&lt;/h3&gt;&lt;p&gt;Un lecteur d’articles de presse : qui est nommé, qui a dit quoi, sur quelles sources l’article s’appuie et quand les choses se sont passées.&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne. Sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Library not available</source>
        <translation>Bibliothèque indisponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes and corrections cannot be saved in this session.
%1</source>
        <translation>Vos notes et corrections ne peuvent pas être enregistrées pendant cette session.
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export Notes as W3C Web Annotations</source>
        <translation>Exporter les notes en annotations Web W3C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON-LD (*.jsonld *.json)</source>
        <translation>JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export notes</source>
        <translation>Impossible d&apos;exporter les notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes exported to %1.</source>
        <translation>Notes exportées vers %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Annotations Web W3C (*.jsonld *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Cannot import notes</source>
        <translation>Impossible d&apos;importer les notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 note imported.</source>
        <translation>1 note importée.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n notes imported.</source>
        <translation>
            <numerusform>%n note importée.</numerusform>
            <numerusform>%n notes importées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open link</source>
        <translation>Impossible d&apos;ouvrir le lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is not a link to an article.</source>
        <translation>%1 n&apos;est pas un lien vers un article.</translation>
    </message>
</context>
<context>
    <name>Byline::MarkdownExporter</name>
    <message>
        <location filename="../app/export/markdownexporter.cpp" line="+44"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outlets</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News agencies</source>
        <translation>Agences de presse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials and official bodies</source>
        <translation>Responsables et organismes officiels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymous sources</source>
        <translation>Sources anonymes</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First mention</source>
        <translation>Première mention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via</source>
        <translation>via</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In context</source>
        <translation>En contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unattributed</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unresolved</source>
        <translation>non résolue</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Outlet: %1</source>
        <translation>Média : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published: %1</source>
        <translation>Publié : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities: %1</source>
        <translation>Entités : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes: %1 (speakers: %2)</source>
        <translation>Citations : %1 (locuteurs : %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources: %1 (anonymous: %2)</source>
        <translation>Sources : %1 (anonymes : %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline: %1</source>
        <translation>Chronologie : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the template %1: %2</source>
        <translation>Impossible de lire le modèle %1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The template %1 is not valid. %2</source>
        <translation>Le modèle %1 n’est pas valide. %2</translation>
    </message>
</context>
<context>
    <name>Byline::NoteDialog</name>
    <message>
        <location filename="../ui/notedialog.cpp" line="+27"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On “%1”</source>
        <translation>Sur « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note (leave empty for a plain highlight)</source>
        <translation>Votre note (laisser vide pour un simple surlignage)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
</context>
<context>
    <name>Byline::NotesModel</name>
    <message>
        <location filename="../ui/notesmodel.cpp" line="+63"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found in the article any more: “%1”</source>
        <translation>N’est plus dans l’article : « %1 »</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On “%1”</source>
        <translation>Sur « %1 »</translation>
    </message>
</context>
<context>
    <name>Byline::NotesPanel</name>
    <message>
        <location filename="../ui/notespanel.cpp" line="+37"/>
        <source>No notes yet. Select words in the article and choose Add Note… (Ctrl+M) from the Edit menu or the context menu.</source>
        <translation>Aucune note pour l&apos;instant. Sélectionnez des mots dans l&apos;article et choisissez « Ajouter une note… » (Ctrl+M) dans le menu Édition ou le menu contextuel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only notes with this tag</source>
        <translation>N’afficher que les notes portant cette étiquette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected note</source>
        <translation>Modifier la note sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected note (can be undone)</source>
        <translation>Supprimer la note sélectionnée (annulable)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>Byline::PanelPage</name>
    <message>
        <location filename="../ui/panelpage.cpp" line="+74"/>
        <source>Open an article to see what it contains.</source>
        <translation>Ouvrez un article pour voir ce qu’il contient.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysis not available yet.</source>
        <translation>Analyse pas encore disponible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
</context>
<context>
    <name>Byline::QuoteModel</name>
    <message>
        <location filename="../ui/quotemodel.cpp" line="+133"/>
        <source>(unattributed)</source>
        <translation>(non attribuée)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>found by: %1</source>
        <translation>trouvé par : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Byline::QuotePane</name>
    <message>
        <location filename="../ui/quotepane.cpp" line="+85"/>
        <source>No quotes found.</source>
        <translation>Aucune citation trouvée.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All speakers</source>
        <translation>Tous les locuteurs</translation>
    </message>
</context>
<context>
    <name>Byline::QuoteScorer</name>
    <message numerus="yes">
        <location filename="../app/cli/quotescorer.cpp" line="+254"/>
        <source>Quotes (%n document(s))
</source>
        <translation>
            <numerusform>Citations (%n document)
</numerusform>
            <numerusform>Citations (%n documents)
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotes</source>
        <translation>citations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attributions</source>
        <translation>attributions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaker accuracy %1 (%2 of %3 found quotes with a gold speaker)
</source>
        <translation>exactitude des locuteurs %1 (%2 sur %3 citations trouvées avec un locuteur de référence)
</translation>
    </message>
</context>
<context>
    <name>Byline::RecentFiles</name>
    <message>
        <location filename="../ui/recentfiles.cpp" line="+73"/>
        <source>No recent articles</source>
        <translation>Aucun article récent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>Byline::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="+18"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>menu only (Alt + underlined letters)</source>
        <translation>menu uniquement (Alt + lettres soulignées)</translation>
    </message>
</context>
<context>
    <name>Byline::SourceModel</name>
    <message>
        <location filename="../ui/sourcemodel.cpp" line="+288"/>
        <source>Anonymous source: the article does not say who this is.</source>
        <translation>Source anonyme : l’article ne dit pas de qui il s’agit.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 claim rests on this citation</source>
        <translation>1 affirmation repose sur cette citation de source</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n claims rest on this citation</source>
        <translation>
            <numerusform>%n affirmation repose sur cette citation de source</numerusform>
            <numerusform>%n affirmations reposent sur cette citation de source</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Citations</source>
        <translation>Citations de source</translation>
    </message>
</context>
<context>
    <name>Byline::SourcePane</name>
    <message>
        <location filename="../ui/sourcepane.cpp" line="+50"/>
        <source>No sources found.</source>
        <translation>Aucune source trouvée.</translation>
    </message>
</context>
<context>
    <name>Byline::TemplateEngine</name>
    <message>
        <location filename="../app/export/templateengine.cpp" line="+118"/>
        <source>Template line %1: %2</source>
        <translation>Modèle, ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot; on the same line.</source>
        <translation>« {{ » n’est pas fermé par « }} » sur la même ligne.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;{{/%1}}&quot; closes no section.</source>
        <translation>« {{/%1}} » ne ferme aucune section.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{{/%1}}&quot; does not match the section &quot;%2&quot; opened on line %3.</source>
        <translation>« {{/%1}} » ne correspond pas à la section « %2 » ouverte à la ligne %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown filter &quot;%1&quot;.</source>
        <translation>filtre « %1 » inconnu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid name.</source>
        <translation>« %1 » n’est pas un nom valide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sections are nested more than %1 deep.</source>
        <translation>les sections sont imbriquées sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the section &quot;%1&quot; is never closed.</source>
        <translation>la section « %1 » n’est jamais fermée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default filter &quot;%1&quot; is not registered.</source>
        <translation>Le filtre par défaut « %1 » n’est pas enregistré.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The export was stopped: the template makes more than %1 characters. Sections nested inside repeated sections repeat for every item; simplify the template.</source>
        <translation>L&apos;export a été arrêté : le modèle produit plus de %1 caractères. Les sections imbriquées dans des sections répétées se répètent pour chaque élément ; simplifiez le modèle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export was stopped after %1 steps: sections nested inside repeated sections repeat for every item; simplify the template.</source>
        <translation>L&apos;export a été arrêté après %1 étapes : les sections imbriquées dans des sections répétées se répètent pour chaque élément ; simplifiez le modèle.</translation>
    </message>
</context>
<context>
    <name>Byline::TimelineModel</name>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="+157"/>
        <source>unresolved</source>
        <translation>non résolue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found by: %1</source>
        <translation>trouvé par : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>Byline::TimelinePane</name>
    <message>
        <location filename="../ui/timelinepane.cpp" line="+115"/>
        <source>No dates or times found.</source>
        <translation>Aucune date ni heure trouvée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Published:</source>
        <translation>&amp;Publié :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date the article was published; relative dates (&quot;last month&quot;) are resolved against it</source>
        <translation>La date de publication de l’article ; les dates relatives (« le mois dernier ») sont résolues par rapport à elle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the publication date</source>
        <translation>Oublier la date de publication</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>from the file&apos;s metadata</source>
        <translation>d’après les métadonnées du fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the dateline</source>
        <translation>d’après la ligne de date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set by you</source>
        <translation>défini par vous</translation>
    </message>
</context>
<context>
    <name>Byline::TimexScorer</name>
    <message>
        <location filename="../app/cli/timexscorer.cpp" line="+112"/>
        <source>Time expressions (TempEval-3), documents: %1</source>
        <translation>Expressions temporelles (TempEval-3), documents : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strict span</source>
        <translation>étendue stricte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relaxed span</source>
        <translation>étendue souple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type accuracy on relaxed matches: %1</source>
        <translation>exactitude du type sur les correspondances souples : %1</translation>
    </message>
</context>
<context>
    <name>Byline::W3cNotesIo</name>
    <message>
        <location filename="../app/export/w3cnotesio.cpp" line="+132"/>
        <source>Could not write the annotations: %1</source>
        <translation>Impossible d’écrire les annotations : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is not JSON: %1</source>
        <translation>Le fichier n’est pas du JSON : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no W3C Web Annotations.</source>
        <translation>Le fichier ne contient aucune annotation Web W3C.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
</context>
<context>
    <name>Byline::runGui</name>
    <message>
        <location filename="../ui/guimain.cpp" line="+36"/>
        <source>A reader for news articles.</source>
        <translation>Un lecteur d’articles de presse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open FILE, wait until it is shown and analysed, save an image of the window to OUT.png and quit.</source>
        <translation>Ouvrir FICHIER, attendre qu’il soit affiché et analysé, enregistrer une image de la fenêtre dans OUT.png et quitter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Panel tab to show: entities, quotes, sources, timeline or notes.</source>
        <translation>Onglet du panneau à afficher : entities, quotes, sources, timeline ou notes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print how long opening took until the text was shown and until the analysis was done.</source>
        <translation>Afficher le temps d’ouverture jusqu’à l’affichage du texte et jusqu’à la fin de l’analyse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Articles to open.</source>
        <translation>Articles à ouvrir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown tab: %1</source>
        <translation>Onglet inconnu : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot needs exactly one article.</source>
        <translation>--screenshot nécessite exactement un article.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
</context>
</TS>
