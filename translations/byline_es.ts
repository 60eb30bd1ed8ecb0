<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>byline analyze: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Analyse an article: entities, quotes, sources and timeline.</source>
        <translation>Analizar un artículo: entidades, citas, fuentes y cronología.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article to analyse (text, Markdown, HTML or PDF); several files or folders analyse in parallel into the folder given with -o.</source>
        <translation>El artículo que analizar (texto, Markdown, HTML o PDF); varios archivos o carpetas se analizan en paralelo en la carpeta indicada con -o.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output format: json, markdown, brat or w3c (W3C Web Annotation JSON-LD).</source>
        <translation>Formato de salida: json, markdown, brat o w3c (W3C Web Annotation JSON-LD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE instead of standard output. For brat (required): FILE.txt and FILE.ann, a trailing .txt or .ann in FILE being dropped.</source>
        <translation>Escribir en ARCHIVO en lugar de la salida estándar. Para brat (obligatorio): ARCHIVO.txt y ARCHIVO.ann; se descarta un .txt o .ann final en ARCHIVO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown only: fill this template file instead of the built-in layout.</source>
        <translation>Solo Markdown: rellenar este archivo de plantilla en lugar del diseño integrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication date (YYYY-MM-DD) relative dates are resolved against.</source>
        <translation>Fecha de publicación (AAAA-MM-DD) respecto a la que se resuelven las fechas relativas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Analyse N articles at once (default: one per core).</source>
        <translation>Analizar N artículos a la vez (predeterminado: uno por núcleo).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave out the notes and corrections stored in the library for this article.</source>
        <translation>Omitir las notas y correcciones guardadas en la biblioteca para este artículo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown only: headings, labels and type names in English, whatever the language of the messages.</source>
        <translation>Solo Markdown: títulos, etiquetas y nombres de tipo en inglés, sea cual sea el idioma de los mensajes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>byline analyze: give an article file (see byline analyze --help).</source>
        <translation>byline analyze: indique un archivo de artículo (véase byline analyze --help).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byline analyze: unknown format &quot;%1&quot;.</source>
        <translation>byline analyze: formato «%1» desconocido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>byline analyze: --format brat writes two files; give their name with -o FILE.</source>
        <translation>byline analyze: --format brat escribe dos archivos; indique su nombre con -o ARCHIVO.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>byline analyze: cannot read the template %1.</source>
        <translation>byline analyze: no se puede leer la plantilla %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>byline analyze: --published needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>byline analyze: --published necesita una fecha AAAA-MM-DD, no «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>byline analyze: several articles need an output folder: -o OUTDIR.</source>
        <translation>byline analyze: varios artículos necesitan una carpeta de salida: -o CARPETA.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byline analyze: -j needs a number of jobs.</source>
        <translation>byline analyze: -j necesita un número de trabajos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not write the brat files</source>
        <translation>no se pudieron escribir los archivos brat</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>byline analyze: notes and corrections left out: %1</source>
        <translation>byline analyze: notas y correcciones omitidas: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>byline analyze: %1</source>
        <translation>byline analyze: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>byline analyze: cannot write the output: %1</source>
        <translation>byline analyze: no se puede escribir la salida: %1</translation>
    </message>
</context>
<context>
    <name>Byline::AnnotationActions</name>
    <message>
        <location filename="../ui/annotationactions.cpp" line="+300"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;Note…</source>
        <translation>A&amp;ñadir nota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;Entity…</source>
        <translation>Marcar como &amp;entidad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Highlight</source>
        <translation>Re&amp;saltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight Co&amp;lour</source>
        <translation>Co&amp;lor de resaltado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as &amp;Quote…</source>
        <translation>&amp;Marcar como cita…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Sour&amp;ce…</source>
        <translation>Marcar &amp;como fuente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar&amp;k as Date…</source>
        <translation>Marcar c&amp;omo fecha…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ismiss Quote</source>
        <translation>Descartar c&amp;ita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss S&amp;ource…</source>
        <translation>Descartar f&amp;uente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss D&amp;ate…</source>
        <translation>Desc&amp;artar fecha…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;type Entity…</source>
        <translation>Cambiar el &amp;tipo de la entidad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me Entity…</source>
        <translation>Re&amp;nombrar entidad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer&amp;ge Entity Into…</source>
        <translation>&amp;Fusionar entidad con…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;plit Alias Off…</source>
        <translation>Se&amp;parar alias…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss Entity…</source>
        <translation>&amp;Descartar entidad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Speaker…</source>
        <translation>Cam&amp;biar hablante…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Date &amp;Value…</source>
        <translation>Cambiar el &amp;valor de la fecha…</translation>
    </message>
</context>
<context>
    <name>Byline::AnnotationPanel</name>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="+82"/>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ent&amp;ities</source>
        <translation>Ent&amp;idades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes</source>
        <translation>&amp;Citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>Cr&amp;onología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>Byline::AnnotationStore</name>
    <message>
        <location filename="../app/io/annotationstore.cpp" line="+138"/>
        <source>The annotation library %1 cannot be read (%2) and could not be moved aside.</source>
        <translation>La biblioteca de anotaciones %1 no se puede leer (%2) y no se pudo apartar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 could not be read (%2). It was moved to %3 and a new, empty library was started.</source>
        <translation>No se pudo leer la biblioteca de anotaciones %1 (%2). Se movió a %3 y se creó una biblioteca nueva vacía.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The folder %1 for the annotation library cannot be created.</source>
        <translation>No se puede crear la carpeta %1 de la biblioteca de anotaciones.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library cannot be created in %1: the folder is not writable.</source>
        <translation>No se puede crear la biblioteca de anotaciones en %1: la carpeta no admite escritura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The annotation library %1 cannot be read: permission denied.</source>
        <translation>No se puede leer la biblioteca de anotaciones %1: permiso denegado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 cannot be opened: %2</source>
        <translation>No se puede abrir la biblioteca de anotaciones %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 cannot be read: %2</source>
        <translation>No se puede leer la biblioteca de anotaciones %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integrity check failed</source>
        <translation>falló la comprobación de integridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 is damaged (%2).</source>
        <translation>La biblioteca de anotaciones %1 está dañada (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The annotation library %1 is read-only: your notes and corrections are shown but changes will not be saved.</source>
        <translation>La biblioteca de anotaciones %1 es de solo lectura: sus notas y correcciones se muestran, pero los cambios no se guardarán.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The annotation library %1 cannot use a write-ahead log: %2</source>
        <translation>La biblioteca de anotaciones %1 no puede usar un registro de escritura anticipada: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>The annotation library %1 cannot be written: %2</source>
        <translation>No se puede escribir en la biblioteca de anotaciones %1: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The annotation library %1 cannot be set up: %2</source>
        <translation>No se puede configurar la biblioteca de anotaciones %1: %2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The article could not be recorded in the annotation library %1: %2</source>
        <translation>No se pudo registrar el artículo en la biblioteca de anotaciones %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The note was not saved: no annotation library is open.</source>
        <translation>La nota no se guardó: no hay ninguna biblioteca de anotaciones abierta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note was not saved: the annotation library %1 is read-only.</source>
        <translation>La nota no se guardó: la biblioteca de anotaciones %1 es de solo lectura.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The note was not saved in the annotation library %1: %2</source>
        <translation>La nota no se guardó en la biblioteca de anotaciones %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The note was not deleted: no annotation library is open.</source>
        <translation>La nota no se eliminó: no hay ninguna biblioteca de anotaciones abierta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note was not deleted: the annotation library %1 is read-only.</source>
        <translation>La nota no se eliminó: la biblioteca de anotaciones %1 es de solo lectura.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The note was not deleted from the annotation library %1: %2</source>
        <translation>La nota no se eliminó de la biblioteca de anotaciones %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The correction was not saved: no annotation library is open.</source>
        <translation>La corrección no se guardó: no hay ninguna biblioteca de anotaciones abierta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The correction was not saved: the annotation library %1 is read-only.</source>
        <translation>La corrección no se guardó: la biblioteca de anotaciones %1 es de solo lectura.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The correction was not saved in the annotation library %1: %2</source>
        <translation>La corrección no se guardó en la biblioteca de anotaciones %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The publication date was not saved: the annotation library is not writable.</source>
        <translation>La fecha de publicación no se guardó: la biblioteca de anotaciones no admite escritura.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The publication date was not saved in the annotation library %1: %2</source>
        <translation>La fecha de publicación no se guardó en la biblioteca de anotaciones %1: %2</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleLoader</name>
    <message>
        <location filename="../app/io/articleloader.cpp" line="+38"/>
        <source>The file %1 is not a text file: it contains binary data. Open a plain-text, Markdown, HTML or PDF article.</source>
        <translation>El archivo %1 no es un archivo de texto: contiene datos binarios. Abra un artículo en texto plano, Markdown, HTML o PDF.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 is empty: there is no article text to show.</source>
        <translation>El archivo %1 está vacío: no hay texto de artículo que mostrar.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The file %1 does not exist. It may have been moved, renamed or deleted.</source>
        <translation>El archivo %1 no existe. Puede que se haya movido, renombrado o eliminado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder, not an article file. Choose a file inside it.</source>
        <translation>%1 es una carpeta, no un archivo de artículo. Elija un archivo dentro de ella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is too large (%2; the limit is %3). Open a smaller file or raise the limit in the settings.</source>
        <translation>El archivo %1 es demasiado grande (%2; el límite es %3). Abra un archivo más pequeño o aumente el límite en la configuración.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 cannot be read (%2). Check that you are allowed to open it.</source>
        <translation>No se puede leer el archivo %1 (%2). Compruebe que tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file %1 is larger than the limit of %2. Open a smaller file or raise the limit in the settings.</source>
        <translation>El archivo %1 supera el límite de %2. Abra un archivo más pequeño o aumente el límite en la configuración.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf)</source>
        <translation>Artículos (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text (*.txt *.text)</source>
        <translation>Texto plano (*.txt *.text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html *.htm *.xhtml)</source>
        <translation>Páginas web (*.html *.htm *.xhtml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/io/htmlloader.cpp" line="+674"/>
        <source>The web page %1 cannot be read: it is not valid HTML.</source>
        <translation>No se puede leer la página web %1: no es HTML válido.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The web page %1 contains no article text. Save the page again once it has fully loaded, or copy its text into a .txt file.</source>
        <translation>La página web %1 no contiene texto de artículo. Guarde la página de nuevo cuando se haya cargado por completo o copie su texto en un archivo .txt.</translation>
    </message>
    <message>
        <location filename="../app/io/pdfloader.cpp" line="+242"/>
        <source>The file %1 is not a valid PDF document; it may be damaged or incomplete. Try downloading it again.</source>
        <translation>El archivo %1 no es un documento PDF válido; puede estar dañado o incompleto. Intente descargarlo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF %1 is protected by a password, and Byline cannot open protected documents. Save a copy without the password and open that.</source>
        <translation>El PDF %1 está protegido con contraseña y Byline no puede abrir documentos protegidos. Guarde una copia sin contraseña y ábrala.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+47"/>
        <source>The PDF %1 has no text — it may be a scanned image. Run it through text recognition (OCR) and open the result.</source>
        <translation>El PDF %1 no tiene texto; puede ser una imagen escaneada. Páselo por reconocimiento de texto (OCR) y abra el resultado.</translation>
    </message>
    <message>
        <location filename="../app/io/textloader.cpp" line="+124"/>
        <source>The file %1 looks like text in the %2 encoding, which Byline cannot convert. Save it as UTF-8 and open it again.</source>
        <translation>El archivo %1 parece texto en la codificación %2, que Byline no puede convertir. Guárdelo como UTF-8 y ábralo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleView</name>
    <message>
        <location filename="../ui/articleview.cpp" line="+613"/>
        <source>1 mention</source>
        <translation>1 mención</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mentions</source>
        <translation>
            <numerusform>%n mención</numerusform>
            <numerusform>%n menciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>found by: %1</source>
        <translation>encontrado por: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>unknown speaker</source>
        <translation>hablante desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote (%1) by %2</source>
        <translation>Cita (%1) de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>sin resolver</translation>
    </message>
</context>
<context>
    <name>Byline::BatchAnalyzer</name>
    <message>
        <location filename="../app/cli/batchanalyzer.cpp" line="+59"/>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot create the folder for %1</source>
        <translation>no se puede crear la carpeta para %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Analysed %1 of %2 articles (%3 MB) in %4 s with %5 threads.</source>
        <translation>Analizados %1 de %2 artículos (%3 MB) en %4 s con %5 hilos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>failed: %1: %2</source>
        <translation>error: %1: %2</translation>
    </message>
</context>
<context>
    <name>Byline::BenchCommand</name>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="+85"/>
        <source>Measure analysis throughput and memory.</source>
        <translation>Medir el rendimiento del análisis y la memoria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add every .txt under DIR to the benchmark corpus.</source>
        <translation>Añadir cada .txt de DIR al corpus de prueba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Megabytes of article text to analyse (default 20).</source>
        <translation>Megabytes de texto de artículo que analizar (predeterminado 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also analyse single articles of 1, 10 and 100 MB.</source>
        <translation>Analizar también artículos sueltos de 1, 10 y 100 MB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --scaling: the article sizes in MB, comma-separated (default 1,10,100).</source>
        <translation>Con --scaling: los tamaños de artículo en MB, separados por comas (por defecto 1,10,100).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>byline bench: --size needs a positive number of megabytes.</source>
        <translation>byline bench: --size necesita un número positivo de megabytes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>byline bench: --scaling-sizes needs positive whole numbers of megabytes.</source>
        <translation>byline bench: --scaling-sizes necesita números enteros positivos de megabytes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>byline bench: the corpus folder %1 does not exist.</source>
        <translation>byline bench: la carpeta de corpus %1 no existe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>byline bench: no articles to analyse.</source>
        <translation>byline bench: no hay artículos que analizar.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Corpus: %1 distinct articles (%2 MB), analysed %3 articles, %4 MB of text on one thread</source>
        <translation>Corpus: %1 artículos distintos (%2 MB), %3 artículos analizados, %4 MB de texto en un hilo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(stages timed in a second pass, sum %1 s, which includes reading the clock around every stage; the whole pipeline in the first pass, as the program runs it, without those reads)</source>
        <translation>(etapas medidas en una segunda pasada, suma %1 s, que incluye leer el reloj alrededor de cada etapa; la cadena completa en la primera pasada, tal como la ejecuta el programa, sin esas lecturas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>analyse CPU s</source>
        <translation>análisis CPU s</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>MB/s per core</source>
        <translation>MB/s por núcleo</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Times are CPU seconds of the analysing thread, so a busy machine does not distort them (wall clock of the whole-pipeline pass: %1 s).</source>
        <translation>Los tiempos son segundos de CPU del hilo de análisis, para que una máquina ocupada no los distorsione (tiempo real de la pasada de la cadena completa: %1 s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU s</source>
        <translation>CPU s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>whole pipeline</source>
        <translation>canalización completa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>article</source>
        <translation>artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load s</source>
        <translation>carga s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak RSS / text</source>
        <translation>pico RSS / texto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>byline bench: cannot write %1</source>
        <translation>byline bench: no se puede escribir %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(peak RSS / text: growth of the process&apos;s peak resident memory over its size before loading, per byte of text)</source>
        <translation>(pico RSS / texto: crecimiento de la memoria residente máxima del proceso respecto a su tamaño antes de cargar, por byte de texto)</translation>
    </message>
</context>
<context>
    <name>Byline::BratReader</name>
    <message>
        <location filename="../app/export/bratreader.cpp" line="+39"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no tab after the id</source>
        <translation>no hay tabulador tras el id</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed line &quot;%1&quot;</source>
        <translation>línea «%1» mal formada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id %1 is used twice</source>
        <translation>el id %1 se usa dos veces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a T line needs a type, offsets and the text</source>
        <translation>una línea T necesita un tipo, desplazamientos y el texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bad offsets &quot;%1&quot;</source>
        <translation>desplazamientos «%1» no válidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fragment %1 ends before it starts</source>
        <translation>el fragmento %1 termina antes de empezar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an R line needs a type, Arg1: and Arg2:</source>
        <translation>una línea R necesita un tipo, Arg1: y Arg2:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an attribute line needs a name, a target and at most one value</source>
        <translation>una línea de atributo necesita un nombre, un destino y como mucho un valor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a note needs a type, a target and the text</source>
        <translation>una nota necesita un tipo, un destino y el texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an equivalence needs a type and at least two annotations</source>
        <translation>una equivalencia necesita un tipo y al menos dos anotaciones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: %2 refers to no annotation</source>
        <translation>línea %1: %2 no remite a ninguna anotación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 ends at %2, after the end of the text (%3)</source>
        <translation>%1 termina en %2, después del final del texto (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has the text &quot;%2&quot; but the article says &quot;%3&quot;</source>
        <translation>%1 tiene el texto «%2», pero el artículo dice «%3»</translation>
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
        <translation>Uso: byline [ARCHIVO…]                 abrir los artículos en el lector
     byline analyze ARCHIVO [opciones]  analizar un artículo sin pantalla
     byline bench [opciones]            medir el rendimiento del análisis
     byline eval DIR_GOLD [--json]      evaluar el análisis frente a un corpus de referencia
     byline --screenshot SALIDA.png ARCHIVO  guardar una imagen del lector mostrando ARCHIVO
     byline --help | --version

Ejecute «byline ORDEN --help» para ver las opciones de una orden.
</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>byline: the %1 command is not available yet.
</source>
        <translation>byline: la orden %1 aún no está disponible.
</translation>
    </message>
</context>
<context>
    <name>Byline::CorrectionDialog</name>
    <message>
        <location filename="../ui/correctiondialog.cpp" line="+23"/>
        <source>Direct (the words in quotation marks)</source>
        <translation>Directa (las palabras entre comillas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirect (reported speech)</source>
        <translation>Indirecta (estilo indirecto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial (a few words quoted in a sentence)</source>
        <translation>Parcial (unas palabras citadas en una frase)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News outlet</source>
        <translation>Medio de comunicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News agency</source>
        <translation>Agencia de noticias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Fuente oficial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document or report</source>
        <translation>Documento o informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anónima</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurring (set)</source>
        <translation>Recurrente (conjunto)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Mark as Entity</source>
        <translation>Marcar como entidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is an entity.</source>
        <translation>«%1» es una entidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <location line="+36"/>
        <location line="+69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+61"/>
        <location line="+42"/>
        <location line="+28"/>
        <location line="+17"/>
        <location line="+27"/>
        <source>Apply to &amp;every occurrence of “%1”</source>
        <translation>Aplicar a &amp;cada aparición de «%1»</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Change Entity Type</source>
        <translation>Cambiar el tipo de entidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is “%1”?</source>
        <translation>¿Qué es «%1»?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename Entity</source>
        <translation>Renombrar la entidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name every mention of “%1” is listed under.</source>
        <translation>El nombre con el que se lista cada mención de «%1».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge Entities</source>
        <translation>Fusionar entidades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which entity is the same as “%1”?</source>
        <translation>¿Qué entidad es la misma que «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Same as:</source>
        <translation>&amp;Igual que:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Split Alias</source>
        <translation>Separar alias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is not “%2” but an entity of its own.</source>
        <translation>«%1» no es «%2», sino una entidad propia.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss Entity</source>
        <translation>Descartar entidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is not an entity: “%1”.</source>
        <translation>Esto no es una entidad: «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss &amp;every mention of “%1”</source>
        <translation>Descartar &amp;cada mención de «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change Speaker</source>
        <translation>Cambiar el hablante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who said “%1”? Leave empty for nobody.</source>
        <translation>¿Quién dijo «%1»? Déjelo vacío para nadie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Hablante:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Change Date</source>
        <translation>Cambiar la fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When is “%1”? A TimeML value: 2021-11-15, 2021-W46, 2021-11, P3W.</source>
        <translation>¿Cuándo es «%1»? Un valor TimeML: 2021-11-15, 2021-W46, 2021-11, P3W.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mark as Quote</source>
        <translation>Marcar como cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is a quote.</source>
        <translation>«%1» es una cita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+16"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Clase:</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Mark as Source</source>
        <translation>Marcar como fuente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” names a source the article relies on.</source>
        <translation>«%1» nombra una fuente en la que se apoya el artículo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark as Date</source>
        <translation>Marcar como fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a time expression. Its TimeML value: 2021-11-15, 2021-W46, 2021-11, P3W; empty when unknown.</source>
        <translation>«%1» es una expresión temporal. Su valor TimeML: 2021-11-15, 2021-W46, 2021-11, P3W; vacío si se desconoce.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dismiss Source</source>
        <translation>Descartar fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a source: “%1”.</source>
        <translation>Esto no es una fuente: «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss &amp;every citation of “%1”</source>
        <translation>Descartar &amp;cada mención de «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dismiss Date</source>
        <translation>Descartar fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is not a time expression: “%1”.</source>
        <translation>Esto no es una expresión temporal: «%1».</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
</context>
<context>
    <name>Byline::Document</name>
    <message>
        <location filename="../app/model/document.cpp" line="+102"/>
        <source>Add Highlight</source>
        <translation>Añadir resaltado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete Note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change Entity Type</source>
        <translation>Cambiar el tipo de entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename Entity</source>
        <translation>Renombrar la entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Entities</source>
        <translation>Fusionar entidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split Alias</source>
        <translation>Separar alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Entity</source>
        <translation>Descartar entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Entity</source>
        <translation>Marcar como entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Speaker</source>
        <translation>Cambiar el hablante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Date</source>
        <translation>Cambiar la fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Quote</source>
        <translation>Marcar como cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Source</source>
        <translation>Marcar como fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Date</source>
        <translation>Marcar como fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Quote</source>
        <translation>Descartar cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Source</source>
        <translation>Descartar fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Date</source>
        <translation>Descartar fecha</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Withdraw Correction</source>
        <translation>Retirar la corrección</translation>
    </message>
</context>
<context>
    <name>Byline::EntityModel</name>
    <message>
        <location filename="../ui/entitymodel.cpp" line="+291"/>
        <source>%1 — also: %2</source>
        <translation>%1 — también: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>found by: %1</source>
        <translation>encontrado por: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
</context>
<context>
    <name>Byline::EntityPane</name>
    <message>
        <location filename="../ui/entitypane.cpp" line="+59"/>
        <source>No entities found.</source>
        <translation>No se encontraron entidades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter entities…</source>
        <translation>Filtrar entidades…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only entities whose name or alias contains this text</source>
        <translation>Mostrar solo las entidades cuyo nombre o alias contiene este texto</translation>
    </message>
</context>
<context>
    <name>Byline::EntityScorer</name>
    <message>
        <location filename="../app/cli/entityscorer.cpp" line="+141"/>
        <source>Entities: name mentions; outlet scored as organization; gold &quot;unknown&quot; not scored.</source>
        <translation>Entidades: menciones de nombre; medios evaluados como organización; «unknown» de referencia no evaluado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corpus</source>
        <translation>corpus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>match</source>
        <translation>coincidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>tipo</translation>
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
        <translation>Evaluar el análisis frente a un corpus de referencia (NOMBRE.txt + NOMBRE.gold.json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder of gold documents; sub-folders are reported as corpora.</source>
        <translation>Carpeta de documentos de referencia; las subcarpetas se presentan como corpus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the scores as JSON.</source>
        <translation>Mostrar las puntuaciones en JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the scores, list every error per document (missed and wrong quotes, attributions, speakers).</source>
        <translation>Tras las puntuaciones, listar cada error por documento (citas, atribuciones y hablantes omitidos o erróneos).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>byline eval: give exactly one gold folder (see byline eval --help).</source>
        <translation>byline eval: indique exactamente una carpeta de referencia (véase byline eval --help).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>byline eval: the folder %1 does not exist.</source>
        <translation>byline eval: la carpeta %1 no existe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>byline eval: no NAME.gold.json files under %1.</source>
        <translation>byline eval: no hay archivos NOMBRE.gold.json en %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read %1 or its .txt</source>
        <translation>no se puede leer %1 ni su .txt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 no es JSON válido: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n gold document(s) under %1</source>
        <translation>
            <numerusform>%n documento de referencia en %1</numerusform>
            <numerusform>%n documentos de referencia en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Errors (%1)</source>
        <translation>Errores (%1)</translation>
    </message>
</context>
<context>
    <name>Byline::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+44"/>
        <location line="+215"/>
        <source>Export Annotations</source>
        <translation>Exportar anotaciones</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Entities</source>
        <translation>&amp;Entidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes</source>
        <translation>&amp;Citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>Cr&amp;onología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraph after each quote</source>
        <translation>Párrafo tras cada cita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context excerpts:</source>
        <translation>Extractos de contexto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML: title, source, counts</source>
        <translation>YAML: título, fuente, recuentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Front matter:</source>
        <translation>Encabezado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep headings and labels in English</source>
        <translation>Mantener títulos y etiquetas en inglés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the export speaks the interface language.</source>
        <translation>Desactivado: la exportación usa el idioma de la interfaz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level of the title heading; sections are one level deeper.</source>
        <translation>Nivel del encabezado del título; las secciones están un nivel por debajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Heading level:</source>
        <translation>&amp;Nivel de encabezado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in layout</source>
        <translation>Diseño integrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Te&amp;mplate:</source>
        <translation>Planti&amp;lla:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copiar al portapapeles</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Choose a Template</source>
        <translation>Elegir una plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown templates (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Plantillas Markdown (*.md *.markdown *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Annotations</source>
        <translation>Guardar anotaciones</translation>
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
        <translation>La salida no admite escritura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write the output: %1</source>
        <translation>No se pudo escribir la salida: %1</translation>
    </message>
</context>
<context>
    <name>Byline::FindBar</name>
    <message>
        <location filename="../ui/findbar.cpp" line="+80"/>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Find in article…</source>
        <translation>Buscar en el artículo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
</context>
<context>
    <name>Byline::FocusBar</name>
    <message>
        <location filename="../ui/focusbar.cpp" line="+56"/>
        <source>1 mention</source>
        <translation>1 mención</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n mentions</source>
        <translation>
            <numerusform>%n mención</numerusform>
            <numerusform>%n menciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Previous mention (Shift+F3)</source>
        <translation>Mención anterior (Mayús+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next mention (F3)</source>
        <translation>Mención siguiente (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following this entity (Esc)</source>
        <translation>Dejar de seguir esta entidad (Esc)</translation>
    </message>
</context>
<context>
    <name>Byline::Labels</name>
    <message>
        <location filename="../ui/labels.cpp" line="+16"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Outlets</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>direct</source>
        <translation>directa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>indirect</source>
        <translation>indirecta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>News agencies</source>
        <translation>Agencias de noticias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officials and official bodies</source>
        <translation>Cargos y organismos oficiales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymous sources</source>
        <translation>Fuentes anónimas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>absolute</source>
        <translation>absoluta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the publication date</source>
        <translation>desde la fecha de publicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from an earlier date</source>
        <translation>desde una fecha anterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unresolved</source>
        <translation>sin resolver</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the past</source>
        <translation>el pasado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the future</source>
        <translation>el futuro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decades</source>
        <translation>décadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 decade</source>
        <translation>1 década</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n decades</source>
        <translation>
            <numerusform>%n década</numerusform>
            <numerusform>%n décadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>centuries</source>
        <translation>siglos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 century</source>
        <translation>1 siglo</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n centuries</source>
        <translation>
            <numerusform>%n siglo</numerusform>
            <numerusform>%n siglos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::LegendBar</name>
    <message>
        <location filename="../ui/legendbar.cpp" line="+88"/>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the highlighting of %1</source>
        <translation>Mostrar u ocultar el resaltado de %1</translation>
    </message>
</context>
<context>
    <name>Byline::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+304"/>
        <location line="+26"/>
        <source>Follow the &amp;System</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Annotations…</source>
        <translation>&amp;Exportar anotaciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Notes as &amp;W3C…</source>
        <translation>Exportar notas como &amp;W3C…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Notes…</source>
        <translation>&amp;Importar notas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Buscar en el artículo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt Mention or Match</source>
        <translation>Mención o coincidencia &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Mention or Match</source>
        <translation>Mención o coincidencia &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Focus</source>
        <translation>&amp;Quitar el foco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer el zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Panel</source>
        <translation>Mostrar el &amp;panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Entities</source>
        <translation>Ir a las &amp;entidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Quotes</source>
        <translation>Ir a las &amp;citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Sources</source>
        <translation>Ir a las &amp;fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Timeline</source>
        <translation>Ir a la cr&amp;onología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Notes</source>
        <translation>Ir a las &amp;notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Article</source>
        <translation>Ir al artíc&amp;ulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Byline</source>
        <translation>&amp;Acerca de Byline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the analysis of this article (Esc)</source>
        <translation>Detener el análisis de este artículo (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysing the article…</source>
        <translation>Analizando el artículo…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Cannot open article</source>
        <translation>No se puede abrir el artículo</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Analysis cancelled.</source>
        <translation>Análisis cancelado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No article open.</source>
        <translation>No hay ningún artículo abierto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysis not available yet.</source>
        <translation>Análisis aún no disponible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 entity</source>
        <translation>1 entidad</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entities</source>
        <translation>
            <numerusform>%n entidad</numerusform>
            <numerusform>%n entidades</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 quote</source>
        <translation>1 cita</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n quotes</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 source</source>
        <translation>1 fuente</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 date</source>
        <translation>1 fecha</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n dates</source>
        <translation>
            <numerusform>%n fecha</numerusform>
            <numerusform>%n fechas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Open Article</source>
        <translation>Abrir artículo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About Byline</source>
        <translation>Acerca de Byline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Byline %1&lt;/h3&gt;&lt;p&gt;A reader for news articles: who is named, who said what, which sources the article leans on, and when things happened.&lt;/p&gt;&lt;p&gt;Runs offline. Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Byline %1&lt;/h3&gt;&lt;p&gt;Un lector de artículos de prensa: a quién se nombra, quién dijo qué, en qué fuentes se apoya el artículo y cuándo ocurrieron los hechos.&lt;/p&gt;&lt;p&gt;Funciona sin conexión. Con licencia GNU GPL, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Library not available</source>
        <translation>Biblioteca no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes and corrections cannot be saved in this session.
%1</source>
        <translation>Sus notas y correcciones no se pueden guardar en esta sesión.
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export Notes as W3C Web Annotations</source>
        <translation>Exportar notas como anotaciones web W3C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON-LD (*.jsonld *.json)</source>
        <translation>JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export notes</source>
        <translation>No se pueden exportar las notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes exported to %1.</source>
        <translation>Notas exportadas a %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Anotaciones web W3C (*.jsonld *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Cannot import notes</source>
        <translation>No se pueden importar las notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 note imported.</source>
        <translation>1 nota importada.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n notes imported.</source>
        <translation>
            <numerusform>%n nota importada.</numerusform>
            <numerusform>%n notas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open link</source>
        <translation>No se puede abrir el enlace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is not a link to an article.</source>
        <translation>%1 no es un enlace a un artículo.</translation>
    </message>
</context>
<context>
    <name>Byline::MarkdownExporter</name>
    <message>
        <location filename="../app/export/markdownexporter.cpp" line="+44"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outlets</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News agencies</source>
        <translation>Agencias de noticias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials and official bodies</source>
        <translation>Cargos y organismos oficiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymous sources</source>
        <translation>Fuentes anónimas</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First mention</source>
        <translation>Primera mención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via</source>
        <translation>vía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In context</source>
        <translation>En contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>anónima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expression</source>
        <translation>Expresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unattributed</source>
        <translation>sin atribuir</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unresolved</source>
        <translation>sin resolver</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Outlet: %1</source>
        <translation>Medio: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published: %1</source>
        <translation>Publicado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities: %1</source>
        <translation>Entidades: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes: %1 (speakers: %2)</source>
        <translation>Citas: %1 (hablantes: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources: %1 (anonymous: %2)</source>
        <translation>Fuentes: %1 (anónimas: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline: %1</source>
        <translation>Cronología: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the template %1: %2</source>
        <translation>No se puede leer la plantilla %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The template %1 is not valid. %2</source>
        <translation>La plantilla %1 no es válida. %2</translation>
    </message>
</context>
<context>
    <name>Byline::NoteDialog</name>
    <message>
        <location filename="../ui/notedialog.cpp" line="+27"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On “%1”</source>
        <translation>Sobre «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note (leave empty for a plain highlight)</source>
        <translation>Su nota (déjela vacía para un simple resaltado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
</context>
<context>
    <name>Byline::NotesModel</name>
    <message>
        <location filename="../ui/notesmodel.cpp" line="+63"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found in the article any more: “%1”</source>
        <translation>Ya no está en el artículo: «%1»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On “%1”</source>
        <translation>Sobre «%1»</translation>
    </message>
</context>
<context>
    <name>Byline::NotesPanel</name>
    <message>
        <location filename="../ui/notespanel.cpp" line="+37"/>
        <source>No notes yet. Select words in the article and choose Add Note… (Ctrl+M) from the Edit menu or the context menu.</source>
        <translation>Aún no hay notas. Seleccione palabras del artículo y elija «Añadir nota…» (Ctrl+M) en el menú Editar o en el menú contextual.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only notes with this tag</source>
        <translation>Mostrar solo las notas con esta etiqueta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected note</source>
        <translation>Editar la nota seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected note (can be undone)</source>
        <translation>Eliminar la nota seleccionada (se puede deshacer)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
</context>
<context>
    <name>Byline::PanelPage</name>
    <message>
        <location filename="../ui/panelpage.cpp" line="+74"/>
        <source>Open an article to see what it contains.</source>
        <translation>Abra un artículo para ver lo que contiene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysis not available yet.</source>
        <translation>Análisis aún no disponible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
</context>
<context>
    <name>Byline::QuoteModel</name>
    <message>
        <location filename="../ui/quotemodel.cpp" line="+133"/>
        <source>(unattributed)</source>
        <translation>(sin atribuir)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>found by: %1</source>
        <translation>encontrado por: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>Byline::QuotePane</name>
    <message>
        <location filename="../ui/quotepane.cpp" line="+85"/>
        <source>No quotes found.</source>
        <translation>No se encontraron citas.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All speakers</source>
        <translation>Todos los hablantes</translation>
    </message>
</context>
<context>
    <name>Byline::QuoteScorer</name>
    <message numerus="yes">
        <location filename="../app/cli/quotescorer.cpp" line="+254"/>
        <source>Quotes (%n document(s))
</source>
        <translation>
            <numerusform>Citas (%n documento)
</numerusform>
            <numerusform>Citas (%n documentos)
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotes</source>
        <translation>citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attributions</source>
        <translation>atribuciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaker accuracy %1 (%2 of %3 found quotes with a gold speaker)
</source>
        <translation>precisión de hablante %1 (%2 de %3 citas encontradas con hablante de referencia)
</translation>
    </message>
</context>
<context>
    <name>Byline::RecentFiles</name>
    <message>
        <location filename="../ui/recentfiles.cpp" line="+73"/>
        <source>No recent articles</source>
        <translation>No hay artículos recientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
</context>
<context>
    <name>Byline::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="+18"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>menu only (Alt + underlined letters)</source>
        <translation>solo en el menú (Alt + letras subrayadas)</translation>
    </message>
</context>
<context>
    <name>Byline::SourceModel</name>
    <message>
        <location filename="../ui/sourcemodel.cpp" line="+288"/>
        <source>Anonymous source: the article does not say who this is.</source>
        <translation>Fuente anónima: el artículo no dice quién es.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 claim rests on this citation</source>
        <translation>1 afirmación se apoya en esta cita</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n claims rest on this citation</source>
        <translation>
            <numerusform>%n afirmación se apoya en esta cita</numerusform>
            <numerusform>%n afirmaciones se apoyan en esta cita</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Citations</source>
        <translation>Citas</translation>
    </message>
</context>
<context>
    <name>Byline::SourcePane</name>
    <message>
        <location filename="../ui/sourcepane.cpp" line="+50"/>
        <source>No sources found.</source>
        <translation>No se encontraron fuentes.</translation>
    </message>
</context>
<context>
    <name>Byline::TemplateEngine</name>
    <message>
        <location filename="../app/export/templateengine.cpp" line="+118"/>
        <source>Template line %1: %2</source>
        <translation>Plantilla, línea %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot; on the same line.</source>
        <translation>«{{» no se cierra con «}}» en la misma línea.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;{{/%1}}&quot; closes no section.</source>
        <translation>«{{/%1}}» no cierra ninguna sección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{{/%1}}&quot; does not match the section &quot;%2&quot; opened on line %3.</source>
        <translation>«{{/%1}}» no corresponde a la sección «%2» abierta en la línea %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown filter &quot;%1&quot;.</source>
        <translation>filtro «%1» desconocido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid name.</source>
        <translation>«%1» no es un nombre válido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sections are nested more than %1 deep.</source>
        <translation>las secciones están anidadas a más de %1 niveles.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the section &quot;%1&quot; is never closed.</source>
        <translation>la sección «%1» nunca se cierra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default filter &quot;%1&quot; is not registered.</source>
        <translation>El filtro predeterminado «%1» no está registrado.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The export was stopped: the template makes more than %1 characters. Sections nested inside repeated sections repeat for every item; simplify the template.</source>
        <translation>La exportación se detuvo: la plantilla produce más de %1 caracteres. Las secciones anidadas dentro de secciones repetidas se repiten para cada elemento; simplifique la plantilla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export was stopped after %1 steps: sections nested inside repeated sections repeat for every item; simplify the template.</source>
        <translation>La exportación se detuvo tras %1 pasos: las secciones anidadas dentro de secciones repetidas se repiten para cada elemento; simplifique la plantilla.</translation>
    </message>
</context>
<context>
    <name>Byline::TimelineModel</name>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="+157"/>
        <source>unresolved</source>
        <translation>sin resolver</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found by: %1</source>
        <translation>encontrado por: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expression</source>
        <translation>Expresión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>Byline::TimelinePane</name>
    <message>
        <location filename="../ui/timelinepane.cpp" line="+115"/>
        <source>No dates or times found.</source>
        <translation>No se encontraron fechas ni horas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Published:</source>
        <translation>&amp;Publicado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date the article was published; relative dates (&quot;last month&quot;) are resolved against it</source>
        <translation>La fecha de publicación del artículo; las fechas relativas («el mes pasado») se resuelven respecto a ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the publication date</source>
        <translation>Olvidar la fecha de publicación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>from the file&apos;s metadata</source>
        <translation>de los metadatos del archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the dateline</source>
        <translation>de la data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set by you</source>
        <translation>fijada por usted</translation>
    </message>
</context>
<context>
    <name>Byline::TimexScorer</name>
    <message>
        <location filename="../app/cli/timexscorer.cpp" line="+112"/>
        <source>Time expressions (TempEval-3), documents: %1</source>
        <translation>Expresiones temporales (TempEval-3), documentos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strict span</source>
        <translation>extensión estricta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relaxed span</source>
        <translation>extensión flexible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type accuracy on relaxed matches: %1</source>
        <translation>precisión de tipo en coincidencias flexibles: %1</translation>
    </message>
</context>
<context>
    <name>Byline::W3cNotesIo</name>
    <message>
        <location filename="../app/export/w3cnotesio.cpp" line="+132"/>
        <source>Could not write the annotations: %1</source>
        <translation>No se pudieron escribir las anotaciones: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is not JSON: %1</source>
        <translation>El archivo no es JSON: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no W3C Web Annotations.</source>
        <translation>El archivo no contiene anotaciones web W3C.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Import Annotations</source>
        <translation>Importar anotaciones</translation>
    </message>
</context>
<context>
    <name>Byline::runGui</name>
    <message>
        <location filename="../ui/guimain.cpp" line="+36"/>
        <source>A reader for news articles.</source>
        <translation>Un lector de artículos de prensa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open FILE, wait until it is shown and analysed, save an image of the window to OUT.png and quit.</source>
        <translation>Abrir ARCHIVO, esperar a que se muestre y analice, guardar una imagen de la ventana en OUT.png y salir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Panel tab to show: entities, quotes, sources, timeline or notes.</source>
        <translation>Pestaña del panel que mostrar: entities, quotes, sources, timeline o notes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print how long opening took until the text was shown and until the analysis was done.</source>
        <translation>Mostrar cuánto tardó la apertura hasta mostrar el texto y hasta terminar el análisis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Articles to open.</source>
        <translation>Artículos que abrir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown tab: %1</source>
        <translation>Pestaña desconocida: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot needs exactly one article.</source>
        <translation>--screenshot necesita exactamente un artículo.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
</context>
</TS>
