<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>byline analyze：无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Analyse an article: entities, quotes, sources and timeline.</source>
        <translation>分析文章：实体、引语、消息来源和时间线。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article to analyse (text, Markdown, HTML or PDF); several files or folders analyse in parallel into the folder given with -o.</source>
        <translation>要分析的文章（文本、Markdown、HTML 或 PDF）；多个文件或文件夹将并行分析，结果写入 -o 指定的文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output format: json, markdown, brat or w3c (W3C Web Annotation JSON-LD).</source>
        <translation>输出格式：json、markdown、brat 或 w3c（W3C Web Annotation JSON-LD）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE instead of standard output. For brat (required): FILE.txt and FILE.ann, a trailing .txt or .ann in FILE being dropped.</source>
        <translation>写入 FILE 而不是标准输出。brat 格式（必需）：写入 FILE.txt 和 FILE.ann，FILE 末尾的 .txt 或 .ann 将被去掉。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown only: fill this template file instead of the built-in layout.</source>
        <translation>仅限 Markdown：使用此模板文件代替内置布局。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication date (YYYY-MM-DD) relative dates are resolved against.</source>
        <translation>发布日期（YYYY-MM-DD），相对日期据此解析。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Analyse N articles at once (default: one per core).</source>
        <translation>同时分析 N 篇文章（默认：每个核心一篇）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave out the notes and corrections stored in the library for this article.</source>
        <translation>不包括库中为此文章保存的笔记和更正。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown only: headings, labels and type names in English, whatever the language of the messages.</source>
        <translation>仅限 Markdown：标题、标签和类型名称使用英文，不论消息使用何种语言。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>byline analyze: give an article file (see byline analyze --help).</source>
        <translation>byline analyze：请指定文章文件（参见 byline analyze --help）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byline analyze: unknown format &quot;%1&quot;.</source>
        <translation>byline analyze：未知格式“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>byline analyze: --format brat writes two files; give their name with -o FILE.</source>
        <translation>byline analyze：--format brat 会写入两个文件；请用 -o FILE 指定文件名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>byline analyze: cannot read the template %1.</source>
        <translation>byline analyze：无法读取模板 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>byline analyze: --published needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>byline analyze：--published 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>byline analyze: several articles need an output folder: -o OUTDIR.</source>
        <translation>byline analyze：多篇文章需要输出文件夹：-o OUTDIR。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byline analyze: -j needs a number of jobs.</source>
        <translation>byline analyze：-j 需要任务数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not write the brat files</source>
        <translation>无法写入 brat 文件</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>byline analyze: notes and corrections left out: %1</source>
        <translation>byline analyze：已忽略笔记和更正：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>byline analyze: %1</source>
        <translation>byline analyze：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>byline analyze: cannot write the output: %1</source>
        <translation>byline analyze：无法写入输出：%1</translation>
    </message>
</context>
<context>
    <name>Byline::AnnotationActions</name>
    <message>
        <location filename="../ui/annotationactions.cpp" line="+300"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;Entity…</source>
        <translation>标记为实体(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Highlight</source>
        <translation>添加高亮(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight Co&amp;lour</source>
        <translation>高亮颜色(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as &amp;Quote…</source>
        <translation>标记为引语(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Sour&amp;ce…</source>
        <translation>标记为来源(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar&amp;k as Date…</source>
        <translation>标记为日期(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ismiss Quote</source>
        <translation>忽略引语(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss S&amp;ource…</source>
        <translation>忽略来源(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss D&amp;ate…</source>
        <translation>忽略日期(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;type Entity…</source>
        <translation>更改实体类型(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me Entity…</source>
        <translation>重命名实体(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer&amp;ge Entity Into…</source>
        <translation>合并实体到(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;plit Alias Off…</source>
        <translation>拆分别名(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss Entity…</source>
        <translation>忽略实体(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Speaker…</source>
        <translation>更改说话人(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Date &amp;Value…</source>
        <translation>更改日期值(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>Byline::AnnotationPanel</name>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="+82"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ent&amp;ities</source>
        <translation>实体(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes</source>
        <translation>引语(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Byline::AnnotationStore</name>
    <message>
        <location filename="../app/io/annotationstore.cpp" line="+138"/>
        <source>The annotation library %1 cannot be read (%2) and could not be moved aside.</source>
        <translation>无法读取标注库 %1（%2），也无法将其移开。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 could not be read (%2). It was moved to %3 and a new, empty library was started.</source>
        <translation>无法读取标注库 %1（%2）。它已被移至 %3，并已新建一个空库。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The folder %1 for the annotation library cannot be created.</source>
        <translation>无法创建标注库的文件夹 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library cannot be created in %1: the folder is not writable.</source>
        <translation>无法在 %1 中创建标注库：该文件夹不可写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The annotation library %1 cannot be read: permission denied.</source>
        <translation>无法读取标注库 %1：权限被拒绝。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 cannot be opened: %2</source>
        <translation>无法打开标注库 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 cannot be read: %2</source>
        <translation>无法读取标注库 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integrity check failed</source>
        <translation>完整性检查失败</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotation library %1 is damaged (%2).</source>
        <translation>标注库 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The annotation library %1 is read-only: your notes and corrections are shown but changes will not be saved.</source>
        <translation>标注库 %1 为只读：会显示您的笔记和更正，但更改不会被保存。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The annotation library %1 cannot use a write-ahead log: %2</source>
        <translation>标注库 %1 无法使用预写日志：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>The annotation library %1 cannot be written: %2</source>
        <translation>无法写入标注库 %1：%2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The annotation library %1 cannot be set up: %2</source>
        <translation>无法设置标注库 %1：%2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The article could not be recorded in the annotation library %1: %2</source>
        <translation>无法在标注库 %1 中记录该文章：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The note was not saved: no annotation library is open.</source>
        <translation>笔记未保存：没有打开的标注库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note was not saved: the annotation library %1 is read-only.</source>
        <translation>笔记未保存：标注库 %1 为只读。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The note was not saved in the annotation library %1: %2</source>
        <translation>笔记未保存到标注库 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The note was not deleted: no annotation library is open.</source>
        <translation>笔记未删除：没有打开的标注库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note was not deleted: the annotation library %1 is read-only.</source>
        <translation>笔记未删除：标注库 %1 为只读。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The note was not deleted from the annotation library %1: %2</source>
        <translation>笔记未从标注库 %1 中删除：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The correction was not saved: no annotation library is open.</source>
        <translation>更正未保存：没有打开的标注库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The correction was not saved: the annotation library %1 is read-only.</source>
        <translation>更正未保存：标注库 %1 为只读。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The correction was not saved in the annotation library %1: %2</source>
        <translation>更正未保存到标注库 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The publication date was not saved: the annotation library is not writable.</source>
        <translation>发布日期未保存：标注库不可写。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The publication date was not saved in the annotation library %1: %2</source>
        <translation>发布日期未保存到标注库 %1：%2</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleLoader</name>
    <message>
        <location filename="../app/io/articleloader.cpp" line="+38"/>
        <source>The file %1 is not a text file: it contains binary data. Open a plain-text, Markdown, HTML or PDF article.</source>
        <translation>文件 %1 不是文本文件：它包含二进制数据。请打开纯文本、Markdown、HTML 或 PDF 格式的文章。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 is empty: there is no article text to show.</source>
        <translation>文件 %1 为空：没有可显示的文章文本。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The file %1 does not exist. It may have been moved, renamed or deleted.</source>
        <translation>文件 %1 不存在。它可能已被移动、重命名或删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder, not an article file. Choose a file inside it.</source>
        <translation>%1 是文件夹，不是文章文件。请选择其中的文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is too large (%2; the limit is %3). Open a smaller file or raise the limit in the settings.</source>
        <translation>文件 %1 过大（%2；上限为 %3）。请打开较小的文件，或在设置中提高上限。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 cannot be read (%2). Check that you are allowed to open it.</source>
        <translation>无法读取文件 %1（%2）。请检查您是否有权打开它。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file %1 is larger than the limit of %2. Open a smaller file or raise the limit in the settings.</source>
        <translation>文件 %1 超过了 %2 的上限。请打开较小的文件，或在设置中提高上限。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf)</source>
        <translation>文章 (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text (*.txt *.text)</source>
        <translation>纯文本 (*.txt *.text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html *.htm *.xhtml)</source>
        <translation>网页 (*.html *.htm *.xhtml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/io/htmlloader.cpp" line="+674"/>
        <source>The web page %1 cannot be read: it is not valid HTML.</source>
        <translation>无法读取网页 %1：它不是有效的 HTML。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The web page %1 contains no article text. Save the page again once it has fully loaded, or copy its text into a .txt file.</source>
        <translation>网页 %1 不含文章文本。请在页面完全加载后重新保存，或将其文本复制到 .txt 文件中。</translation>
    </message>
    <message>
        <location filename="../app/io/pdfloader.cpp" line="+242"/>
        <source>The file %1 is not a valid PDF document; it may be damaged or incomplete. Try downloading it again.</source>
        <translation>文件 %1 不是有效的 PDF 文档；它可能已损坏或不完整。请尝试重新下载。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF %1 is protected by a password, and Byline cannot open protected documents. Save a copy without the password and open that.</source>
        <translation>PDF %1 受密码保护，Byline 无法打开受保护的文档。请保存一份无密码的副本并打开它。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+47"/>
        <source>The PDF %1 has no text — it may be a scanned image. Run it through text recognition (OCR) and open the result.</source>
        <translation>PDF %1 中没有文本——它可能是扫描图像。请先进行文字识别（OCR），再打开结果。</translation>
    </message>
    <message>
        <location filename="../app/io/textloader.cpp" line="+124"/>
        <source>The file %1 looks like text in the %2 encoding, which Byline cannot convert. Save it as UTF-8 and open it again.</source>
        <translation>文件 %1 似乎是 %2 编码的文本，Byline 无法转换。请将其另存为 UTF-8 后重新打开。</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleView</name>
    <message>
        <location filename="../ui/articleview.cpp" line="+613"/>
        <source>1 mention</source>
        <translation>1 次提及</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mentions</source>
        <translation>
            <numerusform>%n 次提及</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>found by: %1</source>
        <translation>发现者：%1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>unknown speaker</source>
        <translation>未知说话人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote (%1) by %2</source>
        <translation>%2 的引语（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>未解析</translation>
    </message>
</context>
<context>
    <name>Byline::BatchAnalyzer</name>
    <message>
        <location filename="../app/cli/batchanalyzer.cpp" line="+59"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot create the folder for %1</source>
        <translation>无法为 %1 创建文件夹</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Analysed %1 of %2 articles (%3 MB) in %4 s with %5 threads.</source>
        <translation>已在 %4 秒内用 %5 个线程分析 %2 篇文章中的 %1 篇（%3 MB）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>failed: %1: %2</source>
        <translation>失败：%1：%2</translation>
    </message>
</context>
<context>
    <name>Byline::BenchCommand</name>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="+85"/>
        <source>Measure analysis throughput and memory.</source>
        <translation>测量分析吞吐量和内存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add every .txt under DIR to the benchmark corpus.</source>
        <translation>将 DIR 下的每个 .txt 加入基准语料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Megabytes of article text to analyse (default 20).</source>
        <translation>要分析的文章文本兆字节数（默认 20）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also analyse single articles of 1, 10 and 100 MB.</source>
        <translation>另外分析 1、10 和 100 MB 的单篇文章。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --scaling: the article sizes in MB, comma-separated (default 1,10,100).</source>
        <translation>与 --scaling 一起使用：文章大小（MB），以逗号分隔（默认 1,10,100）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>byline bench: --size needs a positive number of megabytes.</source>
        <translation>byline bench：--size 需要正数的兆字节数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>byline bench: --scaling-sizes needs positive whole numbers of megabytes.</source>
        <translation>byline bench：--scaling-sizes 需要正整数兆字节数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>byline bench: the corpus folder %1 does not exist.</source>
        <translation>byline bench：语料文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>byline bench: no articles to analyse.</source>
        <translation>byline bench：没有要分析的文章。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Corpus: %1 distinct articles (%2 MB), analysed %3 articles, %4 MB of text on one thread</source>
        <translation>语料：%1 篇不同文章（%2 MB），已分析 %3 篇文章，单线程 %4 MB 文本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(stages timed in a second pass, sum %1 s, which includes reading the clock around every stage; the whole pipeline in the first pass, as the program runs it, without those reads)</source>
        <translation>（各阶段在第二遍中计时，合计 %1 秒，包括每个阶段前后读取时钟的开销；整个流水线在第一遍中按程序实际运行方式计时，不读取这些时钟）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>analyse CPU s</source>
        <translation>分析 CPU 秒</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>MB/s per core</source>
        <translation>每核 MB/s</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Times are CPU seconds of the analysing thread, so a busy machine does not distort them (wall clock of the whole-pipeline pass: %1 s).</source>
        <translation>时间为分析线程的 CPU 秒数，因此机器繁忙不会使其失真（整个流水线那一遍的实际耗时：%1 秒）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU s</source>
        <translation>CPU 秒</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>whole pipeline</source>
        <translation>整个流水线</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load s</source>
        <translation>加载 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak RSS / text</source>
        <translation>峰值 RSS / 文本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>byline bench: cannot write %1</source>
        <translation>byline bench：无法写入 %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(peak RSS / text: growth of the process&apos;s peak resident memory over its size before loading, per byte of text)</source>
        <translation>（峰值 RSS / 文本：进程峰值常驻内存相对加载前大小的增长，按每字节文本计）</translation>
    </message>
</context>
<context>
    <name>Byline::BratReader</name>
    <message>
        <location filename="../app/export/bratreader.cpp" line="+39"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no tab after the id</source>
        <translation>ID 后没有制表符</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed line &quot;%1&quot;</source>
        <translation>格式错误的行“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id %1 is used twice</source>
        <translation>ID %1 被使用了两次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a T line needs a type, offsets and the text</source>
        <translation>T 行需要类型、偏移量和文本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bad offsets &quot;%1&quot;</source>
        <translation>无效的偏移量“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fragment %1 ends before it starts</source>
        <translation>片段 %1 在开始之前就结束了</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an R line needs a type, Arg1: and Arg2:</source>
        <translation>R 行需要类型、Arg1: 和 Arg2:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an attribute line needs a name, a target and at most one value</source>
        <translation>属性行需要名称、目标和至多一个值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a note needs a type, a target and the text</source>
        <translation>注释需要类型、目标和文本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an equivalence needs a type and at least two annotations</source>
        <translation>等价关系需要类型和至少两个标注</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: %2 refers to no annotation</source>
        <translation>第 %1 行：%2 未指向任何标注</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 ends at %2, after the end of the text (%3)</source>
        <translation>%1 结束于 %2，超出了文本末尾（%3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has the text &quot;%2&quot; but the article says &quot;%3&quot;</source>
        <translation>%1 的文本为“%2”，但文章中为“%3”</translation>
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
        <translation>用法：byline [FILE...]                 在阅读器中打开文章
      byline analyze FILE [选项]       不显示界面，分析文章
      byline bench [选项]              测量分析吞吐量
      byline eval GOLD_DIR [--json]    对照标准语料评估分析结果
      byline --screenshot OUT.png FILE  保存阅读器显示 FILE 时的图像
      byline --help | --version

运行“byline COMMAND --help”查看某个命令的选项。
</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>byline: the %1 command is not available yet.
</source>
        <translation>byline：命令 %1 尚不可用。
</translation>
    </message>
</context>
<context>
    <name>Byline::CorrectionDialog</name>
    <message>
        <location filename="../ui/correctiondialog.cpp" line="+23"/>
        <source>Direct (the words in quotation marks)</source>
        <translation>直接（引号中的原话）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirect (reported speech)</source>
        <translation>间接（转述）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial (a few words quoted in a sentence)</source>
        <translation>部分（句中引用的几个词）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News outlet</source>
        <translation>新闻媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News agency</source>
        <translation>通讯社</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>官方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document or report</source>
        <translation>文件或报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurring (set)</source>
        <translation>重复（集合）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Mark as Entity</source>
        <translation>标记为实体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is an entity.</source>
        <translation>“%1”是一个实体。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <location line="+36"/>
        <location line="+69"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+61"/>
        <location line="+42"/>
        <location line="+28"/>
        <location line="+17"/>
        <location line="+27"/>
        <source>Apply to &amp;every occurrence of “%1”</source>
        <translation>应用于“%1”的每一处(&amp;E)</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Change Entity Type</source>
        <translation>更改实体类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is “%1”?</source>
        <translation>“%1”是什么？</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename Entity</source>
        <translation>重命名实体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name every mention of “%1” is listed under.</source>
        <translation>“%1”的每次提及所归入的名称。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge Entities</source>
        <translation>合并实体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which entity is the same as “%1”?</source>
        <translation>哪个实体与“%1”相同？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Same as:</source>
        <translation>相同于(&amp;S)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Split Alias</source>
        <translation>拆分别名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is not “%2” but an entity of its own.</source>
        <translation>“%1”不是“%2”，而是一个独立的实体。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss Entity</source>
        <translation>忽略实体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is not an entity: “%1”.</source>
        <translation>这不是实体：“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss &amp;every mention of “%1”</source>
        <translation>忽略“%1”的每次提及(&amp;E)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change Speaker</source>
        <translation>更改说话人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who said “%1”? Leave empty for nobody.</source>
        <translation>谁说了“%1”？留空表示无人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>&amp;Speaker:</source>
        <translation>说话人(&amp;S)：</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Change Date</source>
        <translation>更改日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When is “%1”? A TimeML value: 2021-11-15, 2021-W46, 2021-11, P3W.</source>
        <translation>“%1”是什么时间？TimeML 值：2021-11-15、2021-W46、2021-11、P3W。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mark as Quote</source>
        <translation>标记为引语</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is a quote.</source>
        <translation>“%1”是一条引语。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+16"/>
        <source>&amp;Kind:</source>
        <translation>种类(&amp;K)：</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Mark as Source</source>
        <translation>标记为来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” names a source the article relies on.</source>
        <translation>“%1”指出文章所依据的来源。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark as Date</source>
        <translation>标记为日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a time expression. Its TimeML value: 2021-11-15, 2021-W46, 2021-11, P3W; empty when unknown.</source>
        <translation>“%1”是一个时间表达式。其 TimeML 值：2021-11-15、2021-W46、2021-11、P3W；未知时留空。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dismiss Source</source>
        <translation>忽略来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a source: “%1”.</source>
        <translation>这不是来源：“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss &amp;every citation of “%1”</source>
        <translation>忽略“%1”的每次引用(&amp;E)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dismiss Date</source>
        <translation>忽略日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is not a time expression: “%1”.</source>
        <translation>这不是时间表达式：“%1”。</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>Byline::Document</name>
    <message>
        <location filename="../app/model/document.cpp" line="+102"/>
        <source>Add Highlight</source>
        <translation>添加高亮</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete Note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change Entity Type</source>
        <translation>更改实体类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename Entity</source>
        <translation>重命名实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Entities</source>
        <translation>合并实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split Alias</source>
        <translation>拆分别名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Entity</source>
        <translation>忽略实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Entity</source>
        <translation>标记为实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Speaker</source>
        <translation>更改说话人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Date</source>
        <translation>更改日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Quote</source>
        <translation>标记为引语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Source</source>
        <translation>标记为来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Date</source>
        <translation>标记为日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Quote</source>
        <translation>忽略引语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Source</source>
        <translation>忽略来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Date</source>
        <translation>忽略日期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Withdraw Correction</source>
        <translation>撤回更正</translation>
    </message>
</context>
<context>
    <name>Byline::EntityModel</name>
    <message>
        <location filename="../ui/entitymodel.cpp" line="+291"/>
        <source>%1 — also: %2</source>
        <translation>%1 — 又称：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>found by: %1</source>
        <translation>发现者：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
</context>
<context>
    <name>Byline::EntityPane</name>
    <message>
        <location filename="../ui/entitypane.cpp" line="+59"/>
        <source>No entities found.</source>
        <translation>未找到实体。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter entities…</source>
        <translation>筛选实体…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only entities whose name or alias contains this text</source>
        <translation>仅显示名称或别名包含此文本的实体</translation>
    </message>
</context>
<context>
    <name>Byline::EntityScorer</name>
    <message>
        <location filename="../app/cli/entityscorer.cpp" line="+141"/>
        <source>Entities: name mentions; outlet scored as organization; gold &quot;unknown&quot; not scored.</source>
        <translation>实体：名称提及；媒体按组织评分；标准中的“unknown”不评分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corpus</source>
        <translation>语料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>类型</translation>
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
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Byline::EvalCommand</name>
    <message>
        <location filename="../app/cli/evalcommand.cpp" line="+106"/>
        <source>Score the analysis against a gold corpus (NAME.txt + NAME.gold.json).</source>
        <translation>对照标准语料评估分析结果（NAME.txt + NAME.gold.json）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder of gold documents; sub-folders are reported as corpora.</source>
        <translation>标准文档文件夹；子文件夹作为单独语料报告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the scores as JSON.</source>
        <translation>以 JSON 格式输出评分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the scores, list every error per document (missed and wrong quotes, attributions, speakers).</source>
        <translation>在分数之后，按文档列出每个错误（遗漏和错误的引语、归属、说话人）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>byline eval: give exactly one gold folder (see byline eval --help).</source>
        <translation>byline eval：请只指定一个标准文件夹（参见 byline eval --help）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>byline eval: the folder %1 does not exist.</source>
        <translation>byline eval：文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>byline eval: no NAME.gold.json files under %1.</source>
        <translation>byline eval：%1 下没有 NAME.gold.json 文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read %1 or its .txt</source>
        <translation>无法读取 %1 或其 .txt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n gold document(s) under %1</source>
        <translation>
            <numerusform>%1 下有 %n 个标准文档</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Errors (%1)</source>
        <translation>错误（%1）</translation>
    </message>
</context>
<context>
    <name>Byline::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+44"/>
        <location line="+215"/>
        <source>Export Annotations</source>
        <translation>导出标注</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Entities</source>
        <translation>实体(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes</source>
        <translation>引语(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraph after each quote</source>
        <translation>每条引语后附段落</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context excerpts:</source>
        <translation>上下文摘录：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML: title, source, counts</source>
        <translation>YAML：标题、来源、计数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Front matter:</source>
        <translation>前言元数据：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep headings and labels in English</source>
        <translation>标题和标签保留英文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the export speaks the interface language.</source>
        <translation>关闭时：导出使用界面语言。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level of the title heading; sections are one level deeper.</source>
        <translation>标题的级别；章节低一级。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Heading level:</source>
        <translation>标题级别(&amp;H)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in layout</source>
        <translation>内置布局</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Te&amp;mplate:</source>
        <translation>模板(&amp;M)：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Choose a Template</source>
        <translation>选择模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown templates (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown 模板 (*.md *.markdown *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Annotations</source>
        <translation>保存标注</translation>
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
        <translation>输出不可写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
</context>
<context>
    <name>Byline::FindBar</name>
    <message>
        <location filename="../ui/findbar.cpp" line="+80"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 match</source>
        <translation>1 处匹配</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Find in article…</source>
        <translation>在文章中查找…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3)</source>
        <translation>下一个匹配 (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏 (Esc)</translation>
    </message>
</context>
<context>
    <name>Byline::FocusBar</name>
    <message>
        <location filename="../ui/focusbar.cpp" line="+56"/>
        <source>1 mention</source>
        <translation>1 次提及</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n mentions</source>
        <translation>
            <numerusform>%n 次提及</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Previous mention (Shift+F3)</source>
        <translation>上一次提及 (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next mention (F3)</source>
        <translation>下一次提及 (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following this entity (Esc)</source>
        <translation>停止跟踪此实体 (Esc)</translation>
    </message>
</context>
<context>
    <name>Byline::Labels</name>
    <message>
        <location filename="../ui/labels.cpp" line="+16"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Outlets</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>indirect</source>
        <translation>间接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>partial</source>
        <translation>部分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>News agencies</source>
        <translation>通讯社</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officials and official bodies</source>
        <translation>官员与官方机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymous sources</source>
        <translation>匿名消息源</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>absolute</source>
        <translation>绝对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the publication date</source>
        <translation>相对发布日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from an earlier date</source>
        <translation>相对更早的日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unresolved</source>
        <translation>未解析</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the past</source>
        <translation>过去</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the future</source>
        <translation>将来</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>years</source>
        <translation>数年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation>数月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n months</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weeks</source>
        <translation>数周</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 week</source>
        <translation>1 周</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n weeks</source>
        <translation>
            <numerusform>%n 周</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>数天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decades</source>
        <translation>数十年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 decade</source>
        <translation>十年</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n decades</source>
        <translation>
            <numerusform>%n 个十年</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>centuries</source>
        <translation>数百年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 century</source>
        <translation>1 个世纪</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n centuries</source>
        <translation>
            <numerusform>%n 个世纪</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours</source>
        <translation>数小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::LegendBar</name>
    <message>
        <location filename="../ui/legendbar.cpp" line="+88"/>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the highlighting of %1</source>
        <translation>显示或隐藏%1的高亮</translation>
    </message>
</context>
<context>
    <name>Byline::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+304"/>
        <location line="+26"/>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Annotations…</source>
        <translation>导出注释(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Notes as &amp;W3C…</source>
        <translation>将笔记导出为 W3C(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Notes…</source>
        <translation>导入笔记(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt Mention or Match</source>
        <translation>下一个提及或匹配(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Mention or Match</source>
        <translation>上一个提及或匹配(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Focus</source>
        <translation>清除焦点(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Panel</source>
        <translation>显示面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Entities</source>
        <translation>转到实体(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Quotes</source>
        <translation>转到引语(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Sources</source>
        <translation>转到来源(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Timeline</source>
        <translation>转到时间线(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Notes</source>
        <translation>转到笔记(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Article</source>
        <translation>转到文章(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Byline</source>
        <translation>关于 Byline(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the analysis of this article (Esc)</source>
        <translation>停止分析此文章 (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysing the article…</source>
        <translation>正在分析文章…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Cannot open article</source>
        <translation>无法打开文章</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Analysis cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No article open.</source>
        <translation>未打开文章。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysis not available yet.</source>
        <translation>分析结果尚不可用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 entity</source>
        <translation>1 个实体</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 quote</source>
        <translation>1 条引语</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n quotes</source>
        <translation>
            <numerusform>%n 条引语</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 source</source>
        <translation>1 个来源</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 date</source>
        <translation>1 个日期</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n dates</source>
        <translation>
            <numerusform>%n 个日期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About Byline</source>
        <translation>关于 Byline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Byline %1&lt;/h3&gt;&lt;p&gt;A reader for news articles: who is named, who said what, which sources the article leans on, and when things happened.&lt;/p&gt;&lt;p&gt;Runs offline. Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Byline %1&lt;/h3&gt;&lt;p&gt;新闻文章阅读器：提到了谁、谁说了什么、文章依据哪些消息来源，以及事情发生的时间。&lt;/p&gt;&lt;p&gt;离线运行。依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Library not available</source>
        <translation>库不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes and corrections cannot be saved in this session.
%1</source>
        <translation>本次会话中无法保存您的笔记和更正。
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export Notes as W3C Web Annotations</source>
        <translation>将笔记导出为 W3C Web 注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON-LD (*.jsonld *.json)</source>
        <translation>JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export notes</source>
        <translation>无法导出笔记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes exported to %1.</source>
        <translation>笔记已导出到 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>W3C Web 注释 (*.jsonld *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Cannot import notes</source>
        <translation>无法导入笔记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 note imported.</source>
        <translation>已导入 1 条笔记。</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n notes imported.</source>
        <translation>
            <numerusform>已导入 %n 条笔记。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open link</source>
        <translation>无法打开链接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is not a link to an article.</source>
        <translation>%1 不是指向文章的链接。</translation>
    </message>
</context>
<context>
    <name>Byline::MarkdownExporter</name>
    <message>
        <location filename="../app/export/markdownexporter.cpp" line="+44"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outlets</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News agencies</source>
        <translation>通讯社</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials and official bodies</source>
        <translation>官员与官方机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymous sources</source>
        <translation>匿名消息源</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First mention</source>
        <translation>首次提及</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via</source>
        <translation>经由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unattributed</source>
        <translation>未归属</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unresolved</source>
        <translation>未解析</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Outlet: %1</source>
        <translation>媒体：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published: %1</source>
        <translation>发布时间：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities: %1</source>
        <translation>实体：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes: %1 (speakers: %2)</source>
        <translation>引语：%1（说话人：%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources: %1 (anonymous: %2)</source>
        <translation>来源：%1（匿名：%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline: %1</source>
        <translation>时间线：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the template %1: %2</source>
        <translation>无法读取模板 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The template %1 is not valid. %2</source>
        <translation>模板 %1 无效。%2</translation>
    </message>
</context>
<context>
    <name>Byline::NoteDialog</name>
    <message>
        <location filename="../ui/notedialog.cpp" line="+27"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On “%1”</source>
        <translation>关于“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note (leave empty for a plain highlight)</source>
        <translation>您的笔记（留空则仅作高亮）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Byline::NotesModel</name>
    <message>
        <location filename="../ui/notesmodel.cpp" line="+63"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found in the article any more: “%1”</source>
        <translation>文章中已找不到：“%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On “%1”</source>
        <translation>关于“%1”</translation>
    </message>
</context>
<context>
    <name>Byline::NotesPanel</name>
    <message>
        <location filename="../ui/notespanel.cpp" line="+37"/>
        <source>No notes yet. Select words in the article and choose Add Note… (Ctrl+M) from the Edit menu or the context menu.</source>
        <translation>还没有笔记。在文章中选择文字，然后从“编辑”菜单或右键菜单中选择“添加笔记…”（Ctrl+M）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search notes</source>
        <translation>搜索笔记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only notes with this tag</source>
        <translation>仅显示带有此标签的笔记</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected note</source>
        <translation>编辑所选笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected note (can be undone)</source>
        <translation>删除所选笔记（可撤销）</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
</context>
<context>
    <name>Byline::PanelPage</name>
    <message>
        <location filename="../ui/panelpage.cpp" line="+74"/>
        <source>Open an article to see what it contains.</source>
        <translation>打开文章以查看其内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysis not available yet.</source>
        <translation>分析结果尚不可用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
</context>
<context>
    <name>Byline::QuoteModel</name>
    <message>
        <location filename="../ui/quotemodel.cpp" line="+133"/>
        <source>(unattributed)</source>
        <translation>（未归属）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>found by: %1</source>
        <translation>发现者：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Byline::QuotePane</name>
    <message>
        <location filename="../ui/quotepane.cpp" line="+85"/>
        <source>No quotes found.</source>
        <translation>未找到引语。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All speakers</source>
        <translation>所有说话人</translation>
    </message>
</context>
<context>
    <name>Byline::QuoteScorer</name>
    <message numerus="yes">
        <location filename="../app/cli/quotescorer.cpp" line="+254"/>
        <source>Quotes (%n document(s))
</source>
        <translation>
            <numerusform>引语（%n 个文档）
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attributions</source>
        <translation>归属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaker accuracy %1 (%2 of %3 found quotes with a gold speaker)
</source>
        <translation>说话人准确率 %1（在 %3 条有标准说话人的已找到引语中正确 %2 条）
</translation>
    </message>
</context>
<context>
    <name>Byline::RecentFiles</name>
    <message>
        <location filename="../ui/recentfiles.cpp" line="+73"/>
        <source>No recent articles</source>
        <translation>没有最近打开的文章</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Byline::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="+18"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>menu only (Alt + underlined letters)</source>
        <translation>仅限菜单（Alt + 带下划线的字母）</translation>
    </message>
</context>
<context>
    <name>Byline::SourceModel</name>
    <message>
        <location filename="../ui/sourcemodel.cpp" line="+288"/>
        <source>Anonymous source: the article does not say who this is.</source>
        <translation>匿名消息源：文章未说明其身份。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 claim rests on this citation</source>
        <translation>有 1 条说法依据此引用</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n claims rest on this citation</source>
        <translation>
            <numerusform>有 %n 条说法依据此引用</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Citations</source>
        <translation>引用</translation>
    </message>
</context>
<context>
    <name>Byline::SourcePane</name>
    <message>
        <location filename="../ui/sourcepane.cpp" line="+50"/>
        <source>No sources found.</source>
        <translation>未找到来源。</translation>
    </message>
</context>
<context>
    <name>Byline::TemplateEngine</name>
    <message>
        <location filename="../app/export/templateengine.cpp" line="+118"/>
        <source>Template line %1: %2</source>
        <translation>模板第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot; on the same line.</source>
        <translation>“{{”未在同一行由“}}”闭合。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;{{/%1}}&quot; closes no section.</source>
        <translation>“{{/%1}}”没有关闭任何节。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{{/%1}}&quot; does not match the section &quot;%2&quot; opened on line %3.</source>
        <translation>“{{/%1}}”与第 %3 行打开的节“%2”不匹配。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown filter &quot;%1&quot;.</source>
        <translation>未知过滤器“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid name.</source>
        <translation>“%1”不是有效的名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sections are nested more than %1 deep.</source>
        <translation>节的嵌套超过 %1 层。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the section &quot;%1&quot; is never closed.</source>
        <translation>节“%1”从未闭合。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default filter &quot;%1&quot; is not registered.</source>
        <translation>默认过滤器“%1”未注册。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The export was stopped: the template makes more than %1 characters. Sections nested inside repeated sections repeat for every item; simplify the template.</source>
        <translation>导出已停止：模板生成的字符超过 %1 个。嵌套在重复节中的节会对每一项重复；请简化模板。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export was stopped after %1 steps: sections nested inside repeated sections repeat for every item; simplify the template.</source>
        <translation>导出在 %1 步后停止：嵌套在重复节中的节会对每一项重复；请简化模板。</translation>
    </message>
</context>
<context>
    <name>Byline::TimelineModel</name>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="+157"/>
        <source>unresolved</source>
        <translation>未解析</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found by: %1</source>
        <translation>发现者：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>Byline::TimelinePane</name>
    <message>
        <location filename="../ui/timelinepane.cpp" line="+115"/>
        <source>No dates or times found.</source>
        <translation>未找到日期或时间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Published:</source>
        <translation>发布时间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date the article was published; relative dates (&quot;last month&quot;) are resolved against it</source>
        <translation>文章的发布日期；相对日期（“上个月”）据此解析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the publication date</source>
        <translation>清除发布日期</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>from the file&apos;s metadata</source>
        <translation>来自文件元数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the dateline</source>
        <translation>来自电头</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set by you</source>
        <translation>由您设置</translation>
    </message>
</context>
<context>
    <name>Byline::TimexScorer</name>
    <message>
        <location filename="../app/cli/timexscorer.cpp" line="+112"/>
        <source>Time expressions (TempEval-3), documents: %1</source>
        <translation>时间表达式（TempEval-3），文档：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strict span</source>
        <translation>严格范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relaxed span</source>
        <translation>宽松范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type accuracy on relaxed matches: %1</source>
        <translation>宽松匹配上的类型准确率：%1</translation>
    </message>
</context>
<context>
    <name>Byline::W3cNotesIo</name>
    <message>
        <location filename="../app/export/w3cnotesio.cpp" line="+132"/>
        <source>Could not write the annotations: %1</source>
        <translation>无法写入标注：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is not JSON: %1</source>
        <translation>该文件不是 JSON：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no W3C Web Annotations.</source>
        <translation>该文件不含 W3C Web 标注。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
</context>
<context>
    <name>Byline::runGui</name>
    <message>
        <location filename="../ui/guimain.cpp" line="+36"/>
        <source>A reader for news articles.</source>
        <translation>新闻文章阅读器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open FILE, wait until it is shown and analysed, save an image of the window to OUT.png and quit.</source>
        <translation>打开 FILE，等待其显示并分析完毕，将窗口图像保存到 OUT.png 后退出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Panel tab to show: entities, quotes, sources, timeline or notes.</source>
        <translation>要显示的面板标签页：entities、quotes、sources、timeline 或 notes。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print how long opening took until the text was shown and until the analysis was done.</source>
        <translation>输出打开文章到显示文本、以及到分析完成各用了多长时间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Articles to open.</source>
        <translation>要打开的文章。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown tab: %1</source>
        <translation>未知标签页：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot needs exactly one article.</source>
        <translation>--screenshot 需要且只能指定一个文章。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
</TS>
